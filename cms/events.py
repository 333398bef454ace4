"""What happens in the content app that other apps may act on (tracking keeps its completion rows from these).
Sent inside the transaction that made the change."""

from django.dispatch import Signal

# A learner confirmed a lesson read for the first time: user, lesson, course.
lesson_read = Signal()
# A rule update raised a course's version (re-certification required): course, from_version, to_version, rule_update,
# renewal_due (the date by which holders of the older version must renew).
course_version_raised = Signal()
