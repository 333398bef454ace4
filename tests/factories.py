"""Small builders for tests: each test makes the few rows and pages it needs (no demo loading)."""

import itertools

import factory
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from cms.models import CoursePage, HomePage, LessonPage, TrainingIndexPage
from employees.models import EmploymentType, User, WorkUnit
from quizzes.models import Choice, Question, QuizPage

PASSWORD = "Rahasia#Sekali1"  # noqa: S105
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
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    index = TrainingIndexPage(title="Pelatihan", slug="pelatihan")
    home.add_child(instance=index)
    course = CoursePage(
        title=title, slug="netralitas-asn", summary="Ringkasan.", jp=2, version=1,
        require_lessons_before_quiz=require_lessons,
    )  # fmt: skip
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


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (tests only)


def enrol_totp(user: User, secret: str = TOTP_SECRET) -> User:
    """Give a staff account its second factor (an authenticator app), as the MFA gate requires for Wagtail admin."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The code an authenticator app shows now for this secret."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))
