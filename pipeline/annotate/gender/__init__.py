"""`depeche_gender`: the gender an article's own French gives each person it names.

For every PER entity, `Span._.gender_cues` lists the cues the text gives
that mention, each `(gender, words)`: `("f", "Mme")`, `("f", "la ministre")`,
`("m", "directeur")`, `("f", "interrogée")` — civility titles (`models/
entities/civilities.tsv`), role nouns in apposition or attribute, agreement
of participles and adjectives predicated of the person (`cues`, `words`).
Which nouns name a person comes from `models/` (titles, source nouns, role
synonyms), the nouns French inflects for a woman (`attaquant`/`attaquante`, the
model's lemmatizer tables) and the agent suffixes of French. A mention keeps every cue.

`Span._.gender_hints` lists what a first name outweighs: the subject
pronouns of the narrative resolved to the person (`pronouns`: `elle`,
`celui-ci`, `cette dernière`) and the masculine role forms French also
writes for women (`président`, `professeur`). The claims' speaker
resolution adds the pronouns that speak, and `link` joins everything across
the dump, where the first name (`prénom`) comes between the two.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.annotate import extensions  # noqa: F401  (registers Span._.gender_cues)
from pipeline.annotate.gender.cues import GenderCues
from pipeline.annotate.gender.first_person import note_first_person
from pipeline.annotate.gender.participles import feminine_participles
from pipeline.annotate.gender.pronouns import PronounResolver
from pipeline.annotate.gender.words import RoleNouns
from pipeline.common.resources import read_lines, read_tsv

CIVILITIES = "entities/civilities.tsv"
TITLES = "entities/titles.txt"
SOURCE_NOUNS = "cues/source_nouns.tsv"
ROLE_SYNONYMS = "cues/role_synonyms.txt"
RANK_NOUNS = "cues/rank_nouns.txt"
SINGLE_GENDER_NOUNS = "cues/single_gender_nouns.txt"
GENDERED_NOUNS = "cues/gendered_nouns.tsv"
DEMONYMS = "entities/demonyms.txt"
HONORIFICS = "entities/honorifics.txt"


# How French writes a noun's feminine from its masculine (Le Bon Usage, §§ 490-497), for `inflected_nouns`.
FEMININE_ENDINGS = (("e", ""), ("ère", "er"), ("onne", "on"), ("enne", "en"), ("euse", "eur"), ("trice", "teur"),
                    ("euse", "eux"), ("ive", "if"), ("que", "c"))


def inflected_nouns(nlp: Language) -> frozenset[str]:
    """The nouns French inflects for a woman, masculine and feminine (`attaquant`, `attaquante`, `nageur`,
    `nageuse`, `sprinteur`): the feminine forms the model's lemmatizer tables (`lemma_exc`) give a masculine
    lemma, where the one is the other by a French inflection. A noun of things has no feminine: these are
    nouns of persons (and of a few animals, which no name stands beside). Empty without the tables."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("noun", {})
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    words = set()
    for form, lemmas in table.items():
        if len(lemmas) == 1 and any(form == lemmas[0][: len(lemmas[0]) - len(masculine)] + feminine
                                    and lemmas[0].endswith(masculine) and not lemmas[0].endswith("e")
                                    for feminine, masculine in FEMININE_ENDINGS):
            words.update((form, lemmas[0]))
    return frozenset(words)


def person_nouns(models_dir: str | None = None) -> frozenset[str]:
    """Lower-case nouns of persons: one-word titles, the person source nouns, the role synonyms, the ranks of the
    nobility and the clergy (`le cardinal de …`)."""
    words = {title.lower() for title in read_lines(TITLES, models_dir) if " " not in title}
    words.update(row[0].lower() for row in read_tsv(SOURCE_NOUNS, models_dir) if row[1:] == ["person"])
    words.update(word.lower() for line in read_lines(ROLE_SYNONYMS, models_dir) for word in line.split())
    words.update(read_lines(RANK_NOUNS, models_dir))
    return frozenset(words)


class GenderReader:
    """Sets `Span._.gender_cues` on every PER entity of a Doc.

    models_dir (str | None): the `models/` directory, or None for the default.
    """

    def __init__(self, nlp: Language, name: str = "depeche_gender", *, models_dir: str | None = None) -> None:
        self.name = name
        self.models_dir = models_dir
        civilities = {row[0]: row[1] for row in read_tsv(CIVILITIES, models_dir)}
        single_gender = frozenset(line.lower() for line in read_lines(SINGLE_GENDER_NOUNS, models_dir))
        gendered = {row[0]: row[1] for row in read_tsv(GENDERED_NOUNS, models_dir)}
        self.roles = RoleNouns(person_nouns(models_dir) | inflected_nouns(nlp), single_gender, gendered)
        self.demonyms = frozenset(word.lower() for word in read_lines(DEMONYMS, models_dir))
        self.cues = GenderCues(civilities, self.roles, feminine_participles(nlp),
                               frozenset(read_lines(RANK_NOUNS, models_dir)), self.demonyms,
                               frozenset(read_lines(HONORIFICS, models_dir)))

    def __call__(self, doc: Doc) -> Doc:
        people = [ent for ent in doc.ents if ent.label_ == "PER"]
        written = {}
        for person in people:
            person._.gender_cues, person._.gender_hints = self.cues.of(person)
            genders = {gender for gender, _ in person._.gender_cues}
            written[person.start] = genders.pop() if len(genders) == 1 else ""
        note_first_person(doc, self.cues.predicated)
        resolver = PronounResolver(doc, people, written, self.roles.names_person, self.roles.gender, self.demonyms)
        for person, cue in resolver.resolutions():
            person._.gender_hints = [*person._.gender_hints, cue]
        return doc


@Language.factory(
    "depeche_gender",
    default_config={"models_dir": None},
    requires=["doc.ents", "token.pos", "token.dep", "token.morph", "token.lemma"],
    assigns=["span._.gender_cues", "span._.gender_hints"],
)
def make_gender_reader(nlp: Language, name: str, models_dir: str | None) -> GenderReader:
    """spaCy factory: `nlp.add_pipe("depeche_gender", after="depeche_entities")`."""
    return GenderReader(nlp, name, models_dir=models_dir)
