"""Quotation marks of scraped French text, paired on the raw text (no parse needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.claims.quotations import find_quotations


# (text, the quoted contents in order)
QUOTED = [
    ("Il a dit «non» puis « oui ».", ["non", "oui"]),
    ("Elle répond : “Jamais”.", ["Jamais"]),
    ("Il parle d'un \"accord\" et d'un \" compromis \".", ["accord", "compromis"]),
    ("«\u00a0Nous partons\u00a0», dit-il.", ["Nous partons"]),
    ("«Il m'a dit : “Tu reviendras”», raconte-t-elle.", ["Il m'a dit : “Tu reviendras”"]),
    ("Il parle d'une “mobilisation partielle“ et d'un \"échec total”, puis « d'une “crise” grave ».",
     ["mobilisation partielle", "échec total", "d'une “crise” grave"]),
    ("«Premier paragraphe.\n\n«Second paragraphe.»", ["Premier paragraphe.", "Second paragraphe."]),
    ("Un écran de 5\" et «rien» de plus.", ["rien"]),
    ("Un « texte jamais fermé.", []),
    ("Le \"titre\nsuite\" ici", []),
    ("\"Voir le film \"Les Ailes\" sortir enfin est une joie\", a dit la réalisatrice.",
     ["Voir le film \"Les Ailes\" sortir enfin est une joie"]),
]


@pytest.mark.parametrize("text,contents", QUOTED)
def test_quotation_contents(text, contents):
    assert [text[q.content_start : q.content_end] for q in find_quotations(text)] == contents


def test_quotation_span_includes_the_marks():
    text = "Il a dit « oui » hier."
    (quotation,) = find_quotations(text)
    assert text[quotation.start : quotation.end] == "« oui »"
    assert quotation.words(text) == 1


@given(st.text(alphabet=st.sampled_from(list('ab "«»“”\n.,')), max_size=80))
def test_quotations_are_ordered_and_apart_whatever_the_marks(text):
    quotations = find_quotations(text)
    for q in quotations:
        assert q.start < q.content_start <= q.content_end <= q.end <= len(text)
    for first, second in zip(quotations, quotations[1:]):
        assert first.end <= second.start
