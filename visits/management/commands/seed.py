from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from partnerships.loaders import FixtureError
from visits.loaders import load_all


class Command(BaseCommand):
    help = "Load the reference regions and the facts of the source documents (idempotent, one transaction)."

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                counts = load_all()
        except FixtureError as error:
            raise CommandError(f"Nothing was loaded: {error}") from error
        for name, (created, total) in counts.items():
            self.stdout.write(f"{name}: {created} new, {total} in fixtures")
        self.stdout.write(self.style.SUCCESS("Seed data is loaded."))
