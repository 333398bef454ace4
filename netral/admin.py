"""The admin toolkit every app's Wagtail admin views use: a permission check, a menu item shown only to those
allowed, breadcrumbs, one base for a plain admin page, and spreadsheet exports that stream (with formula-safe
cells and an audit-log entry).

Refusals: a view raises PermissionDenied; Wagtail's admin wrapper turns it into a redirect to the admin home with
its "no permission" message (an anonymous visitor is sent to the login page before any view runs).
"""

import csv
import datetime
import tempfile

from django import forms
from django.core.exceptions import PermissionDenied
from django.forms.utils import flatatt
from django.http import FileResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

EXPORTED = "netral.hr_exported"  # the audit-log action of every personal-data export
CHUNK = 2000
SPOOL_IN_MEMORY = 8 * 1024 * 1024  # a CSV export larger than this is spooled to a temporary file
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class PermissionRequiredMixin:
    """Refuse the view to anyone without `permission_required` ("app_label.codename")."""

    permission_required = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with `permission` ("app_label.codename")."""

    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class BreadcrumbsMixin:
    """Admin home > this page's title (Wagtail's template views stop at the home)."""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class AdminPageView(PermissionRequiredMixin, BreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView):
    """A plain admin page: permission checked, in Wagtail's layout, with breadcrumbs."""


class CalendarDateColumn(Column):
    """A date as a date ("30 Des 2026"), and only a date in the past also says how long ago (Wagtail's DateColumn
    shows every date as relative time, so a due date next month read "0 minutes ago")."""

    cell_template_name = "netral/admin/calendar_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["today"] = timezone.localdate()
        return context


class EmployeeColumn(TitleColumn):
    """An employee's name, linked to their HR page (`hr_employee`, which checks the viewer's scope itself)."""

    def __init__(self, name, **kwargs):
        super().__init__(name, get_url=lambda row: reverse("hr_employee", args=(row.user_id,)), **kwargs)


