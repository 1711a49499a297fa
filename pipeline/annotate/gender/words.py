"""How a French word shows the gender of the person it is said of: determiners, agreement, role nouns.

Grammar, not lists of the news: a past participle or an adjective agrees
with its subject (`dite`, `choquée`, `prudente`: an inflected form, which
the lemmatizer gives back as its masculine lemma, or a participle's
written ending); a determiner shows the gender of its noun (`la ministre`);
a role noun shows it in its own form when French inflects it (`directrice`,
`chanteuse`: feminine agent suffixes, or a feminine noun whose lemma is
its masculine). Which nouns name a person comes from the data in
`models/` (titles, source nouns, role synonyms) and the agent suffixes.
"""

from __future__ import annotations

from typing import Container, Mapping, Optional

from spacy.tokens import Token

FEMININE, MASCULINE = "f", "m"
Cue = tuple[str, str]  # (gender, the words that show it)
_GENDERS = {"Fem": FEMININE, "Masc": MASCULINE}
# Suffixes French forms agent nouns with, feminine then masculine (Grevisse, Le Bon Usage, §§ 487-500).
# (`-ant`, `-ent`, `-ier`, `-é` form too many nouns of things to be read alone: `gouvernement`, `dossier`,
# `comité`; their persons are in the data, `président`, `député`.)
# (`-esse` forms more nouns of things, `presse`, `promesse`: its persons are listed, `hôtesse`, `comtesse`.)
FEMININE_AGENT_SUFFIXES = ("trice", "euse", "eresse", "ière", "ienne", "enne", "ante", "ente")
# Of those, the ones no masculine noun ends with (`le cimetière`, but no `le …euse`): read whatever the tagger says.
UNMISTAKABLE_FEMININE_SUFFIXES = ("trice", "euse", "eresse", "ienne", "enne")
MASCULINE_AGENT_SUFFIXES = ("teur", "eur", "ien")
# Masculine endings of persons French inflects for a woman (`président`/`présidente`, `député`/`députée`,
# `avocat`/`avocate`, `conseiller`/`conseillère`): read from a noun already known to name a person.
MASCULINE_INFLECTED_SUFFIXES = ("ent", "ant", "é", "at", "ier", "ais", "ain", "in")
# The gender `RoleNouns.gender` gives a masculine form alone: a hint (`GenderCues.hints`), not a cue.
MASCULINE_FORM = "m?"
# Suffixes of nouns of persons written alike for both genders (`la/le journaliste`): the determiner decides.
EPICENE_AGENT_SUFFIXES = ("iste", "logue", "graphe", "iatre", "naute")
# How French writes a feminine noun of persons from its masculine, ending for ending (Le Bon Usage, §§ 490-497):
# `conseillère` / `conseiller`, `patronne` / `patron`, `citoyenne` / `citoyen`, `chanteuse` / `chanteur`.
FEMININE_INFLECTIONS = (("ère", "er"), ("ète", "et"), ("onne", "on"), ("enne", "en"), ("euse", "eur"), ("trice", "teur"))
# Prefixes French sets before a noun of persons, which keeps its gender (`vice-présidente`, `sous-préfète`,
# `co-fondatrice`, `ex-directrice`): the noun after them is read.
ROLE_PREFIXES = ("vice-", "sous-", "co-", "ex-", "pro-", "vice ", "ex ")
# Verbs whose masculine past participle ends in `s`, singular and plural alike (`mis`, `pris`, `acquis`, `assis`,
# `clos`, `inclus`; Le Bon Usage, § 804): the tagger gives such a form no number.
S_PARTICIPLE_VERBS = ("mettre", "prendre", "quérir", "asseoir", "clore", "inclure")
# Possessives the masculine form of which stands before a feminine noun opening with a vowel (`son avocate`).
ELIDING_POSSESSIVES = frozenset({"mon", "ton", "son"})


def _unprefixed(word: str) -> str:
    """`sous-préfète` → `préfète`: the noun of persons a prefix stands before."""
    prefix = next((prefix for prefix in ROLE_PREFIXES if word.startswith(prefix) and len(word) > len(prefix) + 2), "")
    return word[len(prefix):]


def gender_of_morph(token: Token) -> str:
    values = token.morph.get("Gender")
    return _GENDERS.get(values[0], "") if len(values) == 1 else ""


def is_plural(token: Token) -> bool:
    return "Plur" in token.morph.get("Number")


