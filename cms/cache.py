"""Caches for the public side, all invalidated by one content generation.

The generation is a number in the shared cache (Redis in production). Anything that can change what a page shows
or where it lives bumps it after the transaction commits: a page saved, published, unpublished, moved or deleted, a
view restriction added or removed. Every cached thing carries the generation in its key, so a bump makes all of them
unreachable at once (they expire on their own, NETRAL_PAGE_CACHE_SECONDS). What is cached:

- routes: which page a path leads to (`cms.serving`), so serving a page costs one query instead of two per tree level;
- whether a page or any ancestor has view restrictions (`cms.serving`);
- a lesson's parts that are the same for every learner (`lesson_parts`): its rendered body (per live revision and
  language), its course and its neighbours; the per-learner parts (read or not) are never cached;
- whole anonymous pages (`cms.pagecache`).

Entries keyed on the generation never change under their key, so each process also keeps the ones it used lately in
its own memory (`get`/`set`: a bounded local cache in front of the shared one): a page asks Redis only for what is
per learner (session, reading progress). Another process's publish is seen within MEMO_SECONDS, when this process
reads the new generation and with it new keys.

NETRAL_PAGE_CACHE=0 switches all of it off (the benchmark's "before").
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.template import engines
from django.utils import translation

log = logging.getLogger("netral")
GENERATION_KEY = "netral:content-generation"
_BODY_TEMPLATE = "{% load wagtailcore_tags %}{% for block in page.body %}{% include_block block %}{% endfor %}"


# Pickled copies (LocMemCache pickles), so no two requests share a mutable object; at most LOCAL_ENTRIES entries.
LOCAL_ENTRIES = 500
LOCAL_SECONDS = 300
_local = LocMemCache("netral-content", {"TIMEOUT": LOCAL_SECONDS, "OPTIONS": {"MAX_ENTRIES": LOCAL_ENTRIES}})


def get(cache_key: str):
    """A generation-keyed entry: from this process's memory, else from the shared cache (then kept here too)."""
    value = _local.get(cache_key)
    if value is None:
        value = cache.get(cache_key)
        if value is not None:
            _local.set(cache_key, value)
    return value


def set(cache_key: str, value, timeout=None) -> None:  # noqa: A001 (the cache API's name)
    """Store a generation-keyed entry in the shared cache and in this process's memory."""
    timeout = settings.NETRAL_PAGE_CACHE_SECONDS if timeout is None else timeout
    cache.set(cache_key, value, timeout)
    _local.set(cache_key, value, min(timeout, LOCAL_SECONDS))


def clear_local() -> None:
    _local.clear()


def enabled() -> bool:
    return settings.NETRAL_PAGE_CACHE


# The generation as this process last read it, and until when (time.monotonic) to trust it: every request would
# otherwise begin with a round trip to the cache for it. Another process's bump is seen within this time; this
# process's own bump at once.
MEMO_SECONDS = 1.0
_memo = [None, 0.0]


def generation(request=None) -> int:
    """The current content generation (once per request when `request` is given)."""
    if request is not None and hasattr(request, "_netral_generation"):
        return request._netral_generation
    value, until = _memo
    if value is None or time.monotonic() > until:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, int(time.time() * 1000), None)
            value = cache.get(GENERATION_KEY)
        _memo[:] = [value, time.monotonic() + MEMO_SECONDS]
    if request is not None:
        request._netral_generation = value
    return value


def _bump() -> None:
    _memo[:] = [None, 0.0]
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not there (evicted): any new number starts a new generation
            cache.set(GENERATION_KEY, int(time.time() * 1000), None)
    except Exception:  # noqa: BLE001 (no cache yet, e.g. during the first migrate: nothing cached to drop either)
        log.warning("Page cache: could not start a new content generation", exc_info=True)


def new_generation() -> None:
    """Start a new content generation now (gunicorn does at start: new code may render pages differently)."""
    _bump()


def bump(**kwargs) -> None:
    """A signal receiver: content changed; everything cached before is stale once this transaction commits."""
    if enabled():
        transaction.on_commit(_bump)


def key(request, *parts) -> str:
    return "netral:" + ":".join(str(part) for part in (generation(request), *parts))


