"""Local development and `make demo`: SQLite in the project folder, mail printed to the console."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS

# The demo regency (seed_demo, demo_totp, the demo codes on the second-factor page): development only. First, so
# that its template overrides win over allauth's.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]

DEBUG = True
SECRET_KEY = "dev-only-not-secret-netral"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "0.0.0.0"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo signs certificates with a TEST certificate authority that seed_demo makes under var/demo-ca/ ("CA uji
# Netral — tidak tepercaya"): no reader trusts it, and it is named so. A regency configures its own PKCS#12 or its
# BSrE gateway through the environment instead (README, "Tanda tangan elektronik"); these defaults yield to it.
DEMO_CA_DIR = BASE_DIR / "var" / "demo-ca"
NETRAL_SIGNER = os.environ.get("NETRAL_SIGNER", "pkcs12")
NETRAL_SIGNING_PKCS12 = os.environ.get(
    "NETRAL_SIGNING_PKCS12", str(DEMO_CA_DIR / "penanda-tangan-uji-netral-TIDAK-TEPERCAYA.p12")
)
NETRAL_SIGNING_PKCS12_PASSPHRASE = os.environ.get("NETRAL_SIGNING_PKCS12_PASSPHRASE", "uji-netral")
NETRAL_SIGNING_TRUST_ROOTS = [
    p
    for p in os.environ.get("NETRAL_SIGNING_TRUST_ROOTS", str(DEMO_CA_DIR / "ca-uji-netral-TIDAK-TEPERCAYA.pem")).split(
        ":"
    )
    if p
]
NETRAL_OB3_KEY = os.environ.get("NETRAL_OB3_KEY", str(DEMO_CA_DIR / "ob3-uji-netral-TIDAK-TEPERCAYA.pem"))
