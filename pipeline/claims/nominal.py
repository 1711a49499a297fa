"""Attribution phrases: `selon X`, `d'après X`, `cité par X`, `dans un communiqué`.

The phrases are the lexicon's (`models/cues/nominal.tsv`); each says how it
names its source: the words after it (`object`), the words before its last
word (`headed`), or the subject of the clause it belongs to (`subject`).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from pipeline.claims.article import Article
from pipeline.claims.cues import NominalCue
from pipeline.claims.drafts import Draft
from pipeline.claims.speakers.speaker import Speaker
from pipeline.claims.syntax import CONTRASTIVE, DE_FORMS, is_question, morph, span_chars, trim_span
from pipeline.claims.verbal import VerbClaims

LEQUEL = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
FIRST_PERSON_POSSESSIVES = frozenset({"nos", "notre"})
SECOND_PERSON_POSSESSIVES = frozenset({"votre", "vos", "ton", "ta", "tes"})
SOURCE_PHRASE_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "—", "–"})


class NominalClaims:
    """The claims the attribution phrases of a sentence make; `dans un communiqué` asks `verbal` about its verb."""

    def __init__(self, article: Article, verbal: VerbClaims) -> None:
        self.article = article
        self.doc = article.doc
        self.verbal = verbal

    def of_sentence(self, sentence: Span) -> list[Draft]:
        """RETURNS (list[Draft]): the claims of the attribution phrases of `sentence` outside quotations."""
        drafts = []
        lowers = [t.lower_ for t in sentence]
        for offset, word in enumerate(lowers):
            for cue in self.article.lexicon.nominal_by_first.get(word, ()):
                size = len(cue.words)
                if not _phrase_matches(cue.words, lowers[offset : offset + size]):
                    continue
                tokens = tuple(sentence[offset : offset + size])
                if self.article.inside_quotation(tokens[0].idx):
                    continue
                draft = self._claim(cue, tokens, sentence)
                if draft is not None:
                    drafts.append(draft)
        return drafts

    def _claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        if cue.speaker_rule == "subject":
            return self._clause_claim(cue, tokens, sentence)
        if cue.speaker_rule == "antecedent":
            return self._relative_claim(cue, tokens, sentence)
        source = self.source_phrase(tokens[-1] if cue.speaker_rule == "object" else tokens[-2], sentence)
        if not source or _addresses_reader(source) or is_question(sentence) or source[0].lower_ == "qui":
            return None  # `…, selon qui …` is the antecedent rule's
        resolver = self.article.resolver
        relative = source[0].lower_ in LEQUEL
        antecedent = self._antecedent_of_lequel(source[0], tokens[0]) if relative else None
        speaker = resolver.from_head(antecedent) if antecedent is not None else resolver.from_tokens(source)
        if _outlet_itself(source):
            speaker = Speaker.none()  # `selon nos informations`: the outlet writing, which the article does not name
        statement = self._rest_of_sentence(sentence, tokens[0].i, source[-1].i + 1, relative)
        if statement is None:
            return None
        return Draft(cue.kind, tokens, statement, speaker, "N")

    def _relative_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        """`…, chez Renaissance, pour qui «…»`: the opinion of the source the relative pronoun stands for, the
        name or noun right before the comma."""
        index = tokens[0].i - 1
        if index <= sentence.start or self.doc[index].text != ",":
            return None
        antecedent = self.doc[index - 1]
        named = antecedent.ent_type_ in ("PER", "ORG") or antecedent.pos_ == "PROPN" or \
            self.article.lexicon.source_nouns.get(antecedent.lemma_.lower()) in ("person", "body")
        statement = trim_span(self.doc[tokens[-1].i + 1 : sentence.end])
        if not named or len(statement) < 3:
            return None
        return Draft(cue.kind, tokens, span_chars(statement), self.article.resolver.from_head(antecedent), "N")

    def _antecedent_of_lequel(self, relative: Token, cue: Token) -> Optional[Token]:
        """`des rapports … selon lesquels …`: the nearest noun before the phrase agreeing with the pronoun."""
        number, gender = morph(relative, "Number"), morph(relative, "Gender")
        for token in reversed(self.doc[max(0, cue.i - 12) : cue.i]):
            if token.pos_ in ("NOUN", "PROPN") and morph(token, "Number") in ("", number) \
                    and morph(token, "Gender") in ("", gender):
                return token
        return None

    def _clause_claim(self, cue: NominalCue, tokens: tuple[Token, ...], sentence: Span) -> Optional[Draft]:
        """`X a annoncé dans un communiqué …`: the clause the phrase belongs to is reported speech."""
        verb = tokens[-1].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not self.verbal.is_asserted((verb,), sentence):
            return None
        speaker = self.verbal.speaker(verb, sentence)
        if speaker is None:
            return None
        statement = span_chars(trim_span(sentence))
        return Draft(cue.kind, tokens, statement, speaker, "N") if statement is not None else None

    def source_phrase(self, last: Token, sentence: Span) -> list[Token]:
        """The words naming the source after `selon` / `cité par`, up to the clause's punctuation or verb."""
        tokens = []
        for token in self.doc[last.i + 1 : sentence.end]:
            if token.text in SOURCE_PHRASE_STOPS or token.pos_ in ("VERB", "AUX", "SCONJ") or token.is_space:
                break
            if tokens and morph(token, "PronType") == "Rel":
                break
            tokens.append(token)
            if morph(token, "PronType") == "Rel":
                break
        return tokens

    def _rest_of_sentence(self, sentence: Span, phrase_start: int, phrase_end: int,
                          opens_clause: bool = False) -> Optional[tuple[int, int]]:
        """The sentence without its attribution phrase: the clause it opens (`selon lesquels …`,
        `…, mais selon X, …`), else the longer side of it."""
        before = trim_span(self.doc[sentence.start : phrase_start])
        after = trim_span(self.doc[phrase_end : sentence.end])
        opens_clause = opens_clause or (phrase_start > sentence.start and self.doc[phrase_start - 1].lower_ in CONTRASTIVE)
        chosen = after if opens_clause or len(after) >= len(before) else before
        return span_chars(chosen) if len(chosen) >= 2 else None


def _phrase_matches(words: tuple[str, ...], lowers: list[str]) -> bool:
    """The phrase's words, its closing `de` in any of its forms (`aux yeux du`, `de l'avis des`, `d'`)."""
    if len(lowers) != len(words) or tuple(lowers[:-1]) != words[:-1]:
        return False
    return lowers[-1] == words[-1] or (words[-1] == "de" and lowers[-1] in DE_FORMS)


def _outlet_itself(source: list[Token]) -> bool:
    """`selon nos informations`, `d'après notre enquête`: the newsroom's own findings (a first-person possessive,
    no name after it: `nos confrères du Monde` name another outlet)."""
    return source[0].lower_ in FIRST_PERSON_POSSESSIVES and not any(t.ent_type_ or t.pos_ == "PROPN" for t in source)


def _addresses_reader(source: list[Token]) -> bool:
    """`selon votre choix`, `selon vos besoins`: the reader's own choice, not a source (a second-person possessive)."""
    return source[0].lower_ in SECOND_PERSON_POSSESSIVES
