"""Personal data download (UU 27/2022, right of access): the requesting employee's own data, all of it, nobody
else's, never a secret."""

import datetime
import json

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.models import Certificate
from cms.models import LessonPage, LessonProgress
from quizzes import services
from quizzes.models import PledgeText
from tests.support.auth import PASSWORD, TOTP_SECRET, enrol_totp
from tests.support.builders import WorkUnitFactory, answers
from tracking.models import Assignment, ReminderLog

URL = "/akun/data-saya/"


def take_quiz(user, quiz, *, correct: bool, submit: bool = True, capture=None):
    attempt = services.attempt_start(user=user, quiz=quiz)
    if submit:
        with capture(execute=True):
            services.attempt_submit(attempt=attempt, answers=answers(attempt, correct=correct))
    attempt.refresh_from_db()
    return attempt


@pytest.fixture
def history(learner, other_learner, quiz, django_capture_on_commit_callbacks):
    """The learner read a lesson, confirmed the pledge, failed once and passed once (a certificate); the other
    learner passed too and is still sitting a second quiz-like attempt of their own."""
    unit = WorkUnitFactory.create()
    for user in (learner, other_learner):
        user.work_unit = unit
        user.email = f"{user.nip}@batangkab.go.id"
        user.save()
    Assignment.objects.create(course=quiz.get_parent().specific, work_unit=unit, due_date=timezone.localdate())
    PledgeText.objects.create(text="<p>Saya akan menjaga netralitas.</p>")
    lesson = LessonPage.objects.live().first()
    LessonProgress.objects.create(user=learner, lesson=lesson)
    services.pledge_confirm(user=learner, ip_address="10.1.2.3")
    services.pledge_confirm(user=other_learner, ip_address="10.9.9.9")
    failed = take_quiz(learner, quiz, correct=False, capture=django_capture_on_commit_callbacks)
    passed = take_quiz(learner, quiz, correct=True, capture=django_capture_on_commit_callbacks)
    take_quiz(other_learner, quiz, correct=True, capture=django_capture_on_commit_callbacks)
    ReminderLog.objects.create(
        recipient=learner,
        course=quiz.get_parent().specific,
        kind="due",
        sent_on=timezone.localdate(),
        detail={"due_date": "2026-01-31"},
    )
    return {"failed": failed, "passed": passed, "lesson": lesson}


def download(client, user):
    client.login(username=user.nip, password=PASSWORD)
    response = client.get(URL)
    assert response.status_code == 200
    return response, json.loads(response.content)


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_download_is_a_json_attachment_named_after_the_nip(client, learner):
    response, data = download(client, learner)
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="netral-data-{learner.nip}.json"'
    assert data["profil"]["nip"] == learner.nip
    assert data["profil"]["nip_tampilan"] == learner.nip_display
    assert data["profil"]["nama_lengkap_dengan_gelar"] == "Ahmad Fauzi, S.Kom."
    # Logged for the audit trail (Site history), with who asked.
    entry = ModelLogEntry.objects.get(action="netral.personal_data_downloaded")
    assert entry.user_id == learner.pk and entry.object_id == str(learner.pk)


