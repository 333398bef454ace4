from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from certificates.models import Certificate
from certificates.services import certificates_sign_pending
from demo import people as people_demo
from demo.certificates import seed_assignments, seed_certificate_settings
from demo.pages import seed_course
from demo.quiz import seed_quiz, seed_states
from demo.signing import ensure_demo_ca
from employees.models import User
from quizzes.models import Attempt


class Command(BaseCommand):
    help = "Load the demo regency: work units, ~30 employees, the neutrality course, its quiz and learner states."

    def handle(self, *args, **options):
        demo_ca = getattr(settings, "DEMO_CA_DIR", None)
        if demo_ca is not None and not settings.NETRAL_SIGNING_PKCS12.startswith(str(demo_ca)):
            demo_ca = None  # a regency's own PKCS#12 is configured: never make or use the test CA
        if demo_ca is not None:
            ensure_demo_ca(demo_ca)  # the test CA the dev settings sign with
        with transaction.atomic():
            people = people_demo.seed_people()
            seed_certificate_settings()
            course = seed_course()
            seed_assignments(course)
            quiz = seed_quiz(course)
            seed_states(quiz, people)
        signed = certificates_sign_pending()  # certificates a previous run left waiting (no CA yet)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {User.objects.count()} accounts, {Attempt.objects.count()} attempts, "
                f"{Certificate.objects.count()} certificates ({signed['signed']} signed just now, "
                f"{signed['failed']} still waiting for a signature)."
            )
        )
        self.stdout.write(
            f"Demo logins (password for all: {people_demo.DEMO_PASSWORD}):\n"
            f"  learner with a certificate  NIP {people_demo.LEARNER_CERTIFIED_NIP}\n"
            f"  learner, not started        NIP {people_demo.LEARNER_NOT_STARTED_NIP}\n"
            f"  HR officer (BKD)            NIP {people_demo.HR_NIP}\n"
            f"  editor (Wagtail)            {people_demo.EDITOR_EMAIL}\n"
            f"  moderator (approves)        NIP {people_demo.MODERATOR_NIP}\n"
            f"  HR of Dinas Kesehatan only  NIP {people_demo.UNIT_HR_NIP}\n"
            "Staff accounts then ask for an authenticator code: `manage.py demo_totp` prints the current ones.\n"
        )
        if demo_ca is not None:
            self.stdout.write(
                f"Certificates are signed with a TEST CA in {demo_ca} ('CA uji Netral — tidak tepercaya'): "
                "no PDF reader trusts it; see README, 'Tanda tangan elektronik'.\n"
            )
