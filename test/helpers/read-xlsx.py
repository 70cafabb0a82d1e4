"""Prints an XLSX file as openpyxl reads it, as JSON: the second reader of the XLSX tests.

Usage: /usr/bin/python3 test/helpers/read-xlsx.py FILE

Run with Debian's python3 (apt: python3-openpyxl), not a pyenv shim that cannot see Debian's packages.
Strings are unescaped (`_xHHHH_`) as Excel does on open: openpyxl 3.0.9 leaves inline strings as they are.
"""
import json
import sys
import warnings
from datetime import date, datetime

import openpyxl
from openpyxl.utils.escape import unescape


def value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, str):
        return {"s": unescape(v)}
    if isinstance(v, datetime):
        return {"d": v.date().isoformat()}
    if isinstance(v, date):
        return {"d": v.isoformat()}
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, (int, float)):
        return {"n": v}
    return {"other": repr(v)}


def cell(c):
    return {
        "v": value(c),
        "quotePrefix": bool(c.quotePrefix),
        "format": c.number_format,
        "bold": bool(c.font.b),
        "wrap": bool(c.alignment.wrap_text),
    }


def sheet(ws):
    setup = ws.page_setup
    return {
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autoFilter": ws.auto_filter.ref,
        "widths": {key: dim.width for key, dim in ws.column_dimensions.items()},
        "paperSize": setup.paperSize,
        "orientation": setup.orientation,
        "fitToWidth": setup.fitToWidth,
        "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
    }


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    book = openpyxl.load_workbook(sys.argv[1])

json.dump(
    {
        "openpyxl": openpyxl.__version__,
        "warnings": [str(w.message) for w in caught],
        "sheets": [sheet(ws) for ws in book.worksheets],
    },
    sys.stdout,
    ensure_ascii=False,
)
