"""Writes on content: a learner's reading progress, and raising a course's version on a rule update (through
Wagtail's revisions). Each announces what happened (cms.events) inside its transaction."""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from employees.models import User

from . import events
from .models import CoursePage, CourseVersionChange, LessonPage, LessonProgress, RuleUpdatePage

logger = logging.getLogger("netral.cms")

VERSION_RAISED = "netral.course_version_raised"


def lesson_mark_read(*, user: User, lesson: LessonPage, course: CoursePage) -> bool:
    """Record that the learner read the lesson to its end; idempotent. True the first time."""
    with transaction.atomic():
        _progress, created = LessonProgress.objects.get_or_create(user=user, lesson=lesson)
        if created:
            events.lesson_read.send(sender=LessonProgress, user=user, lesson=lesson, course=course)
    return created


def rule_update_apply(*, rule_update: RuleUpdatePage, user=None) -> list[CourseVersionChange]:
    """Raise the version of every course the update names, once per (course, update), if it requires
    re-certification. Re-publishing the update changes nothing.

    The new version goes out as a published revision of the course (so an editor's next save keeps it and the
    page history shows it); an unpublished draft of the course gets the same version on top.
    """
    if not rule_update.requires_recertification:
        return []
    changes = []
    with transaction.atomic():
        for course_id in rule_update.courses.values_list("pk", flat=True):
            course = CoursePage.objects.select_for_update().get(pk=course_id)
            if CourseVersionChange.objects.filter(course=course, rule_update=rule_update).exists():
                continue
            draft = course.get_latest_revision_as_object() if course.has_unpublished_changes else None
            old, new = course.version, course.version + 1
            course.version = new
            # The system publishes the new version on behalf of the publisher: their name in the history, never
            # their (or the submitter's) page permissions as a condition.
            course.save_revision(user=user, log_action=False).publish(
                user=user, log_action=False, skip_permission_checks=True
            )
            if draft is not None:
                draft.version = new
                draft.save_revision(user=user, log_action=False)
            renewal_due = rule_update.renewal_due(timezone.localdate())
            changes.append(
                CourseVersionChange.objects.create(
                    course=course, rule_update=rule_update, from_version=old, to_version=new, renewal_due=renewal_due
                )
            )
            events.course_version_raised.send(
                sender=CoursePage,
                course=course,
                from_version=old,
                to_version=new,
                rule_update=rule_update,
                renewal_due=renewal_due,
            )
            log(
                instance=course,
                action=VERSION_RAISED,
                user=user,
                data={"from": old, "to": new, "rule_update": rule_update.pk, "title": rule_update.title},
            )
            logger.info("Course %s raised to version %s by rule update %s", course.pk, new, rule_update.pk)
    return changes


def pages_publish_scheduled() -> None:
    """Publish the pages whose go-live time has come and unpublish the expired ones: Wagtail's publish_scheduled in
    one transaction (cms/management/commands/publish_scheduled.py), rule updates' version raises included."""
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)


def site_follow_public_url(*, always: bool = False, **kwargs) -> None:
    """Point the default Wagtail site at NETRAL_PUBLIC_BASE_URL, so the links Wagtail writes itself (a page's full
    URL in the moderation emails, the admin's "view live") use the address people reach. After `migrate` only while
    the site still has Wagtail's placeholder address (localhost:80); `always` for the demo, whose port varies."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from wagtail.models import Site

    address = urlsplit(settings.NETRAL_PUBLIC_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    sites = Site.objects.filter(is_default_site=True)
    if not always:
        sites = sites.filter(hostname="localhost", port=80)
    sites.update(hostname=address.hostname, port=port)
