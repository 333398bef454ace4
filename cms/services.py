"""Content-side changes that must go through Wagtail's revisions: raising a course's version on a rule update."""

import logging

from django.db import transaction
from wagtail.log_actions import log

from .models import CoursePage, CourseVersionChange, RuleUpdatePage

logger = logging.getLogger("netral.cms")

VERSION_RAISED = "netral.course_version_raised"


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
            course.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
            if draft is not None:
                draft.version = new
                draft.save_revision(user=user, log_action=False)
            changes.append(
                CourseVersionChange.objects.create(
                    course=course, rule_update=rule_update, from_version=old, to_version=new
                )
            )
            log(
                instance=course,
                action=VERSION_RAISED,
                user=user,
                data={"from": old, "to": new, "rule_update": rule_update.pk, "title": rule_update.title},
            )
            logger.info("Course %s raised to version %s by rule update %s", course.pk, new, rule_update.pk)
    return changes
