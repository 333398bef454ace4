"""The cms app's part of a learner's personal data download (see employees.privacy)."""

from employees.models import User
from employees.privacy import iso

from .models import LessonProgress


def lesson_progress(user: User) -> list[dict]:
    rows = LessonProgress.objects.filter(user=user).select_related("lesson").order_by("read_at")
    return [
        {
            "materi": row.lesson.title,
            "materi_id": row.lesson_id,
            "alamat": row.lesson.url,
            "dibaca_pada": iso(row.read_at),
        }
        for row in rows
    ]
