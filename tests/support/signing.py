"""Electronic signatures in tests: one test CA per session, and a local fake BSrE gateway.

The fake gateway implements the request and answer shapes of BSrE's v2 API (`POST /api/v2/sign/pdf`, JSON, HTTP
Basic; `{"file": [base64]}` or a non-2xx `{"status_code": ..., "error": ...}`) and signs with the test CA's
PKCS#12, as a real gateway signs with the official's BSrE certificate. It answers the documented errors: wrong client
credentials (401), unknown NIK / email, wrong passphrase or TOTP, and a missing file (400).
"""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from certificates.signing import Pkcs12Signer
from demo.signing import make_test_ca

GATEWAY_USER = "netral-client"
GATEWAY_PASSWORD = "rahasia-klien"  # noqa: S105
GATEWAY_NIK = "3325010101800001"
GATEWAY_EMAIL = "kepala.bkd@batangkab.go.id"
GATEWAY_PASSPHRASE = "passphrase-benar"  # noqa: S105
GATEWAY_TOTP = "123456"


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory):
    """A root CA and a signer issued by it (PKCS#12), made with `cryptography` once per test session."""
    return make_test_ca(tmp_path_factory.mktemp("test-ca"))


@pytest.fixture
def pkcs12_signing(settings, test_ca):
    """Certificates get signed with the test CA's PKCS#12, and that CA is the one trusted root."""
    settings.NETRAL_SIGNER = "pkcs12"
    settings.NETRAL_SIGNING_PKCS12 = str(test_ca.pkcs12)
    settings.NETRAL_SIGNING_PKCS12_PASSPHRASE = test_ca.passphrase
    settings.NETRAL_SIGNING_TRUST_ROOTS = [str(test_ca.ca_pem)]
    return test_ca


class _Gateway(BaseHTTPRequestHandler):
    signer: Pkcs12Signer
    requests: list

    def log_message(self, *args):  # quiet
        pass

    def _answer(self, status: int, body: dict):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        expected = "Basic " + base64.b64encode(f"{GATEWAY_USER}:{GATEWAY_PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            return self._answer(401, {"status_code": 401, "error": "Unauthorized"})
        if self.path != "/api/v2/sign/pdf":
            return self._answer(404, {"status_code": 404, "error": "Not Found"})
        try:
            body = json.loads(raw)
        except ValueError:
            return self._answer(400, {"status_code": 400, "error": "Bad Request"})
        self.requests.append(body)
        if body.get("nik", GATEWAY_NIK) != GATEWAY_NIK or body.get("email", GATEWAY_EMAIL) != GATEWAY_EMAIL:
            return self._answer(
                400, {"status_code": 1111, "error": "Dokumen gagal ditandatangani. NIK tidak terdaftar"}
            )
        if "passphrase" in body and body["passphrase"] != GATEWAY_PASSPHRASE:
            return self._answer(400, {"status_code": 2031, "error": "Passphrase anda salah"})
        if "totp" in body and body["totp"] != GATEWAY_TOTP:
            return self._answer(400, {"status_code": 2032, "error": "TOTP tidak valid"})
        files = body.get("file") or []
        if not files:
            return self._answer(400, {"status_code": 2002, "error": "File tidak boleh kosong"})
        signed = []
        for item in files:
            pdf = base64.b64decode(item)
            properties = (body.get("signatureProperties") or [{}])[0]
            result = self.signer.sign(pdf, reason=properties.get("reason", ""), location=properties.get("location", ""))
            signed.append(base64.b64encode(result.pdf).decode())
        return self._answer(200, {"file": signed, "time": 1234})


@pytest.fixture
def bsre_gateway(test_ca):
    """A fake BSrE gateway on 127.0.0.1 (a free port); yields (base URL, the request bodies it received)."""
    received: list = []
    handler = type(
        "Gateway",
        (_Gateway,),
        {"signer": Pkcs12Signer(test_ca.pkcs12, test_ca.passphrase, field_name="BSrE"), "requests": received},
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def open_badges(settings, test_ca):
    """Open Badges 3.0 credentials are offered, signed with the test CA's RSA key for them."""
    settings.NETRAL_OB3_KEY = str(test_ca.ob3_key)
    return test_ca


class _Tsa(BaseHTTPRequestHandler):
    """RFC 3161 over HTTP: a DER TimeStampReq in, a TimeStampResp out (pyHanko's DummyTimeStamper signs it)."""

    stamper = None

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802
        from asn1crypto import tsp

        request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        data = self.stamper.request_tsa_response(request).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="session")
def timestamp_authority(tmp_path_factory):
    """A local RFC 3161 timestamp authority with its own self-signed certificate; yields (URL, its PEM path)."""
    import datetime

    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "TSA uji Netral — tidak tepercaya")])
    now = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(cx509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = tmp_path_factory.mktemp("tsa") / "tsa.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Tsa", (_Tsa,), {"stamper": stamper}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", pem
    finally:
        server.shutdown()
        server.server_close()
