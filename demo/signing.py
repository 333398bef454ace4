"""A test certificate authority for the demo and the tests: NOT TRUSTED by anyone, and named so.

`make_test_ca(folder)` writes a root CA certificate (PEM), a signer certificate issued by it with its key in a
PKCS#12 file, and an RSA key for the Open Badges credentials. Nothing here may be used in production: a regency
configures its own PKCS#12 or BSrE credentials (README, "Tanda tangan elektronik").
"""

import dataclasses
import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_NAME = "CA uji Netral — tidak tepercaya"
SIGNER_NAME = "Penanda tangan uji Netral — tidak tepercaya"
PASSPHRASE = "uji-netral"  # noqa: S105 - a test key, published on purpose


@dataclasses.dataclass(frozen=True)
class TestCA:
    ca_pem: Path
    pkcs12: Path
    passphrase: str
    ob3_key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Netral (uji, tidak tepercaya)"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_test_ca(folder: Path, *, key_size: int = 2048) -> TestCA:
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(CA_NAME))
        .issuer_name(_name(CA_NAME))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER_NAME))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1825))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = folder / "ca-uji-netral-TIDAK-TEPERCAYA.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    p12 = folder / "penanda-tangan-uji-netral-TIDAK-TEPERCAYA.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"netral-uji",
            key,
            cert,
            [ca_cert],
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    ob3_key = folder / "ob3-uji-netral-TIDAK-TEPERCAYA.pem"
    ob3_key.write_bytes(
        rsa.generate_private_key(public_exponent=65537, key_size=key_size).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return TestCA(ca_pem=ca_pem, pkcs12=p12, passphrase=PASSPHRASE, ob3_key=ob3_key)


def ensure_demo_ca(folder: Path) -> TestCA:
    """The demo's test CA in `folder`, made once (seed_demo); an existing one is kept, so signatures stay valid."""
    existing = TestCA(
        ca_pem=folder / "ca-uji-netral-TIDAK-TEPERCAYA.pem",
        pkcs12=folder / "penanda-tangan-uji-netral-TIDAK-TEPERCAYA.p12",
        passphrase=PASSPHRASE,
        ob3_key=folder / "ob3-uji-netral-TIDAK-TEPERCAYA.pem",
    )
    if existing.ca_pem.exists() and existing.pkcs12.exists() and existing.ob3_key.exists():
        return existing
    made = make_test_ca(folder)
    (folder / "BACA-INI.txt").write_text(
        "CA uji Netral - TIDAK TEPERCAYA. Dibuat oleh `manage.py seed_demo` untuk demo dan uji saja.\n"
        "Tanda tangan dengan kunci ini tidak sah secara hukum dan tidak dipercaya pembaca PDF mana pun.\n"
        "Test CA made by seed_demo for the demo only: NOT TRUSTED, not a legal electronic signature.\n",
        encoding="utf-8",
    )
    return made
