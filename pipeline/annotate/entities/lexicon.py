"""The component's data from `models/`: read, then indexed for the rules.

What is read (gazetteer entries, word lists, two tables) is what `to_disk`
writes; `Lexicon` is what the rules look things up in, rebuilt whenever the
data is read again.
"""

from __future__ import annotations

from typing import Any

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.common.first_names import first_names, world_first_names
from pipeline.annotate.entities.vocabulary import Vocabulary
from pipeline.annotate.entities.words import apostrophes
from pipeline.common.names import GAZETTEER_FILES, fold
from pipeline.common.resources import read_jsonl, read_lines, read_tsv

# Match-id prefix of a listed name's form after a contracted article (`du Figaro`).
CONTRACTED = "CONTRACTED_"
LEXICONS = {
    "titles": "entities/titles.txt",
    "honorifics": "entities/honorifics.txt",
    "leading_words": "entities/leading_words.txt",
    "demonyms": "entities/demonyms.txt",
    "not_names": "entities/not_names.txt",
    "place_nouns": "entities/place_nouns.txt",
    "surname_endings": "entities/surname_endings.txt",
    "common_acronyms": "entities/common_acronyms.txt",
    "name_tails": "entities/name_tails.txt",
    "cardinal_points": "entities/cardinal_points.txt",
    "portfolios": "entities/portfolios.txt",
    "portfolio_holders": "entities/portfolio_holders.txt",
    "administrative_adjectives": "entities/administrative_adjectives.txt",
    "club_words": "entities/club_words.txt",
    "sports_cues": "entities/sports_cues.txt",
    "sports_verbs": "entities/sports_verbs.txt",
    "geonames_places": "gazetteer/geonames_places.txt",
    "english_months": "figures/english_months.txt",
    "led_bodies": "entities/led_bodies.txt",
    "law_heads": "entities/law_heads.txt",
    "landmark_heads": "entities/landmark_heads.tsv",
    "months": "calendar/months.tsv",
    "weekdays": "calendar/weekdays.tsv",
}
ORG_HEADS = "entities/org_heads.tsv"
DESCRIPTORS = "entities/name_descriptors.tsv"


def read_gazetteer(models_dir: str | None) -> list[dict[str, Any]]:
    """Every entry of the gazetteer files, in file order."""
    gazetteer: list[dict[str, Any]] = []
    for file in GAZETTEER_FILES:
        gazetteer.extend(read_jsonl(file, models_dir))
    return gazetteer


def read_lexicons(models_dir: str | None) -> dict[str, list[str]]:
    """The word lists, by the names in LEXICONS."""
    return {key: read_lines(file, models_dir) for key, file in LEXICONS.items()}


def read_pairs(name: str, models_dir: str | None) -> dict[str, str]:
    """A two-column table (`org_heads.tsv`, `name_descriptors.tsv`): first column to second."""
    return {row[0]: row[1] for row in read_tsv(name, models_dir)}


