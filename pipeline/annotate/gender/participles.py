"""Past participles the tagger calls nouns (`X, arrivée hier`, `X est partie avant l'aube`, `X se dit satisfaite`).

A feminine participle is often also a noun (`l'arrivée`, `la partie`, `la sortie`), and the tagger then
reads it as one even where it agrees with a person. Which forms are participles comes from the model's
lemmatizer tables: a form in `e` of a verb the tables conjugate whose masculine (the form less its `e`)
is the same verb's (`partie`/`parti`, `prise`/`pris`, `morte`/`mort`, `satisfaite`/`satisfait`) and no
present of it (`dise`/`dis`, whose plural is `disent`), or a
form in `ée` of a first-group verb the tables list (`arrivée`: `arriver`). Read where French sets a
participle, never alone: `GenderCues` asks only of a word after the name's comma or after `être`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from pipeline.annotate.gender.words import FEMININE, is_plural

# The last letter of a masculine participle French writes with a feminine in `e` (Le Bon Usage, § 803-809):
# `fini`, `venu`, `pris`, `fait`, `mort`, `né`.
PARTICIPLE_ENDINGS = ("i", "u", "s", "t", "é")


def feminine_participles(nlp: Language) -> frozenset[str]:
    """The feminine singular past participles of the verbs of the model's lemmatizer tables (empty without them)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        conjugated = lookups.get_table("lemma_exc").get("verb", {})
        verbs = set(lookups.get_table("lemma_index").get("verb", ()))
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    forms = {form for form, lemmas in conjugated.items()
             if form.endswith("e") and form[-2:-1] in PARTICIPLE_ENDINGS and conjugated.get(form[:-1]) == lemmas
             and conjugated.get(f"{form}nt") != lemmas}  # `dise`, `sorte`: a present whose plural is `disent`
    return frozenset(forms | {f"{verb[:-2]}ée" for verb in verbs if verb.endswith("er")})


def noun_participle_gender(word: Token, participles: frozenset[str]) -> str:
    """`f` for a word the tagger calls a noun that is a feminine participle, with no determiner of its own
    and no adjective right after it making it a noun (`partie civile`, `sortie scolaire`); else ""."""
    if word.pos_ != "NOUN" or is_plural(word) or word.lower_ not in participles:
        return ""
    if any(child.dep_ == "det" for child in word.children):
        return ""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.pos_ == "ADJ" and "Ord" not in after.morph.get("NumType"):
        return ""
    return FEMININE
