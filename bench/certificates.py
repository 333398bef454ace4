"""Benchmark: certificate render time through the project's path against a bare WeasyPrint render.

A = `certificates.rendering.certificate_render(certificate)` (template render + our WeasyPrint setup: offline
    URL fetcher, shared FontConfiguration, PDF/A-3b), for an unsaved, in-memory Certificate with demo values.
B = bare WeasyPrint: `HTML(string=html, base_url=...).write_pdf()` on the same HTML (rendered once with
    `render_to_string` and the same context) and the certificate's stylesheet (static/css/certificate-pdf.css),
    default options, a fresh default setup each time (the stylesheet and its fonts parsed again per render).

A and B are interleaved (A, B, A, B ...) after a few warm-up renders, so drift affects both equally.
Targets: median(A) < 60 ms and median(A) / median(B) <= 1.20. Numbers go to var/bench/certificates.json.

Run: `make bench`, or `DJANGO_SETTINGS_MODULE=netral.settings.test .venv/bin/python -m bench.certificates`.
"""

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
import traceback
from decimal import Decimal
from pathlib import Path

TEMPLATE_NAME = "certificates/pdf/certificate.html"  # what certificate_render() renders today
STYLESHEET = "css/certificate-pdf.css"  # and the stylesheet it passes (under static/)
MAX_MEDIAN_MS = 60.0
MAX_RATIO = 1.20
BASE_DIR = Path(__file__).resolve().parent.parent
OUTPUT = BASE_DIR / "var" / "bench" / "certificates.json"


class BenchError(Exception):
    """Something in the project's path is broken (half-changed code): reported clearly, exit status 1."""


def fail(what: str, error: BaseException) -> None:
    traceback.print_exception(error, file=sys.stderr)
    print(f"\nbench: FAILED {what}: {type(error).__name__}: {error}", file=sys.stderr)
    sys.exit(1)


def percentile(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


def build_certificate():
    """An unsaved Certificate for a saved demo user and course, filled like certificate_issue() fills one."""
    from django.conf import settings
    from django.utils import timezone

    from certificates.models import Certificate
    from tests.support.builders import UserFactory, WorkUnitFactory, build_course

    unit = WorkUnitFactory.create(code="DISKOMINFO", name="Dinas Komunikasi dan Informatika")
    user = UserFactory(
        first_name="Siti Aminah",
        title_prefix="Dr.",
        title_suffix="S.H., M.H.",
        golongan="III/c",
        position="Analis Kebijakan Ahli Muda",
        work_unit=unit,
    )
    course = build_course()
    issued_at = dt.datetime(2025, 8, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))  # WIB
    year = timezone.localtime(issued_at).year
    serial = 42
    fields = {
        "number": settings.NETRAL_CERTIFICATE_NUMBER_FORMAT.format(year=year, serial=serial),
        "year": year,
        "serial": serial,
        "user": user,
        "course": course,
        "course_version": course.version,
        "holder_name": user.get_full_name(),
        "holder_nip": user.nip or "",
        "holder_rank": user.rank_display,
        "holder_position": user.position,
        "holder_unit": unit.name,
        "course_title": course.title,
        "jp": course.jp,
        "score": Decimal("86.67"),
        "issued_at": issued_at,
    }
    # Fields the model may gain while it is being changed: set only those that exist.
    optional = {
        "expires_on": dt.date(2027, 8, 18),
        "course_regulations": [
            "UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
            "PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
            "SKB Netralitas ASN Tahun 2024",
        ],
    }
    model_fields = {f.name for f in Certificate._meta.get_fields()}
    present = {name: value for name, value in fields.items() if name in model_fields}
    missing = sorted(set(fields) - set(present))
    if missing:
        print(f"bench: note: Certificate has no field(s) {', '.join(missing)} any more; left unset", file=sys.stderr)
    present |= {name: value for name, value in optional.items() if name in model_fields}
    return Certificate(**present)


def capture_render_inputs(certificate):
    """Run certificate_render() once, recording the template, context and base_url our path actually uses.

    Falls back to today's template, context and static base URL if pdf.py no longer calls them the same way.
    """
    from unittest import mock

    from django.conf import settings

    import certificates.pdf as pdf
    from certificates.rendering import certificate_render

    seen = {}
    real_render = getattr(pdf, "render_to_string", None)
    real_html = getattr(pdf, "HTML", None)

    def spy_render(template_name, context=None, *args, **kwargs):
        seen.setdefault("template_name", template_name)
        seen.setdefault("context", context)
        html = real_render(template_name, context, *args, **kwargs)
        seen.setdefault("html", html)
        return html

    def spy_html(*args, **kwargs):
        seen.setdefault("base_url", kwargs.get("base_url"))
        return real_html(*args, **kwargs)

    spies = {}
    if real_render:
        spies["render_to_string"] = spy_render
    if real_html:
        spies["HTML"] = spy_html
    if spies:
        with mock.patch.multiple(pdf, **spies):
            pdf_bytes = certificate_render(certificate)
    else:
        pdf_bytes = certificate_render(certificate)
    if not isinstance(pdf_bytes, bytes) or not pdf_bytes.startswith(b"%PDF-"):
        raise BenchError(f"certificate_render() returned {type(pdf_bytes).__name__}, not PDF bytes")
    static_dir = getattr(pdf, "STATIC_DIR", Path(settings.BASE_DIR) / "static")
    return {
        "template_name": seen.get("template_name", TEMPLATE_NAME),
        "context": seen.get("context")
        or {
            "certificate": certificate,
            "issuer": settings.NETRAL_ISSUER_NAME,
            "title": f"Sertifikat {certificate.number}",
            "author": settings.NETRAL_ISSUER_NAME,
        },
        "base_url": seen.get("base_url") or Path(static_dir).as_uri() + "/",
        "our_html": seen.get("html"),
        "our_pdf_bytes": len(pdf_bytes),
    }


