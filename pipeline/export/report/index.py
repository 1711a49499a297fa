"""The index page: the run summary, and the documents, entities and claims views that report.js draws from JSON.

It loads at once whatever the size of the dump: the summary, and the first part of each view's rows
(`view_data`); report.js loads the others from the files beside it when they are asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pipeline.common.records import STATUSES
from pipeline.common.tables import TABLES
from pipeline.export.report.charts import voices_section
from pipeline.export.report.markup import Markup, join, json_for_script, render
from pipeline.export.report.page import page
from pipeline.export.report.store import Store
from pipeline.export.report.view_data import DATA_DIR, PAGE_ROWS
from pipeline.export.workbook import WORKBOOK_NAME


@dataclass(frozen=True)
class Column:
    """One column of a view, as report.js draws it."""

    key: str
    label: str
    href: str = ""  # the row field holding this cell's link, if any


@dataclass(frozen=True)
class Filter:
    """One control above a view: a text box, or a select when it has options."""

    key: str  # a row field, or "*" for every shown column
    label: str
    options: tuple[str, ...] = ()  # a select's choices; empty for a text box


VIEWS: dict[str, tuple[str, tuple[Column, ...]]] = {
    "documents": ("Documents", (Column("title", "Title", "href"), Column("doc_id", "doc_id"),
                                Column("status", "Status"), Column("published", "Published"),
                                Column("n_words", "Words"), Column("n_entities", "Entities"),
                                Column("n_claims", "Claims"))),
    "entities": ("Entities", (Column("name", "Name", "href"), Column("label", "Label"), Column("aliases", "Aliases"),
                              Column("n_docs", "Articles"), Column("n_mentions", "Mentions"))),
    "claims": ("Claims", (Column("speaker", "Speaker", "speaker_href"), Column("kind", "Kind"),
                          Column("cue", "Cue"), Column("statement", "Statement"), Column("dates", "Dates"),
                          Column("figures", "Figures"), Column("article", "Article", "href"))),
}


def view_section(name: str, filters: tuple[Filter, ...]) -> Markup:
    title, columns = VIEWS[name]
    controls = join(_filter_control(name, spec) for spec in filters)
    headers = join(render('<th data-key="{key}" data-href="{href}" aria-sort="none">'
                          '<button type="button">{label}</button></th>',
                          key=column.key, href=column.href, label=column.label) for column in columns)
    return render('<section id="{name}" class="view" data-view="{name}"><h2>{title} <span class="count"></span></h2>'
                  '<div class="filters">{controls}</div>'
                  '<div class="table-wrap"><table><thead><tr>{headers}</tr></thead><tbody></tbody></table></div>'
                  '<nav class="pager"><button type="button" data-page="prev">‹ previous</button> '
                  '<span class="page-info"></span> <button type="button" data-page="next">next ›</button></nav>'
                  '</section>', name=name, title=title, controls=controls, headers=headers)


def _filter_control(view: str, spec: Filter) -> Markup:
    control_id = f"{view}-{'q' if spec.key == '*' else spec.key}"
    if spec.options:
        options = join(render('<option value="{value}">{value}</option>', value=value) for value in spec.options)
        return render('<label>{label} <select id="{id}" data-filter="{key}"><option value="">all</option>'
                      '{options}</select></label>', label=spec.label, id=control_id, key=spec.key, options=options)
    return render('<label>{label} <input type="search" id="{id}" data-filter="{key}" autocomplete="off"></label>',
                  label=spec.label, id=control_id, key=spec.key)


MAX_PROBLEMS_SHOWN = 500  # inputs not analysed listed in the summary; the documents view filters the rest


def status_part(store: Store, links_workbook: bool) -> Markup:
    """Documents per status, rows per table (each with its CSV), and the workbook."""
    counts = dict(store.values("SELECT status, COUNT(*) FROM documents GROUP BY status"))
    statuses = join(render('<tr class="status-{status}"><th>{status}</th><td>{count}</td></tr>',
                           status=status, count=counts.get(status, 0)) for status in STATUSES)
    rows = join(render('<tr><th>{name}</th><td>{count}</td><td><a href="../{name}.csv">csv</a></td></tr>',
                       name=name, count=store.count(name)) for name in TABLES)
    workbook = (render('<p><a href="../{name}">Excel workbook ({name})</a></p>', name=WORKBOOK_NAME)
                if links_workbook else Markup(""))
    return render('<div class="summary-grid"><table class="small"><caption>Documents per status</caption>{statuses}'
                  '</table><table class="small"><caption>Rows per table</caption>{rows}</table></div>{workbook}',
                  statuses=statuses, rows=rows, workbook=workbook)


def problems_part(store: Store, links_workbook: bool) -> Markup:
    """Every input not analysed, or analysed in part (a stage failed), with its error."""
    count = store.values("SELECT COUNT(*) FROM documents WHERE status != 'ok'")[0][0]
    problems = store.rows("documents", "status != 'ok'", limit=MAX_PROBLEMS_SHOWN)
    problem_rows = join(render('<tr class="status-{status}"><td>{doc_id}</td><td>{status}</td><td>{source}</td>'
                               '<td class="error">{error}</td></tr>', status=row["status"], doc_id=row["doc_id"],
                               source=row["source"], error=row["error"]) for row in problems)
    more = (render('<p>The first {shown} are listed: the documents view lists every one by status.</p>',
                   shown=MAX_PROBLEMS_SHOWN) if count > MAX_PROBLEMS_SHOWN else Markup(""))
    return render('<h3>Inputs not analysed, or analysed in part ({n_problems})</h3>{more}'
                  '<table class="problems"><thead><tr><th>doc_id</th><th>status</th><th>source</th><th>error</th>'
                  '</tr></thead><tbody>{problem_rows}</tbody></table>', n_problems=count, more=more,
                  problem_rows=problem_rows or render('<tr><td colspan="4">none: every input was analysed</td></tr>'))


# The run summary's parts, in order: each draws from the tables (a few rows at most: it loads at once).
SUMMARY_PARTS: tuple[Callable[[Store, bool], Markup], ...] = (status_part, problems_part)


def summary_section(store: Store, links_workbook: bool) -> Markup:
    return render('<section id="summary"><h2>Run summary</h2>{parts}</section>',
                  parts=join(part(store, links_workbook) for part in SUMMARY_PARTS))


def index_page(store: Store, views: dict[str, dict], links_workbook: bool) -> Markup:
    """The index: the summary, and the views, with the first part of each view's rows (see `view_data`)."""
    kinds = tuple(kind for (kind,) in store.values("SELECT DISTINCT kind FROM claims ORDER BY kind"))
    labels = tuple(label for (label,) in store.values("SELECT DISTINCT label FROM entities ORDER BY label"))
    body = render('<header><h1>depeche report</h1><nav class="toc"><a href="#summary">summary</a> '
                  '<a href="#voices">who gets quoted</a> '
                  '<a href="#documents">documents</a> <a href="#entities">entities</a> <a href="#claims">claims</a>'
                  '</nav></header><noscript><p class="warning">The tables below need JavaScript; the article and '
                  'entity pages do not.</p></noscript><main>{summary}{documents}{entities}{claims}</main>'
                  '<script type="application/json" id="report-data">{data}</script>'
                  '<script src="assets/report.js"></script>',
                  summary=join([summary_section(store, links_workbook), voices_section(store)]),
                  documents=view_section("documents", (Filter("*", "Search"),
                                                       Filter("status", "Status", STATUSES))),
                  entities=view_section("entities", (Filter("*", "Search"), Filter("label", "Label", labels))),
                  claims=view_section("claims", (Filter("*", "Search"), Filter("kind", "Kind", kinds),
                                                 Filter("speaker", "Speaker"))),
                  data=_first_load(views))
    return page("depeche report", body, "", "index-page")


def _first_load(views: dict[str, dict]) -> Markup:
    """The views' first parts as JSON; their rows are JSON already (`write_view`), inserted as they are."""
    parts = [render('{name}:{{"total":{total},"starts":{starts},"rows":[{rows}]}}', name=json_for_script(name),
                    total=view["total"], starts=json_for_script(view["starts"]), rows=Markup(",".join(view["rows"])))
             for name, view in views.items()]
    return render('{{"page_rows":{page_rows},"data_dir":{data_dir},"views":{{{views}}}}}', page_rows=PAGE_ROWS,
                  data_dir=json_for_script(DATA_DIR), views=join(parts, Markup(",")))
