"""The shape of the code (docs/architecture.md): dependencies run one way and a wrong-way import fails the linter;
the roles exist after `migrate` without the demo; production never installs the demo; every app has the module
set; wagtail_hooks only register; writes happen in services only; no module grows past ~400 lines."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from netral.roles import ROLES, permissions_for

BASE_DIR = Path(__file__).resolve().parent.parent
APPS = ["employees", "cms", "certificates", "quizzes", "tracking"]
PACKAGES = [*APPS, "netral", "demo"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(cwd)},
    )


def test_import_contracts_hold():
    result = lint_imports(BASE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_a_wrong_way_import_breaks_the_layers_contract(tmp_path):
    for package in PACKAGES:
        shutil.copytree(BASE_DIR / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(BASE_DIR / "pyproject.toml", tmp_path)
    selectors = tmp_path / "employees" / "selectors.py"
    selectors.write_text(selectors.read_text() + "\nfrom tracking.models import Completion  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "Apps in layers: employees <- cms <- certificates <- quizzes <- tracking BROKEN" in result.stdout
    assert "employees.selectors -> tracking.models" in result.stdout


@pytest.mark.django_db
def test_the_roles_exist_after_migrate_without_the_demo():
    """The test database is built by `migrate` alone (the demo app has no migrations and seeds nothing)."""
    for role in ROLES:
        group = Group.objects.get(name=role)
        granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert set(ROLES[role]) <= granted, role
        assert permissions_for(role).count() == len(ROLES[role]), (
            f"{role}: a permission named in netral.roles is missing"
        )
    hr_bkd = {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name="HR BKD").permissions.all()}
    assert {"tracking.view_completion", "employees.view_all_units", "employees.import_roster"} <= hr_bkd
    hr_unit = {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name="HR Unit").permissions.all()}
    assert "employees.view_all_units" not in hr_unit
    editors = {p.content_type.app_label for p in Group.objects.get(name="Editors").permissions.all()}
    assert not editors & {"employees", "certificates", "tracking"}


def test_production_settings_do_not_install_the_demo():
    code = "from netral.settings import production as p; print('demo' in p.INSTALLED_APPS)"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "netral.example.go.id",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_HOST": "localhost",
        "NETRAL_PUBLIC_BASE_URL": "https://netral.example.go.id",
    }
    result = subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
    dev = subprocess.run(
        [sys.executable, "-c", "from netral.settings import dev; print('demo' in dev.INSTALLED_APPS)"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert dev.stdout.strip() == "True", dev.stderr


MODULE_SET = [
    "models.py",
    "services.py",
    "selectors.py",
    "events.py",
    "views.py",
    "urls.py",
    "admin/__init__.py",
    "wagtail_hooks.py",
    "tasks.py",
    "permissions.py",
    "privacy.py",
    "management/commands/__init__.py",
]


@pytest.mark.parametrize("app", APPS)
def test_every_app_has_the_module_set(app):
    def present(name):  # a module or a package of that name (cms/models/ holds courses and regulations)
        return (BASE_DIR / app / name).exists() or (BASE_DIR / app / name.replace(".py", "/__init__.py")).exists()

    missing = [name for name in MODULE_SET if not present(name)]
    if app == "tracking":  # the top of the layers: it listens to events, it announces none
        missing.remove("events.py")
    assert missing == []


def app_modules():
    for package in [*APPS, "netral"]:
        for path in sorted((BASE_DIR / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_no_module_is_over_400_lines():
    long = {str(p.relative_to(BASE_DIR)): n for p in app_modules() if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}


@pytest.mark.parametrize("app", APPS)
def test_wagtail_hooks_only_register(app):
    tree = ast.parse((BASE_DIR / app / "wagtail_hooks.py").read_text())
    classes = [node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    assert classes == [], f"{app}/wagtail_hooks.py defines {classes}: views, forms and filters go in {app}/admin/"


WRITE = re.compile(r"\.(save|create|update|delete|bulk_create|bulk_update|get_or_create|update_or_create)\(")
# Calls that look like writes and are not: dicts, hashes, caches, a workbook, the certificate's QR code image (Pillow,
# written to memory), the base form's save (allauth's own flow, which our form extends), and the roles' groups (the
# project package's one write, run after migrate).
NOT_MODEL_WRITES = [
    "context.update(",
    "digest.update(",
    "attrs.update(",
    "cache.delete(",
    "workbook.save(",
    "qr_image.save(",
    "super().save()",
    "Group.objects.get_or_create(name=role)",
]


def test_writes_happen_in_services_only():
    offenders = []
    for path in app_modules():
        if path.name in ("services.py", "models.py"):
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if WRITE.search(line) and not any(allowed in line for allowed in NOT_MODEL_WRITES):
                offenders.append(f"{path.relative_to(BASE_DIR)}:{number}: {line.strip()}")
    assert offenders == []
