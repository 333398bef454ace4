"""Open Badges 3.0, checked against the standards rather than our reading of them: the credential validates against
1EdTech's published JSON Schema (tests/data, unmodified), expands as JSON-LD with the published VC 2.0 and OB v3p0
contexts (shipped, nothing fetched) without falling back to undefined terms, its VC-JWT verifies with an independent
JWT library (PyJWT) and the published key, and revoking the certificate flips its Bitstring Status List bit."""

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import jwt
import pytest
from django.urls import reverse
from pyld import jsonld

from certificates import badges
from certificates.services import certificate_issue, certificate_reissue, certificate_revoke
from tests.support.builders import UserFactory
from tests.support.responses import assert_sent_to_login

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "ob_v3p0_achievementcredential_schema.json").read_text())
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
CRED = "https://www.w3.org/2018/credentials#"
UNDEFINED = "https://www.w3.org/ns/credentials/issuer-dependent#"


@pytest.fixture
def holder(db):
    return UserFactory(first_name="Siti Aminah", title_suffix="S.H.", email="siti.aminah@batangkab.go.id")


@pytest.fixture
def certificate(holder, course, open_badges):
    return certificate_issue(user=holder, course=course, score=Decimal("90"))


def schema_errors(credential: dict) -> list[str]:
    validator = jsonschema.Draft201909Validator(SCHEMA, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(credential)]


def local_loader(url, options=None):
    """The document loader pyld uses: the shipped contexts only; any other URL fails (no network)."""
    return {"contextUrl": None, "documentUrl": url, "document": badges.load_context(url)}


def expand(document: dict) -> list:
    return jsonld.expand(document, {"documentLoader": local_loader})


