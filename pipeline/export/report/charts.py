"""The charts of who gets quoted, on the index page: Vega-Lite specs drawn offline as inline SVG.

`vl-convert-python` renders each spec in process (no browser, no network,
no script in the page): its SVG escapes every text it draws, names
included, and labels each mark for assistive technology. Every chart has a
title, labelled axes and its numbers in a table beside it. The charts: the
quotes by women, men and unknown (and by month of publication when the dump
spans several), the top voices coloured by gender, the people mentioned
against the people quoted by gender, and the claims per month. A claim
counts for a gender when its speaker is a person whose gender is known;
`unknown` is a person of unknown gender or a speaker with no entity (`un
proche du maire`), `not a person` an organisation or place that speaks.
The numbers are counted by SQL over the report's `Store` (claims per month,
speaker's label and gender): a few rows, however large the dump.
"""

from __future__ import annotations

import re
from collections import Counter
from xml.etree import ElementTree
from dataclasses import dataclass
from typing import Iterable

from pipeline.export.report.markup import Markup, join, render
from pipeline.export.report.store import Store
from pipeline.export.report.values import Row

WOMEN, MEN, UNKNOWN, NOT_PERSON = "women", "men", "unknown", "not a person"
CATEGORIES = (WOMEN, MEN, UNKNOWN, NOT_PERSON)
PEOPLE = (WOMEN, MEN, UNKNOWN)
COLOURS = ("#c2185b", "#1565c0", "#9e9e9e", "#d7ccc8")
_GENDERS = {"f": WOMEN, "m": MEN}
_MONTH = re.compile(r"^\d{4}-\d{2}")
TOP_VOICES = 10
# Claims counted by the month their article was published (its last row), their speaker's label and gender,
# and whether a speaker was found.
_CLAIM_COUNTS = ("SELECT substr(COALESCE(d.published, ''), 1, 7), e.label, e.gender, COALESCE(c.speaker, '') != '', "
                 "COUNT(*) FROM claims c LEFT JOIN documents d ON d.rowid = "
                 "(SELECT MAX(rowid) FROM documents WHERE doc_id = c.doc_id) "
                 "LEFT JOIN entities e ON e.entity_id = c.speaker_entity_id GROUP BY 1, 2, 3, 4")
# The people of the dump by gender, and whether they speak.
_PEOPLE_COUNTS = ("SELECT gender, entity_id IN (SELECT speaker_entity_id FROM voices), COUNT(*) FROM entities "
                  "WHERE label = 'PER' GROUP BY 1, 2")
WIDTH = 360
_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # names the spec's version; never fetched


@dataclass(frozen=True)
class Chart:
    """One chart: its spec, and the same numbers as table rows (`columns` heads them)."""

    key: str
    title: str
    spec: dict
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def category(speaker: Row | None) -> str:
    """The gender category of a speaker, from its entity's (or its voice's) label and gender."""
    if speaker is None or not speaker.get("label"):
        return UNKNOWN
    if speaker["label"] != "PER":
        return NOT_PERSON
    return _GENDERS.get(speaker.get("gender") or "", UNKNOWN)


def _spec(title: str, values: list[dict], mark: dict, encoding: dict, height: int = 180) -> dict:
    return {"$schema": _SCHEMA, "title": title, "width": WIDTH, "height": height, "data": {"values": values},
            "mark": mark, "encoding": encoding, "config": {"font": "sans-serif", "view": {"stroke": None}}}


def _colour(field: str = "category", title: str = "speaker") -> dict:
    return {"field": field, "type": "nominal", "title": title,
            "scale": {"domain": list(CATEGORIES), "range": list(COLOURS)}}


