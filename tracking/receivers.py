"""Tracking keeps its completion rows from what the other apps announce (their `events` modules). Every event is
sent inside the transaction that made the change, so these writes commit or roll back with it."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save

from certificates import events as certificate_events
from cms import events as content_events
from employees import events as employee_events
from quizzes import events as quiz_events

from . import services
from .models import Assignment


def on_employee_placed(sender, user, **kwargs):
    if user.is_active and user.work_unit_id:
        services.user_assignments_sync(user=user)


def on_assignment_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        services.assignments_sync(course=instance.course)


def on_lesson_read(sender, user, course, **kwargs):
    services.completion_started(user=user, course=course)


def on_attempt_started(sender, attempt, course, **kwargs):
    services.completion_started(user=attempt.user, course=course)


def on_course_version_raised(sender, course, rule_update, renewal_due=None, **kwargs):
    from .tasks import send_renewal_notices

    services.course_version_raised(course=course, renewal_due=renewal_due)
    # The emails go out from the task worker once the publication has committed (never for a rolled-back one).
    transaction.on_commit(partial(send_renewal_notices.enqueue, course_id=course.pk, rule_update_id=rule_update.pk))


def on_certificate_changed(sender, certificate, **kwargs):
    services.completion_refresh(user=certificate.user, course=certificate.course)


def connect():
    employee_events.employee_placed.connect(on_employee_placed, dispatch_uid="tracking_employee_placed")
    post_save.connect(on_assignment_saved, sender=Assignment, dispatch_uid="tracking_assignment_saved")
    content_events.lesson_read.connect(on_lesson_read, dispatch_uid="tracking_lesson_read")
    content_events.course_version_raised.connect(on_course_version_raised, dispatch_uid="tracking_version_raised")
    quiz_events.attempt_started.connect(on_attempt_started, dispatch_uid="tracking_attempt_started")
    certificate_events.certificate_issued.connect(on_certificate_changed, dispatch_uid="tracking_certificate_issued")
    certificate_events.certificate_revoked.connect(on_certificate_changed, dispatch_uid="tracking_certificate_revoked")
