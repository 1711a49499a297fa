"""A construction suite for depeche_dates: every shape French news writes a date in, one sentence each.

The sentences are written for this suite (no article's words). Most are read
against one publication date, Thursday 11 April 2024, so the expected values
can be checked by hand; each says the exact values a reader places (in text
order, gold format: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or that there is none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.french import french_with

THURSDAY = "2024-04-11"


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    """fr_core_news_md with the dates component, loaded once for this module."""
    return french_with("depeche_dates")


def values(nlp: Language, text: str, published: str | None = THURSDAY) -> list[str | None]:
    """The value of each date span, in text order."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [span._.value for span in nlp(doc).spans["dates"]]


def case(text: str, *expected: str, published: str = THURSDAY, xfail: str | None = None) -> object:
    """One construction: a sentence, the publication date and the values a reader places."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, published, list(expected), marks=marks, id=text[:60])


NUMERIC = [
    case("Le contrat a été signé le 12/03/2024 à Lille.", "2024-03-12"),
    case("Le contrat a été signé le 12.03.2024 à Lille.", "2024-03-12"),
    case("Le contrat a été signé le 12-03-2024 à Lille.", "2024-03-12"),
    case("Le rapport, daté du 2024-03-12, a fuité.", "2024-03-12"),
    case("Le contrat a été signé le 12/03/24 à Lille.", "2024-03-12"),
    case("La facture porte la date du 05.01.23.", "2023-01-05"),
    case("Le 3/2/2022, la centrale a été arrêtée.", "2022-02-03"),
    case("Le formulaire du 31/02/2024 est un faux.", ),
]

DAY_MONTH = [
    case("Le 1er mars, la grève a commencé.", "2024-03-01"),
    case("Le 1ᵉʳ mars, la grève a commencé.", "2024-03-01"),
    case("Le premier mars, la grève a commencé.", "2024-03-01"),
    case("La loi a été votée le 28 mars.", "2024-03-28"),
    case("La loi a été votée le 28 mars dernier.", "2024-03-28"),
    case("La loi sera votée le 28 mai.", "2024-05-28"),
    case("Le texte sera examiné le 5 mars prochain.", "2025-03-05"),
    case("Il est né le 14 juillet 1989 à Brest.", "1989-07-14"),
    case("Le scrutin du 9 juin 2024 est décisif.", "2024-06-09"),
    case("L'entreprise a été fondée le 3 novembre 1998.", "1998-11-03"),
    case("Le 31 décembre 2023, le bilan était lourd.", "2023-12-31"),
    case("Depuis le 2 avril, les trains sont supprimés.", "2024-04-02"),
    case("Dès le 15 avril, la piscine rouvrira.", "2024-04-15"),
    case("À partir du 22 avril, le pont sera fermé.", "2024-04-22"),
    case("Jusqu'au 30 avril, l'exposition reste ouverte.", "2024-04-30"),
    case("Le 30 février, rien ne s'est passé.", ),
]

ABBREVIATED = [
    case("Le 3 janv. 2024, le froid a tué deux personnes.", "2024-01-03"),
    case("Le 15 sept. 2023, la loi est entrée en vigueur.", "2023-09-15"),
    case("Le 1er févr., la mairie a fermé ses portes.", "2024-02-01"),
    case("Le 20 oct. 2022, le verdict est tombé.", "2022-10-20"),
    case("En déc. 2021, les prix ont flambé.", "2021-12"),
    case("Le 7 nov., le préfet a pris un arrêté.", "2023-11-07"),
    case("Le 12 avr. 2024, le chantier démarre.", "2024-04-12"),
]

WEEKDAY_AND_DAY = [
    case("Mardi 9 avril, le conseil a voté le budget.", "2024-04-09"),
    case("Le conseil se réunira lundi 15 avril.", "2024-04-15"),
    case("Jeudi 11 avril 2024, les urnes étaient vides.", "2024-04-11"),
    case("Ce mercredi 10 avril, le tribunal a rendu son jugement.", "2024-04-10"),
    case("Le vendredi 5 avril, la neige est tombée.", "2024-04-05"),
    case("Le concert aura lieu samedi 13.", "2024-04-13"),
    case("Dimanche 7 avril au soir, la police a évacué la place.", "2024-04-07"),
]

RANGES = [
    case("Le festival se tiendra du 3 au 5 mai.", "2024-05-03", "2024-05-05"),
    case("Les rencontres ont eu lieu les 1er-3 mars.", "2024-03-01", "2024-03-03"),
    case("Les 24 et 25 mars, la ville a fêté son équipe.", "2024-03-24", "2024-03-25"),
    case("Entre le 11 et le 28 mars, les prix ont baissé.", "2024-03-11", "2024-03-28"),
    case("Du 28 décembre au 3 janvier, la station était pleine.", "2023-12-28", "2024-01-03"),
    case("Du 2 au 6 septembre 2019, le salon a accueilli 10 000 visiteurs.", "2019-09-02", "2019-09-06"),
    case("Entre mars et mai, les ventes ont reculé.", "2024-03", "2024-05"),
    case("D'avril à juin, la route sera fermée.", "2024-04", "2024-06"),
    case("De janvier à mars, les ventes ont reculé.", "2024-01", "2024-03"),
    case("Les concerts auront lieu les 6, 7 et 8 juin.", "2024-06-06", "2024-06-07", "2024-06-08"),
    case("Le 8 et le 9 mars, il a plu sur toute la région.", "2024-03-08", "2024-03-09"),
    case("En 2019, 2020 et 2021, le club a perdu de l'argent.", "2019", "2020", "2021"),
    case("En juillet-août 2023, la plage était bondée.", "2023-07", "2023-08"),
    case("En juillet-août, la plage sera surveillée.", "2024-07", "2024-08"),
    case("Entre 2012 et 2017, la dette a doublé.", "2012", "2017"),
    case("De 2015 à 2020, il a dirigé le club.", "2015", "2020"),
    case("En 2019-2020, la saison a été écourtée.", "2019", "2020"),
    case("La saison 2022-2023 a été la meilleure du club.", "2022", "2023"),
    case("Dans la nuit de mardi à mercredi, un incendie a détruit la ferme.", "2024-04-09"),
    case("Dans la nuit du 6 au 7 avril, un incendie a détruit la ferme.", "2024-04-06"),
]

PARTS_OF_MONTHS_AND_YEARS = [
    case("Les travaux ont repris mi-mars.", "2024-03"),
    case("Les travaux ont repris à la mi-mars.", "2024-03"),
    case("Les travaux ont repris fin mars.", "2024-03"),
    case("Les travaux ont repris début février.", "2024-02"),
    case("Les travaux reprendront fin mai.", "2024-05"),
    case("Les travaux reprendront courant mai.", "2024-05"),
    case("Le chantier sera livré début 2025.", "2025"),
    case("Le chantier a été livré fin 2023.", "2023"),
    case("Le chantier sera livré mi-2026.", "2026"),
    case("Le projet est né début 2024.", "2024"),
    case("Le déficit s'est creusé au premier trimestre 2023.", "2023"),
    case("Le club a tout gagné au printemps 2022.", "2022"),
    case("À l'automne 2021, la crise a éclaté.", "2021"),
    case("Depuis le début de l'année, les prix ont grimpé.", "2024"),
    case("La décision tombera à la fin de l'année.", "2024"),
]

MONTHS = [
    case("En février, la neige a bloqué les routes.", "2024-02"),
    case("En novembre, les électeurs choisiront leur président.", "2024-11"),
    case("En novembre, les électeurs ont choisi leur maire.", "2023-11"),
    case("Les élections prévues en juin inquiètent le parti.", "2024-06"),
    case("En septembre dernier, le lycée a ouvert.", "2023-09"),
    case("En septembre prochain, le lycée ouvrira.", "2024-09"),
    case("En mars 2023, la réforme a été adoptée.", "2023-03"),
    case("Octobre 2022 restera dans les mémoires.", "2022-10"),
    case("D'ici à septembre, la ligne sera rouverte.", "2024-09"),
    case("Jusqu'en juin, la ligne reste fermée.", "2024-06",
         xfail="'jusqu'en' before a bare month is not a pattern"),
    case("La sonde se pose sur Mars en 2030.", "2030"),
    case("Le film sort en mai.", "2024-05",
         xfail="a bare month with a present verb is the past one, even a few weeks ahead"),
]

SEASONS = [
    case("Cet été, la plage sera surveillée.", "2024"),
    case("Cet hiver, la station a manqué de neige.", "2024"),
    case("L'été dernier, la sécheresse a frappé le Sud.", "2023"),
    case("L'hiver prochain, le chauffage coûtera plus cher.", "2024"),
    case("Le printemps dernier, le lac a débordé.", "2023"),
    case("Le printemps dernier, le lac a débordé.", "2024", published="2024-06-20"),
    case("L'été prochain, la piscine sera rénovée.", "2025", published="2024-07-02"),
    case("L'hiver dernier, la station a fermé.", "2023"),
]

DECADES_AND_CENTURIES = [
    # a decade or a century is a span of years, not a calendar reference: the gold of unseen pages leaves them out
    case("Dans les années 1990, la ville comptait deux usines."),
    case("Depuis les années 1970, le fongicide est épandu."),
    case("Au début des années 2000, le marché s'est effondré."),
    case("Des ouvriers venus dans les années 1950 et 1960 ont bâti le quartier."),
    case("Dans les années 80, la ville comptait deux usines."),
    case("Au XIXe siècle, la ville comptait deux usines."),
    case("À la fin du XVIIIe siècle, le port s'est agrandi."),
    case("Le XXIe siècle sera celui de l'eau."),
]

RELATIVE_DAYS = [
    case("Hier, le maire a démissionné.", "2024-04-10"),
    case("Hier soir, le maire a démissionné.", "2024-04-10"),
    case("Avant-hier, le maire a démissionné.", "2024-04-09"),
    case("Demain, les écoles resteront fermées.", "2024-04-12"),
    case("Après-demain, les écoles resteront fermées.", "2024-04-13"),
    case("Demain matin, les écoles resteront fermées.", "2024-04-12"),
    case("Ce matin, un camion s'est renversé sur l'A7.", "2024-04-11"),
    case("Ce soir, le président s'adressera aux Français.", "2024-04-11"),
    case("Dès aujourd'hui, les tarifs augmentent.", "2024-04-11"),
    case("Aujourd'hui jeudi, les tarifs augmentent.", "2024-04-11"),
    case("Aujourd'hui, les jeunes lisent moins."),
    case("Les enjeux d'hier ne sont pas ceux de demain."),
    case("Depuis hier, la circulation est coupée.", "2024-04-10"),
]

WEEKDAYS = [
    case("Lundi dernier, le maire a démissionné.", "2024-04-08"),
    case("Mardi prochain, le conseil votera le budget.", "2024-04-16"),
    case("Le maire a démissionné lundi.", "2024-04-08"),
    case("Le conseil votera le budget mardi.", "2024-04-16"),
    case("Le jury annoncera le lauréat vendredi.", "2024-04-12"),
    case("Les députés examineront le texte lundi.", "2024-04-15"),
    case("La commission rendra son avis le 2 mars.", "2025-03-02"),
    case("Ce jeudi, le ministre présente son plan.", "2024-04-11"),
    case("Ce lundi, le ministre a présenté son plan.", "2024-04-08"),
    case("Ce samedi, le ministre présente son plan.", "2024-04-13"),
    case("Samedi soir, des heurts ont éclaté.", "2024-04-06"),
    case("Dimanche matin, les urnes ouvriront à 8 heures.", "2024-04-14"),
    case("Le conseil s'est réuni lundi à 14 heures.", "2024-04-08"),
    case("Le match aura lieu samedi à 21 heures.", "2024-04-13"),
    case("Depuis mardi, la grève paralyse le port.", "2024-04-09"),
    case("Le marché se tient le mardi sur la place."),
    case("La boutique ouvre du lundi au samedi."),
    case("Chaque vendredi, les élèves manifestent."),
]

RELATIVE_PERIODS = [
    case("L'an dernier, la foire a attiré du monde.", "2023"),
    case("L'an passé, la foire a attiré du monde.", "2023"),
    case("L'année prochaine, la foire déménagera.", "2025"),
    case("L'année dernière, la foire a déménagé.", "2023"),
    case("Cette année, la foire a déménagé.", "2024"),
    case("Le mois dernier, l'inflation a ralenti.", "2024-03"),
    case("Le mois prochain, l'inflation ralentira.", "2024-05"),
    case("Ce mois-ci, l'inflation a ralenti.", "2024-04"),
    case("Le week-end dernier, la foire a attiré du monde.", "2024-04"),
    case("Le week-end prochain, la foire rouvrira.", "2024-04"),
    case("Ce week-end, la foire rouvrira ses portes.", "2024-04-13",
         xfail="'ce week-end' is left undated: dated as its Saturday it was one more wrong date on dev (its gold "
               "leaves a past weekend out)"),
    case("La semaine dernière, le conseil s'est réuni.", "2024-04",
         xfail="'la semaine dernière' is left undated (weeks are no calendar date in the dev gold)"),
    case("La semaine prochaine, le conseil se réunira.", "2024-04",
         xfail="'la semaine prochaine' is left undated (weeks are no calendar date in the dev gold)"),
    case("Le défenseur a quitté le club en fin de saison dernière.", "2023"),
]

DURATIONS_ARE_NO_DATES = [
    case("Il y a deux ans, le village a été inondé."),
    case("Il y a trois heures, un colis suspect a été signalé."),
    case("Depuis trois semaines, la grève paralyse le port."),
    case("Dans dix jours, les résultats seront publiés."),
    case("Le chantier durera six ans."),
    case("Il a passé 30 jours en détention."),
    case("À la mi-journée, les cortèges se sont dispersés."),
    case("À midi, les cortèges se sont dispersés."),
    case("À la mi-temps, le score était nul."),
]

EVENTS = [
    case("Il est mort le 5 mars. Le lendemain, ses proches l'ont enterré.", "2024-03-05", "2024-03-06"),
    case("Il est mort le 5 mars. La veille, il avait écrit à son fils.", "2024-03-05", "2024-03-04"),
    case("La digue a cédé le 2 février. Deux semaines plus tard, l'eau est redescendue.",
         "2024-02-02", "2024-02-16"),
    case("La digue a cédé le 2 février. Le même jour, le préfet a déclenché l'alerte.",
         "2024-02-02", "2024-02-02"),
    case("La digue a cédé le 2 février. Le jour même, le préfet a déclenché l'alerte.",
         "2024-02-02", "2024-02-02"),
    case("La veille du scrutin, les candidats se taisent."),
    case("Il a été élu en mai 2019, puis réélu le 7 juin.", "2019-05", "2019-06-07"),
    case("En décembre 2021, la digue a cédé, puis le 7 janvier, une autre.", "2021-12", "2022-01-07"),
    case("En mars 2023, les ventes ont chuté, puis en juin.", "2023-03", "2023-06"),
]

HOLIDAYS = [
    case("Le défilé du 14-Juillet sera retransmis à la télévision.", "2024-07-14"),
    case("Le 14 juillet, le défilé remontera les Champs-Élysées.", "2024-07-14"),
    case("Les syndicats ont défilé le 1er-Mai à Paris.", "2023-05-01"),
    case("Les cérémonies du 11-Novembre ont réuni les anciens combattants.", "2023-11-11"),
    case("Les chrysanthèmes fleuriront à la Toussaint.", "2024-11-01"),
    case("Le jour de Noël, la neige est tombée sur Lyon.", "2023-12-25"),
    case("Le 25 décembre, la neige est tombée sur Lyon.", "2023-12-25"),
    case("Le lundi de Pâques, les trains étaient bondés.", "2024-04-01"),
    case("Le week-end de Pâques, les routes étaient chargées.", "2024-03-30"),
    case("À Pâques 2019, la cathédrale venait de brûler.", "2019-04-21"),
    case("Le lundi de Pentecôte sera travaillé.", "2024-05-20"),
    case("Avant Noël, les commerçants connaîtront un rebond.", "2024-12-25"),
    case("Les cadeaux de Noël coûtent cher."),
    case("Le marché de Noël a fermé ses portes."),
    case("Les statues de l'île de Pâques attirent les touristes."),
]

YEARS = [
    case("En 2022, la ville a accueilli 2 000 réfugiés.", "2022"),
    case("L'édition 2023 du salon a été un succès.", "2023",
         xfail="a year after a noun ('l'édition 2023') is not read"),
    case("Depuis 2015, le club n'a rien gagné.", "2015"),
    case("D'ici 2030, la centrale fermera.", "2030"),
    case("D'ici à 2030, la centrale fermera.", "2030"),
    case("Avant 2030, la centrale fermera.", "2030"),
    case("À l'horizon 2035, la ligne sera électrifiée.", "2035"),
    case("Le budget pour 2025 est en baisse.", "2025"),
    case("Plus de 2000 manifestants ont défilé."),
    case("Près de 2 000 manifestants ont défilé."),
    case("Les 1500 salariés du site sont en grève."),
    case("Il a couru 2000 mètres en six minutes."),
    case("Le site emploie 1 800 personnes."),
    case("De 2000 à 3000 euros par mois, selon le poste."),
    case("En 1789, le peuple a pris la Bastille.", "1789"),
    case("Vers 1850, le village a été abandonné.", "1850"),
]

TIMES_WITH_DATES = [
    case("Le concert commencera jeudi 18 avril à 20h30.", "2024-04-18"),
    case("Rendez-vous le 20 avril à 14 heures devant la mairie.", "2024-04-20"),
    case("L'alerte a été levée mercredi vers 6 heures.", "2024-04-10"),
    case("Le rassemblement aura lieu samedi 14 h place Bellecour.", "2024-04-13"),
    case("Le train est arrivé à 14h12 en gare."),
    case("Aux alentours de 6 heures, la police est intervenue."),
]

HEADLINES_AND_STANDFIRSTS = [
    case("Grève : les trains à l'arrêt jeudi 18 avril\n\nLa SNCF prévoit de fortes perturbations.", "2024-04-18"),
    case("Municipales 2026 : le maire sortant se représente", "2026",
         xfail="a year after a noun ('Municipales 2026') is not read"),
    case("Inondations : l'alerte levée mardi\n\nLes eaux ont commencé à baisser.", "2024-04-09"),
    case("Le Sénat adopte le budget 2025 après une nuit de débats", "2025",
         xfail="a year after a noun ('le budget 2025') is not read"),
]

ALL = (NUMERIC + DAY_MONTH + ABBREVIATED + WEEKDAY_AND_DAY + RANGES + PARTS_OF_MONTHS_AND_YEARS + MONTHS
       + SEASONS + DECADES_AND_CENTURIES + RELATIVE_DAYS + WEEKDAYS + RELATIVE_PERIODS + DURATIONS_ARE_NO_DATES
       + EVENTS + HOLIDAYS + YEARS + TIMES_WITH_DATES + HEADLINES_AND_STANDFIRSTS)


@pytest.mark.parametrize(("text", "published", "expected"), ALL)
def test_a_reader_places_the_date(dates_nlp: Language, text: str, published: str, expected: list[str]) -> None:
    assert values(dates_nlp, text, published) == expected
