"""The content app's reaction to Wagtail's publishing: a rule update that requires re-certification raises the
named courses' versions, in the same transaction as the publish, on behalf of whoever published it."""

from django.core.exceptions import PermissionDenied
from wagtail.log_actions import get_active_log_context
from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from .models import RuleUpdatePage


class RuleUpdateNotApplied(RuntimeError):
    """Raised (never as PermissionDenied, which Wagtail's admin would turn into a quiet redirect) when the version
    raise fails, so that the publish around it rolls back and the moderator sees an error."""


def publisher(page, revision):
    """Who published: the admin user of this request (Wagtail's log context, set for every admin view: a moderator
    approving in the workflow or publishing directly), else whoever scheduled this revision (publish_scheduled runs
    without a user), else the revision's author (a script calling publish() directly). Only the name in the history
    comes from here: the version raise never depends on this user's permissions."""
    context = get_active_log_context()
    user = getattr(context, "user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        return user
    scheduled = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish.schedule", revision=revision)
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )
    if scheduled is not None:
        return scheduled.user
    return getattr(revision, "user", None)


def on_rule_update_published(sender, instance, revision=None, **kwargs):
    from .services import rule_update_apply

    if not instance.live:
        # Wagtail sends page_published also when a first publication is only scheduled: nothing is live yet.
        return
    try:
        rule_update_apply(rule_update=instance, user=publisher(instance, revision))
    except PermissionDenied as error:
        raise RuleUpdateNotApplied(f"Rule update {instance.pk}: course versions not raised") from error


def connect():
    page_published.connect(on_rule_update_published, sender=RuleUpdatePage, dispatch_uid="netral_rule_update")
