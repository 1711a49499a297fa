"""`depeche_entities`: corrects fr_core_news_md's named entities on news text.

The model's PER / LOC / ORG / MISC are kept, then its systematic errors on
news are fixed with general rules and the data in `models/`:

- gazetteers (`models/gazetteer/*.jsonl`: countries, capitals, regions,
  international bodies, media) fix its labels and add what it missed, without
  overriding a longer span;
- institutions (`ministère russe de la Défense`, `police kazakhe`, `tribunal de
  la ville de Semey`) are ORG, found from a head noun (`models/entities/
  org_heads.tsv`) and the words the parse attaches to it;
- demonyms (`Russes`, `kazakh`) are neither places nor organizations;
- titles are trimmed from person spans and kept in `Span._.role`
  (`le président kazakh Kassym-Jomart Tokaïev` → PER `Kassym-Jomart Tokaïev`,
  role `président kazakh`), and a name right after a title is a person;
- spans do not start with a determiner (`l’Arménie` → `Arménie`) nor end
  with punctuation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline import extensions  # noqa: F401  (registers Span._.role)
from pipeline.names import fold, transliteration_key
from pipeline.resources import read_jsonl, read_lines, read_tsv

LABELS = ("PER", "LOC", "ORG", "MISC")
GAZETTEERS = ("gazetteer/countries.jsonl", "gazetteer/regions.jsonl",
              "gazetteer/organizations.jsonl", "gazetteer/media.jsonl")
LEXICONS = {
    "titles": "entities/titles.txt",
    "honorifics": "entities/honorifics.txt",
    "leading_words": "entities/leading_words.txt",
    "demonyms": "entities/demonyms.txt",
    "not_names": "entities/not_names.txt",
    "place_nouns": "entities/place_nouns.txt",
    "surname_endings": "entities/surname_endings.txt",
}
ORG_HEADS = "entities/org_heads.tsv"
COMPLEMENT_PREPOSITIONS = {"de", "du", "des", "d'", "d’"}
MAX_ROLE_TOKENS = 8
MAX_COMPLEMENTS = 3
MAX_TITLE_WORDS = 4
# French subject pronouns after a hyphenated verb (`Croyez-vous`): a closed grammatical class.
INVERTED_PRONOUNS = {"-je", "-tu", "-il", "-elle", "-on", "-nous", "-vous", "-ils", "-elles", "-t", "-t-il", "-t-elle"}
# Which candidate wins when two propose the very same span.
PRIORITY = {"gazetteer": 3, "institution": 2, "model": 1}


@dataclass
class Candidate:
    """A proposed entity span, where it came from, and the role trimmed from it."""

    start: int
    end: int
    label: str
    source: str
    role: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


def _is_inverted_verb(token: Token) -> bool:
    """`Croyez-vous`, `Souvenez-vous`: a word followed by an inverted subject pronoun is a verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in INVERTED_PRONOUNS


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


