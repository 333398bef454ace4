"""The quizzes app's part of a learner's personal data download (see employees.privacy).

An attempt is given as the learner saw it and answered it: each question's text and the choices they picked.
The key is never part of it (an open attempt must not leak it, and a graded one shows it only as the quiz's review
settings allow, on the result page); the score and the result are.
"""

from employees.models import User
from employees.privacy import iso

from .models import Attempt, PledgeConfirmation


def _answers(attempt: Attempt) -> list[dict]:
    rows = []
    for number, question in enumerate(attempt.snapshot.get("questions", []), start=1):
        chosen = {str(v) for v in attempt.answers.get(str(question["id"]), [])}
        rows.append(
            {
                "nomor": number,
                "soal": question["text"],
                "jawaban_anda": [c["text"] for c in question["choices"] if str(c["id"]) in chosen],
            }
        )
    return rows


def attempts(user: User) -> list[dict]:
    rows = Attempt.objects.filter(user=user).select_related("quiz").order_by("started_at", "pk")
    return [
        {
            "kuis": attempt.quiz.title,
            "kuis_id": attempt.quiz_id,
            "percobaan_ke": attempt.number,
            "dimulai": iso(attempt.started_at),
            "batas_waktu": iso(attempt.deadline),
            "terakhir_disimpan": iso(attempt.saved_at),
            "dikumpulkan": iso(attempt.submitted_at),
            "terlambat": attempt.late,
            "nilai": str(attempt.score) if attempt.score is not None else None,
            "lulus": attempt.passed,
            "jawaban": _answers(attempt),
        }
        for attempt in rows
    ]


def pledges(user: User) -> list[dict]:
    rows = PledgeConfirmation.objects.filter(user=user).order_by("confirmed_at")
    return [
        {"versi": p.version, "teks": p.text, "disetujui_pada": iso(p.confirmed_at), "alamat_ip": p.ip_address}
        for p in rows
    ]
