import pytest

from tests.factories import UserFactory, build_course, build_quiz


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course(db):
    return build_course()


@pytest.fixture
def quiz(course):
    return build_quiz(course)


@pytest.fixture
def learner(db):
    return UserFactory(first_name="Ahmad Fauzi", gelar_belakang="S.Kom.")


@pytest.fixture
def other_learner(db):
    return UserFactory(first_name="Rina Wulandari", gelar_belakang="S.E.")
