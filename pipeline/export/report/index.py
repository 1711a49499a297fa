"""The index page: the run summary, and the documents, entities and claims views that report.js draws from JSON."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.common.records import ANALYSED, STATUSES
from pipeline.export.report.charts import voices_section
from pipeline.export.report.context import Context
from pipeline.export.report.markup import Markup, join, json_for_script, render
from pipeline.export.report.page import page
from pipeline.export.report.paths import anchor, article_path, entity_path
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


def index_data(context: Context) -> dict[str, list[dict]]:
    """The rows of the three views, as the JSON report.js reads."""
    by_doc = context.by_doc
    documents = [{"title": context.title_of(row["doc_id"]),
                  "href": article_path(row["doc_id"]) if row["status"] in ANALYSED else "",
                  "doc_id": row["doc_id"], "status": row["status"], "published": row["published"],
                  "n_words": int(row["n_words"]),
                  "n_entities": len({m["entity_id"] for m in by_doc["mentions"].get(row["doc_id"], [])}),
                  "n_claims": len(by_doc["claims"].get(row["doc_id"], []))}
                 for row in context.tables["documents"]]
    entities = [{"name": row["name"], "href": entity_path(row["entity_id"]), "label": row["label"],
                 "aliases": row["aliases"].replace("|", " · "), "n_docs": int(row["n_docs"]),
                 "n_mentions": int(row["n_mentions"])}
                for row in context.tables["entities"]]
    claims = [{"speaker": row["speaker"], "speaker_entity_id": row["speaker_entity_id"],
               "speaker_href": entity_path(row["speaker_entity_id"]) if row["speaker_entity_id"] else "",
               "kind": row["kind"], "cue": row["cue"], "statement": row["statement"],
               "dates": "; ".join(context.claim_dates(row["claim_id"])),
               "figures": "; ".join(context.claim_figures(row["claim_id"])),
               "article": context.title_of(row["doc_id"]),
               "href": (f"{article_path(row['doc_id'])}#{anchor('claim', row['claim_id'])}"
                        if context.has_article(row["doc_id"]) else "")}
              for row in context.tables["claims"]]
    return {"documents": documents, "entities": entities, "claims": claims}


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


def summary_section(context: Context, links_workbook: bool) -> Markup:
    documents = context.tables["documents"]
    counts = Counter(row["status"] for row in documents)
    statuses = join(render('<tr class="status-{status}"><th>{status}</th><td>{count}</td></tr>',
                           status=status, count=counts[status]) for status in STATUSES)
    rows = join(render('<tr><th>{name}</th><td>{count}</td><td><a href="../{name}.csv">csv</a></td></tr>',
                       name=name, count=len(table)) for name, table in context.tables.items())
    problems = [row for row in documents if row["status"] != "ok"]  # partial ones too: a stage failed
    problem_rows = join(render('<tr class="status-{status}"><td>{doc_id}</td><td>{status}</td><td>{source}</td>'
                               '<td class="error">{error}</td></tr>', status=row["status"], doc_id=row["doc_id"],
                               source=row["source"], error=row["error"]) for row in problems)
    workbook = (render('<p><a href="../{name}">Excel workbook ({name})</a></p>', name=WORKBOOK_NAME)
                if links_workbook else Markup(""))
    return render('<section id="summary"><h2>Run summary</h2><div class="summary-grid">'
                  '<table class="small"><caption>Documents per status</caption>{statuses}</table>'
                  '<table class="small"><caption>Rows per table</caption>{rows}</table></div>{workbook}'
                  '<h3>Inputs not analysed, or analysed in part ({n_problems})</h3>'
                  '<table class="problems"><thead><tr><th>doc_id</th><th>status</th><th>source</th><th>error</th>'
                  '</tr></thead><tbody>{problem_rows}</tbody></table></section>',
                  statuses=statuses, rows=rows, workbook=workbook, n_problems=len(problems),
                  problem_rows=problem_rows or render('<tr><td colspan="4">none: every input was analysed</td></tr>'))


def index_page(context: Context, links_workbook: bool) -> Markup:
    kinds = tuple(sorted({row["kind"] for row in context.tables["claims"]}))
    labels = tuple(sorted({row["label"] for row in context.tables["entities"]}))
    body = render('<header><h1>depeche report</h1><nav class="toc"><a href="#summary">summary</a> '
                  '<a href="#voices">who gets quoted</a> '
                  '<a href="#documents">documents</a> <a href="#entities">entities</a> <a href="#claims">claims</a>'
                  '</nav></header><noscript><p class="warning">The tables below need JavaScript; the article and '
                  'entity pages do not.</p></noscript><main>{summary}{documents}{entities}{claims}</main>'
                  '<script type="application/json" id="report-data">{data}</script>'
                  '<script src="assets/report.js"></script>',
                  summary=join([summary_section(context, links_workbook), voices_section(context)]),
                  documents=view_section("documents", (Filter("*", "Search"),
                                                       Filter("status", "Status", STATUSES))),
                  entities=view_section("entities", (Filter("*", "Search"), Filter("label", "Label", labels))),
                  claims=view_section("claims", (Filter("*", "Search"), Filter("kind", "Kind", kinds),
                                                 Filter("speaker", "Speaker"))),
                  data=json_for_script(index_data(context)))
    return page("depeche report", body, "", "index-page")
