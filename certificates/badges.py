"""Open Badges 3.0: every certificate as an `AchievementCredential`, signed as a VC-JWT, and its revocation entry in
a Bitstring Status List.

- The credential follows the published OB 3.0 data model on the W3C VC Data Model 2.0 (`@context` of VC 2.0 and
  OB v3p0 3.0.3, `validFrom`/`validUntil`). The achievement is the course at the version the certificate attests;
  the issuer is the regency (`NETRAL_ISSUER_NAME`); the holder is never named by NIP: the subject has a pseudonymous
  `urn:uuid:` id and a salted SHA-256 `IdentityObject` (`hashed: true`), so whoever already knows the NIP (an
  employer checking an applicant) can confirm it, and nobody can read it off.
- The proof is the OB 3.0 "JSON Web Token Proof Format" (1EdTech OB 3.0, section 8.2): JOSE header
  `{"alg": "RS256", "typ": "JWT", "kid": <URL of our public JWK>}`, and the credential as the payload with the
  claims `iss`, `jti`, `nbf`, `sub` (and `exp` when it expires). RS256 because the specification requires every
  verifier to support it; the key is `NETRAL_OB3_KEY` (RSA, PEM).
- `credentialStatus` points into a W3C Bitstring Status List (purpose "revocation"): bit `pk % 131072` of list
  `pk // 131072`. The list is computed from the certificates at each request, so revoking one (or superseding it by
  a re-issue) sets its bit at once; the list credential is itself a signed VC-JWT.
"""

import base64
import datetime
import gzip
import hashlib
import json
import uuid
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .models import Certificate

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
STATUS_LIST_BITS = 131_072  # the Bitstring Status List minimum (16 KiB): a list this long hides who is revoked
CONTEXT_DIR = Path(__file__).with_name("contexts")
# The published documents behind the two context URLs, shipped so that nothing is fetched (tests expand with them).
CONTEXT_FILES = {VC_CONTEXT: "credentials-v2.jsonld", OB_CONTEXT: "ob-v3p0-context-3.0.3.json"}


def _base() -> str:
    return settings.NETRAL_PUBLIC_BASE_URL.rstrip("/")


def _url(name: str, *args) -> str:
    return _base() + reverse(name, args=args)


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def badges_enabled() -> bool:
    return bool(settings.NETRAL_OB3_KEY)


@lru_cache(maxsize=4)
def _key(path: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("NETRAL_OB3_KEY must be an RSA private key (RS256)")
    return key


def private_key() -> rsa.RSAPrivateKey:
    return _key(settings.NETRAL_OB3_KEY)


def public_jwk() -> dict:
    """The verification key as a JWK (RFC 7517), never with the private parts."""
    numbers = private_key().public_key().public_numbers()
    n = numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")
    e = numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")
    return {"kty": "RSA", "alg": "RS256", "use": "sig", "kid": key_id(), "n": _b64url(n), "e": _b64url(e)}


def key_id() -> str:
    return _url("certificates:badge_key")


def issuer_profile() -> dict:
    return {
        "id": _url("certificates:badge_issuer"),
        "type": ["Profile"],
        "name": settings.NETRAL_ISSUER_NAME,
        "url": _base() + "/",
    }


def identity_hash(value: str, salt: str) -> str:
    """OB 3.0 IdentityHash: "sha256$" + hex SHA-256 of the UTF-8 identifier with the salt appended."""
    return "sha256$" + hashlib.sha256((value + salt).encode("utf-8")).hexdigest()


def _subject_identifiers(certificate: Certificate, *, for_holder: bool) -> list[dict]:
    """The holder's hashed identity. The salt is secret (docs/privacy.md): without it an NIP (a few billion
    candidates) cannot be searched for; only the holder's own copy carries it, so they can prove it is theirs."""
    if certificate.holder_nip:
        value, kind = certificate.holder_nip, "ext:NIP"
    elif certificate.user.email:
        value, kind = certificate.user.email.strip().lower(), "emailAddress"
    else:
        return []
    identity = {
        "type": "IdentityObject",
        "hashed": True,
        "identityHash": identity_hash(value, certificate.identity_salt),
        "identityType": kind,
    }
    if for_holder:
        identity["salt"] = certificate.identity_salt
    return [identity]


def status_position(certificate: Certificate) -> tuple[int, int]:
    """(list number, index in that list) of the certificate's revocation bit."""
    return divmod(certificate.pk, STATUS_LIST_BITS)


def credential_url(certificate: Certificate) -> str:
    return _url("certificates:badge_json", certificate.code)


def achievement_credential(certificate: Certificate, *, for_holder: bool = False) -> dict:
    """The OB 3.0 AchievementCredential of a certificate (unsigned; `credential_jwt` signs it)."""
    list_number, index = status_position(certificate)
    status_url = _url("certificates:badge_status", list_number)
    course_key = f"{_base()}/pelatihan/{certificate.course_id}/versi/{certificate.course_version}"
    regulations = ", ".join(r.get("title", "") for r in certificate.course_regulations if isinstance(r, dict))
    description = (
        f"Pelatihan {certificate.course_title}, versi {certificate.course_version} ({certificate.jp} JP)"
        + (f", mencakup {regulations}" if regulations else "")
        + "."
    )
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_url(certificate),
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": f"Sertifikat {certificate.course_title} – {certificate.number}",
        "issuer": issuer_profile(),
        "validFrom": _iso(certificate.issued_at),
        "awardedDate": _iso(certificate.issued_at),
        "credentialSubject": {
            "id": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{_base()}/pemegang/{certificate.code}")),
            "type": ["AchievementSubject"],
            "identifier": _subject_identifiers(certificate, for_holder=for_holder),
            "achievement": {
                "id": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, course_key)),
                "type": ["Achievement"],
                "achievementType": "CertificateOfCompletion",
                "name": certificate.course_title,
                "description": description,
                "criteria": {
                    "narrative": "Menyelesaikan semua materi pelatihan dan lulus kuisnya di Netral; "
                    f"sertifikat nomor {certificate.number}, diverifikasi di {certificate.get_verification_url()}."
                },
                "version": str(certificate.course_version),
                "inLanguage": "id",
                "humanCode": certificate.number,
            },
        },
        "credentialStatus": {
            "id": f"{status_url}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(index),
            "statusListCredential": status_url,
        },
    }
    if not credential["credentialSubject"]["identifier"]:
        del credential["credentialSubject"]["identifier"]
    if certificate.expires_on:
        end = datetime.datetime.combine(certificate.expires_on, datetime.time.max.replace(microsecond=0))
        credential["validUntil"] = _iso(timezone.make_aware(end))
    return credential


