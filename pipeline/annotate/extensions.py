"""Every custom attribute depeche sets on spaCy objects, declared once.

Components read `Doc._.published` (the article's ISO publication date, used to
resolve year-less and relative dates) and write the values below on the spans
they add to `doc.spans["dates"]` and `doc.spans["figures"]`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "doc_id": None,  # str: the document's id in the run
    "published": None,  # str | None: ISO date (YYYY-MM-DD, YYYY-MM or YYYY) the article was published
}
SPAN_EXTENSIONS = {
    "value": None,  # dates: ISO string; figures: float or int
    "value_high": None,  # figures: upper bound of a range
    "granularity": None,  # dates: "day", "month", "season", "year", ...
    "unit": None,  # figures: what is counted, as the text says it
    "qualifier": None,  # figures: "environ", "près de", "plus de", ...
    "role": None,  # PER mentions: the title or role trimmed from the name ("président kazakh")
    "gender_cues": None,  # PER mentions: [(gender, words)] the text gives, ("f", "la ministre"); see annotate.gender
    "gender_hints": None,  # PER mentions: [(gender, words)] a first name outweighs: pronouns resolved to them,
    # masculine role forms ("f", "elle"), ("m", "président"); see annotate.gender
}


def register_extensions() -> None:
    """Declare the attributes; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token again at each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "depeche_text"
