"""The certificates app's part of an employee's personal data download (see employees.privacy)."""

from employees.models import User
from employees.privacy import iso

from .models import Certificate


def certificates(user: User) -> list[dict]:
    rows = Certificate.objects.filter(user=user).order_by("issued_at")
    return [
        {
            "nomor": c.number,
            "kode_verifikasi": c.code,
            "tautan_verifikasi": c.get_verification_url(),
            "pelatihan": c.course_title,
            "pelatihan_id": c.course_id,
            "versi_pelatihan": c.course_version,
            "nama_pemegang": c.holder_name,
            "nip_pemegang": c.holder_nip,
            "pangkat_golongan": c.holder_rank,
            "jabatan": c.holder_position,
            "unit_kerja": c.holder_unit,
            "nilai": str(c.score),
            "jp": c.jp,
            "diterbitkan": iso(c.issued_at),
            "berlaku_sampai": iso(c.expires_on),
            "status": c.status,
            "status_label": str(c.get_status_display()),
            "dicabut_pada": iso(c.revoked_at),
            "alasan_pencabutan": c.revoked_reason,
            "digantikan_pada": iso(c.superseded_at),
            "sha256_pdf": c.sha256,
        }
        for c in rows
    ]
