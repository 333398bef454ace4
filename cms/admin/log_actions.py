"""How the admin's history shows a raised course version (the log action is written by cms.services)."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter


class VersionRaisedFormatter(LogFormatter):
    label = _("Versi pelatihan dinaikkan")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Versi dinaikkan dari %(from)s ke %(to)s oleh pembaruan aturan “%(title)s”.") % data
