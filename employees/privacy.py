"""Personal data held about one employee, for their right of access (UU 27/2022 tentang Pelindungan Data Pribadi).

Each app describes its own data: `register_section("certificates", func)` from its AppConfig.ready(), where
`func(user) -> JSON-ready value` reads only rows that belong to that user. `personal_data(user)` gathers the
sections, so this module imports nothing from the apps above it (employees <- cms <- certificates <- quizzes).
"""

from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import User

DOWNLOADED = "netral.personal_data_downloaded"

Section = Callable[[User], Any]
_sections: dict[str, Section] = {}


def register_section(name: str, func: Section) -> None:
    """Add (or replace, so a repeated ready() is harmless) the section `name` of the download."""
    _sections[name] = func


def iso(value) -> str | None:
    """Dates and times as ISO 8601 in WIB (the site's time zone), None kept as null."""
    if value is None:
        return None
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        value = timezone.localtime(value)
    return value.isoformat()


def profile(user: User) -> dict:
    from allauth.account.models import EmailAddress

    unit = user.work_unit
    return {
        "nama": user.first_name,
        "nama_lengkap_dengan_gelar": user.get_full_name(),
        "gelar_depan": user.title_prefix,
        "gelar_belakang": user.title_suffix,
        "nip": user.nip,
        "nip_tampilan": user.nip_display,
        "nama_pengguna": user.username,
        "email": user.email,
        "alamat_email": [
            {"email": address.email, "terverifikasi": address.verified, "utama": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "status_kepegawaian": user.employment_type,
        "status_kepegawaian_label": str(user.get_employment_type_display()),
        "pangkat_golongan": user.golongan,
        "pangkat_golongan_label": str(user.rank_display),
        "jabatan": user.position,
        "unit_kerja": {"kode": unit.code, "nama": unit.name} if unit else None,
        "unit_yang_dikelola": {"kode": user.hr_unit.code, "nama": user.hr_unit.name} if user.hr_unit_id else None,
        "aktif": user.is_active,
        "bergabung": iso(user.date_joined),
        "terakhir_masuk": iso(user.last_login),
    }


def authenticators(user: User) -> list[dict]:
    """Second factors by kind and dates only: never a secret, a recovery code or a key's public data."""
    from allauth.mfa.models import Authenticator

    return [
        {"jenis": a.type, "ditambahkan": iso(a.created_at), "terakhir_dipakai": iso(a.last_used_at)}
        for a in Authenticator.objects.filter(user=user).order_by("created_at")
    ]


register_section("profil", profile)
register_section("autentikasi_dua_langkah", authenticators)


def personal_data(user: User) -> dict:
    """Everything Netral holds about `user`, section by section, ready for json.dumps."""
    data: dict[str, Any] = {
        "dibuat": iso(timezone.now()),
        "keterangan": _("Data pribadi Anda yang tersimpan di Netral (hak akses, UU 27/2022)."),
    }
    for name, func in _sections.items():
        data[name] = func(user)
    return data
