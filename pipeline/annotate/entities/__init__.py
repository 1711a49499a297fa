"""`depeche_entities`: corrects fr_core_news_md's named entities on news text.

The model's PER / LOC / ORG / MISC are kept, then its systematic errors on
news are fixed with general rules and the data in `models/`:

- gazetteers (`models/gazetteer/*.jsonl`: countries, capitals, regions,
  international bodies, media, French départements) fix its labels and add
  what it missed, without overriding a longer span; a name listed with its
  article is found with it in lower case (`selon le Monde`, also a mention
  `Monde`) and after a contracted one (`du Monde`);
- institutions (`ministère russe de la Défense`, `police kazakhe`, `tribunal de
  la ville de Semey`) are ORG, found from a head noun (`models/entities/
  org_heads.tsv`) and the words the parse attaches to it;
- demonyms (`Russes`, `kazakh`) are neither places nor organizations;
- titles are trimmed from person spans and kept in `Span._.role`
  (`le président kazakh Kassym-Jomart Tokaïev` → PER `Kassym-Jomart Tokaïev`,
  role `président kazakh`), and a name right after a title is a person;
- a common noun right before a name says what it names (`la firme Corvalis`,
  `l'ONG Greenpeace`, `la loi Egalim`: `models/entities/name_descriptors.tsv`),
  and so does one in apposition after it (`Mer Claire, une organisation…`);
- acronyms are organizations unless listed as common nouns (`PIB`, `CDI`), and
  an acronym in parentheses takes the label of the name it abbreviates, which
  is an organization even in lower case when its initials spell it
  (`centre régional de transports (CRT)`);
- a title-cased name ending in `Act`, `Policy`… is a law or policy (MISC);
- a place named in a lower-case descriptive phrase (`université de Lille`)
  is also a place, and an institution in another's name (`Comité … du
  ministère de l'Intérieur`) an organization: both kept in
  `doc.spans["nested_entities"]`;
- spans do not start with a determiner (`l’Arménie` → `Arménie`) nor end
  with punctuation, a preposition (`Hôpital universitaire d'` runs on to
  `Ostrava`) or a handle, and keep a cut apostrophe-s (`Moody's`); numbers,
  letter-digit codes (`Baa1`), dates and shouted common words are not names
  (`shapes`);
- a portfolio after a minister's title is no organization; clubs (`Stade
  rennais`, a city that plays in a sports article) are (`sports`); a body named
  after its leader names a person (`gouvernement Philippe`: `leaders`), and so
  does an initial and a surname (`initials`);
- a one-word "person" is a place after `à` (`à Frayssinet`), not for being a
  town GeoNames knows (`Colbert`), and a person after a courtesy title (`M.
  Martin`, also where the model found nothing) or as the surname of someone
  the article names in full (`les quinquennats Hollande`); a first name
  (`first_names`, from gender-guesser's dictionary) the sentence makes a
  person (`Nadia, la gérante`) is one, and so is a first name and a name the
  model read as a place (`Kamala Harris`); a listed agency is cut off the
  name the model ran into it (`AFP Fauzia Moslem`: `people`); a name keeps one label in
  an article, and unknown names listed with organizations are organizations
  (`consistency`);
- streets, buildings, water and terrain, districts are places with their head
  noun (`rue de Tivoli`, `détroit d'Ormuz`, `5e arrondissement`: `landmarks`,
  `models/entities/landmark_heads.tsv`); a seat of power is the place where
  the text puts someone (`reçu à l'Élysée`), else the power it houses
  (`Matignon annonce`: `seats`); a formal state name is the country's, which
  is also named inside it (`Fédération des Émirats arabes unis`: `states`).

The component orchestrates; each concern has its module beside this one:
`candidates` (proposals and their overlaps), `model_entities` (the model's
spans relabelled), `trimming` (span bounds), `listed`, `descriptors` and
`institutions`, `landmarks` and `people` (names the model missed), `acronyms`, `roles`, `nested`,
`lexicon` and `vocabulary` (the data from `models/` and the lemmatizer).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.annotate import extensions  # noqa: F401  (registers Span._.role)
from pipeline.annotate.entities.acronyms import Acronyms
from pipeline.annotate.entities.candidates import non_overlapping
from pipeline.annotate.entities.consistency import label_lists, one_label_per_name, people_throughout
from pipeline.annotate.entities.descriptors import DescribedNames
from pipeline.annotate.entities.initials import initialled_names
from pipeline.annotate.entities.institutions import Institutions
from pipeline.annotate.entities.landmarks import Landmarks
from pipeline.annotate.entities.leaders import name_leaders
from pipeline.annotate.entities.lexicon import (DESCRIPTORS, ORG_HEADS, Lexicon, read_gazetteer, read_lexicons,
                                                read_pairs)
from pipeline.annotate.entities.listed import ListedNames
from pipeline.annotate.entities.model_entities import ModelEntities
from pipeline.annotate.entities.name_edges import pair_first_names, widen_people
from pipeline.annotate.entities.nested import NestedEntities
from pipeline.annotate.entities.people import People
from pipeline.annotate.entities.roles import Roles
from pipeline.annotate.entities.seats import label_seats
from pipeline.annotate.entities.sports import Clubs
from pipeline.annotate.entities.states import formal_states
from pipeline.annotate.entities.trimming import SpanTrimmer
from pipeline.annotate.entities.vocabulary import Vocabulary

# Entities named inside another one's name (`université de Lille` → Lille), overlapping `doc.ents`.
NESTED = "nested_entities"


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
        self.vocabulary = Vocabulary(nlp)
        self.gazetteer = read_gazetteer(models_dir)
        self.lexicons = read_lexicons(models_dir)
        self.org_heads = read_pairs(ORG_HEADS, models_dir)
        self.descriptors = read_pairs(DESCRIPTORS, models_dir)
        self._build()

    def _build(self) -> None:
        """Index the data and give it to the rules of each concern."""
        lexicon = Lexicon(self.vocab, self.vocabulary, self.gazetteer, self.lexicons, self.org_heads,
                          self.descriptors)
        self.gazetteer_labels = lexicon.gazetteer_labels
        self.lexicon = lexicon
        trimmer = SpanTrimmer(lexicon)
        self.roles = Roles(lexicon)
        self.people = People(lexicon, self.roles)
        self.described = DescribedNames(lexicon, trimmer, self.people)
        self.model_entities = ModelEntities(lexicon, trimmer, self.roles, self.described, self.people)
        self.listed = ListedNames(lexicon)
        self.institutions = Institutions(lexicon)
        self.acronyms = Acronyms(lexicon)
        self.nested = NestedEntities(lexicon)
        self.clubs = Clubs(lexicon)
        self.landmarks = Landmarks(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Propose spans from every rule, keep the longest and surest, then label, extend and give roles."""
        model_labels = {(ent.start, ent.end): ent.label_ for ent in doc.ents}
        descriptors = self.described.matches(doc)
        gazetteer = [c for c in self.listed.gazetteer(doc)
                     if not (c.label == "ORG" and self.roles.is_portfolio(doc, c.start))]
        institutions = [c for c in self.institutions.candidates(doc) if not self.roles.is_portfolio(doc, c.start)]
        candidates = [*self.model_entities.candidates(doc, descriptors), *gazetteer,
                      *institutions, *self.described.candidates(doc, descriptors),
                      *self.listed.titled_works(doc), *self.listed.cardinal_points(doc, gazetteer),
                      *self.clubs.candidates(doc), *initialled_names(doc, self.lexicon),
                      *self.landmarks.candidates(doc)]
        chosen = pair_first_names(doc, non_overlapping(candidates), self.people)
        widen_people(doc, chosen, self.people)
        self.clubs.relabel_cities(doc, chosen)
        name_leaders(doc, chosen, self.lexicon)
        one_label_per_name(doc, chosen)
        label_lists(doc, chosen, self.lexicon)
        label_seats(doc, chosen, self.lexicon)
        people_throughout(doc, chosen, self.lexicon)
        chosen = sorted([*chosen, *self.roles.titled_names(doc, chosen)], key=lambda c: c.start)
        chosen = sorted([*chosen, *self.people.lone_first_names(doc, chosen)], key=lambda c: c.start)
        chosen = sorted([*chosen, *self.people.after_honorifics(doc, chosen)], key=lambda c: c.start)
        chosen = sorted([*chosen, *self.acronyms.defined_names(doc, chosen)], key=lambda c: c.start)
        chosen = sorted([*chosen, *self.acronyms.candidates(doc, chosen)], key=lambda c: c.start)
        self.model_entities.relabel_name_parts(doc, chosen)
        self.acronyms.extend_names(doc, chosen)
        self.acronyms.label_parenthesised(doc, chosen)
        chosen = [c for c in chosen if c.label]
        states = list(formal_states(doc, chosen, self.lexicon))
        self.roles.assign(doc, chosen)
        doc.ents = [Span(doc, c.start, c.end, label=c.label) for c in chosen]
        roles = {(c.start, c.end): c.role for c in chosen}
        for ent in doc.ents:
            if ent.label_ == "PER":
                ent._.role = roles.get((ent.start, ent.end))
        doc.spans[NESTED] = [*self.nested.places(doc, chosen, model_labels),
                             *self.nested.organizations(doc, chosen), *self.landmarks.nested(doc, chosen),
                             *self.listed.without_article(doc, chosen), *states]
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the gazetteer and lexicons, so a saved pipeline carries its data."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "gazetteer.jsonl", "w", encoding="utf-8") as out:
            for entry in self.gazetteer:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        data = {"lexicons": self.lexicons, "org_heads": self.org_heads, "descriptors": self.descriptors}
        (path / "lexicons.json").write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "EntityCorrector":
        """Read what `to_disk` wrote and rebuild the matchers."""
        path = Path(path)
        lines = (path / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines()
        self.gazetteer = [json.loads(line) for line in lines if line.strip()]
        data = json.loads((path / "lexicons.json").read_text(encoding="utf-8"))
        self.lexicons, self.org_heads, self.descriptors = data["lexicons"], data["org_heads"], data["descriptors"]
        self._build()
        return self


@Language.factory(
    "depeche_entities",
    default_config={"models_dir": None},
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.ents", "span._.role"],
)
def make_entity_corrector(nlp: Language, name: str, models_dir: str | None) -> EntityCorrector:
    """spaCy factory: `nlp.add_pipe("depeche_entities", after="ner")`."""
    return EntityCorrector(nlp, name, models_dir=models_dir)
