"""Import the employee roster (CSV or XLSX). A dry run unless --apply; applying is all-or-nothing."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from netral.progress import progress_bar

from ...models import User
from ...roster import RosterFileError, max_bytes, read_rows, roster_plan, too_large_message
from ...services import roster_apply, send_activation


class Command(BaseCommand):
    help = "Check (and with --apply, import) an employee roster: NIP, nama, gelar, email, kode unit, jabatan, ..."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--apply", action="store_true", help="write the rows (only when no row has an error)")
        parser.add_argument(
            "--deactivate-missing", action="store_true", help="deactivate active ASN not in the file (never deletes)"
        )
        parser.add_argument("--by", help="NIP or email of the HR officer responsible (audit log)")
        parser.add_argument("--no-email", action="store_true", help="do not send activation emails")

    def handle(self, *args, file, apply, deactivate_missing, by, no_email, **options):
        path = Path(file)
        try:
            if path.stat().st_size > max_bytes():  # before anything is read into memory
                raise RosterFileError(too_large_message())
            rows = read_rows(path.read_bytes(), path.name)
        except (OSError, RosterFileError) as error:
            raise CommandError(str(error)) from error
        plan = roster_plan(rows, progress=progress_bar(self.stdout, "periksa"))
        for row in plan.errors:
            self.stdout.write(f"baris {row.line} ({row.nip or '-'}): " + "; ".join(row.errors))
        counts = plan.counts
        self.stdout.write(
            f"baru {counts.get('new', 0)}, diperbarui {counts.get('updated', 0)}, tetap {counts.get('unchanged', 0)}, "
            f"galat {counts.get('error', 0)}; tidak ada di berkas {len(plan.missing)}"
        )
        if not apply:
            self.stdout.write("Dry run: nothing written. Add --apply to import.")
            return
        if not plan.ok:
            raise CommandError("Rows have errors: nothing written. Correct the file and run again.")
        staff = User.objects.filter(username=by).first() if by else None
        result = roster_apply(
            plan,
            filename=path.name,
            by=staff,
            deactivate_missing=deactivate_missing,
            progress=progress_bar(self.stdout, "impor"),
        )
        sent = (
            0 if no_email else sum(send_activation(u, base_url=settings.NETRAL_PUBLIC_BASE_URL) for u in result.created)
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported: {len(result.created)} new, {result.updated} updated, {result.unchanged} unchanged, "
                f"{result.deactivated} deactivated; {sent} activation email(s) sent."
            )
        )
