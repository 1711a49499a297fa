"""People written as an initial and a surname: `T. Fontaine`, `J.-P. Martin`.

The model rarely takes an initial into a name; an initial (one capital and a
full stop, not an honorific such as `M.`) before a capitalised word that is
neither a common word nor a listed name makes a person.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from pipeline.annotate.entities.candidates import Candidate
from pipeline.annotate.entities.lexicon import Lexicon
from pipeline.common.names import fold

# `T.`, `J.-P.`: one or two initials.
_INITIAL = re.compile(r"^[A-Z]\.(-[A-Z]\.)?$")


def initialled_names(doc: Doc, lexicon: Lexicon) -> Iterator[Candidate]:
    """`T. Fontaine`: an initial and the capitalised surname after it."""
    for token in doc[:-1]:
        surname = doc[token.i + 1]
        if (_INITIAL.match(token.text) and token.text not in lexicon.honorifics
                and token.whitespace_ and surname.is_alpha and surname.text[:1].isupper()
                and not surname.is_upper and surname.lower_ not in lexicon.vocabulary.common_words
                and fold(surname.text) not in lexicon.gazetteer_labels):
            yield Candidate(token.i, token.i + 2, "PER", "pattern")
