"""Render a certificate to PDF with WeasyPrint, offline, with the fonts the project ships."""

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

STATIC_DIR = Path(settings.BASE_DIR) / "static"


class OfflineURLFetcher(URLFetcher):
    """Allows `data:` URIs and `file:` paths inside the project's static folder; nothing else, no network."""

    def __init__(self, **kwargs):
        super().__init__(allowed_protocols={"data", "file"}, **kwargs)

    def fetch(self, url, headers=None):
        if url.lower().startswith("file:"):
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):  # file://host/... would be fetched from another machine
                raise ValueError(f"File on another host: {url}")
            # resolve() folds "..", "." and symbolic links before the check, so none of them can leave the folder.
            path = Path(unquote(parts.path)).resolve()
            if not path.is_relative_to(STATIC_DIR.resolve()):
                raise ValueError(f"File outside the project's static folder: {url}")
        return super().fetch(url, headers)


@lru_cache(maxsize=1)
def font_config() -> FontConfiguration:
    """One FontConfiguration per process: a new one per render leaks memory."""
    return FontConfiguration()


def render_pdf(
    template_name: str,
    context: dict,
    *,
    title: str,
    author: str,
    subject: str = "",
    attachments: tuple[tuple[str, str, str], ...] = (),
) -> bytes:
    """Render a template to PDF/A-3b. `title`, `author` and `subject` become the document's metadata;
    `attachments` are (file name, text, description) embedded files (PDF/A-3 allows them)."""
    html = render_to_string(template_name, {**context, "title": title, "author": author, "subject": subject})
    fetcher = OfflineURLFetcher()
    document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher)
    files = [
        Attachment(string=text, name=name, description=description, url_fetcher=fetcher, relationship="Data")
        for name, text, description in attachments
    ]
    return document.write_pdf(
        font_config=font_config(), pdf_variant="pdf/a-3b", uncompressed_pdf=False, attachments=files
    )
