"""Demo content: the home page, the training index, the neutrality course and its lessons. Idempotent: a page
that exists (found by slug) is left as editors made it."""

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from . import demo_content
from .models import CoursePage, HomePage, LessonPage, TrainingIndexPage


def _ensure_child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _stream(blocks) -> list:
    return [(kind, RichText(value) if kind == "paragraph" else value) for kind, value in blocks]


def seed_home() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = _ensure_child(
            root, HomePage, "netral", title=demo_content.HOME["title"], intro=demo_content.HOME["intro"]
        )
        # Wagtail's placeholder "Welcome" page goes; the default site serves our home page.
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80,
                                            "site_name": "Netral"}
        )  # fmt: skip
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    return home


def seed_course() -> CoursePage:
    home = seed_home()
    index_data = demo_content.TRAINING_INDEX
    index = _ensure_child(home, TrainingIndexPage, index_data["slug"], title=index_data["title"],
                          intro=index_data["intro"])  # fmt: skip
    data = dict(demo_content.COURSE)
    course = _ensure_child(index, CoursePage, data.pop("slug"), **data)
    for lesson in demo_content.LESSONS:
        _ensure_child(course, LessonPage, lesson["slug"], title=lesson["title"], body=_stream(lesson["body"]))
    return course
