"""Re-issue a chosen set of current certificates (after a template correction, say): each gets a new certificate
and number that supersedes it. Issued PDFs are never rewritten. Safe to interrupt and re-run: certificates already
superseded are skipped."""

from django.core.management.base import BaseCommand, CommandError

from employees.models import User
from employees.selectors import unit_by_code
from netral.progress import progress_bar

from ...models import Certificate
from ...selectors import certificates_to_reissue
from ...services import certificate_reissue


class Command(BaseCommand):
    help = "Re-issue current certificates (filtered) so they carry today's template; old ones become superseded."

    def add_arguments(self, parser):
        parser.add_argument("--course", type=int, help="course page id")
        parser.add_argument("--unit", help="work unit code (includes its sub-units)")
        parser.add_argument("--number", action="append", default=[], help="a certificate number (repeatable)")
        parser.add_argument("--reason", required=True, help="why, for the audit log")
        parser.add_argument("--by", help="NIP or email of the staff member responsible")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, course, unit, number, reason, by, dry_run, **options):
        if not (course or unit or number):
            raise CommandError("Choose a set: --course, --unit and/or --number.")
        work_unit = None
        if unit:
            work_unit = unit_by_code(unit)
            if work_unit is None:
                raise CommandError(f"No work unit with code {unit}.")
        chosen = certificates_to_reissue(course_id=course, unit=work_unit, numbers=number)
        staff = User.objects.filter(username=by).first() if by else None
        if by and staff is None:
            raise CommandError(f"No account with NIP or email {by}.")
        ids = list(chosen.values_list("pk", flat=True))
        total = len(ids)
        self.stdout.write(f"{total} certificate(s) to re-issue{' (dry run)' if dry_run else ''}.")
        if dry_run or not total:
            return
        progress = progress_bar(self.stdout)
        for done, pk in enumerate(ids, start=1):
            certificate = Certificate.objects.get(pk=pk)
            if certificate.superseded_at is None:  # another run got there first
                new = certificate_reissue(certificate=certificate, by=staff, reason=reason)
                self.stdout.write(
                    f"{certificate.number} -> {new.number}", ending="\n" if options["verbosity"] > 1 else ""
                )
            progress(done, total)
        self.stdout.write(self.style.SUCCESS(f"Re-issued {total} certificate(s)."))
