"""The frame every page shares (its Content-Security-Policy, stylesheet and title) and the pieces pages repeat."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from pipeline.export.report.markup import Markup, escape, join, render
from pipeline.export.report.paths import entity_path
from pipeline.export.report.values import Row

# Only the report's own script and style files (`file:` too: browsers differ on what 'self' means there);
# no inline script, no image, no request anywhere.
_CSP = "default-src 'none'; script-src 'self' file:; style-src 'self' file:; form-action 'none'; base-uri 'none'"

_PAGE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{root}assets/report.css">
</head>
<body class="{body_class}">
{body}
</body>
</html>
"""


@dataclass(frozen=True)
class PageSource:
    """A page to write: its path in the report, the rows it shows (all of them), and how to draw it from them.

    The page is drawn from `rows` alone, so their digest is a complete key:
    same rows, same page, and a rebuild can keep the page it wrote before.
    """

    path: str
    rows: dict[str, list[Row]]
    draw: Callable[[], str | Iterable[str]]  # the HTML, or its pieces in order


def page(title: str, body: Markup, root: str, body_class: str) -> Markup:
    return render(_PAGE, csp=_CSP, title=title, root=root, body=body, body_class=body_class)


def facts_list(facts: Iterable[tuple[str, object]]) -> Markup:
    return render('<dl class="meta">{items}</dl>',
                  items=join(render("<dt>{name}</dt><dd>{value}</dd>", name=name, value=value)
                             for name, value in facts if value))


def speaker_link(claim: Row) -> Markup:
    """The speaker's name, linked to its entity page when it is a known entity (from a page one level down)."""
    if not claim["speaker"]:
        return render('<span class="unknown">(no speaker)</span>')
    if claim["speaker_entity_id"]:
        return render('<a href="../{href}">{name}</a>', href=entity_path(claim["speaker_entity_id"]),
                      name=claim["speaker"])
    return escape(claim["speaker"])
