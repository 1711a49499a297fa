"""Parse helpers shared by cue, speaker and claim rules: morphology, polarity, spans, sentences."""

from __future__ import annotations

from typing import Iterable, Optional

from babel.dates import get_day_names, get_month_names
from spacy.tokens import Doc, Span, Token

NEGATORS = frozenset({"pas", "jamais", "guère", "point", "aucunement", "nullement", "rien", "plus", "personne"})
NE = frozenset({"ne", "n'", "n’"})
HYPOTHETICAL_HEADS = frozenset(
    {"pouvoir", "devoir", "vouloir", "aller", "refuser", "envisager", "tenter", "essayer", "hésiter",
     "chercher", "oser", "permettre", "falloir", "éviter", "renoncer"}
)
# Words of time a postposed subject or a speaker never is; CLDR's month and day names (`le 13 juillet`).
TIME_WORDS = frozenset(
    {"hier", "matin", "soir", "jour", "semaine", "mois", "an", "année", "aujourd'hui", "dernier", "veille", "lendemain"}
) | frozenset(get_month_names("wide", locale="fr").values()) | frozenset(get_day_names("wide", locale="fr").values())
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})
PERSONAL_SUBJECTS = {
    "il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", "Masc"), "elles": ("Plur", "Fem"),
    "-il": ("Sing", "Masc"), "-elle": ("Sing", "Fem"), "-ils": ("Plur", "Masc"), "-elles": ("Plur", "Fem"),
    "-t-il": ("Sing", "Masc"), "-t-elle": ("Sing", "Fem"), "-t-ils": ("Plur", "Masc"),
    "-t-elles": ("Plur", "Fem"), "lui": ("Sing", "Masc"), "eux": ("Plur", "Masc"),
}
# The forms of `de` a complement opens with (`la réponse de la direction`, `du maire`, `d’Amnesty`).
DE_FORMS = frozenset({"de", "du", "des", "d'", "d’"})
NP_CUT_DEPS = frozenset({"acl:relcl", "acl", "advcl", "parataxis", "punct", "cop", "aux", "aux:tense",
                         "aux:pass", "mark", "ccomp", "xcomp", "nsubj", "obl:mod", "obl", "dislocated"})
CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
QUE = frozenset({"que", "qu'", "qu’", "qu"})  # `qu` of scraped `qu' il`, its apostrophe split off
INDEFINITE_ARTICLES = frozenset({"un", "une"})
# Prepositions of a complement that says what a statement is about (`… sur la réforme`, `concernant X`).
TOPIC_PREPOSITIONS = frozenset({"sur", "concernant", "quant"})
CLOSING_MARKS = frozenset({"»", "”", '"', "“"})
COMMA_LIKE = frozenset({",", "(", ")", "—", "–", ";"})
CONTINUING_PUNCTUATION = frozenset({",", ";", ")", "]"})
OPENING_MARKS = frozenset({"«", "“", '"', "„", "(", "—", "–", "-"})
# Words opening a clause that contrasts with what precedes (`…, mais selon X, …`).
CONTRASTIVE = frozenset({"mais", "alors", "tandis", "cependant", "pourtant", "or", "toutefois", "néanmoins"})
TRIMMED_PUNCTUATION = frozenset({".", ",", ";", ":", "!", "?", "…", "«", "»", "“", "”", '"', "(", ")", "—", "–", "-", "„"})


def morph(token: Token, feature: str) -> str:
    values = token.morph.get(feature)
    return values[0] if values else ""


def is_negated(verb: Token) -> bool:
    """`n'a pas commenté`, `sans préciser`: saying that did not happen is no claim. The negator may hang
    on an adverb of the verb (`n'a pas encore répondu`): it is read between `ne` and the verb."""
    words = {child.lower_ for child in verb.children}
    if "sans" in words:
        return True
    negative = [child for child in verb.children if child.lower_ in NE]
    if not negative:
        return False
    between = verb.doc[negative[0].i + 1 : verb.i + 2]
    return bool(words & NEGATORS) or any(t.lower_ in NEGATORS for t in between)


