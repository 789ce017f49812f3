"""The export's files: CSV (UTF-8 with BOM, so Excel reads Vietnamese right) and XLSX.

Text that starts like a formula (= + - @) is kept as text: the content comes
from citizens, and a spreadsheet must never run it.
"""

import csv
import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from casework.texts import EXPORT_HEADERS

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value):
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_chunks(rows, every=500):
    """The CSV as text chunks (streamed to the browser); the BOM makes Excel read it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(EXPORT_HEADERS)
    for count, cells in enumerate(rows, 1):
        writer.writerow([_as_text(c) for c in cells])
        if count % every == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_csv(rows, out):
    for chunk in csv_chunks(rows):
        out.write(chunk)


def write_xlsx(rows, out):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Hồ sơ")
    sheet.append(list(EXPORT_HEADERS))
    for cells in rows:
        sheet.append([_xlsx_cell(sheet, c) for c in cells])
    workbook.save(out)


def _xlsx_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "dd/mm/yyyy"
    elif isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the citizen typed
    return cell
