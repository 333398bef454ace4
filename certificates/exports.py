"""Spreadsheet exports that stream: Wagtail's export iterates the queryset whole (every row object in memory at
once); these iterate it in chunks, so a 100,000-row CSV or XLSX keeps memory flat.

Cells are neutralised against formula injection: a spreadsheet program opening the CSV would run a name such as
`=HYPERLINK(...)` as a formula, so text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
apostrophe (OWASP's advice). In XLSX every text cell is written as a string, never as a formula (Wagtail does so).
"""

import csv

from wagtail.admin.views.mixins import Echo

CHUNK = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """The value for a CSV cell: text that a spreadsheet would read as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class StreamedExportMixin:
    def get(self, request, *args, **kwargs):
        # An export needs no page context: building it evaluated the whole queryset before the rows were streamed.
        if self.is_export:
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow({field: csv_safe(self.get_heading(queryset, field)) for field in self.list_export})
        for item in queryset.iterator(chunk_size=CHUNK):
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {field: csv_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
             for field, value in row_dict.items()}
        )  # fmt: skip

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook
        from wagtail.admin.views.mixins import ExcelDateFormatter

        workbook = Workbook(write_only=True, iso_dates=True)  # rows go to a temporary file, not memory
        worksheet = workbook.create_sheet(title="Sheet1")
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset.iterator(chunk_size=CHUNK):
            # generate_xlsx_row (Wagtail's) turns any cell openpyxl takes for a formula back into a string.
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format))
        workbook.save(output)
