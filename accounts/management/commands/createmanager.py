from accounts.management.commands._staffcommand import StaffUserCommand
from accounts.services import create_manager


class Command(StaffUserCommand):
    help = "Create a manager, who reads every record and changes commitments' status."

    def handle(self, *args, **options):
        user = self.create(
            create_manager, username=options["username"], password=self.read_password(options), email=options["email"]
        )
        self.stdout.write(self.style.SUCCESS(f"Manager {user.username} created."))