@pytest.mark.django_db
def test_download_holds_the_learners_own_history_and_nothing_of_another(client, learner, other_learner, history):
    _response, data = download(client, learner)

    assert [a["percobaan_ke"] for a in data["percobaan_kuis"]] == [1, 2]
    assert [a["lulus"] for a in data["percobaan_kuis"]] == [False, True]
    assert data["percobaan_kuis"][1]["nilai"] == "100.00"
    assert data["percobaan_kuis"][1]["dikumpulkan"] is not None
    passed = history["passed"]
    first = passed.snapshot["questions"][0]
    own_answer = next(c["text"] for c in first["choices"] if c["id"] in passed.answers[str(first["id"])])
    assert data["percobaan_kuis"][1]["jawaban"][0] == {"nomor": 1, "soal": first["text"], "jawaban_anda": [own_answer]}

    certificate = Certificate.objects.get(user=learner)
    assert [c["nomor"] for c in data["sertifikat"]] == [certificate.number]
    assert data["sertifikat"][0]["kode_verifikasi"] == certificate.code
    assert data["sertifikat"][0]["versi_pelatihan"] == certificate.course_version
    assert data["sertifikat"][0]["status"] == "valid"
    assert [p["alamat_ip"] for p in data["pakta_integritas"]] == ["10.1.2.3"]
    assert [m["materi"] for m in data["materi_dibaca"]] == [history["lesson"].title]
    assert [a["batas_waktu"] for a in data["penugasan"]] == [timezone.localdate().isoformat()]
    assert data["penyelesaian"][0]["status"] == "completed"
    assert data["penyelesaian"][0]["sertifikat"] == certificate.number
    assert data["pengingat_terkirim"][0]["jenis"] == "due"
    assert data["profil"]["unit_kerja"]["kode"] == learner.work_unit.code

    # Nothing of the other learner: not their NIP, email, certificate, IP address.
    text = json.dumps(data)
    other_certificate = Certificate.objects.get(user=other_learner)
    for theirs in (
        other_learner.nip,
        other_learner.email,
        other_certificate.number,
        other_certificate.code,
        "10.9.9.9",
    ):
        assert theirs not in text


@pytest.mark.django_db
def test_an_open_attempt_shows_the_learners_answers_and_never_the_key(client, learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz)
    wrong = answers(attempt, correct=False)
    services.attempt_save(attempt=attempt, answers=wrong)
    _response, data = download(client, learner)
    row = data["percobaan_kuis"][0]
    assert row["dikumpulkan"] is None and row["nilai"] is None and row["lulus"] is None
    assert all(len(answer["jawaban_anda"]) == 1 for answer in row["jawaban"])
    text = json.dumps(data)
    # build_quiz's keys are the choices "Benar n": none of them was picked, none appears.
    assert "Benar" not in text and "correct" not in text
    assert "Salah" in text


@pytest.mark.django_db
def test_second_factors_are_listed_without_their_secrets(client, learner):
    TOTP.activate(learner, TOTP_SECRET)
    Authenticator.objects.create(
        user=learner, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "a1b2c3d4e5f6a7b8c9d0", "used_mask": 0}
    )
    _response, data = download(client, learner)
    assert [a["jenis"] for a in data["autentikasi_dua_langkah"]] == ["totp", "recovery_codes"]
    text = json.dumps(data)
    assert TOTP_SECRET not in text and "a1b2c3d4e5f6a7b8c9d0" not in text
    assert "secret" not in text and "seed" not in text


@pytest.mark.django_db
def test_download_of_an_employee_without_nip_is_named_by_id(client, django_user_model):
    user = django_user_model.objects.create_user(
        username=None, email="vendor@netral.test", password=PASSWORD, employment_type="non_asn"
    )
    client.login(username="vendor@netral.test", password=PASSWORD)
    response = client.get(URL)
    assert response["Content-Disposition"] == f'attachment; filename="netral-data-{user.pk}.json"'
    assert json.loads(response.content)["profil"]["email"] == "vendor@netral.test"


@pytest.mark.django_db
def test_a_learner_with_a_history_gets_every_section_filled(client, learner, history):
    enrol_totp(learner)
    _response, data = download(client, learner)
    sections = [
        "profil",
        "materi_dibaca",
        "percobaan_kuis",
        "pakta_integritas",
        "sertifikat",
        "penugasan",
        "penyelesaian",
        "pengingat_terkirim",
        "autentikasi_dua_langkah",
    ]
    assert [section for section in sections if not data.get(section)] == []
    assert datetime.datetime.fromisoformat(data["dibuat"]).utcoffset() == datetime.timedelta(hours=7)  # WIB
