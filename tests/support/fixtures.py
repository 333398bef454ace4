"""Shared pytest fixtures, registered as a plugin by tests/conftest.py (`pytest_plugins`)."""

import pytest

from .builders import UserFactory, build_course, build_quiz, build_regency
from .pdf import placeholder_pdf


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded and generated files (certificate PDFs, images) go to the test's own folder, never the checkout."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _pdf_placeholder(request, monkeypatch):
    """Certificates render to a placeholder PDF (tests/support/pdf.py) unless the test is marked
    `@pytest.mark.pdf`, meaning it reads the PDF back and needs WeasyPrint's."""
    if request.node.get_closest_marker("pdf") is None:
        monkeypatch.setattr("certificates.rendering.render_pdf", placeholder_pdf)


@pytest.fixture
def course(db):
    return build_course()


@pytest.fixture
def quiz(course):
    return build_quiz(course)


@pytest.fixture
def learner(db):
    return UserFactory(first_name="Ahmad Fauzi", title_suffix="S.Kom.")


@pytest.fixture
def other_learner(db):
    return UserFactory(first_name="Rina Wulandari", title_suffix="S.E.")


@pytest.fixture
def regency(db):
    """Work units: {"dinkes": Dinas Kesehatan, "puskesmas": its Puskesmas Batang I, "kominfo": Diskominfo}."""
    return build_regency()
