"""Demo content: the home page, the regulations clause by clause, the neutrality course and its lessons, and one
rule update. Idempotent: a page that exists (found by slug) is left as editors made it."""

import datetime
import re

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from cms.models import (
    Clause,
    CoursePage,
    HomePage,
    LessonPage,
    RegulationIndexPage,
    RegulationPage,
    RuleUpdatePage,
    Topic,
    TrainingIndexPage,
)
from cms.services import site_follow_public_url

from . import lessons as demo_content
from . import regulations as demo_regulations


def _ensure_child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def clause_ref(regulation_slug: str, clause_slug: str) -> Clause:
    return Clause.objects.get(regulation__slug=regulation_slug, slug=clause_slug)


# In the demo's rich text, [[regulation-slug/clause-slug|words]] becomes a link to that clause's page.
CLAUSE_LINK = re.compile(r"\[\[([\w-]+)/([\w-]+)\|([^\]]+)\]\]")


def link_clauses(html: str) -> str:
    return CLAUSE_LINK.sub(lambda m: f'<a href="{clause_ref(m[1], m[2]).get_url()}">{m[3]}</a>', html)


def _source(value: dict | None) -> dict:
    if not value:
        return {}
    return {**value, "date": _date(value.get("date"))}


def _block_value(kind: str, value):
    if kind == "paragraph":
        return RichText(link_clauses(value))
    if kind in ("clause_quote", "ruling"):
        return {**value, "clause": clause_ref(*value["clause"])}
    if kind == "guidance":
        return {**value, "source": _source(value["source"])}
    if kind == "scenario":
        basis = clause_ref(*value["basis"]) if value.get("basis") else None
        return {**value, "basis": basis, "guidance": _source(value.get("guidance"))}
    if kind == "allowed_forbidden":
        basis = [clause_ref(*pair) for pair in value.get("basis", [])]
        return {**value, "basis": basis, "guidance": _source(value.get("guidance"))}
    return value


def _stream(blocks) -> list:
    return [(kind, _block_value(kind, value)) for kind, value in blocks]


def seed_home() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        data = demo_content.HOME
        home = _ensure_child(root, HomePage, "netral", title=data["title"], intro=data["intro"])
        # Wagtail's placeholder "Welcome" page goes; the default site serves our home page.
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"root_page": home, "hostname": "localhost", "port": 80, "site_name": "Netral"},
        )
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    site_follow_public_url(always=True)  # `make demo HOST=… PORT=…` serves it elsewhere
    return home


def seed_regulations(home: HomePage) -> RegulationIndexPage:
    for slug, name in demo_regulations.TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name})
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    index = _ensure_child(
        home, RegulationIndexPage, "peraturan", title="Peraturan", intro=demo_content.REGULATION_INTRO
    )
    for data in demo_regulations.REGULATIONS:
        if RegulationPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            continue
        regulation = RegulationPage(
            slug=data["slug"],
            title=data["title"],
            short_name=data["short_name"],
            kind=data["kind"],
            number=data["number"],
            issuer=data["issuer"],
            signed_on=_date(data["signed_on"]),
            in_force_on=_date(data["in_force_on"]),
            status=data["status"],
            summary=demo_regulations.SUMMARY_NOTE + data["summary"],
            verification_note=data["verify"],
        )
        clauses = []
        for order, item in enumerate(data["clauses"]):
            clause = Clause(
                number=item["number"],
                slug=item["slug"],
                text=item["text"],
                verification_note=item["verify"],
                sort_order=order,
            )
            clause.topics = [topics[slug] for slug in item["topics"]]
            clauses.append(clause)
        regulation.clauses = clauses
        index.add_child(instance=regulation)
        regulation.save_revision().publish()
    return index


def seed_course() -> CoursePage:
    home = seed_home()
    regulations = seed_regulations(home)
    index_data = demo_content.TRAINING_INDEX
    index = _ensure_child(
        home, TrainingIndexPage, index_data["slug"], title=index_data["title"], intro=index_data["intro"]
    )
    data = dict(demo_content.COURSE)
    course = _ensure_child(index, CoursePage, data.pop("slug"), **data)
    for lesson in demo_content.LESSONS:
        _ensure_child(
            course,
            LessonPage,
            lesson["slug"],
            title=lesson["title"],
            body=_stream(lesson["body"]),
            verification_note=lesson.get("verify", ""),
        )
    seed_rule_update(regulations, course)
    course.refresh_from_db()
    return course


def seed_rule_update(index: RegulationIndexPage, course: CoursePage) -> RuleUpdatePage:
    """Published through Wagtail, so the course's version is raised by the same code an editor's publish runs."""
    data = demo_regulations.RULE_UPDATE
    existing = RuleUpdatePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing:
        return existing
    update = RuleUpdatePage(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        regulation=RegulationPage.objects.get(slug=data["regulation"]),
        effective_date=_date(data["effective_date"]),
        requires_recertification=data["requires_recertification"],
        verification_note=data["verify"],
    )
    update.clauses = [clause_ref(*pair) for pair in data["clauses"]]
    update.courses = [course]
    index.add_child(instance=update)
    update.save_revision().publish()
    return update
