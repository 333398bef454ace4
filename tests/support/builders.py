"""Small builders for tests: each test makes the few rows and pages it needs (no demo loading).

Users, work units and a regency's units, courses, quizzes, regulations, rule updates, attempts, certificates and
assignments, each made through the code paths the application uses (services, Wagtail's page tree)."""

import csv
import datetime
import io
import itertools
import json
from decimal import Decimal

import factory
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from certificates.models import Certificate
from certificates.services import certificate_issue
from cms.models import (
    Clause,
    CoursePage,
    HomePage,
    LessonPage,
    RegulationIndexPage,
    RegulationPage,
    RuleUpdatePage,
    Topic,
    TrainingIndexPage,
)
from cms.services import site_follow_public_url
from employees.models import EmploymentType, User, WorkUnit
from quizzes import services as quiz_services
from quizzes.models import Attempt, Choice, Question, QuizPage
from tracking.models import Assignment

from .auth import PASSWORD, enrol_totp

_serial = itertools.count(1)


def make_nip(*, birth="19900101", appointed="201503", sex=1) -> str:
    return f"{birth}{appointed}{sex}{next(_serial):03d}"


class WorkUnitFactory:
    @staticmethod
    def create(code="DISKOMINFO", name="Dinas Komunikasi dan Informatika", kind=WorkUnit.Kind.DINAS, parent=None):
        fields = {"code": code, "name": name, "kind": kind}
        return parent.add_child(**fields) if parent else WorkUnit.add_root(**fields)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    nip = factory.LazyFunction(make_nip)
    first_name = factory.Iterator(["Ahmad Fauzi", "Siti Aminah", "Budi Santoso", "Dewi Lestari"])
    title_suffix = "S.Kom."
    employment_type = EmploymentType.PNS
    golongan = "III/b"
    position = "Pranata Komputer Ahli Pertama"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def build_course(
    *, lessons: int = 2, title: str = "Netralitas ASN dalam Pemilu dan Pilkada", require_lessons: bool = False
) -> CoursePage:
    """A published course under a fresh home page. Its quiz is open without reading unless require_lessons."""
    root = Page.get_first_root_node()
    home = HomePage(title="Netral", slug="netral")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    site_follow_public_url()  # as `migrate` leaves it
    index = TrainingIndexPage(title="Pelatihan", slug="pelatihan")
    home.add_child(instance=index)
    course = CoursePage(
        title=title,
        slug="netralitas-asn",
        summary="Ringkasan.",
        jp=2,
        version=1,
        require_lessons_before_quiz=require_lessons,
    )
    index.add_child(instance=course)
    for n in range(1, lessons + 1):
        lesson = LessonPage(title=f"Materi {n}", slug=f"materi-{n}", body=[("paragraph", RichText(f"<p>Isi {n}</p>"))])
        course.add_child(instance=lesson)
    return course


def build_quiz(course: CoursePage, *, questions: int = 5, pass_mark: int = 70, **settings) -> QuizPage:
    """A quiz of single-choice questions; in each, the choice whose text starts with "Benar" is the key.
    `settings` are QuizPage fields (draw_count, time_limit_minutes, max_attempts ...)."""
    quiz = QuizPage(title="Kuis Netralitas", slug="kuis", pass_mark=pass_mark, **settings)
    for n in range(questions):
        question = Question(text=f"Soal {n + 1}: bolehkah ASN menyukai unggahan calon?", kind="single", sort_order=n)
        question.choices = [
            Choice(text=f"Salah {n}a", is_correct=False, sort_order=0),
            Choice(text=f"Benar {n}", is_correct=True, sort_order=1),
            Choice(text=f"Salah {n}b", is_correct=False, sort_order=2),
        ]
        quiz.questions.add(question)
    course.add_child(instance=quiz)
    return quiz