def iris(node) -> set[str]:
    """Every property IRI and @type value in an expanded JSON-LD document."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= iris(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                found |= set(value if isinstance(value, list) else [value])
            elif not key.startswith("@"):
                found.add(key)
            found |= iris(value)
    return found


def decode(token: str, client) -> dict:
    """Verify a VC-JWT as a stranger would: the key from the `kid` URL, PyJWT (not our code) checks RS256."""
    header = jwt.get_unverified_header(token)
    assert header == {"alg": "RS256", "typ": "JWT", "kid": badges.key_id()}
    key = client.get(reverse("certificates:badge_key")).json()
    assert "d" not in key and key["kid"] == header["kid"]
    return jwt.decode(token, jwt.PyJWK(key).key, algorithms=["RS256"], options={"verify_aud": False})


@pytest.mark.django_db
def test_the_credential_validates_against_1edtechs_schema_and_an_incomplete_one_does_not(certificate):
    credential = badges.achievement_credential(certificate)
    assert schema_errors(credential) == []
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "AchievementCredential"]
    achievement = credential["credentialSubject"]["achievement"]
    assert (achievement["name"], achievement["version"]) == ("Netralitas ASN dalam Pemilu dan Pilkada", "1")
    assert credential["issuer"]["name"] == "Pemerintah Kabupaten Batang"

    broken = {key: value for key, value in credential.items() if key != "validFrom"}
    broken["credentialSubject"] = {**credential["credentialSubject"], "type": ["Person"]}
    errors = schema_errors(broken)
    assert any("'validFrom' is a required property" in error for error in errors)
    assert any(error.startswith("credentialSubject/type") for error in errors)


@pytest.mark.django_db
def test_the_credential_expands_with_the_published_contexts_and_uses_no_undefined_term(certificate):
    expanded = expand(badges.achievement_credential(certificate))
    found = iris(expanded)
    assert not [iri for iri in found if iri.startswith(UNDEFINED)], "a term fell back to @vocab"
    # The published context makes "AchievementCredential" an alias of OpenBadgeCredential's IRI.
    assert {OB + "OpenBadgeCredential", OB + "AchievementSubject", OB + "Achievement", OB + "IdentityObject"} <= found
    assert {CRED + "validFrom", CRED + "credentialStatus", CRED + "issuer", OB + "identityHash"} <= found
    assert "https://www.w3.org/ns/credentials/status#BitstringStatusListEntry" in found
    with pytest.raises(jsonld.JsonLdError):  # nothing is fetched: an unknown context cannot be loaded
        expand({"@context": "https://example.org/context.json", "name": "x"})


@pytest.mark.authz("certificates:badge_json", "certificates:badge_jwt")
@pytest.mark.django_db
def test_the_holder_is_identified_by_a_hash_whose_salt_only_the_holder_receives(certificate, client):
    """The public credential carries the hash alone; the holder's own download and the PDF's attached record carry
    the secret salt with which the holder proves the NIP is theirs (docs/privacy.md)."""
    (public_identity,) = badges.achievement_credential(certificate)["credentialSubject"]["identifier"]
    expected = hashlib.sha256((certificate.holder_nip + certificate.identity_salt).encode()).hexdigest()
    assert public_identity == {
        "type": "IdentityObject",
        "hashed": True,
        "identityHash": f"sha256${expected}",
        "identityType": "ext:NIP",
    }
    (own,) = badges.achievement_credential(certificate, for_holder=True)["credentialSubject"]["identifier"]
    assert own == {**public_identity, "salt": certificate.identity_salt}
    assert certificate.identity_salt not in json.dumps(badges.achievement_credential(certificate))
    public = client.get(reverse("certificates:badge_json", args=(certificate.code,)))
    assert public["Content-Type"] == "application/ld+json"
    for body in (public.content, client.get(reverse("certificates:badge_jwt", args=(certificate.code,))).content):
        assert certificate.holder_nip not in body.decode() and certificate.identity_salt not in body.decode()
    client.force_login(certificate.user)
    own_jwt = client.get(reverse("certificates:download_badge", args=(certificate.pk,))).content.decode()
    claims = jwt.decode(own_jwt, options={"verify_signature": False})
    assert claims["credentialSubject"]["identifier"][0]["salt"] == certificate.identity_salt


@pytest.mark.authz("certificates:download_badge")
@pytest.mark.django_db
def test_the_learner_downloads_a_signed_vc_jwt_that_an_independent_library_verifies(certificate, holder, client):
    assert_sent_to_login(
        client.get(reverse("certificates:download_badge", args=(certificate.pk,))),
        reverse("certificates:download_badge", args=(certificate.pk,)),
    )
    client.force_login(holder)
    page = client.get(reverse("certificates:mine")).content.decode()
    download_url = reverse("certificates:download_badge", args=(certificate.pk,))
    assert download_url in page and "Unduh Open Badges 3.0" in page
    response = client.get(download_url)
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="openbadges-{certificate.number.replace("/", "-")}.jwt"'
    )
    token = response.content.decode()
    claims = decode(token, client)
    credential = badges.achievement_credential(certificate, for_holder=True)  # the holder's copy has the salt
    assert claims["iss"] == credential["issuer"]["id"] and claims["jti"] == credential["id"]
    assert claims["sub"] == credential["credentialSubject"]["id"]
    assert claims["credentialSubject"] == credential["credentialSubject"]
    assert schema_errors({k: v for k, v in claims.items() if k not in ("iss", "jti", "nbf", "sub", "exp")}) == []

    header, payload, signature = token.split(".")
    forged = json.loads(jwt.utils.base64url_decode(payload))
    forged["credentialSubject"]["achievement"]["name"] = "Pelatihan lain"
    forged_token = ".".join([header, jwt.utils.base64url_encode(json.dumps(forged).encode()).decode(), signature])
    with pytest.raises(jwt.InvalidSignatureError):
        decode(forged_token, client)

    other = UserFactory()
    client.force_login(other)
    assert client.get(download_url).status_code == 404  # only the holder downloads it


@pytest.mark.authz("certificates:badge_status")
@pytest.mark.django_db
def test_revoking_the_certificate_flips_its_status_list_bit(certificate, holder, course, client):
    status = badges.achievement_credential(certificate)["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusPurpose"] == "revocation"
    index = int(status["statusListIndex"])
    path = status["statusListCredential"].split("://", 1)[1].split("/", 1)[1].join(["/", ""])

    def bit() -> bool:
        claims = decode(client.get(path).content.decode(), client)
        assert claims["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        bits = badges.decode_bitstring(claims["credentialSubject"]["encodedList"])
        assert len(bits) * 8 >= 131_072  # the specification's minimum size, so the list hides who is revoked
        return badges.bit_is_set(bits, index)

    other = certificate_issue(user=UserFactory(), course=course, score=Decimal("80"))
    assert bit() is False
    certificate_revoke(certificate=certificate, by=None, reason="Data pemegang keliru")
    assert bit() is True
    assert badges.bit_is_set(badges.decode_bitstring(badges.encode_bitstring([])), 0) is False
    other_index = badges.status_position(other)[1]
    assert (
        badges.bit_is_set(badges.decode_bitstring(badges.encode_bitstring(badges.revoked_indexes(0))), other_index)
        is False
    )
    new = certificate_reissue(certificate=other)  # a re-issue supersedes: the old credential is revoked too
    assert badges.status_position(other)[1] in badges.revoked_indexes(0)
    assert badges.status_position(new)[1] not in badges.revoked_indexes(0)


def test_the_bitstring_is_encoded_as_the_specification_says():
    """Index 0 is the left-most bit of the first byte; multibase base64url ('u'), no padding, of GZIP data."""
    encoded = badges.encode_bitstring([0, 9], bits=16)
    assert encoded.startswith("u") and "=" not in encoded
    assert badges.decode_bitstring(encoded) == bytes([0b1000_0000, 0b0100_0000])


@pytest.mark.django_db
def test_the_verification_page_links_the_credential(certificate, client):
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), HTTP_ACCEPT="application/json")
    assert answer.json()["open_badge"] == badges.credential_url(certificate)
    page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert reverse("certificates:badge_json", args=(certificate.code,)) in page
    assert reverse("certificates:badge_jwt", args=(certificate.code,)) in page


@pytest.mark.django_db
def test_without_a_key_no_credential_is_offered(holder, course, client, settings):
    settings.NETRAL_OB3_KEY = ""
    certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    assert client.get(reverse("certificates:badge_json", args=(certificate.code,))).status_code == 404
    client.force_login(holder)
    assert "Unduh Open Badges 3.0" not in client.get(reverse("certificates:mine")).content.decode()
