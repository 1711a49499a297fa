"""The parts of a clause a verb of saying's frames read: its infinitive, its target, its gerund, its penalty.

Shapes of the parse (`verbal` asks which frame a verb shows): the infinitive
it reports (`a promis de …`), the noun a stance is taken on (`s'inquiète de
la hausse`), a gerund taking a stance (`en s'attaquant au bilan`), the state a
source says it is in (`s'est dit dévasté`), an indirect question it reports
(`a expliqué comment …`, `se demande si …`), the object a locution's last noun
carries (`a pointé du doigt le coût`), a court's sentence that is no stance
(`condamne à cinq ans de prison`), and where a reported clause ends.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from pipeline.claims.cues import VerbCue
from pipeline.claims.syntax import CONTRASTIVE, DE_FORMS, TIME_WORDS, morph

INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "obl", "advcl", "obj", "obl:arg"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
TARGET_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "iobj", "nmod"})
TARGET_PREPOSITIONS = DE_FORMS | {"sur", "contre", "pour", "à", "au", "aux", "envers"}
NOT_TARGETS = frozenset({"fois", "moment", "heure", "heures", "occasion"})
QUESTION_MARKS = frozenset({"si", "s'", "s’"})
QUESTION_WORDS = frozenset({"quoi", "comment", "pourquoi", "combien"})
PENALTIES = frozenset({"prison", "peine", "réclusion", "amende", "mort", "perpétuité", "sursis"})


def indirect_question(after: list[Token]) -> Optional[Token]:
    """`a expliqué comment le dispositif serait financé`, `s'est demandé si …`, `explique en quoi …`: the clause an
    interrogative word or `si` opens, the indirect question a verb of saying reports (Riegel et al.,
    l'interrogation indirecte)."""
    for child in after:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        first = child.left_edge
        opener = first.doc[first.i + 1] if first.pos_ == "ADP" and first.i + 1 < child.i else first  # `en quoi`
        if morph(opener, "PronType") == "Int" or (first.lower_ in QUESTION_MARKS and first.dep_ == "mark"):
            return child
    for child in after:  # `détaille en quoi la mesure porte atteinte …`: the parse makes the clause a relative of `quoi`
        if child.lower_ in QUESTION_WORDS and any(c.dep_ in ("acl:relcl", "ccomp") and c.i > child.i for c in child.children):
            return child
    return None


def object_of_locution(cue: VerbCue, child: Token) -> bool:
    """`a pointé du doigt le coût`, `a mis en cause la police`: the parse hangs a locution's object on its last
    noun, as a complement with no preposition."""
    last = cue.tokens[-1]
    return len(cue.tokens) > 1 and child.head == last and child.dep_ == "nmod" and last.pos_ == "NOUN" \
        and not any(c.dep_ == "case" for c in child.children)


def clause_end(verb: Token) -> int:
    """End of a reported clause, before a contrasting clause the narrator adds (`…, mais selon X, …`)."""
    end = verb.right_edge.i + 1
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("conj", "advcl", "parataxis") and child.left_edge.lower_ in CONTRASTIVE:
            end = min(end, child.left_edge.i)
    return end


def self_description(cue: VerbCue) -> Optional[Token]:
    """`s'est dit «absolument dévasté»`, `se déclare favorable à …`: the state a source says it is in."""
    verb = cue.head
    if not any(c.lower_ in REFLEXIVES and c.i < verb.i for c in verb.children):
        return None
    for child in verb.children:
        participle = child.pos_ == "VERB" and morph(child, "VerbForm") == "Part"
        if child.i > verb.i and (child.pos_ == "ADJ" or participle) and child.dep_ in ("xcomp", "advmod", "amod", "advcl", "obj"):
            return child
    return None


def prepositional_target(cue: VerbCue, after: list[Token], source_nouns: dict[str, str]) -> Optional[Token]:
    """`s'inquiète de la hausse`, `plaide pour une réouverture`, `s'interroge sur le financement`: the noun a
    stance is taken on, never a place, a time or a person addressed (`écrit à ses électeurs`)."""
    for child in after:
        if child.dep_ not in TARGET_DEPS or child.pos_ not in ("NOUN", "PROPN"):
            continue
        cases = {c.lower_ for c in child.children if c.dep_ == "case" and c.i < child.i}
        if not cases & TARGET_PREPOSITIONS or child.ent_type_ == "LOC" or child.lower_ in TIME_WORDS:
            continue
        if child.lower_ in NOT_TARGETS or any(c.dep_ == "amod" and morph(c, "NumType") == "Ord" for c in child.children):
            continue  # `pour la première fois`
        possessed = any(morph(c, "Poss") == "Yes" for c in child.children)
        addressed = child.pos_ == "PROPN" or child.is_title or possessed or source_nouns.get(child.lemma_.lower()) in ("person", "body")
        if cases & {"à", "au", "aux"} and addressed and len(cue.tokens) == 1:
            continue  # `écrit à ses électeurs`, `s'exprime à l'Assemblée`: to whom or where, not on what (a
            # locution's `à` is its target: `rend hommage aux victimes`, `lance un appel aux habitants`)
        if child.right_edge.i - child.left_edge.i >= 1:
            return child
    return None


def gerund_of(after: list[Token]) -> Optional[Token]:
    """A gerund with its own complement (`en s'attaquant au bilan du maire`), not a manner (`en souriant`)."""
    for child in after:
        marked = any(c.lower_ == "en" and c.i < child.i for c in child.children)
        following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else child
        if child.dep_ in ("advcl", "xcomp") and marked and morph(child, "VerbForm") == "Part" and not following.is_punct:
            return child
    return None


def sentences_to_penalty(after: list[Token]) -> bool:
    """`condamne l'homme à cinq ans de prison`: a court's sentence, not a stance (an `à` complement, of the verb or
    of its object, with a figure or a penalty)."""
    for token in (t for child in after for t in child.subtree):
        if token.dep_ == "case" and token.lower_ in ("à", "au", "aux"):
            if any(t.like_num or t.lemma_.lower() in PENALTIES for t in token.head.subtree):
                return True
    return False


def infinitive_of(after: list[Token]) -> Optional[Token]:
    """The infinitive a verb reports (`a promis de …`), or the one the parse hangs on its indirect object
    (`ont demandé à la Confédération d'interdire …`)."""
    for child in after:
        if child.dep_ in INFINITIVE_DEPS and is_infinitive(child):
            return child
    for child in after:
        if child.dep_ in ("obl:arg", "iobj", "obl") and any(c.dep_ == "case" and c.lower_ in ("à", "aux", "au") for c in child.children):
            for grandchild in child.children:
                marked = any(c.lower_ in ("de", "d'", "d’") for c in grandchild.children if c.i < grandchild.i)
                if grandchild.i > child.i and grandchild.dep_ in ("acl", "xcomp", "ccomp", "advcl") and marked and is_infinitive(grandchild):
                    return grandchild
    return None


def is_infinitive(token: Token) -> bool:
    if morph(token, "VerbForm") == "Inf":
        return True
    return any(c.dep_.startswith("aux") and morph(c, "VerbForm") == "Inf" for c in token.children)
