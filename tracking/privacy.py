"""The tracking app's part of an employee's personal data download (see employees.privacy)."""

from django.db.models import Q

from employees.models import User
from employees.privacy import iso

from .models import Assignment, Completion, ReminderLog


def assignments(user: User) -> list[dict]:
    """The assignments that name this employee (their unit or a unit above it, and their employment type)."""
    rows = Assignment.objects.select_related("course", "work_unit")
    scope = Q(work_unit__isnull=True)
    if user.work_unit_id:
        unit = user.work_unit
        scope |= Q(work_unit__in=[*unit.get_ancestors(), unit])
    rows = rows.filter(scope).filter(Q(employment_type="") | Q(employment_type=user.employment_type))
    return [
        {
            "pelatihan": a.course.title,
            "pelatihan_id": a.course_id,
            "unit_kerja": a.work_unit.name if a.work_unit_id else None,
            "status_kepegawaian": a.employment_type or None,
            "batas_waktu": iso(a.due_date),
            "dibuat": iso(a.created_at),
        }
        for a in rows.order_by("due_date", "pk")
    ]


def completions(user: User) -> list[dict]:
    rows = Completion.objects.filter(user=user).select_related("course", "certificate").order_by("due_date", "pk")
    return [
        {
            "pelatihan": row.course.title,
            "pelatihan_id": row.course_id,
            "batas_waktu": iso(row.due_date),
            "status": row.state,
            "status_label": str(row.get_state_display()),
            "sertifikat": row.certificate.number if row.certificate_id else None,
            "perlu_pembaruan": row.needs_renewal,
            "diperbarui": iso(row.updated_at),
        }
        for row in rows
    ]


def reminders(user: User) -> list[dict]:
    rows = ReminderLog.objects.filter(recipient=user).select_related("course").order_by("sent_at")
    return [
        {
            "pelatihan": row.course.title,
            "jenis": row.kind,
            "jenis_label": str(row.get_kind_display()),
            "tanggal": iso(row.sent_on),
            "dikirim_pada": iso(row.sent_at),
            "rincian": row.detail,
        }
        for row in rows
    ]