class Charts:
    """The charts of one report's tables."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.spoken: Counter = Counter()  # (month, category) → claims with a speaker
        self.per_month: Counter = Counter()  # month → claims, with a speaker or not
        for month, label, gender, has_speaker, claims in store.values(_CLAIM_COUNTS):
            month = month if _MONTH.match(month) else ""
            self.per_month[month] += claims
            if has_speaker:
                self.spoken[month, category({"label": label, "gender": gender} if label else None)] += claims
        self.kinds: Counter = Counter()  # category → claims with a speaker
        for (_, kind), claims in self.spoken.items():
            self.kinds[kind] += claims

    def all(self) -> list[Chart]:
        if not self.spoken:
            return []
        months = sorted({month for month, _ in self.spoken} - {""})
        charts = [self.quotes_by_gender()]
        if len(months) > 1:
            charts.append(self.quotes_by_month(months))
        charts += [self.top_voices(), self.mentioned_and_quoted()]
        if months:
            charts.append(self.claims_per_month(months))
        return charts

    def quotes_by_gender(self) -> Chart:
        counts = self.kinds
        known = counts[WOMEN] + counts[MEN]
        rows = tuple((name, counts[name], f"{counts[name] / known:.0%}" if known and name in (WOMEN, MEN) else "")
                     for name in CATEGORIES)
        values = [{"category": name, "claims": counts[name]} for name in CATEGORIES]
        spec = _spec("Quotes by the speaker's gender", values, {"type": "bar"},
                     {"x": {"field": "category", "type": "nominal", "title": "speaker", "sort": list(CATEGORIES),
                            "axis": {"labelAngle": 0}},
                      "y": {"field": "claims", "type": "quantitative", "title": "claims"},
                      "color": {**_colour(), "legend": None}})
        return Chart("quotes-by-gender", spec["title"], spec, ("speaker", "claims", "share of known"), rows)

    def quotes_by_month(self, months: list[str]) -> Chart:
        counts = self.spoken
        rows = tuple((month, *(counts[(month, name)] for name in CATEGORIES)) for month in months)
        values = [{"month": month, "category": name, "claims": counts[(month, name)]}
                  for month in months for name in CATEGORIES]
        spec = _spec("Share of quotes by gender, by month of publication", values, {"type": "bar"},
                     {"x": {"field": "month", "type": "ordinal", "title": "month of publication"},
                      "y": {"field": "claims", "type": "quantitative", "title": "share of claims",
                            "stack": "normalize", "axis": {"format": "%"}},
                      "color": _colour(), "order": {"field": "category", "sort": "ascending"}})
        return Chart("quotes-by-month", spec["title"], spec, ("month", *CATEGORIES), rows)

    def top_voices(self) -> Chart:
        voices = list(self.store.rows("voices", limit=TOP_VOICES))
        labels = _unique_labels(voice["name"] for voice in voices)
        kinds = [category(voice) for voice in voices]
        rows = tuple((label, kind, int(voice["claims"])) for label, kind, voice in zip(labels, kinds, voices))
        values = [{"voice": label, "category": kind, "claims": claims} for label, kind, claims in rows]
        spec = _spec(f"The {len(rows)} most quoted voices", values, {"type": "bar"},
                     {"y": {"field": "voice", "type": "nominal", "title": "voice", "sort": list(labels)},
                      "x": {"field": "claims", "type": "quantitative", "title": "claims"},
                      "color": _colour()}, height=max(60, 22 * len(rows)))
        return Chart("top-voices", spec["title"], spec, ("voice", "speaker", "claims"), rows)

    def mentioned_and_quoted(self) -> Chart:
        mentioned: Counter = Counter()
        speaking: Counter = Counter()
        for gender, quoted, people in self.store.values(_PEOPLE_COUNTS):
            name = category({"label": "PER", "gender": gender})
            mentioned[name] += people
            speaking[name] += people if quoted else 0
        rows = tuple((name, mentioned[name], speaking[name]) for name in PEOPLE)
        values = [{"gender": name, "people": count, "group": group}
                  for name, named, spoke in rows for group, count in (("mentioned", named), ("quoted", spoke))]
        spec = _spec("People mentioned and people quoted, by gender", values, {"type": "bar"},
                     {"x": {"field": "gender", "type": "nominal", "title": "gender", "sort": list(PEOPLE),
                            "axis": {"labelAngle": 0}},
                      "xOffset": {"field": "group", "type": "nominal", "sort": ["mentioned", "quoted"]},
                      "y": {"field": "people", "type": "quantitative", "title": "people"},
                      "color": {"field": "group", "type": "nominal", "title": "people",
                                "scale": {"domain": ["mentioned", "quoted"], "range": ["#90a4ae", "#37474f"]}}})
        return Chart("mentioned-and-quoted", spec["title"], spec, ("gender", "mentioned", "quoted"), rows)

    def claims_per_month(self, months: list[str]) -> Chart:
        rows = tuple((month, self.per_month[month]) for month in months)
        values = [{"month": month, "claims": count} for month, count in rows]
        spec = _spec("Claims per month of publication", values, {"type": "bar", "color": "#5d4037"},
                     {"x": {"field": "month", "type": "ordinal", "title": "month of publication"},
                      "y": {"field": "claims", "type": "quantitative", "title": "claims"}})
        return Chart("claims-per-month", spec["title"], spec, ("month", "claims"), rows)


def _unique_labels(names: Iterable[str]) -> list[str]:
    """Names as bar labels, a repeated one numbered (`ministre (2)`): one bar per voice."""
    seen: Counter = Counter()
    labels = []
    for name in names:
        seen[name] += 1
        labels.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return labels


def draw(chart: Chart) -> Markup:
    """The chart's SVG, drawn by vl-convert (imported here: only a report with claims pays for it)."""
    import vl_convert

    svg = vl_convert.vegalite_to_svg(chart.spec)
    if not _inert(svg):
        return render('<p class="unknown">(chart not drawn)</p>')  # the renderer escapes text: never seen
    return Markup(svg)


