"""Wagtail's `publish_scheduled`, in one transaction: a scheduled rule update and the course versions it raises
commit together, or (on any error) nothing of the run does and cron reports the error; the next run tries again."""

from django.db import transaction
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled


class Command(WagtailPublishScheduled):
    def handle(self, *args, **options):
        with transaction.atomic():
            return super().handle(*args, **options)