def agreement(token: Token, masculine: bool = True) -> str:
    """The gender a past participle or an adjective agrees in, read from its written form.

    A participle ending in `e` is feminine (`dite`, `élue`, `arrivée`); an
    adjective is when it differs from its lemma (`prudente`, `inquiète`), so
    an epicene one (`calme`) says nothing. masculine (bool): whether an
    uninflected form counts (False where the participle may not agree, as
    before an object).
    """
    if is_plural(token) or not token.is_alpha:
        return ""
    text = token.lower_
    if token.pos_ in ("VERB", "AUX"):
        participle = "Part" in token.morph.get("VerbForm")
        past_ending = text.endswith(("é", "ée"))  # no finite French verb ends so: the tagger's slip (`arrivé`)
        if (participle and "Pres" in token.morph.get("Tense")) or not (participle or past_ending):
            return ""
        if text.endswith("e"):
            return FEMININE
        singular = "Sing" in token.morph.get("Number") or _singular_s_participle(token)
        return MASCULINE if masculine and singular else ""
    if token.pos_ != "ADJ":
        return ""
    if text.endswith("e") and token.lemma_.lower() != text and gender_of_morph(token) == FEMININE:
        return FEMININE
    if masculine and not text.endswith("e") and gender_of_morph(token) == MASCULINE and "Sing" in token.morph.get("Number"):
        return MASCULINE
    return ""


def _singular_s_participle(token: Token) -> bool:
    """`mis`, `pris`, `assis` said of one person: the tagger gives them no number, so it is read from what they
    agree with: no auxiliary in the plural (`ont été mis`), no coordinated subject or noun (`X et Y, mis en
    examen`)."""
    if token.morph.get("Number") or not token.lower_.endswith("s") or not token.lemma_.endswith(S_PARTICIPLE_VERBS):
        return False
    nouns = [child for child in token.children if child.dep_ in ("nsubj", "nsubj:pass")]
    nouns += [token.head] if token.dep_ == "acl" else []
    return (not any(is_plural(child) for child in token.children if child.dep_.startswith("aux"))
            and not any(is_plural(noun) or any(child.dep_ == "conj" for child in noun.children) for noun in nouns))


def demonym_gender(word: str, demonyms: Container[str]) -> str:
    """`argentine` (of `argentin`), `italienne` (of `italien`): feminine; `argentin`: masculine; `belge`: none."""
    if word.endswith("e"):
        masculines = {word[:-1], word[:-2] if word.endswith("nne") else ""}
        return FEMININE if any(form in demonyms for form in masculines) else ""
    return MASCULINE if f"{word}e" in demonyms else ""


def determiner(noun: Token) -> Optional[Token]:
    """The determiner of a noun, or the contracted article governing it (`du`, `au`)."""
    for child in noun.children:
        if child.dep_ == "det" or (child.dep_ == "case" and gender_of_morph(child) and "Def" in child.morph.get("Definite")):
            return child
    return None


def determiner_gender(noun: Token) -> tuple[str, Optional[Token]]:
    """The gender the noun's determiner shows, and the determiner; `l'` shows none, nor does a masculine
    possessive before a vowel (`son avocate`)."""
    det = determiner(noun)
    if det is None:
        return "", None
    gender = gender_of_morph(det)
    if gender == MASCULINE and det.lower_ in ELIDING_POSSESSIVES and noun.lower_[:1] in "aeiouyhéèêâîôû":
        return "", det
    return gender, det


