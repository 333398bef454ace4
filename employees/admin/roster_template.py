"""The roster template HR downloads from the import page."""

import io

TEMPLATE_COLUMNS = [
    "NIP",
    "Nama",
    "Gelar Depan",
    "Gelar Belakang",
    "Email",
    "Kode Unit",
    "Jabatan",
    "Pangkat/Golongan",
    "Status",
]


def roster_template(units) -> bytes:
    """The XLSX HR fills in: the columns with one example row (sheet "Pegawai"), and every unit's code and name in the
    tree's order (sheet "Kode unit"). Every cell is text, so Excel keeps an 18-digit NIP whole."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pegawai"
    sheet.append(TEMPLATE_COLUMNS)
    example_unit = units[0].code if units else "KODE"
    sheet.append(
        [
            "198001012006041999",
            "Contoh Nama Pegawai",
            "",
            "S.Kom.",
            "nama@batangkab.go.id",
            example_unit,
            "Pranata Komputer Ahli Pertama",
            "III/b",
            "PNS",
        ]
    )
    for row in sheet.iter_rows():
        for cell in row:
            cell.number_format = "@"
    codes = workbook.create_sheet("Kode unit")
    codes.append(["Kode Unit", "Nama unit"])
    for unit in units:
        codes.append([unit.code, f"{'  ' * (unit.depth - 1)}{unit.name}"])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
