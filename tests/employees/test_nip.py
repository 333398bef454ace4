import datetime

import pytest
from django.core.exceptions import ValidationError

from employees.models import EmploymentType, User
from employees.validators import format_nip, normalize_nip, parse_nip

TODAY = datetime.date(2026, 11, 24)


def codes(value: str) -> str:
    with pytest.raises(ValidationError) as info:
        parse_nip(value, today=TODAY)
    return info.value.code


def test_valid_pns_nip_is_split_into_its_parts():
    parts = parse_nip("199001012015031001", today=TODAY)
    assert parts.birth_date == datetime.date(1990, 1, 1)
    assert (parts.appointment_year, parts.appointment_month, parts.sex, parts.serial) == (2015, 3, 1, "001")
    assert not parts.is_pppk


def test_valid_ni_pppk_is_recognised():
    parts = parse_nip("199612012023212001", today=TODAY)
    assert parts.is_pppk and parts.sex == 2


@pytest.mark.parametrize(
    "value, code",
    [
        ("19900101201503100", "nip_format"),  # 17 digits
        ("1990010120150310011", "nip_format"),  # 19 digits
        ("19900101201503100A", "nip_format"),  # a letter
        ("1990O1012015031001", "nip_format"),  # letter O for zero
        ("１９９００１０１２０１５０３１００１", "nip_format"),  # full-width digits
        ("", "nip_format"),
        ("199013012015031001", "nip_birth_date"),  # month 13
        ("199002302015031001", "nip_birth_date"),  # 30 February
        ("193001012015031001", "nip_birth_date"),  # born 1930: not a serving employee
        ("201501012015031001", "nip_birth_date"),  # born 2015: a child
        ("199001012005031001", "nip_appointment"),  # appointed at 15
        ("199001012030031001", "nip_appointment"),  # appointed in the future
        ("199001012026121001", "nip_appointment"),  # December 2026 has not come yet
        ("199001012015151001", "nip_appointment"),  # month 15: neither a month nor a PPPK code
        ("199001012015033001", "nip_sex"),  # sex digit 3
        ("199001012015031000", "nip_serial"),  # serial 000
    ],
)
def test_invalid_nips_are_rejected_with_the_reason(value, code):
    assert codes(value) == code


def test_nip_typed_with_spaces_is_normalised_and_shown_in_groups():
    assert normalize_nip("19900101 201503 1 001") == "199001012015031001"
    assert format_nip("199001012015031001") == "19900101 201503 1 001"


@pytest.mark.django_db
def test_model_rejects_a_pppk_number_for_a_pns_and_requires_a_nip_for_asn():
    user = User(nip="199612012023212001", first_name="Fitri", employment_type=EmploymentType.PNS)
    with pytest.raises(ValidationError) as info:
        user.full_clean()
    assert "nip" in info.value.message_dict

    user = User(first_name="Tanpa NIP", employment_type=EmploymentType.PPPK, username="x")
    with pytest.raises(ValidationError) as info:
        user.full_clean()
    assert "nip" in info.value.message_dict


@pytest.mark.django_db
def test_non_asn_staff_have_no_nip_and_log_in_by_email():
    user = User.objects.create_user(
        username=None,
        email="Vendor@Contoh.ID",
        password="x" * 12,
        employment_type=EmploymentType.NON_ASN,
        first_name="Admin Vendor",
    )
    assert user.nip is None
    assert user.username == user.email == "vendor@contoh.id"
    user.full_clean()  # valid without a NIP


@pytest.mark.django_db
def test_username_follows_the_nip_and_full_name_carries_titles():
    user = User.objects.create_user(
        username=None,
        nip="19900101 201503 1 001",
        first_name="Ahmad Fauzi",
        title_prefix="Dr.",
        title_suffix="S.Kom., M.T.",
    )
    assert user.nip == user.username == "199001012015031001"
    assert user.get_full_name() == "Dr. Ahmad Fauzi, S.Kom., M.T."
    assert user.nip_display == "19900101 201503 1 001"


@pytest.mark.django_db
def test_two_staff_cannot_share_an_email_whatever_its_case():
    from django.db import IntegrityError

    User.objects.create_user(username=None, email="a@netral.test", employment_type=EmploymentType.NON_ASN)
    with pytest.raises(IntegrityError):
        User.objects.create_user(username="b", email="A@Netral.test", nip="199001012015031009")