class RoleNouns:
    """Which nouns name a person, and the gender a role noun is written in.

    person_nouns (Container[str]): lower-case lemmas and forms of nouns of persons (titles, sources, roles).
    single_gender (Container[str]): lemmas of nouns of persons French writes in one gender whoever they
    name (`la victime`, `le témoin`): they show none.

    A masculine form alone says nothing: French writes `professeur`,
    `auteur`, `chef` for women too; its determiner or adjective does.
    """

    def __init__(self, person_nouns: Container[str], single_gender: Container[str] = frozenset(),
                 gendered: Mapping[str, str] | None = None) -> None:
        self.person_nouns = person_nouns
        self.single_gender = single_gender
        self.gendered = gendered or {}

    def is_feminine_form(self, noun: Token) -> bool:
        """`directrice`, `chanteuse` (lemma `chanteur`), `avocate` (lemma `avocat`): a feminine role form."""
        text = noun.lower_
        if is_plural(noun):
            return False
        if text.endswith(UNMISTAKABLE_FEMININE_SUFFIXES) or self._inflected_from_masculine(noun):
            return True  # the tagger may call `pêcheuse` or `avocate` masculine
        return gender_of_morph(noun) == FEMININE and (
            noun.lemma_.lower() != text or text.endswith(FEMININE_AGENT_SUFFIXES))

    def _inflected_from_masculine(self, noun: Token) -> bool:
        """`avocate`, `écrivaine`, `conseillère`, `patronne`: a form in `e` of a known noun of persons whose
        masculine ends otherwise, as the lemmatizer writes it or as French inflects it (whatever the tagger says)."""
        text, lemma = _unprefixed(noun.lower_), _unprefixed(noun.lemma_.lower())
        if not text.endswith("e"):
            return False
        masculines = {lemma, text[:-1]} | {text[: -len(ending)] + masculine for ending, masculine in
                                           FEMININE_INFLECTIONS if text.endswith(ending)}
        return any(form != text and not form.endswith("e") and form in self.person_nouns for form in masculines)

    def lexical_gender(self, noun: Token) -> str:
        """`mère`, `frère`, `veuve`: the gender a noun of persons holds in the word itself (its form, not its lemma:
        the lemmatizer writes `madame` as `monsieur`)."""
        return self.gendered.get(noun.lower_, "")

    def shows_no_gender(self, noun: Token) -> bool:
        """`la victime`, `le témoin`: a noun of one gender whoever it names."""
        return noun.lemma_.lower() in self.single_gender or noun.lower_ in self.single_gender

    def names_person(self, noun: Token) -> bool:
        """A noun of a person: listed, or formed with an agent suffix, or a feminine role form."""
        if noun.pos_ != "NOUN" or is_plural(noun):
            return False
        text, lemma = _unprefixed(noun.lower_), _unprefixed(noun.lemma_.lower())
        return (text in self.person_nouns or lemma in self.person_nouns or text in self.gendered
                or self.is_feminine_form(noun)
                or text.endswith(MASCULINE_AGENT_SUFFIXES + EPICENE_AGENT_SUFFIXES))

    def names_persons(self, noun: Token) -> bool:
        """A plural noun of persons (`fondatrices`, `avocats`, `élus`): its lemma is one, or its singular ends so."""
        singular, lemma = _unprefixed(noun.lower_.removesuffix("s")), _unprefixed(noun.lemma_.lower())
        return (singular in self.person_nouns or lemma in self.person_nouns or singular in self.gendered
                or singular.endswith(FEMININE_AGENT_SUFFIXES + MASCULINE_AGENT_SUFFIXES + EPICENE_AGENT_SUFFIXES))

    def gender(self, noun: Token) -> tuple[str, str]:
        """RETURNS (tuple): the gender a person's role noun shows and the words showing it (`la ministre`,
        `directrice`, `ancienne ministre`), (MASCULINE_FORM, `président`) for a masculine form alone, or
        ("", "") when it shows none (`ministre` alone, `l'ex-ministre`) or names no person."""
        if self.lexical_gender(noun) and not is_plural(noun):
            return self.lexical_gender(noun), noun.text
        if not self.names_person(noun) or self.shows_no_gender(noun):
            return "", ""
        gender, det = determiner_gender(noun)
        if self.is_feminine_form(noun):
            return FEMININE, f"{det.lower_} {noun.text}" if gender == FEMININE else noun.text
        if gender:
            return gender, f"{det.lower_} {noun.text}"
        adjectives = [child for child in noun.children  # `ancienne ministre`, `secrétaire générale`
                      if child.dep_ == "amod" and abs(child.i - noun.i) <= 2 and agreement(child)]
        genders = {agreement(child) for child in adjectives}
        if len(genders) == 1:
            return genders.pop(), " ".join(token.text for token in sorted([noun, adjectives[0]], key=lambda t: t.i))
        return (MASCULINE_FORM, noun.text) if self.is_masculine_form(noun) else ("", "")

    @staticmethod
    def is_masculine_form(noun: Token) -> bool:
        """`président`, `directeur`, `fondateur`, `historien`: a masculine agent form whose feminine French
        writes otherwise (`présidente`, `directrice`). A hint only: `professeur`, `auteur` are written for
        women too, so a first name outweighs it."""
        text = noun.lower_
        return (gender_of_morph(noun) == MASCULINE and noun.lemma_.lower() == text
                and text.endswith(MASCULINE_AGENT_SUFFIXES + MASCULINE_INFLECTED_SUFFIXES))