def is_hypothetical(verb: Token) -> bool:
    """`pourrait annoncer`, `si X déclare`: saying that may happen is no claim."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in HYPOTHETICAL_HEADS:
        return True
    return any(child.dep_ == "mark" and child.lower_ in ("si", "s'", "s’") for child in verb.children)


# The intransitive verbs conjugated with `être` (Grevisse, Le Bon Usage § 813) and their common compounds.
ETRE_VERBS = frozenset({"aller", "arriver", "décéder", "devenir", "entrer", "mourir", "naître", "partir", "rester",
                        "retourner", "sortir", "tomber", "venir", "revenir", "intervenir", "parvenir", "survenir",
                        "repartir", "rentrer", "monter", "remonter", "descendre", "redescendre", "passer", "repasser"})


def is_passive(verb: Token) -> bool:
    """`a été rapportée par X`; not `a-t-elle confié`, which the tagger may mark passive despite its `avoir`, nor
    a pronominal verb in a compound tense (`s'est interrogé sur`, `se sont inquiétés de`), whose `être` and
    participle the tagger may read as a passive: its subject is its agent; nor a verb whose compound tenses take
    `être` (Grevisse, Le Bon Usage § 813: `est monté au créneau`, `est venue dire`) with no agent."""
    if verb.lemma_.lower() in ETRE_VERBS and not any(child.dep_ == "obl:agent" for child in verb.children):
        return False
    if any(child.dep_ == "aux:pass" for child in verb.children):
        return True
    with_avoir = any(child.dep_.startswith("aux") and child.lemma_ == "avoir" for child in verb.children)
    pronominal = any(child.lower_ in REFLEXIVE_CLITICS and child.i < verb.i for child in verb.children)
    return morph(verb, "Voice") == "Pass" and not with_avoir and not pronominal


def is_inverted_clitic(token: Token) -> bool:
    """`-t`, `-il`, `-elle`: the subject clitic written after its verb with a hyphen."""
    return token.text.startswith("-") and (token.lower_ == "-t" or token.lower_ in PERSONAL_SUBJECTS)


def is_question(sentence: Span) -> bool:
    return sentence.text.rstrip().endswith("?")


def span_chars(tokens: Iterable[Token]) -> Optional[tuple[int, int]]:
    """The characters from the first token to the end of the last; None for no tokens.

    A span can be empty where the parse and the sentences disagree (a
    sentence cut by a blank line before its `que` clause): there is then no
    statement to report, not an error.
    """
    tokens = list(tokens)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def inline_space(token: Token) -> bool:
    """A whitespace token inside a line (a no-break space), unlike a line break."""
    return token.is_space and "\n" not in token.text


def first_line(span: Span) -> Span:
    """An entity cut at its first line break: a scraped page's next line is another block."""
    for token in span:
        if token.is_space and "\n" in token.text:
            return span[: token.i - span.start]
    return span


def trim_span(span: Span) -> Span:
    """A statement's span without the punctuation, spaces and quotation marks at its edges."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and _is_trimmed(doc[start]):
        start += 1
    while end > start and _is_trimmed(doc[end - 1]):
        end -= 1
    return doc[start:end]


def _is_trimmed(token: Token) -> bool:
    """Punctuation or space at a statement's edge (`...` and `…` included, whatever the tagger says)."""
    return token.is_space or token.text in TRIMMED_PUNCTUATION or (token.is_punct and not token.text.strip(".…"))


def strip_tokens(tokens: list[Token]) -> list[Token]:
    """A source phrase without leading determiners or prepositions and trailing punctuation."""
    while tokens and (tokens[0].pos_ in ("DET", "ADP", "PUNCT", "CCONJ") or tokens[0].lower_ in ("d'", "d’")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in ("PUNCT", "ADP", "CCONJ", "DET") or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def sentence_spans(doc: Doc) -> list[Span]:
    """The parser's sentences, also cut at line breaks: a scraped page has one block a line.

    A parser sentence that opens on a comma or a closing bracket continues the
    previous one (`X, capitaine du navire, | , admet que …`), as does one cut
    mid-clause before a lower-case word; an opening quotation mark alone
    belongs to the next one.
    """
    spans: list[Span] = []
    for sentence in _joined_sentences(doc):
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    spans.append(doc[start : token.i])
                start = token.i + 1
        if start < sentence.end:
            spans.append(doc[start : sentence.end])
    return [span for span in spans if not all(t.is_space for t in span)]


def _joined_sentences(doc: Doc) -> list[Span]:
    joined: list[Span] = []
    for sentence in doc.sents:
        opener_alone = joined and all(t.text in OPENING_MARKS or t.is_space for t in joined[-1])
        if joined and (sentence[0].text in CONTINUING_PUNCTUATION or opener_alone or _cut_mid_clause(joined[-1], sentence)):
            joined[-1] = doc[joined[-1].start : sentence.end]
        else:
            joined.append(sentence)
    return joined


def _cut_mid_clause(previous: Span, sentence: Span) -> bool:
    """`Le bilan du projet | -pilote | mené l'an dernier fait état …`: a cut inside a word, or with no final
    punctuation before a lower-case word."""
    first, last = sentence[0], previous[-1]
    inside_word = not last.whitespace_ and not last.is_punct and not last.is_space
    return inside_word or (first.is_lower and first.is_alpha and not last.is_punct and not last.is_space)