def _inert(svg: str) -> bool:
    """An SVG with no script, no embedded HTML and no event handler: what the page's policy allows anyway."""
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError:
        return False
    return root.tag.endswith("}svg") and not any(
        element.tag.rsplit("}", 1)[-1].lower() in ("script", "foreignobject")
        or any(name.rsplit("}", 1)[-1].lower().startswith("on") for name in element.attrib)
        for element in root.iter())


def figure(chart: Chart) -> Markup:
    """The chart and its numbers in a table beside it, for screen readers and for copying."""
    head = join(render("<th>{name}</th>", name=name) for name in chart.columns)
    body = join(render("<tr>{cells}</tr>", cells=join(render("<td>{value}</td>", value=value) for value in row))
                for row in chart.rows)
    return render('<figure class="chart" id="chart-{key}" data-chart="{key}">'
                  '<figcaption id="chart-{key}-title" class="visually-hidden">{title}</figcaption><div class="chart-body">'
                  '<div class="chart-svg" role="img" aria-labelledby="chart-{key}-title">{svg}</div>'
                  '<table class="small chart-data"><caption>{title}: the numbers</caption>'
                  '<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></figure>',
                  key=chart.key, title=chart.title, svg=draw(chart), head=head, body=body)


def voices_section(store: Store) -> Markup:
    """The index's section on who gets quoted: the share of quotes by women, then the charts."""
    charts = Charts(store)
    counts = charts.kinds
    known = counts[WOMEN] + counts[MEN]
    share = (render('<p class="share">Quotes by women: <strong>{share}</strong> ({women} of the {known} claims '
                    'whose speaker is a person of known gender; {men} by men).</p>',
                    share=f"{counts[WOMEN] / known:.0%}", women=counts[WOMEN], known=known, men=counts[MEN])
             if known else render('<p class="share">Quotes by women: no claim has a speaker of known gender.</p>'))
    return render('<section id="voices"><h2>Who gets quoted</h2>{share}<div class="charts">{charts}</div></section>',
                  share=share, charts=join(figure(chart) for chart in charts.all()))
