"""Demo people of a regency (Pemkab Batang): work units and ~30 employees. Used by `manage.py seed_demo`.

Names are invented; NIPs follow the real layout (birth date, appointment month, sex, serial) but belong to nobody.
"""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt, encrypt
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from employees.models import EmploymentType, User, WorkUnit
from netral import roles
from netral.roles import ensure_roles

DEMO_PASSWORD = "Netral#2024demo"  # noqa: S105 (published demo password, also in the README)
LEARNER_CERTIFIED_NIP = "199001012015031001"
LEARNER_NOT_STARTED_NIP = "199203152019032002"
HR_NIP = "198501012010011002"
EDITOR_EMAIL = "editor@netral.test"
MODERATOR_NIP = "197808172003121002"  # Kepala Bagian Hukum: approves what editors submit
UNIT_HR_NIP = "197706062002122001"  # Kepala Dinas Kesehatan: sees Dinkes and its puskesmas only
# Staff must have a second factor before they can use the admin (employees.middleware). The demo staff have one
# already: an authenticator app with these secrets, published for the demo only, like the password. Add a secret to
# any authenticator app, or print the current codes with `manage.py demo_totp`.
DEMO_TOTP_SECRETS = {
    HR_NIP: "NETRALDEMOHRBKDANETRALDEMOHRBKDA",
    EDITOR_EMAIL: "NETRALDEMOEDITORNETRALDEMOEDITOR",
    MODERATOR_NIP: "NETRALDEMOMODERANETRALDEMOMODERA",
    UNIT_HR_NIP: "NETRALDEMOHRUNITNETRALDEMOHRUNIT",
}

# (code, name, kind, parent code)
UNITS = [
    ("SETDA", "Sekretariat Daerah", WorkUnit.Kind.SETDA, None),
    ("SETDA.HUK", "Bagian Hukum", WorkUnit.Kind.BAGIAN, "SETDA"),
    ("SETDA.ORG", "Bagian Organisasi", WorkUnit.Kind.BAGIAN, "SETDA"),
    ("INSP", "Inspektorat Daerah", WorkUnit.Kind.INSPEKTORAT, None),
    ("BKD", "Badan Kepegawaian Daerah", WorkUnit.Kind.BADAN, None),
    ("BKD.PKA", "Bidang Pengembangan Kompetensi Aparatur", WorkUnit.Kind.BIDANG, "BKD"),
    ("BKD.MUT", "Bidang Mutasi dan Promosi", WorkUnit.Kind.BIDANG, "BKD"),
    ("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", WorkUnit.Kind.DINAS, None),
    ("DISDIKBUD.SD", "Bidang Pembinaan Sekolah Dasar", WorkUnit.Kind.BIDANG, "DISDIKBUD"),
    ("DISDIKBUD.SD.KUR", "Seksi Kurikulum SD", WorkUnit.Kind.SEKSI, "DISDIKBUD.SD"),
    ("DINKES", "Dinas Kesehatan", WorkUnit.Kind.DINAS, None),
    ("DINKES.PKM1", "Puskesmas Batang I", WorkUnit.Kind.UPT, "DINKES"),
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", WorkUnit.Kind.DINAS, None),
    ("DISKOMINFO.APTIKA", "Bidang Aplikasi Informatika", WorkUnit.Kind.BIDANG, "DISKOMINFO"),
    ("KEC.BTG", "Kecamatan Batang", WorkUnit.Kind.KECAMATAN, None),
    ("KEC.BTG.KAUMAN", "Kelurahan Kauman", WorkUnit.Kind.KELURAHAN, "KEC.BTG"),
    ("KEC.WRS", "Kecamatan Warungasem", WorkUnit.Kind.KECAMATAN, None),
]

