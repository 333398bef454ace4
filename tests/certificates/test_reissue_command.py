"""`manage.py certificates_reissue --unit CODE` takes the unit and the units beneath it (the tree), not every unit
whose code happens to start with the same letters."""

import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from certificates.models import Certificate
from certificates.services import certificate_issue
from tests.support.builders import UserFactory, WorkUnitFactory


@pytest.mark.django_db
def test_reissue_by_unit_follows_the_unit_tree(course):
    dinkes = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    puskesmas = WorkUnitFactory.create(code="PKM.BATANG1", name="Puskesmas Batang I", kind="upt", parent=dinkes)
    dinsos = WorkUnitFactory.create(code="DINKESOS", name="Dinas Sosial")  # same first letters, another dinas
    issued = {
        unit.code: certificate_issue(user=UserFactory(work_unit=unit), course=course, score=Decimal("90"))
        for unit in (dinkes, puskesmas, dinsos)
    }
    out = io.StringIO()
    call_command("certificates_reissue", unit="DINKES", reason="Koreksi nama unit", stdout=out)

    assert "2 certificate(s) to re-issue" in out.getvalue()
    for code in ("DINKES", "PKM.BATANG1"):
        old = Certificate.objects.get(pk=issued[code].pk)
        assert old.superseded_at is not None and old.superseded_by is not None, code
    assert Certificate.objects.get(pk=issued["DINKESOS"].pk).superseded_at is None


@pytest.mark.django_db
def test_reissue_names_an_unknown_unit():
    with pytest.raises(CommandError, match="No work unit with code NOPE"):
        call_command("certificates_reissue", unit="NOPE", reason="x", stdout=io.StringIO())
