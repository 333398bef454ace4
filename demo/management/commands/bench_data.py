from django.core.management.base import BaseCommand

from demo.bench_data import generate


class Command(BaseCommand):
    help = (
        "Benchmark data (development only): a regency-shaped unit tree, N employees, M quiz attempts with their "
        "completion rows, certificates and assignments, written in bulk. Start from an empty, migrated database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--employees", type=int, default=100_000)
        parser.add_argument("--attempts", type=int, default=1_000_000)
        parser.add_argument("--seed", type=int, default=16)

    def handle(self, *args, employees, attempts, seed, **options):
        result = generate(employees, attempts, seed=seed, log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Bench data: {result}"))