class Lexicon:
    """The data indexed for lookup: folded word sets, title word tuples, phrase matchers.

    vocab (Vocab): the pipeline's vocabulary, which the matchers share.
    vocabulary (Vocabulary): the French words, so a common word is not matched as a new name.
    gazetteer (list[dict]): entries with `name`, `aliases` and `label`.
    lexicons (dict[str, list[str]]): the word lists, by the names in LEXICONS.
    org_heads (dict[str, str]): institution head noun → what it needs to name one.
    descriptors (dict[str, str]): descriptor noun (`firme`) → the label of the name it introduces.
    """

    def __init__(self, vocab: Vocab, vocabulary: Vocabulary, gazetteer: list[dict[str, Any]],
                 lexicons: dict[str, list[str]], org_heads: dict[str, str], descriptors: dict[str, str]) -> None:
        self.vocab = vocab
        self.vocabulary = vocabulary
        self.org_heads = org_heads
        self.descriptors = descriptors
        self.titles = {tuple(apostrophes(t).lower().split()) for t in lexicons["titles"]}
        self.title_first_words = {title[0] for title in self.titles}
        self.title_last_words = {title[-1] for title in self.titles}
        self.honorifics = set(lexicons["honorifics"])
        self.leading_words = {apostrophes(w).lower() for w in lexicons["leading_words"]}
        self.demonyms = {fold(w) for w in lexicons["demonyms"]}
        self.not_names = {fold(w) for w in lexicons["not_names"]}
        self.place_nouns = {w.lower() for w in lexicons["place_nouns"]}
        self.surname_endings = tuple(fold(w) for w in lexicons["surname_endings"])
        self.common_acronyms = set(lexicons["common_acronyms"])
        self.name_tails = set(lexicons["name_tails"])
        self.cardinal_points = set(lexicons["cardinal_points"])
        self.portfolios = set(lexicons["portfolios"])
        self.portfolio_holders = set(lexicons["portfolio_holders"])
        self.administrative_adjectives = set(lexicons["administrative_adjectives"])
        self.club_words = set(lexicons["club_words"])
        self.sports_cues = set(lexicons["sports_cues"])
        self.sports_verbs = set(lexicons["sports_verbs"])
        self.geonames_places = {fold(name) for name in lexicons["geonames_places"]
                                if name.lower() not in vocabulary.common_words and name.lower() not in STOP_WORDS}
        self.led_bodies = set(lexicons["led_bodies"])
        self.law_heads = set(lexicons["law_heads"])
        self.landmark_heads = lexicons["landmark_heads"]
        self.first_names = first_names()  # from an installed package, as the vocabulary is: not written by to_disk
        # The world's first names gender-guesser lacks (`Ibrahima`, `Fatoumata`, `Xudong`) that names-dataset ranks
        # among a country's first 1000 (`first_names.tsv`), for a first name the sentence makes someone.
        self.world_first_names = world_first_names() - self.first_names
        self.calendar_words = {line.split("\t")[0].lower()
                               for key in ("english_months", "months", "weekdays") for line in lexicons[key]}
        self.countries = {fold(form) for entry in gazetteer if entry.get("kind") == "country"
                          for form in [entry["name"], *entry.get("aliases", [])]}
        # A seat of power's forms (`palais de l'Élysée`, `Elysée`) → its name, a place or an institution by context.
        self.seats = {fold(form): fold(entry["name"]) for entry in gazetteer if entry.get("kind") == "seat"
                      for form in [entry["name"], *entry.get("aliases", [])]}
        self.gazetteer_labels: dict[str, str] = {}
        # A one-letter listed name (`X`) and its entry's other forms (`Twitter`), which the text must use too.
        self.letter_names = {fold(entry["name"]): {fold(alias) for alias in entry.get("aliases", [])}
                             for entry in gazetteer if len(fold(entry["name"])) == 1}
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        tokenizer = _Tokenizer(vocab)
        places = {fold(form) for entry in gazetteer if entry["label"] == "LOC"
                  for form in [entry["name"], *entry.get("aliases", [])]}
        for entry in gazetteer:
            for form in [entry["name"], *entry.get("aliases", [])]:
                self.gazetteer_labels.setdefault(fold(form), entry["label"])
                if self._may_add(form):
                    self.matcher.add(entry["label"], [tokenizer(form)])
                    for contracted in _contracted_forms(form):
                        self.matcher.add(CONTRACTED + entry["label"], [tokenizer(contracted)])
                    lowered = _lowered_article(form)
                    if lowered and fold(lowered.partition(" ")[2]) not in places:
                        self.matcher.add(entry["label"], [tokenizer(lowered)])
        self.descriptor_matcher = PhraseMatcher(vocab, attr="LOWER")
        for descriptor in descriptors:
            self.descriptor_matcher.add("DESCRIPTOR", [tokenizer(descriptor.lower())])

    def _may_add(self, form: str) -> bool:
        """A gazetteer form adds spans the model missed only when it cannot be a common word.

        `Capital`, `Sénat` or `Manche` only relabel a span the model found:
        as new spans they would catch every sentence-initial common noun.
        """
        words = form.replace("-", " ").split()  # `Seine-et-Marne`, `Maison-Blanche`: the lemmatizer lists them
        return not (len(words) == 1 and (form.lower() in self.vocabulary.common_words
                                         or form.islower() or len(form) == 1))


class _Tokenizer:
    """Tokenises gazetteer forms with the pipeline's own tokenizer rules, without running the pipeline."""

    def __init__(self, vocab: Vocab) -> None:
        from spacy.lang.fr import French

        self._nlp = French(vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self._nlp.make_doc(text)


def _lowered_article(form: str) -> str | None:
    """`Le Monde` is written `le Monde` inside a sentence, the article kept, as its name has it (not `la Provence`,
    a region first)."""
    article, _, rest = form.partition(" ")
    return f"{article.lower()} {rest}" if article in ("Le", "La", "Les") and rest[:1].isupper() else None


def _contracted_forms(form: str) -> list[str]:
    """`Le Figaro` is also written `du Figaro`, `au Figaro`; `Les Échos`, `des Échos`, `aux Échos`."""
    article, _, rest = form.partition(" ")
    if not rest or not rest[:1].isupper():
        return []
    return {"Le": [f"du {rest}", f"au {rest}"], "Les": [f"des {rest}", f"aux {rest}"]}.get(article, [])
