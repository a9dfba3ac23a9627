from django.core.management.base import CommandError

from accounts.management.commands._staffcommand import StaffUserCommand
from accounts.services import create_officer
from partnerships.models import Region


class Command(StaffUserCommand):
    help = "Create an international-affairs officer of one voivodeship (CODE: slug or ISO code, e.g. PL-06)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--voivodeship", required=True, metavar="CODE")

    def handle(self, *args, **options):
        region = Region.objects.voivodeships().by_identifier(options["voivodeship"]).first()
        if region is None:
            raise CommandError(f"Unknown voivodeship “{options['voivodeship']}”: use a slug or ISO code, e.g. PL-06.")
        user = self.create(
            create_officer,
            username=options["username"],
            password=self.read_password(options),
            voivodeship=region,
            email=options["email"],
        )
        self.stdout.write(self.style.SUCCESS(f"Officer {user.username} of {region} created."))
