"""CSV cells a spreadsheet would run as formulas, written so it shows them as text.

Excel and LibreOffice read a CSV cell that starts with `=`, `+`, `-` or `@`
(or a tab or carriage return before one) as a formula: scraped text such as
`=1+2+cmd|' /C calc'!A0` becomes a DDE call when the file is double-clicked
(CSV injection, CWE-1236). OWASP's recommendation is a leading `'`, which
the spreadsheet takes as "this is text" and does not show. A plain number
(`-2.5`) is left alone: it is read as the number it is. Only the CSV files
are escaped; Parquet and the in-memory tables keep the exact text, which is
what offsets index into.
"""

from __future__ import annotations

import pandas as pd

ESCAPE = "'"
_FORMULA_START = r"[=+\-@\t\r]"
_PLAIN_NUMBER = r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?"


def escape_formulas(frame: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    """The frame with every text cell that a spreadsheet would run prefixed by `'` (a copy when any is).

    frame: rows about to be written as CSV; text_columns: its string columns.
    """
    escaped = None
    for column in text_columns:
        values = frame[column]
        risky = values.str.match(_FORMULA_START) & ~values.str.fullmatch(_PLAIN_NUMBER)
        if risky.any():
            escaped = frame.copy() if escaped is None else escaped
            escaped[column] = values.mask(risky, ESCAPE + values)
    return frame if escaped is None else escaped
