from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from partnerships.loaders import FixtureError, load_all


class Command(BaseCommand):
    help = "Load the reference regions and the facts of the source documents (idempotent, one transaction)."

    def handle(self, *args, **options):
        try:
            counts = load_all()
        except (FixtureError, ValidationError) as error:
            raise CommandError(f"Nothing was loaded: {error}") from error
        for name, (created, total) in counts.items():
            self.stdout.write(f"{name}: {created} new, {total} in fixtures")
        self.stdout.write(self.style.SUCCESS("Seed data is loaded."))
