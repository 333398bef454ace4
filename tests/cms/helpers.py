"""Builders for content tests: a regulation with clauses, and Wagtail admin form data for list blocks."""

import datetime

from cms.models import Clause, RegulationIndexPage, RegulationPage, Topic


def build_regulation(home, *, slug="pp-94-2021", clauses=("pasal-5-huruf-n", "pasal-8")) -> RegulationPage:
    index = RegulationIndexPage.objects.first()
    if index is None:
        index = RegulationIndexPage(title="Peraturan", slug="peraturan")
        home.add_child(instance=index)
    topic, _ = Topic.objects.get_or_create(slug="sanksi", defaults={"name": "Sanksi"})
    regulation = RegulationPage(
        title="Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS", slug=slug, short_name="PP 94/2021",
        kind="pp", number="94 Tahun 2021", issuer="Presiden Republik Indonesia",
        signed_on=datetime.date(2021, 8, 31), status="in_force",
    )  # fmt: skip
    rows = []
    for order, clause_slug in enumerate(clauses):
        clause = Clause(
            number=clause_slug.replace("-", " ").title(), slug=clause_slug, sort_order=order,
            text=f"Ringkasan {clause_slug}: PNS dilarang memberikan dukungan kepada calon.",
        )  # fmt: skip
        clause.topics = [topic]
        rows.append(clause)
    regulation.clauses = rows
    index.add_child(instance=regulation)
    regulation.save_revision().publish()
    return regulation


def listblock(items) -> dict:
    data = {str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)}
    data["count"] = str(len(items))
    return data
