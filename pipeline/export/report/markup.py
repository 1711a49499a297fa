"""HTML built by construction: every interpolated value is escaped unless it is already Markup.

Scraped text is hostile; the pages are assembled only through `render` and
`join`, so no table value reaches the HTML unescaped.
"""

from __future__ import annotations

import html
import json
import re
from typing import Iterable

_WEB_URL = re.compile(r"^https?://", re.IGNORECASE)


class Markup(str):
    """A string that is already HTML: `render` inserts it as is and escapes everything else."""


def escaped_text(value: object) -> str:
    """`value` as HTML text, quotes too (so it is safe inside attributes), whatever it holds."""
    return html.escape("" if value is None else str(value), quote=True)


def escape(value: object) -> Markup:
    """`value` as HTML text; Markup passes through."""
    return value if isinstance(value, Markup) else Markup(escaped_text(value))


def attributes(pairs: Iterable[tuple[str, object]]) -> Markup:
    """` name="value"` for each pair, names and values escaped: an element's attributes in one step."""
    return Markup("".join([f' {escaped_text(name)}="{escaped_text(value)}"' for name, value in pairs]))


def render(template: str, **values: object) -> Markup:
    """`template`, a literal of the report's code, with every value escaped unless it is Markup."""
    return Markup(template.format_map({name: value if isinstance(value, Markup) else escaped_text(value)
                                       for name, value in values.items()}))


def join(parts: Iterable[object], separator: str = "") -> Markup:
    """The parts, each escaped unless it is Markup (the test inline: a page joins a million of them)."""
    return Markup(escape(separator).join([part if isinstance(part, Markup) else escaped_text(part)
                                          for part in parts]))


def json_for_script(data: object) -> Markup:
    """JSON to embed in `<script type="application/json">`: no `<`, `>` or `&` left to close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def web_url(url: str) -> str | None:
    """The URL if it is http(s), else None: a `javascript:` or `data:` URL from a page is never a link."""
    return url if _WEB_URL.match(url) and not any(c.isspace() for c in url) else None
