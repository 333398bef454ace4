"""Electronic signatures on certificate PDFs (PAdES, with pyHanko), and reading them back.

A signer turns the rendered PDF into a signed PDF. Which one is used is configuration (netral.settings.base,
from the environment):

- `Pkcs12Signer`: a local PKCS#12 file (a regency's own certificate, or the demo's test CA). PAdES B-B, or B-T when
  a timestamp authority (RFC 3161) is configured.
- `BsrESigner`: the agency's BSrE signing gateway (BSSN), its v2 JSON API: the PDF goes there in base64 and comes
  back signed by the official's BSrE certificate (by NIK or email, with a passphrase or a TOTP).
- `NullSigner`: no electronic signature is configured: certificates stay "tidak ditandatangani elektronik".

`inspect_pdf` answers what the verification page says: is there a signature, is it intact, does it cover the whole
file as it is now, who signed, and does the signer's certificate chain to a root this installation trusts.
"""

import asyncio
import base64
import concurrent.futures
import dataclasses
import datetime
import hashlib
import io
import logging
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import requests
from django.conf import settings

logger = logging.getLogger("netral.certificates")


def _outside_event_loop(function, *args, **kwargs):
    """Run pyHanko's synchronous API, which calls asyncio.run(): in a worker thread when this thread already runs
    an event loop (an ASGI server, a browser test), directly otherwise."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args, **kwargs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args, **kwargs).result()


class SigningError(Exception):
    """Signing failed; the certificate keeps waiting for its signature (the message is for staff and logs)."""


@dataclasses.dataclass(frozen=True)
class Signed:
    pdf: bytes
    signer: str  # the signing certificate's subject, as people read it
    cert_sha256: str  # fingerprint of the signing certificate (hex)


class Signer(Protocol):
    kind: str

    def sign(self, pdf: bytes, *, reason: str, location: str) -> Signed: ...


class NullSigner:
    """No signer configured: nothing is signed, and nothing claims to be."""

    kind = "none"

    def sign(self, pdf: bytes, *, reason: str, location: str) -> Signed:
        raise SigningError("No electronic signer is configured")


def _cert_sha256(cert) -> str:
    """Fingerprint of an asn1crypto certificate."""
    return hashlib.sha256(cert.dump()).hexdigest()


def _subject(cert) -> str:
    """The signer as people name it: the certificate's common name (for BSrE, the official's name)."""
    return cert.subject.native.get("common_name") or cert.subject.human_friendly


@lru_cache(maxsize=4)
def _load_pkcs12(path: str, mtime: int, passphrase: str):
    """Opening a PKCS#12 file derives its key from the passphrase (slow on purpose): once per process and file."""
    from pyhanko.sign import signers

    return signers.SimpleSigner.load_pkcs12(path, passphrase=passphrase.encode() or None)


class Pkcs12Signer:
    """PAdES signature with a key and certificate chain from a PKCS#12 file."""

    kind = "pkcs12"

    def __init__(self, path: str | Path, passphrase: str = "", *, tsa_url: str = "", field_name: str = "Netral"):
        self.path = Path(path)
        self.passphrase = passphrase
        self.tsa_url = tsa_url
        self.field_name = field_name

    def _signer(self):
        try:
            mtime = self.path.stat().st_mtime_ns
        except OSError as error:
            raise SigningError(f"PKCS#12 file {self.path} not readable: {error}") from error
        signer = _load_pkcs12(str(self.path), mtime, self.passphrase)
        if signer is None:
            raise SigningError(f"Could not open PKCS#12 file {self.path} (wrong passphrase or not PKCS#12)")
        return signer

    def sign(self, pdf: bytes, *, reason: str, location: str) -> Signed:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers, timestamps

        try:
            signer = self._signer()
            timestamper = timestamps.HTTPTimeStamper(self.tsa_url) if self.tsa_url else None
            metadata = signers.PdfSignatureMetadata(
                field_name=self.field_name,
                reason=reason,
                location=location,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
                use_pades_lta=False,
            )
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            pdf_signer = signers.PdfSigner(metadata, signer=signer, timestamper=timestamper)
            out = _outside_event_loop(pdf_signer.sign_pdf, writer)
        except SigningError:
            raise
        except Exception as error:  # pyHanko raises many kinds; all mean "not signed"
            raise SigningError(f"PKCS#12 signing failed: {error}") from error
        return Signed(
            pdf=out.getvalue(), signer=_subject(signer.signing_cert), cert_sha256=_cert_sha256(signer.signing_cert)
        )