class EntityCorrector:
    """Rewrites `doc.ents` from the model's entities, gazetteers and institution patterns.

    nlp (Language): the pipeline, whose lemmatizer tables tell common French words.
    name (str): the component's name.
    models_dir (str | None): the `models/` directory, or None for the default.
    """

    def __init__(self, nlp: Language, name: str = "depeche_entities", *,
                 models_dir: str | None = None) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.common_words = _common_words(nlp)
        self.gazetteer: list[dict[str, Any]] = []
        for file in GAZETTEERS:
            self.gazetteer.extend(read_jsonl(file, models_dir))
        self.lexicons = {key: read_lines(file, models_dir) for key, file in LEXICONS.items()}
        self.org_heads = {row[0].lower(): row[1] for row in read_tsv(ORG_HEADS, models_dir)}
        self._build()

    # -- data ------------------------------------------------------------

    def _build(self) -> None:
        """Index the data: phrase matcher for gazetteer forms, folded sets for lexicons."""
        self.titles = {tuple(_apostrophes(t).lower().split()) for t in self.lexicons["titles"]}
        self.title_first_words = {title[0] for title in self.titles}
        self.honorifics = set(self.lexicons["honorifics"])
        self.leading_words = {_apostrophes(w).lower() for w in self.lexicons["leading_words"]}
        self.demonyms = {fold(w) for w in self.lexicons["demonyms"]}
        self.not_names = {fold(w) for w in self.lexicons["not_names"]}
        self.place_nouns = {w.lower() for w in self.lexicons["place_nouns"]}
        self.surname_endings = tuple(fold(w) for w in self.lexicons["surname_endings"])
        self.gazetteer_labels: dict[str, str] = {}
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        tokenizer = _Tokenizer(self.vocab)
        for entry in self.gazetteer:
            for form in [entry["name"], *entry.get("aliases", [])]:
                self.gazetteer_labels.setdefault(fold(form), entry["label"])
                if self._may_add(form):
                    self.matcher.add(entry["label"], [tokenizer(form)])

    def _may_add(self, form: str) -> bool:
        """A gazetteer form adds spans the model missed only when it cannot be a common word.

        `Capital`, `Sénat` or `Manche` only relabel a span the model found:
        as new spans they would catch every sentence-initial common noun.
        """
        words = form.split()
        return not (len(words) == 1 and (form.lower() in self.common_words or form.islower()))

    # -- pipeline ----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        candidates = [*self._model_candidates(doc), *self._gazetteer_candidates(doc),
                      *self._institution_candidates(doc)]
        chosen = _non_overlapping(candidates)
        chosen = sorted([*chosen, *self._titled_names(doc, chosen)], key=lambda c: c.start)
        self._relabel_name_parts(doc, chosen)
        spans = []
        for candidate in chosen:
            if candidate.label == "PER" and candidate.role is None:
                candidate.role = self._role_before(doc, candidate.start)
            spans.append(Span(doc, candidate.start, candidate.end, label=candidate.label))
        doc.ents = spans
        roles = {(c.start, c.end): c.role for c in chosen}
        for ent in doc.ents:
            if ent.label_ == "PER":
                ent._.role = roles.get((ent.start, ent.end))
        return doc

    def _model_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """The model's entities, trimmed, relabelled, or dropped when they are not names."""
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            start, end = self._trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            label = ent.label_
            if label == "PER":
                start = self._skip_title(doc, start, end)
            text = doc[start:end].text
            if fold(text) in self.gazetteer_labels:
                label = self.gazetteer_labels[fold(text)]
            elif self._is_role_mention(doc, start):
                continue
            elif label != "PER" and self._looks_like_person(doc[start:end]) and (
                    self._role_before(doc, start, adjacent=True) is not None
                    or self._has_surname_ending(doc[start:end], label)):
                label = "PER"
            elif label in ("MISC", "ORG") and self._names_a_place(doc[start:end]):
                label = "LOC"
            if self._is_not_a_name(doc[start:end], label):
                continue
            yield Candidate(start, end, label, "model")

    def _titled_names(self, doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
        """Persons the model missed: a run of two or more proper nouns right after a title."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        index = 0
        while index < len(doc):
            end = index
            while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN"
                   and _is_capitalised(doc[end]) and "\n" not in doc[end].text_with_ws):
                end += 1
            if end - index >= 2 and self._role_before(doc, index) is not None:
                yield Candidate(index, end, "PER", "model")
            index = max(end, index + 1)

    def _gazetteer_candidates(self, doc: Doc) -> Iterator[Candidate]:
        for match_id, start, end in self.matcher(doc):
            yield Candidate(start, end, self.vocab.strings[match_id], "gazetteer")

    def _institution_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Government bodies, courts, armies, police, agencies: a head noun and its modifiers."""
        for token in doc:
            needs = self.org_heads.get(token.lower_)
            if needs is None or token.pos_ not in ("NOUN", "PROPN"):
                continue
            end, named, complements = self._institution_end(doc, token)
            if end == token.i + 1 or fold(doc[token.i:end].text) in self.gazetteer_labels:
                continue
            if self._introduces_a_name(doc, end):
                continue
            if needs == "any" or named or (needs == "complement" and complements):
                yield Candidate(token.i, end, "ORG", "institution")

    def _introduces_a_name(self, doc: Doc, end: int) -> bool:
        """`l'agence de presse russe Ria Novosti`: the phrase describes the name after it, which is the entity."""
        return end < len(doc) and doc[end].ent_type_ in LABELS and doc[end].ent_iob_ == "B"

    # -- rules -------------------------------------------------------------

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Span bounds without page-layout breaks, leading determiners and honorifics, or end punctuation."""
        for index in range(end - 1, start - 1, -1):
            if "\n" in doc[index].text_with_ws and index < end - 1:
                start = index + 1
                break
        while start < end and (doc[start].is_space or doc[start].is_punct
                               or _apostrophes(doc[start].lower_) in self.leading_words
                               or doc[start].text in self.honorifics):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _skip_title(self, doc: Doc, start: int, end: int) -> int:
        """First token of a person's name once a leading title (`Directeur`, `président`) is cut."""
        while start < end - 1 and (doc[start].is_lower or doc[start].text in self.honorifics
                                   or _apostrophes(doc[start].lower_) in self.title_first_words
                                   or _apostrophes(doc[start].lower_) in self.leading_words):
            start += 1
        return start

    def _has_surname_ending(self, span: Span, label: str) -> bool:
        """A miscellaneous name, or a several-word place, ending like a surname (`Tokaïev`, `Kovalenko`)."""
        if label != "MISC" and len(fold(span.text).split()) < 2:
            return False
        return fold(span[-1].text).endswith(self.surname_endings)

    def _names_a_place(self, span: Span) -> bool:
        """`poste de contrôle de Nizhniy Lars`, `ville de Semey`: a name completing a place noun is a place."""
        head = span.root.head
        return head.i < span.start and head.lower_ in self.place_nouns and span.root.dep_ in ("nmod", "appos")

    def _is_role_mention(self, doc: Doc, start: int) -> bool:
        """`ministre de l'Intérieur du Kazakhstan` names a post, not an organization or a person."""
        return doc[start].is_lower and _apostrophes(doc[start].lower_) in self.title_first_words

    def _is_not_a_name(self, span: Span, label: str) -> bool:
        folded = fold(span.text)
        if not folded or folded in self.not_names:
            return True
        if all(word in self.demonyms for word in folded.split()):
            return True
        if not _is_capitalised(span[0]) and not any(_is_capitalised(t) for t in span):
            return True
        if not _is_capitalised(span[0]) and label != "ORG":
            return True
        return len(span) == 1 and folded not in self.gazetteer_labels and self._is_common_word(span[0])

    def _is_common_word(self, token: Token) -> bool:
        """A capitalised common word (`Homme`, `Femmes`, or `Tôt` opening a sentence) is not a name.

        The parser's PROPN is trusted except at the start of a sentence, a line
        or a quotation, where any word is capitalised.
        """
        if token.is_stop or _is_inverted_verb(token):
            return True
        known = token.lower_ in self.common_words or token.lemma_.lower() in self.common_words
        if token.pos_ != "PROPN":
            return known
        previous = token.doc[token.i - 1] if token.i > 0 else None
        at_start = (previous is None or token.is_sent_start or "\n" in previous.text_with_ws
                    or previous.is_punct)
        return bool(at_start and known)

    def _looks_like_person(self, span: Span) -> bool:
        return all(_is_capitalised(t) or t.is_punct for t in span) and fold(span.text) not in self.gazetteer_labels

    def _role_before(self, doc: Doc, start: int, adjacent: bool = False) -> str | None:
        """The title phrase right before a name (`président kazakh` in `le président kazakh X`).

        adjacent (bool): allow only adjectives between title and name, as the
            test for turning a mislabelled span into a person; otherwise the
            title's complement may come between (`ministre de l'Intérieur du
            Kazakhstan Marat Akhmetzhanov`).
        """
        for index in range(start - 1, max(0, start - MAX_ROLE_TOKENS) - 1, -1):
            token = doc[index]
            if "\n" in token.text_with_ws or (token.is_punct and token.text not in ("-",)):
                return None
            first = self._title_ending_at(doc, index) if token.is_lower else None
            if first is not None:
                return doc[first:start].text.strip(" ,") or None
            if token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                return None
            if adjacent and not (token.pos_ == "ADJ" or fold(token.text) in self.demonyms):
                return None
        return None

    def _title_ending_at(self, doc: Doc, index: int) -> int | None:
        """Where the longest listed title ending at token `index` starts (`premier ministre`), if any."""
        best = None
        for length in range(1, MAX_TITLE_WORDS + 1):
            first = index - length + 1
            if first >= 0 and tuple(_apostrophes(t.lower_) for t in doc[first:index + 1]) in self.titles:
                best = first
        return best

    def _institution_end(self, doc: Doc, head: Token) -> tuple[int, bool, int]:
        """Where an institution phrase headed by `head` ends, and whether it is named.

        Follows the head's adjectives and up to MAX_COMPLEMENTS `de …`
        complements the parse attaches under it (`bureau du procureur général
        du Kazakhstan`). Named: a nationality adjective, a capitalised word or
        a name follows the head.
        """
        end, named, complements = head.i + 1, False, 0
        index = head.i + 1
        while index < len(doc):
            token = doc[index]
            if not head.is_ancestor(token) or "\n" in doc[index - 1].text_with_ws:
                break
            if token.pos_ == "ADJ" or fold(token.text) in self.demonyms:
                named = named or fold(token.text) in self.demonyms or _is_capitalised(token)
                index += 1
                end = index
            elif token.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in doc[head.i + 1:index]):
                named = True
                index += 1
                end = index
            elif _apostrophes(token.lower_) in COMPLEMENT_PREPOSITIONS and complements < MAX_COMPLEMENTS:
                noun = index + 1
                while noun < len(doc) and doc[noun].pos_ == "DET":
                    noun += 1
                if (noun >= len(doc) or doc[noun].pos_ not in ("NOUN", "PROPN")
                        or not head.is_ancestor(doc[noun]) or doc[noun].ent_type_ == "PER"):
                    break
                named = named or _is_capitalised(doc[noun])
                complements += 1
                index = noun + 1
                end = index
            else:
                break
        return end, named, complements

    def _relabel_name_parts(self, doc: Doc, chosen: list[Candidate]) -> None:
        """A model span made of words of a person named in the article is that person (`Movlayev`)."""
        person_words = {transliteration_key(word)
                        for c in chosen if c.label == "PER"
                        for word in fold(doc[c.start:c.end].text).split()}
        for candidate in chosen:
            if candidate.label in ("PER",) or candidate.source != "model":
                continue
            text = doc[candidate.start:candidate.end].text
            if fold(text) in self.gazetteer_labels:
                continue
            words = [transliteration_key(w) for w in fold(text).split()]
            if words and all(w in person_words for w in words):
                candidate.label = "PER"

    # -- serialisation -------------------------------------------------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the gazetteer and lexicons, so a saved pipeline carries its data."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "gazetteer.jsonl", "w", encoding="utf-8") as out:
            for entry in self.gazetteer:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        data = {"lexicons": self.lexicons, "org_heads": self.org_heads}
        (path / "lexicons.json").write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EntityCorrector":
        """Read what `to_disk` wrote and rebuild the matchers."""
        path = Path(path)
        lines = (path / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines()
        self.gazetteer = [json.loads(line) for line in lines if line.strip()]
        data = json.loads((path / "lexicons.json").read_text(encoding="utf-8"))
        self.lexicons, self.org_heads = data["lexicons"], data["org_heads"]
        self._build()
        return self


class _Tokenizer:
    """Tokenises gazetteer forms with the pipeline's own tokenizer rules, without running the pipeline."""

    def __init__(self, vocab: Any) -> None:
        from spacy.lang.fr import French

        self._nlp = French(vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self._nlp.make_doc(text)


def _common_words(nlp: Language) -> set[str]:
    """French nouns, adjectives, verbs and adverbs known to the model's lemmatizer tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return set()
    return {word for words in lookups.get_table("lemma_index").values() for word in words}


def _non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Longest span first; for the same span the surer source wins; no overlaps; text order."""
    ranked = sorted(candidates, key=lambda c: (-c.length, -PRIORITY[c.source], c.start))
    taken: set[int] = set()
    chosen = []
    for candidate in ranked:
        positions = range(candidate.start, candidate.end)
        if any(p in taken for p in positions):
            continue
        taken.update(positions)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


@Language.factory(
    "depeche_entities",
    default_config={"models_dir": None},
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.ents", "span._.role"],
)
def make_entity_corrector(nlp: Language, name: str, models_dir: str | None) -> EntityCorrector:
    """spaCy factory: `nlp.add_pipe("depeche_entities", after="ner")`."""
    return EntityCorrector(nlp, name, models_dir=models_dir)
