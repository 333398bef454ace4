"""Keep Completion rows current when employees, assignments, reading progress or course versions change."""

from django.db.models.signals import post_save

from cms.models import CoursePage, CourseVersionChange, LessonProgress
from employees.models import User

from . import tracking
from .models import Assignment


def on_user_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.is_active and instance.work_unit_id:
        tracking.user_assignments_sync(instance)


def on_assignment_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        tracking.assignments_sync(instance.course)


def on_lesson_read(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        course = CoursePage.objects.parent_of(instance.lesson).first()
        if course:
            tracking.completion_started(user=instance.user, course=course)


def on_version_raised(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        tracking.course_version_raised(instance.course)


def connect():
    post_save.connect(on_user_saved, sender=User, dispatch_uid="netral_user_assignments")
    post_save.connect(on_assignment_saved, sender=Assignment, dispatch_uid="netral_assignment_sync")
    post_save.connect(on_lesson_read, sender=LessonProgress, dispatch_uid="netral_lesson_started")
    post_save.connect(on_version_raised, sender=CourseVersionChange, dispatch_uid="netral_version_raised")