PNS, PPPK = EmploymentType.PNS, EmploymentType.PPPK
# (NIP, title prefix, name, title suffix, employment type, golongan, position, unit code, demo state)
# demo state: "passed" (certificate), "failed" (one failed attempt), "" (not started)
# One employee a line: a table, kept as a table (the formatter would give each field a line of its own).
EMPLOYEES = [
    (LEARNER_CERTIFIED_NIP, "", "Ahmad Fauzi", "S.Kom.", PNS, "III/b", "Pranata Komputer Ahli Pertama",
     "DISKOMINFO.APTIKA", "passed"),
    (LEARNER_NOT_STARTED_NIP, "", "Rina Wulandari", "S.E.", PNS, "III/a",
     "Penata Kelola Sistem dan Teknologi Informasi", "DISKOMINFO", ""),
    (HR_NIP, "", "Budi Santoso", "S.H.", PNS, "III/d", "Analis Sumber Daya Manusia Aparatur Ahli Muda",
     "BKD.PKA", ""),
    ("197403122000031004", "Drs.", "Supardi", "M.M.", PNS, "IV/c", "Kepala Badan Kepegawaian Daerah", "BKD", "passed"),
    ("198207142006042003", "", "Sri Wahyuni", "S.Sos.", PNS, "III/c", "Analis Kepegawaian Ahli Muda", "BKD.MUT",
     "passed"),
    ("199511202020121005", "", "Eko Prasetyo", "A.Md.", PNS, "II/c", "Pengelola Data Kepegawaian", "BKD.MUT", ""),
    ("197808172003121002", "", "Agus Setiawan", "S.H., M.H.", PNS, "IV/a", "Kepala Bagian Hukum", "SETDA.HUK",
     "passed"),
    ("198911052014022001", "", "Nur Aini", "S.H.", PNS, "III/b", "Analis Hukum Ahli Pertama", "SETDA.HUK", "failed"),
    ("198603252011011003", "", "Yusuf Hidayat", "S.IP.", PNS, "III/c", "Analis Kebijakan Ahli Muda", "SETDA.ORG", ""),
    ("197905302005012002", "Dra.", "Endang Susilowati", "M.Si.", PNS, "IV/b", "Inspektur Pembantu Wilayah I", "INSP",
     "passed"),
    ("199107112015031002", "", "Rizky Ramadhan", "S.Ak.", PNS, "III/b", "Auditor Ahli Pertama", "INSP", "failed"),
    ("197512102000121001", "", "Bambang Hermawan", "S.Pd., M.Pd.", PNS, "IV/b", "Kepala Bidang Pembinaan SD",
     "DISDIKBUD.SD", "passed"),
    ("198304172009022004", "", "Siti Aminah", "S.Pd.", PNS, "III/d", "Pengawas Sekolah Ahli Muda",
     "DISDIKBUD.SD.KUR", ""),
    ("199408082019022003", "", "Dwi Anggraini", "S.Pd.", PNS, "III/a", "Guru Ahli Pertama", "DISDIKBUD.SD.KUR",
     "passed"),
    ("199612012023212001", "", "Fitri Handayani", "S.Pd.", PPPK, "IX", "Guru Ahli Pertama", "DISDIKBUD.SD.KUR",
     "failed"),
    ("199302142023211004", "", "Ilham Maulana", "S.Pd.", PPPK, "IX", "Guru Ahli Pertama", "DISDIKBUD.SD", ""),
    ("197706062002122001", "dr.", "Retno Kusumawati", "M.Kes.", PNS, "IV/b", "Kepala Dinas Kesehatan", "DINKES",
     "passed"),
    ("198812242012012002", "", "Lestari Handayani", "A.Md.Keb.", PNS, "II/d", "Bidan Terampil", "DINKES.PKM1", ""),
    ("199010102015031003", "", "Teguh Wibowo", "S.Kep., Ns.", PNS, "III/b", "Perawat Ahli Pertama", "DINKES.PKM1",
     "passed"),
    ("199705152024212002", "", "Ayu Puspitasari", "A.Md.Kep.", PPPK, "VII", "Perawat Terampil", "DINKES.PKM1", ""),
    ("198001152006041002", "", "Slamet Riyadi", "S.Kom., M.T.", PNS, "IV/a", "Kepala Dinas Komunikasi dan Informatika",
     "DISKOMINFO", "passed"),
    ("199212312020121002", "", "Fajar Nugroho", "S.T.", PNS, "III/a", "Pranata Komputer Ahli Pertama",
     "DISKOMINFO.APTIKA", "failed"),
    ("197602202001121003", "", "Hadi Purnomo", "S.Sos., M.Si.", PNS, "IV/b", "Camat Batang", "KEC.BTG", "passed"),
    ("198506112010012001", "", "Wahyu Kurniasih", "S.E.", PNS, "III/c", "Sekretaris Kecamatan", "KEC.BTG", ""),
    ("198709092011011004", "", "Joko Susilo", "", PNS, "II/b", "Pengadministrasi Umum", "KEC.BTG.KAUMAN", ""),
    ("197812052006041001", "", "Mulyono", "S.Sos.", PNS, "III/d", "Lurah Kauman", "KEC.BTG.KAUMAN", "failed"),
    ("198102022008012003", "", "Yuliana Sari", "S.AP.", PNS, "III/c", "Camat Warungasem", "KEC.WRS", ""),
    ("199404042022211003", "", "Andi Saputra", "S.Kom.", PPPK, "IX", "Pranata Komputer Ahli Pertama", "KEC.WRS", ""),
    ("199109192017082001", "", "Kartika Dewi", "S.Psi.", PNS, "III/b", "Asesor SDM Aparatur Ahli Pertama", "BKD.PKA",
     ""),
    ("198408222010011001", "", "Heru Cahyono", "S.T.", PNS, "III/d", "Analis Organisasi Ahli Muda", "SETDA.ORG", ""),
]  # fmt: skip


