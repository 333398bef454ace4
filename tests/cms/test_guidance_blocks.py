"""Editors cannot save guidance without saying who says so, nor a scenario that rests on nothing (issue 15)."""

import datetime

import pytest
from wagtail.blocks import StructBlockValidationError

from cms.blocks import GuidanceBlock, ScenarioBlock

SOURCE = {"issuer": "bawaslu", "name": "Bawaslu Batang kepada RMOL", "url": "", "date": datetime.date(2023, 3, 22)}
NO_SOURCE = {"issuer": "", "name": "", "url": "", "date": None}


def guidance(source):
    block = GuidanceBlock()
    return block, block.to_python({"text": "Honorer juga wajib netral.", "source": source})


def scenario(basis=None, source=NO_SOURCE, ruling="risky"):
    block = ScenarioBlock()
    value = block.to_python(
        {"situation": "Hadir di kampanye saat cuti.", "ruling": ruling, "explanation": "Berisiko.", "basis": basis}
    )
    value["guidance"] = block.child_blocks["guidance"].to_python(source)
    return block, value


def test_guidance_needs_its_issuer_and_source_name():
    block, value = guidance(SOURCE)
    assert block.clean(value)["source"]["name"] == "Bawaslu Batang kepada RMOL"
    for missing in ({**SOURCE, "name": ""}, {**SOURCE, "issuer": ""}):
        block, value = guidance(missing)
        with pytest.raises(StructBlockValidationError):
            block.clean(value)


def test_a_scenario_rests_on_a_clause_or_on_named_guidance():
    block, value = scenario()
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    block, value = scenario(source=SOURCE)
    assert block.clean(value)["guidance"]["issuer"] == "bawaslu"
    block, value = scenario(source={**SOURCE, "issuer": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_the_learner_sees_panduan_with_the_source_not_ketentuan():
    block, value = guidance(SOURCE)
    html = block.render(value)
    assert "Panduan" in html and "Bawaslu Batang kepada RMOL" in html and "22 Maret 2023" in html
    assert "Ketentuan" not in html
