"""Demo signatory: the head of the demo regency's BKD (an employee of employees.demo). Left alone once set."""

from employees.models import User

from .models import CertificateSettings

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
