"""Reading certificate PDFs back, and the placeholder that replaces WeasyPrint in tests that never look inside.

Rendering a certificate with WeasyPrint takes a good part of a second (the first one several seconds: fonts). Most
tests issue certificates for what follows (a number, a status, a list, an email), not for the PDF, so an autouse
fixture (tests/support/fixtures.py) swaps `certificates.rendering.render_pdf` for `placeholder_pdf`. Tests that read
the PDF back (its text, fonts, QR code, metadata, attachment) are marked `@pytest.mark.pdf` and get WeasyPrint.

The placeholder still renders the template (a template error still fails) and is a valid one-page PDF whose
metadata carries the title, author and subject, with a digest of the HTML and attachments: two certificates, or
one certificate rendered again after its holder changed, never share bytes.
"""

import hashlib
import io

from django.template.loader import render_to_string


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16BE hex (any character, nothing to escape)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def placeholder_pdf(
    template_name: str,
    context: dict,
    *,
    title: str,
    author: str,
    subject: str = "",
    attachments: tuple[tuple[str, str, str], ...] = (),
    stylesheets: tuple[str, ...] = (),
) -> bytes:
    """Same signature as certificates.pdf.render_pdf; a tiny valid PDF instead of WeasyPrint's."""
    html = render_to_string(template_name, {**context, "title": title, "author": author, "subject": subject})
    digest = hashlib.sha256(html.encode())
    for name, text, description in attachments:
        digest.update(f"{name}\0{text}\0{description}".encode())
    info = b"<< /Title %s /Author %s /Subject %s /Keywords %s /Producer %s >>" % (
        _pdf_text(title),
        _pdf_text(author),
        _pdf_text(subject),
        _pdf_text(digest.hexdigest()),
        _pdf_text("Netral test placeholder (WeasyPrint not run)"),
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << >> >>",
        info,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_bytes(certificate) -> bytes:
    """The stored PDF of an issued certificate."""
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def pdf_reader(certificate):
    """The stored PDF of an issued certificate, opened with pypdf."""
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf_bytes(certificate)))
