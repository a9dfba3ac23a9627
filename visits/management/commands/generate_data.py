import time

from django.core.management.base import BaseCommand, CommandError

from visits.synthetic import Generator, plan, progress_bar


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic, clearly marked benchmark data in realistic proportions "
        "(for --visits 1000000: 100,000 agreements, 3,000,000 delegation members, 200,000 commitments, …). "
        "Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--visits", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        if options["visits"] < 1:
            raise CommandError("--visits must be at least 1.")
        self.stdout.write("Generating: " + ", ".join(f"{n:,} {label}" for label, n in plan(options["visits"]).items()))
        started = time.monotonic()
        Generator(visits=options["visits"], seed=options["seed"], report=progress_bar(self.stderr._out)).run()
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.1f} s."))