def build_regulation(home, *, slug="pp-94-2021", clauses=("pasal-5-huruf-n", "pasal-8")) -> RegulationPage:
    """A published regulation (PP 94/2021) with clauses, under the regulation index (made when missing)."""
    index = RegulationIndexPage.objects.first()
    if index is None:
        index = RegulationIndexPage(title="Peraturan", slug="peraturan")
        home.add_child(instance=index)
    topic, _ = Topic.objects.get_or_create(slug="sanksi", defaults={"name": "Sanksi"})
    regulation = RegulationPage(
        title="Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS",
        slug=slug,
        short_name="PP 94/2021",
        kind="pp",
        number="94 Tahun 2021",
        issuer="Presiden Republik Indonesia",
        signed_on=datetime.date(2021, 8, 31),
        status="in_force",
    )
    rows = []
    for order, clause_slug in enumerate(clauses):
        clause = Clause(
            number=clause_slug.replace("-", " ").title(),
            slug=clause_slug,
            sort_order=order,
            text=f"Ringkasan {clause_slug}: PNS dilarang memberikan dukungan kepada calon.",
        )
        clause.topics = [topic]
        rows.append(clause)
    regulation.clauses = rows
    index.add_child(instance=regulation)
    regulation.save_revision().publish()
    return regulation


def build_rule_update(course, *, requires_recertification=True, slug="pembubaran-kasn") -> RuleUpdatePage:
    """A draft rule update naming `course` and every clause of a regulation (publish it to take effect)."""
    home = course.get_parent().get_parent()
    regulation = RegulationPage.objects.first() or build_regulation(home)
    update = RuleUpdatePage(
        title="Pembubaran KASN: pengawasan netralitas beralih ke BKN",
        slug=slug,
        summary="<p>Rekomendasi kini dari BKN.</p>",
        regulation=regulation,
        effective_date=datetime.date(2024, 8, 24),
        requires_recertification=requires_recertification,
    )
    update.courses = [course]
    update.clauses = list(regulation.clauses.all())
    RegulationIndexPage.objects.get().add_child(instance=update)
    return update


def build_lesson_with_every_block(course, regulation, *, slug="media-sosial") -> LessonPage:
    """A published lesson using every block of the lesson body: rich text, allowed/forbidden lists, a scenario whose
    basis is the regulation's first clause, a quotation of its last clause, a ruling (Ketentuan) on the first clause,
    a guidance item (Panduan) with its source, a figure, a video, a document and key points."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    first, last = regulation.clauses.first(), regulation.clauses.last()
    image = Image.objects.create(title="Pose dua jari", file=get_test_image_file())
    document = Document.objects.create(title="Salinan SE 800/169/2023", file=ContentFile(b"%PDF-1.4 demo", "se.pdf"))
    body = [
        {"type": "paragraph", "value": "<p>Netralitas adalah kewajiban setiap ASN.</p>"},
        {
            "type": "allowed_forbidden",
            "value": {
                "title": "Di media sosial",
                "allowed": ["Membaca berita debat"],
                "forbidden": ["Menyukai unggahan calon"],
            },
        },
        {
            "type": "scenario",
            "value": {
                "situation": "Seorang PNS memakai mobil dinas ke kampanye.",
                "ruling": "forbidden",
                "explanation": "Fasilitas negara tidak boleh dipakai.",
                "basis": first.pk,
            },
        },
        {"type": "clause_quote", "value": {"clause": last.pk, "note": "Dibahas di materi 3."}},
        {"type": "ruling", "value": {"text": "Memakai fasilitas negara diancam hukuman berat.", "clause": first.pk}},
        {
            "type": "guidance",
            "value": {
                "text": "Keluar dari grup kampanye yang dimasuki tanpa diminta.",
                "source": {"issuer": "daerah", "name": "Arahan Pj Bupati Batang", "url": "", "date": "2023-10-02"},
            },
        },
        {
            "type": "figure",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Tangan membentuk huruf V"},
                "caption": "Pose yang harus dihindari",
            },
        },
        {"type": "video", "value": {"video": "https://www.youtube.com/watch?v=netral2024", "caption": "Sosialisasi"}},
        {"type": "document", "value": {"document": document.pk, "title": "Unduh salinan surat edaran"}},
        {"type": "key_points", "value": {"title": "Poin penting", "points": ["Jangan like unggahan calon."]}},
    ]
    lesson = LessonPage(title="Media sosial", slug=slug, body=json.dumps(body))
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def listblock(items) -> dict:
    """Wagtail admin form data for a ListBlock."""
    data = {str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)}
    data["count"] = str(len(items))
    return data


# --- The regency: units, and HR officers scoped to them ---------------------------------------------------------

HR_CODENAMES = ["access_admin", "view_completion", "view_certificate", "change_certificate", "view_attempt"]


def build_regency() -> dict[str, WorkUnit]:
    """Dinas Kesehatan with a puskesmas under it, and Diskominfo beside it."""
    dinkes = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    puskesmas = WorkUnitFactory.create(code="DINKES.PKM1", name="Puskesmas Batang I", kind="upt", parent=dinkes)
    kominfo = WorkUnitFactory.create(code="DISKOMINFO", name="Dinas Komunikasi dan Informatika")
    return {"dinkes": dinkes, "puskesmas": puskesmas, "kominfo": kominfo}


def staff_with(*codenames: str, unit: WorkUnit | None = None, **fields) -> User:
    """A staff account with exactly these permission codenames (add "access_admin" for the Wagtail admin), HR for
    `unit` (its subtree), and the second factor the admin requires of staff."""
    user = UserFactory(hr_unit=unit, **fields)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return enrol_totp(user)


def hr_officer(*, unit: WorkUnit | None = None, everything: bool = False, **fields) -> User:
    """HR with the usual HR permissions: for one unit's subtree, or the whole regency (BKD) with `everything`."""
    codenames = HR_CODENAMES + (["view_all_units"] if everything else [])
    return staff_with(*codenames, unit=unit, **fields)


