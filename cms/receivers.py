from wagtail.signals import page_published

from .models import RuleUpdatePage


def on_rule_update_published(sender, instance, revision=None, **kwargs):
    from .services import rule_update_apply

    user = getattr(revision, "user", None)
    rule_update_apply(rule_update=instance, user=user)


def connect():
    page_published.connect(on_rule_update_published, sender=RuleUpdatePage, dispatch_uid="netral_rule_update")