def sign_jwt(payload: dict) -> str:
    """Compact JWS, RS256 (RFC 7515), header as OB 3.0 section 8.2 allows: alg, kid, typ."""
    header = {"alg": "RS256", "typ": "JWT", "kid": key_id()}
    signing_input = (
        _b64url(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + _b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    )
    signature = private_key().sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + _b64url(signature)


def _claims(credential: dict, subject_id: str) -> dict:
    claims = {
        **credential,
        "iss": credential["issuer"]["id"] if isinstance(credential["issuer"], dict) else credential["issuer"],
        "jti": credential["id"],
        "nbf": int(datetime.datetime.fromisoformat(credential["validFrom"]).timestamp()),
        "sub": subject_id,
    }
    if "validUntil" in credential:
        claims["exp"] = int(datetime.datetime.fromisoformat(credential["validUntil"]).timestamp())
    return claims


def credential_jwt(certificate: Certificate, *, for_holder: bool = False) -> str:
    credential = achievement_credential(certificate, for_holder=for_holder)
    return sign_jwt(_claims(credential, credential["credentialSubject"]["id"]))


def revoked_indexes(list_number: int) -> list[int]:
    """Indexes set in a status list: certificates revoked, or superseded by a re-issue."""
    low, high = list_number * STATUS_LIST_BITS, (list_number + 1) * STATUS_LIST_BITS
    pks = Certificate.objects.filter(
        Q(revoked_at__isnull=False) | Q(superseded_at__isnull=False), pk__gte=low, pk__lt=high
    )
    return [pk - low for pk in pks.values_list("pk", flat=True)]


def encode_bitstring(indexes: list[int], bits: int = STATUS_LIST_BITS) -> str:
    """Bitstring Status List `encodedList`: multibase base64url (prefix "u", no padding) of the GZIP-compressed
    bitstring, index 0 being the left-most bit of the first byte."""
    data = bytearray(bits // 8)
    for index in indexes:
        data[index // 8] |= 0x80 >> (index % 8)
    return "u" + _b64url(gzip.compress(bytes(data), mtime=0))


def decode_bitstring(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("encodedList must be multibase base64url ('u' prefix)")
    body = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def bit_is_set(bitstring: bytes, index: int) -> bool:
    return bool(bitstring[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(list_number: int) -> dict:
    url = _url("certificates:badge_status", list_number)
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_profile()["id"],
        "validFrom": _iso(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bitstring(revoked_indexes(list_number)),
        },
    }


def status_list_jwt(list_number: int) -> str:
    credential = status_list_credential(list_number)
    return sign_jwt(_claims(credential, credential["credentialSubject"]["id"]))


def load_context(url: str) -> dict:
    """A shipped JSON-LD context document by its URL (KeyError for any other URL: nothing is fetched)."""
    return json.loads((CONTEXT_DIR / CONTEXT_FILES[url]).read_text(encoding="utf-8"))