# --- Quiz attempts, certificates, assignments -------------------------------------------------------------------


def answers(attempt: Attempt, *, correct: bool) -> dict[str, list[int]]:
    """All right, or all wrong (the first wrong choice of each question)."""
    chosen = {}
    for question in attempt.snapshot["questions"]:
        if correct:
            chosen[str(question["id"])] = question["correct"]
        else:
            chosen[str(question["id"])] = [
                next(c["id"] for c in question["choices"] if c["id"] not in question["correct"])
            ]
    return chosen


def take_attempt(user: User, quiz: QuizPage, *, correct: bool | None = None, submit: bool = True) -> Attempt:
    """An attempt started (and submitted, all right or all wrong; unanswered when `correct` is None) through
    quizzes.services, as the learner's pages do."""
    attempt = quiz_services.attempt_start(user=user, quiz=quiz)
    if submit:
        chosen = {} if correct is None else answers(attempt, correct=correct)
        attempt = quiz_services.attempt_submit(attempt=attempt, answers=chosen)
    return attempt


def issue_certificate(user: User | None = None, course: CoursePage | None = None, *, score="90") -> Certificate:
    """A certificate issued through certificates.services.certificate_issue (numbered, rendered, stored)."""
    return certificate_issue(user=user or UserFactory(), course=course or build_course(), score=Decimal(score))


def assign(course: CoursePage, *, unit: WorkUnit | None = None, days: int = 30, **fields) -> Assignment:
    """An assignment of `course` (to `unit`, or the whole regency), due in `days` days."""
    due_date = timezone.localdate() + datetime.timedelta(days=days)
    return Assignment.objects.create(course=course, work_unit=unit, due_date=due_date, **fields)


# --- Roster files (the BKD's employee list, as the import reads it) ----------------------------------------------

ROSTER_HEADER = [
    "NIP",
    "Nama",
    "Gelar Depan",
    "Gelar Belakang",
    "Email",
    "Kode Unit",
    "Jabatan",
    "Pangkat/Golongan",
    "Status",
]


def roster_nip(i: int) -> str:
    birth = datetime.date(1975, 1, 1) + datetime.timedelta(days=i * 3)
    return f"{birth:%Y%m%d}201003{1 + i % 2}001"


def roster_rows(count: int) -> list[list[str]]:
    """`count` employees of Dinkes and its puskesmas (alternately); every third has an email address."""
    return [
        [
            roster_nip(i),
            f"Pegawai {i}",
            "",
            "S.Sos.",
            f"pegawai{i}@batangkab.go.id" if i % 3 == 0 else "",
            "DINKES" if i % 2 else "DINKES.PKM1",
            "Pengadministrasi Perkantoran",
            "II/c",
            "PNS",
        ]
        for i in range(count)
    ]


def roster_csv(rows, delimiter=",") -> bytes:
    """A roster file as a spreadsheet exports it (UTF-8 with a byte order mark, the header first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(ROSTER_HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