class BsrEError(SigningError):
    def __init__(self, message: str, *, status: int = 0, code: str = ""):
        super().__init__(message)
        self.status = status
        self.code = code


class BsrESigner:
    """Client of a BSrE signing gateway (esign-client-service), API v2: `POST /api/v2/sign/pdf`.

    Request (JSON): the signer by `nik` or `email`; `passphrase` or `totp`; `signatureProperties` (a list with one
    entry per signature: `tampilan` "INVISIBLE" or "VISIBLE" with `imageBase64`, `page`, `originX`, `originY`,
    `width`, `height`, plus `location`, `reason`); `file`: a list of base64 PDFs. HTTP Basic authentication with the
    client credentials the gateway's operator issues. Answer: `{"file": [base64 PDF, ...]}`; an error answers a
    non-2xx status with `{"status_code": ..., "error": "..."}`.

    Left open by the public documentation, and therefore kept here (README, "BSrE"): which error codes are final
    (a wrong passphrase) and which are worth retrying (gateway busy), the rate limits, and whether a gateway needs a
    TOTP requested first (`POST /api/v2/sign/get/totp`) for every signature. We treat every failure as retryable
    and keep the certificate waiting; staff see the gateway's message.
    """

    kind = "bsre"
    SIGN_PATH = "/api/v2/sign/pdf"

    def __init__(
        self,
        base_url: str,
        *,
        username: str,
        password: str,
        nik: str = "",
        email: str = "",
        passphrase: str = "",
        totp: str = "",
        visible: bool = False,
        signer_name: str = "",
        timeout: float = 60,
        session: requests.Session | None = None,
    ):
        if not (nik or email):
            raise ValueError("A BSrE signer needs the official's NIK or email")
        if not (passphrase or totp):
            raise ValueError("A BSrE signer needs a passphrase or a TOTP")
        self.base_url = base_url.rstrip("/")
        self.auth = (username, password)
        self.identity = {"nik": nik} if nik else {"email": email}
        self.secret = {"passphrase": passphrase} if passphrase else {"totp": totp}
        self.visible = visible
        self.signer_name = signer_name
        self.timeout = timeout
        self.session = session or requests.Session()

    def payload(self, pdf: bytes, *, reason: str, location: str) -> dict:
        properties = {"tampilan": "VISIBLE" if self.visible else "INVISIBLE", "location": location, "reason": reason}
        if self.visible:  # bottom-left corner of page 1; the gateway draws its own stamp
            properties = {**properties, "page": 1, "originX": 40.0, "originY": 40.0, "width": 120.0, "height": 60.0}
        return {
            **self.identity,
            **self.secret,
            "signatureProperties": [properties],
            "file": [base64.b64encode(pdf).decode("ascii")],
        }

    def sign(self, pdf: bytes, *, reason: str, location: str) -> Signed:
        url = self.base_url + self.SIGN_PATH
        try:
            response = self.session.post(
                url, json=self.payload(pdf, reason=reason, location=location), auth=self.auth, timeout=self.timeout
            )
        except requests.RequestException as error:
            raise BsrEError(f"BSrE gateway unreachable: {error}") from error
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not response.ok:
            code = str(body.get("status_code", "")) if isinstance(body, dict) else ""
            message = (body.get("error") or body.get("message")) if isinstance(body, dict) else None
            raise BsrEError(
                f"BSrE answered {response.status_code}: {message or response.text[:200]}",
                status=response.status_code,
                code=code,
            )
        files = body.get("file") if isinstance(body, dict) else None
        if not files or not isinstance(files, list):
            raise BsrEError("BSrE answered without a signed file", status=response.status_code)
        try:
            signed = base64.b64decode(files[0], validate=True)
        except (ValueError, TypeError) as error:
            raise BsrEError("BSrE answered a file that is not base64") from error
        report = inspect_pdf(signed)
        if not report.signed or not report.covers_current_bytes:
            raise BsrEError("BSrE answered a PDF without a signature over the whole file")
        return Signed(pdf=signed, signer=report.signer or self.signer_name, cert_sha256=report.cert_sha256)


