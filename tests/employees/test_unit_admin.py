"""The work-unit admin: the codes the roster import asks for are visible, BKD keeps the tree, a unit's HR reads
their own subtree only, and no one deletes a unit."""

import pytest
from django.contrib.auth.models import Group

from employees.models import WorkUnit
from netral.roles import HR_BKD, HR_UNIT
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_regency
from tests.support.responses import assert_refused_by_admin

pytestmark = pytest.mark.django_db

INDEX = "/admin/unit-kerja/"


def in_role(role: str, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=role))
    return enrol_totp(user)


@pytest.fixture
def regency():
    units = build_regency()
    UserFactory.create_batch(2, work_unit=units["puskesmas"])
    return units


def test_bkd_sees_every_unit_with_code_kind_tree_and_headcount(client, regency):
    client.force_login(in_role(HR_BKD))
    response = client.get(INDEX)
    html = response.content.decode()
    assert response.status_code == 200
    for code in ("DINKES", "DINKES.PKM1", "DISKOMINFO"):
        assert code in html
    assert "— Puskesmas Batang I" in html  # indented under Dinas Kesehatan
    assert html.index("Dinas Kesehatan") < html.index("— Puskesmas Batang I") < html.index("Dinas Komunikasi")
    assert "UPT / Puskesmas / Sekolah" in html and ">upt<" not in html  # the kind's label, never its key
    row = html[html.index("DINKES.PKM1") :]
    assert ">2<" in row[: row.index("</tr>")].replace(" ", "").replace("\n", "")
    assert "Tambah unit kerja" in html
    assert "/hapus/" not in html and "delete" not in html.lower().split("<tbody", 1)[1]


def test_unit_hr_reads_only_their_subtree_and_cannot_edit(client, regency):
    client.force_login(in_role(HR_UNIT, hr_unit=regency["dinkes"]))
    html = client.get(INDEX).content.decode()
    assert "DINKES.PKM1" in html and "DISKOMINFO" not in html
    assert "Tambah unit kerja" not in html
    assert_refused_by_admin(client.get(f"{INDEX}edit/{regency['puskesmas'].pk}/"))
    assert_refused_by_admin(client.get(f"{INDEX}new/"))


def test_bkd_adds_a_unit_under_a_parent(client, regency):
    client.force_login(in_role(HR_BKD))
    response = client.post(
        f"{INDEX}new/",
        {"code": "DINKES.PKM2", "name": "Puskesmas Batang II", "kind": "upt", "parent": regency["dinkes"].pk},
    )
    assert (response.status_code, response["Location"]) == (302, INDEX)
    unit = WorkUnit.objects.get(code="DINKES.PKM2")
    assert unit.get_parent() == regency["dinkes"]
    assert set(regency["dinkes"].get_children().values_list("code", flat=True)) == {"DINKES.PKM1", "DINKES.PKM2"}


def test_a_duplicate_code_is_refused_with_a_reason(client, regency):
    client.force_login(in_role(HR_BKD))
    response = client.post(f"{INDEX}new/", {"code": "DINKES", "name": "Lagi", "kind": "dinas", "parent": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["code"] == ["Kode unit ini sudah dipakai unit lain: pilih kode yang lain."]
    assert WorkUnit.objects.filter(code="DINKES").count() == 1


def test_moving_a_unit_takes_its_sub_units_along_and_never_into_itself(client, regency):
    client.force_login(in_role(HR_BKD))
    dinkes = regency["dinkes"]
    url = f"{INDEX}edit/{dinkes.pk}/"
    refused = client.post(
        url, {"code": "DINKES", "name": "Dinas Kesehatan", "kind": "dinas", "parent": regency["puskesmas"].pk}
    )
    assert refused.status_code == 200 and "parent" in refused.context["form"].errors

    response = client.post(
        url, {"code": "DINKES", "name": "Dinas Kesehatan", "kind": "dinas", "parent": regency["kominfo"].pk}
    )
    assert (response.status_code, response["Location"]) == (302, INDEX)
    dinkes.refresh_from_db()
    puskesmas = WorkUnit.objects.get(pk=regency["puskesmas"].pk)
    assert dinkes.get_parent() == regency["kominfo"]
    assert puskesmas.get_parent() == dinkes and puskesmas.depth == 3
    assert WorkUnit.find_problems() == ([], [], [], [], [])


def test_no_one_deletes_a_unit(client, regency):
    superuser = enrol_totp(UserFactory(is_superuser=True, is_staff=True))
    client.force_login(superuser)
    assert_refused_by_admin(client.post(f"{INDEX}delete/{regency['kominfo'].pk}/"))
    assert WorkUnit.objects.filter(pk=regency["kominfo"].pk).exists()


@pytest.mark.authz("unit_kerja:edit", "unit_kerja:delete", "unit_kerja:history", "unit_kerja:history_results")
@pytest.mark.authz("unit_kerja:usage")
@pytest.mark.django_db
def test_a_unit_hr_given_unit_rights_by_hand_still_reaches_only_their_subtree(client, regency):
    """Even with the model permissions granted by hand, another unit's pages answer 404, and delete is refused."""
    from django.contrib.auth.models import Permission

    officer = in_role(HR_UNIT, hr_unit=regency["dinkes"])
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["change_workunit", "delete_workunit"]))
    client.force_login(officer)
    own, other = regency["puskesmas"], regency["kominfo"]
    for action in ("edit", "history", "history_results", "usage"):
        assert client.get(f"{INDEX}{action.replace('_', '-')}/{other.pk}/").status_code == 404, action
    for action in ("edit", "history", "usage"):
        assert client.get(f"{INDEX}{action}/{own.pk}/").status_code == 200, action
    assert_refused_by_admin(client.post(f"{INDEX}delete/{own.pk}/"))
    response = client.post(f"{INDEX}edit/{other.pk}/", {"code": "X", "name": "Diambil alih", "kind": "dinas"})
    assert response.status_code == 404 and WorkUnit.objects.get(pk=other.pk).name == "Dinas Komunikasi dan Informatika"
