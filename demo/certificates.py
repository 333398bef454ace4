"""Demo signatory: the head of the demo regency's BKD (an employee of employees.demo). Left alone once set."""

import datetime

from django.utils import timezone

from certificates.models import CertificateSettings
from employees.models import User, WorkUnit
from tracking.models import Assignment

SIGNATORY_NIP = "197403122000031004"


def seed_certificate_settings() -> CertificateSettings:
    signing = CertificateSettings.load()
    head = User.objects.filter(nip=SIGNATORY_NIP).first()
    if head and not signing.signatory_nip:
        signing.signatory_name = head.get_full_name()
        signing.signatory_title = "Kepala Badan Kepegawaian Daerah Kabupaten Batang"
        signing.signatory_nip = head.nip
        signing.save()
    return signing


def seed_assignments(course) -> None:
    """Every ASN must finish within a month; Dinas Kesehatan was due last week (so the demo shows overdue)."""
    today = timezone.localdate()
    if not Assignment.objects.filter(course=course, work_unit__isnull=True).exists():
        Assignment.objects.create(course=course, due_date=today + datetime.timedelta(days=30))
    dinkes = WorkUnit.objects.filter(code="DINKES").first()
    if dinkes and not Assignment.objects.filter(course=course, work_unit=dinkes).exists():
        Assignment.objects.create(course=course, work_unit=dinkes, due_date=today - datetime.timedelta(days=5))