def configured_signer() -> Signer:
    """The signer settings.NETRAL_SIGNER names ("none", "pkcs12" or "bsre"), built from the environment."""
    kind = settings.NETRAL_SIGNER
    if kind == "pkcs12":
        return Pkcs12Signer(
            settings.NETRAL_SIGNING_PKCS12, settings.NETRAL_SIGNING_PKCS12_PASSPHRASE, tsa_url=settings.NETRAL_TSA_URL
        )
    if kind == "bsre":
        bsre = settings.NETRAL_BSRE
        return BsrESigner(
            bsre["URL"],
            username=bsre["USERNAME"],
            password=bsre["PASSWORD"],
            nik=bsre.get("NIK", ""),
            email=bsre.get("EMAIL", ""),
            passphrase=bsre.get("PASSPHRASE", ""),
            totp=bsre.get("TOTP", ""),
            visible=bsre.get("VISIBLE", False),
        )
    return NullSigner()


def signing_enabled() -> bool:
    return settings.NETRAL_SIGNER in ("pkcs12", "bsre")


# Reading signatures back ------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SignatureReport:
    signed: bool  # there is at least one signature
    intact: bool = False  # the signed bytes were not changed
    covers_current_bytes: bool = False  # the signature covers the whole file as it is now
    trusted: bool = False  # the signer's certificate chains to a root this installation trusts
    signer: str = ""
    cert_sha256: str = ""
    signed_at: datetime.datetime | None = None
    timestamped: bool = False
    error: str = ""

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.covers_current_bytes and self.trusted

    def as_json(self) -> dict:
        return {
            "signed": self.signed,
            "intact": self.intact,
            "covers_current_bytes": self.covers_current_bytes,
            "trusted": self.trusted,
            "signer": self.signer or None,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
        }


@lru_cache(maxsize=8)
def _trust_roots(paths: tuple[str, ...]) -> tuple:
    from asn1crypto import pem, x509

    roots = []
    for path in paths:
        data = Path(path).read_bytes()
        if pem.detect(data):
            for _kind, _headers, der in pem.unarmor(data, multiple=True):
                roots.append(x509.Certificate.load(der))
        else:
            roots.append(x509.Certificate.load(data))
    return tuple(roots)


def trust_roots() -> tuple:
    return _trust_roots(tuple(settings.NETRAL_SIGNING_TRUST_ROOTS))


def inspect_pdf(pdf: bytes, *, roots: tuple | None = None) -> SignatureReport:
    """What the PDF's last signature says about it. Offline: no OCSP/CRL fetching (revocation soft-fails)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as error:  # not a PDF we can read: nothing to say about a signature
        return SignatureReport(signed=False, error=str(error))
    if not signatures:
        return SignatureReport(signed=False)
    embedded = signatures[-1]
    roots = trust_roots() if roots is None else roots
    context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = _outside_event_loop(validate_pdf_signature, embedded, context)
    except Exception as error:  # a damaged signature dictionary or CMS blob
        return SignatureReport(signed=True, error=str(error))
    cert = status.signing_cert
    return SignatureReport(
        signed=True,
        intact=bool(status.intact and status.valid),
        covers_current_bytes=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted) and bool(roots),
        signer=_subject(cert) if cert is not None else "",
        cert_sha256=_cert_sha256(cert) if cert is not None else "",
        signed_at=status.timestamp_validity.timestamp if status.timestamp_validity else status.signer_reported_dt,
        timestamped=status.timestamp_validity is not None,
    )