def seed_units() -> dict[str, WorkUnit]:
    units: dict[str, WorkUnit] = {}
    for code, name, kind, parent_code in UNITS:
        unit = WorkUnit.objects.filter(code=code).first()
        if unit is None:
            fields = {"code": code, "name": name, "kind": kind}
            unit = units[parent_code].add_child(**fields) if parent_code else WorkUnit.add_root(**fields)
        units[code] = unit
    return units


def _ensure_password(user: User, demo_hash: str, *, created: bool) -> None:
    # New people get the demo password; the fixed demo logins are put back to it if someone changed it.
    if created or not user.check_password(DEMO_PASSWORD):
        user.password = demo_hash
        user.save(update_fields=["password"])


def seed_people() -> dict[str, User]:
    """Create (or leave as they are) the demo employees, the HR officer and the editor. Returns users by NIP/email."""
    units = seed_units()
    demo_hash = make_password(DEMO_PASSWORD)
    people: dict[str, User] = {}
    for nip, title_prefix, name, title_suffix, kind, golongan, position, unit_code, _state in EMPLOYEES:
        user, created = User.objects.get_or_create(
            nip=nip,
            defaults={
                "title_prefix": title_prefix,
                "first_name": name,
                "title_suffix": title_suffix,
                "employment_type": kind,
                "golongan": golongan,
                "position": position,
                "work_unit": units[unit_code],
            },
        )
        if created or nip in (LEARNER_CERTIFIED_NIP, LEARNER_NOT_STARTED_NIP, HR_NIP, MODERATOR_NIP, UNIT_HR_NIP):
            _ensure_password(user, demo_hash, created=created)
        people[nip] = user

    editor, created = User.objects.get_or_create(
        email=EDITOR_EMAIL,
        defaults={
            "first_name": "Tim Redaksi Netral",
            "employment_type": EmploymentType.NON_ASN,
            "position": "Editor konten pelatihan",
        },
    )
    _ensure_password(editor, demo_hash, created=created)
    people[EDITOR_EMAIL] = editor

    # The groups and their permissions are defined in code (netral.roles) and exist after `migrate`; the demo only
    # puts its staff in them.
    ensure_roles()
    people[HR_NIP].groups.add(Group.objects.get(name=roles.HR_BKD))
    # A dinas' own HR officer: the same views, limited to Dinas Kesehatan and its puskesmas.
    unit_hr = people[UNIT_HR_NIP]
    unit_hr.groups.add(Group.objects.get(name=roles.HR_UNIT))
    if unit_hr.hr_unit_id is None:
        unit_hr.hr_unit = units["DINKES"]
        unit_hr.save(update_fields=["hr_unit"])
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    people[MODERATOR_NIP].groups.add(Group.objects.get(name=roles.MODERATORS))
    seed_staff_mfa(people)
    return people


def current_totp_codes() -> list[tuple[str, str]]:
    """(login, the code an authenticator app shows now) for each demo staff account."""
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return [(login, format_hotp_value(hotp_value(secret, counter))) for login, secret in DEMO_TOTP_SECRETS.items()]


def seed_staff_mfa(people: dict[str, User]) -> None:
    """Give each demo staff account its published TOTP secret (put back if someone re-enrolled)."""
    for login, secret in DEMO_TOTP_SECRETS.items():
        user = people[login]
        authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        if authenticator is None:
            TOTP.activate(user, secret)
        elif decrypt(authenticator.data["secret"]) != secret:
            authenticator.data = {"secret": encrypt(secret)}
            authenticator.save(update_fields=["data"])


def demo_state(nip: str) -> str:
    return next((row[-1] for row in EMPLOYEES if row[0] == nip), "")