def run(warmup: int, runs: int, output: Path) -> dict:
    import weasyprint
    from django.template.loader import render_to_string
    from django.utils import translation

    try:
        from certificates.rendering import certificate_render

        certificate = build_certificate()
        inputs = capture_render_inputs(certificate)
    except Exception as error:  # half-changed project code: say so and stop
        fail("rendering a certificate through certificates.rendering.certificate_render()", error)

    # The baseline's HTML: the same template and context, rendered once, as certificate_render() does (in Indonesian).
    with translation.override("id"):
        html = render_to_string(inputs["template_name"], inputs["context"])
    base_url = inputs["base_url"]
    same_html = inputs["our_html"] == html if inputs["our_html"] is not None else None

    def ours() -> bytes:
        return certificate_render(certificate)

    from weasyprint.text.fonts import FontConfiguration

    css_path = BASE_DIR / "static" / STYLESHEET

    def bare() -> bytes:
        fonts = FontConfiguration()
        sheets = [weasyprint.CSS(filename=str(css_path), font_config=fonts)] if css_path.exists() else []
        return weasyprint.HTML(string=html, base_url=base_url).write_pdf(stylesheets=sheets, font_config=fonts)

    samples = {"ours": [], "bare": []}
    sizes = {}
    for i in range(warmup + runs):
        for name, render in (("ours", ours), ("bare", bare)):
            start = time.perf_counter()
            try:
                pdf_bytes = render()
            except Exception as error:
                fail(f"{name} render #{i + 1}", error)
            elapsed = time.perf_counter() - start
            sizes[name] = len(pdf_bytes)
            if i >= warmup:
                samples[name].append(elapsed * 1000)

    def summary(values: list[float]) -> dict:
        return {
            "median_ms": statistics.median(values),
            "p90_ms": percentile(values, 90),
            "min_ms": min(values),
            "max_ms": max(values),
            "mean_ms": statistics.fmean(values),
            "stdev_ms": statistics.stdev(values) if len(values) > 1 else 0.0,
            "pdf_bytes": None,
            "samples_ms": values,
        }

    ours_stats, bare_stats = summary(samples["ours"]), summary(samples["bare"])
    ours_stats["pdf_bytes"], bare_stats["pdf_bytes"] = sizes["ours"], sizes["bare"]
    ratio = ours_stats["median_ms"] / bare_stats["median_ms"]
    result = {
        "benchmark": "certificates.certificate_render",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "weasyprint": weasyprint.__version__,
        },
        "settings": os.environ.get("DJANGO_SETTINGS_MODULE"),
        "template": inputs["template_name"],
        "base_url": base_url,
        "baseline_html_same_as_ours": same_html,
        "warmup": warmup,
        "runs": runs,
        "ours": ours_stats,
        "bare_weasyprint": bare_stats,
        "ratio": ratio,
        "overhead_pct": (ratio - 1) * 100,
        "targets": {
            "max_ratio": MAX_RATIO,
            "max_median_ms": MAX_MEDIAN_MS,
            "ratio_ok": ratio <= MAX_RATIO,
            "median_ok": ours_stats["median_ms"] < MAX_MEDIAN_MS,
        },
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n")
    return result


def print_table(result: dict, output: Path) -> None:
    ours, bare, targets = result["ours"], result["bare_weasyprint"], result["targets"]

    def ok(flag: bool) -> str:
        return "OK" if flag else "FAIL"

    rows = [
        ("render", "median ms", "p90 ms", "min ms", "PDF bytes"),
        (
            "ours: certificate_render()",
            *(f"{ours[k]:.1f}" for k in ("median_ms", "p90_ms", "min_ms")),
            ours["pdf_bytes"],
        ),
        (
            "bare WeasyPrint write_pdf()",
            *(f"{bare[k]:.1f}" for k in ("median_ms", "p90_ms", "min_ms")),
            bare["pdf_bytes"],
        ),
    ]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    line = "  ".join("-" * w for w in widths)
    m = result["machine"]
    print(f"\nCertificate render benchmark: {result['warmup']} warm-up + {result['runs']} measured each, interleaved")
    print(f"WeasyPrint {m['weasyprint']}, Python {m['python']}, {m['cpu_count']} CPUs, {m['platform']}\n")
    for n, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(cells)))
        if n == 0:
            print(line)
    print(line)
    print(f"ratio ours/bare (medians)    {result['ratio']:.2f}  (overhead {result['overhead_pct']:+.0f}%)")
    print(f"target overhead <= {(MAX_RATIO - 1) * 100:.0f}%       {ok(targets['ratio_ok'])}")
    print(f"target median < {MAX_MEDIAN_MS:.0f} ms        {ok(targets['median_ok'])}  ({ours['median_ms']:.1f} ms)")
    if result["baseline_html_same_as_ours"] is False:
        print("note: the baseline HTML differs from the HTML our path rendered (context changed between renders?)")
    try:
        shown = output.relative_to(BASE_DIR)
    except ValueError:
        shown = output
    print(f"\nJSON: {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warmup", type=int, default=5, help="warm-up renders of each kind (default 5)")
    parser.add_argument("--runs", type=int, default=30, help="measured renders of each kind (default 30)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="JSON file (default var/bench/certificates.json)")
    args = parser.parse_args()
    if args.runs < 2 or args.warmup < 0:
        parser.error("--runs must be at least 2 and --warmup not negative")

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netral.settings.test")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    print("bench: creating a throwaway test database (migrations take a few seconds) ...", file=sys.stderr)
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        result = run(args.warmup, args.runs, args.output)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    print_table(result, args.output)


if __name__ == "__main__":
    main()