def remembered(parts: tuple, compute):
    """`compute()`, remembered in this content generation under `parts` when the page caches are on (anything that
    depends only on published content: any save, publish, move or view restriction starts a new generation)."""
    if not enabled():
        return compute()
    cache_key = key(None, *parts)
    value = get(cache_key)
    if value is None:
        value = compute()
        set(cache_key, value)
    return value


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, dispatch_uid=f"netral_cache_{signal}")
    # Page subclasses send post_save/post_delete with their own class as sender: connect without a sender and
    # filter (a page row is also saved on every draft, which costs one counter increment).
    post_save.connect(_bump_for_pages, dispatch_uid="netral_cache_page_save")
    post_delete.connect(_bump_for_pages, dispatch_uid="netral_cache_page_delete")
    from .models import LessonProgress, Topic

    # A topic's name is part of cached quiz banks (quizzes.selectors.quiz_pool).
    post_save.connect(bump, sender=Topic, dispatch_uid="netral_cache_topic_save")
    post_delete.connect(bump, sender=Topic, dispatch_uid="netral_cache_topic_delete")

    post_save.connect(_progress_changed, sender=LessonProgress, dispatch_uid="netral_cache_progress_save")
    post_delete.connect(_progress_changed, sender=LessonProgress, dispatch_uid="netral_cache_progress_delete")
    for model in (PageViewRestriction,):
        post_save.connect(bump, sender=model, dispatch_uid=f"netral_cache_{model.__name__}_save")
        post_delete.connect(bump, sender=model, dispatch_uid=f"netral_cache_{model.__name__}_delete")
    _page_model[0] = Page


_page_model: list = [None]


def _bump_for_pages(sender, instance, **kwargs):
    if _page_model[0] is not None and isinstance(instance, _page_model[0]):
        bump()


def _read_key(user_id) -> str:
    return f"netral:lessons-read:{user_id}"


def lessons_read_by(user) -> frozenset[int] | None:
    """Ids of every lesson the user has marked read, remembered per user (None when caching is off). Dropped when
    the user's reading progress changes (a lesson marked read, progress erased)."""
    if not enabled():
        return None
    from .models import LessonProgress

    key_ = _read_key(user.pk)
    read = cache.get(key_)
    if read is None:
        read = frozenset(LessonProgress.objects.filter(user=user).values_list("lesson_id", flat=True))
        cache.set(key_, read, settings.NETRAL_PAGE_CACHE_SECONDS)
    return read


def _progress_changed(sender, instance, **kwargs):
    if enabled():
        user_id = instance.user_id
        transaction.on_commit(lambda: _forget(_read_key(user_id)))


def _forget(key_: str) -> None:
    try:
        cache.delete(key_)
    except Exception:  # noqa: BLE001
        log.warning("Page cache: could not drop %s", key_, exc_info=True)


def lesson_parts(lesson, request) -> dict:
    """What a lesson page shows the same way to every learner: its course, its previous and next lessons and its
    body rendered to HTML (`body_html`; None when caching is off: the template renders the blocks itself)."""
    from . import selectors

    def compute(render: bool) -> dict:
        previous, following = selectors.lesson_neighbours(lesson)
        parts = {"course": selectors.course_of(lesson), "previous_lesson": previous, "next_lesson": following}
        parts["body_html"] = None
        if render:  # cached: plain pages (title and address are all the pager needs) pickle small
            from wagtail.models import Page

            plain = Page.objects.in_bulk([p.pk for p in (previous, following) if p is not None])
            parts["previous_lesson"] = plain.get(previous.pk) if previous is not None else None
            parts["next_lesson"] = plain.get(following.pk) if following is not None else None
        if render:
            template = engines["django"].from_string(_BODY_TEMPLATE)
            parts["body_html"] = template.render({"page": lesson}, request)
        return parts

    if not enabled():
        return compute(render=False)
    cache_key = key(request, "lesson", lesson.pk, lesson.live_revision_id, translation.get_language())
    parts = get(cache_key)
    if parts is None:
        parts = compute(render=True)
        set(cache_key, parts)
    return parts