class PlainSelect(forms.Select):
    """A select whose options are written out directly. Django renders every <option> through a template, and a
    filter listing the regency's ~785 units took longer than the rest of the page (0.3-0.5 s)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in (value if isinstance(value, (list, tuple)) else [value]) if v not in (None, "")}
        options = []
        for option_value, label in self.choices:
            key = "" if option_value is None else str(option_value)
            selected = " selected" if key in chosen else ""
            options.append(f'<option value="{escape(key)}"{selected}>{escape(label)}</option>')
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        return mark_safe(f"<select{flatatt(final_attrs)}>{''.join(options)}</select>")  # noqa: S308 (escaped above)


def csv_safe(value):
    """The value for a CSV cell: text that a spreadsheet would read as a formula gets a leading apostrophe
    (OWASP's advice against formula injection: a name such as `=HYPERLINK(...)` would otherwise run)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def log_export(request, export: str, **data) -> None:
    """One audit-log entry per export of personal data, on the exporting user (Reports > Site history)."""
    log(instance=request.user, action=EXPORTED, user=request.user, data={"export": export, **data})


class StreamedExportMixin:
    """For Wagtail's ReportView/IndexView exports: rows stream in chunks, so a 100,000-row CSV or XLSX keeps memory
    flat (Wagtail's own export builds the page context first and holds every row object at once). Cells are
    formula-safe in CSV; in XLSX every text cell is written as a string, never as a formula (Wagtail does so).
    Every export is logged.

    For Excel as Indonesian offices use it: the CSV is UTF-8 with a BOM and separated by ";" (the list separator of
    Indonesian Windows), and the codes in `text_columns` (NIP) are written as text (`="199001…"`, digits only), so
    Excel neither rounds them to 1,99E+17 nor drops digits. XLSX is the first download button. File names say what
    and when: `<export_name>-<details>-<date>`."""

    export_name = "ekspor"
    export_only: tuple[str, ...] = ()  # the fields an export reads (fewer columns fetched and copied per row)
    text_columns: tuple[str, ...] = ()
    CSV_DELIMITER = ";"

    def get_filename(self):
        parts = [self.export_name, *self.export_filename_details(), timezone.localdate().isoformat()]
        return "-".join(slugify(str(part)) for part in parts if part)

    def export_filename_details(self) -> list[str]:
        return []

    @cached_property
    def header_more_buttons(self):
        buttons = [b for b in super().header_more_buttons if b.url not in (self.xlsx_export_url, self.csv_export_url)]
        if self.show_export_buttons:
            buttons += [
                Button(_("Unduh XLSX"), url=self.xlsx_export_url, icon_name="download", priority=90),
                Button(_("Unduh CSV"), url=self.csv_export_url, icon_name="download", priority=100),
            ]
        return buttons

    def get(self, request, *args, **kwargs):
        # An export needs no page context: building it evaluated the whole queryset before the rows were streamed.
        if self.is_export:
            log_export(request, request.GET.get("export"), filters=request.GET.dict())
            queryset = self.get_filtered_queryset()
            if self.export_only:
                queryset = queryset.only(*self.export_only)
            return self.as_spreadsheet(queryset, request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def write_csv_response(self, queryset):
        """The whole CSV is written first (to a temporary file: memory stays flat) and then sent with its length, so
        an export cut short (a server timeout, a dropped connection) is never taken for a complete file: the
        browser reports the download as failed instead of saving the rows it got."""
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
        for line in self.stream_csv(queryset):
            spool.write(line.encode("utf-8") if isinstance(line, str) else line)
        size = spool.tell()
        spool.seek(0)
        response = FileResponse(spool, as_attachment=True, filename=f"{self.get_filename()}.csv")
        response["Content-Type"] = "text/csv; charset=utf-8"
        response["Content-Length"] = str(size)
        return response

    def preprocess_field_value(self, field, value, export_format):
        """Yes/no as "Ya"/"Tidak", never True/False, in both formats."""
        if isinstance(value, bool):
            return str(_("Ya") if value else _("Tidak"))
        return super().preprocess_field_value(field, value, export_format)

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=self.CSV_DELIMITER)
        yield "\ufeff"  # the BOM: Excel reads the file as UTF-8 (names with é, the em dash of the statuses)
        yield writer.writerow({field: csv_safe(self.get_heading(queryset, field)) for field in self.list_export})
        for item in queryset.iterator(chunk_size=CHUNK):
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_row(self, writer, row_dict):
        cells = {}
        for field, value in row_dict.items():
            value = self.preprocess_field_value(field, value, self.FORMAT_CSV)
            if field in self.text_columns and isinstance(value, str) and value.isdigit():
                cells[field] = f'="{value}"'  # our own formula around digits only: Excel keeps the code as text
            else:
                cells[field] = csv_safe(value)
        return writer.writerow(cells)

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook
        from wagtail.admin.views.mixins import ExcelDateFormatter

        workbook = Workbook(write_only=True, iso_dates=True)  # rows go to a temporary file, not memory
        worksheet = workbook.create_sheet(title="Sheet1")
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset.iterator(chunk_size=CHUNK):
            worksheet.append(self.xlsx_row(worksheet, self.to_row_dict(item), date_format))
        workbook.save(output)

    def xlsx_row(self, worksheet, row_dict, date_format):
        """Wagtail's generate_xlsx_row, without a cell object per plain value (a third of an export's time): text
        that openpyxl would take for a formula, and date-times, still get their own cell (never a formula)."""
        from openpyxl.cell import WriteOnlyCell

        row = []
        for field, value in row_dict.items():
            value = self.preprocess_field_value(field, value, self.FORMAT_XLSX)
            if isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(worksheet, value)
                cell.data_type = "s"
                value = cell
            elif isinstance(value, datetime.datetime):
                value = WriteOnlyCell(worksheet, value)
                value.number_format = date_format
            row.append(value)
        return row
