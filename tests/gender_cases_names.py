"""Gender constructions, the names: first names of many cultures, later mentions, two people, traps,
descriptions and what carries on. Cases for `tests/test_gender_constructions.py` (see there)."""

from __future__ import annotations

from tests.gender_case import F, M, NONE, case

FIRST_NAMES = [
    case("Jeanne Arnal a ouvert une boulangerie à Rodez.", "Jeanne Arnal", F),
    case("Pierre Bastide a ouvert une fromagerie à Aurillac.", "Pierre Bastide", M),
    case("Mathilde Cazeneuve a vendu ses vignes l'an dernier.", "Mathilde Cazeneuve", F),
    case("Théo Darrieux a gagné la course de côte.", "Théo Darrieux", M),
    case("Fatima Zahraoui a créé une association d'aide aux devoirs.", "Fatima Zahraoui", F),
    case("Karim Haddad a repris le garage de son père.", "Karim Haddad", M),
    case("Youssef Amrani a ouvert un cabinet à Tanger.", "Youssef Amrani", M),
    case("Samira Bouzid a lancé un podcast sur la banlieue.", "Samira Bouzid", F),
    case("Rachid Mansouri a présenté son film au festival.", "Rachid Mansouri", M),
    case("Leïla Tazi a remporté le prix du jeune talent.", "Leïla Tazi", F),
    case("Khadija Benjelloun a fondé une école de musique.", "Khadija Benjelloun", F),
    case("Aminata Diallo a ouvert un restaurant à Dakar.", "Aminata Diallo", F),
    case("Mamadou Sow a rejoint le club en janvier.", "Mamadou Sow", M,
         "not found as a person by the entities"),
    case("Fatoumata Keïta a publié un recueil de poèmes.", "Fatoumata Keïta", F),
    case("Kofi Mensah a dirigé la mission d'observation.", "Kofi Mensah", M),
    case("Ngozi Okafor a négocié l'accord commercial.", "Ngozi Okafor", F,
         "the entities find the first name alone (`Ngozi`)"),
    case("Ousmane Diop a marqué le but de la victoire.", "Ousmane Diop", M),
    case("Awa Ndiaye a pris la tête de la coopérative.", "Awa Ndiaye", F),
    case("Kwame Asante a présenté le rapport annuel.", "Kwame Asante", M),
    case("Svetlana Petrova a quitté Moscou en 2022.", "Svetlana Petrova", F),
    case("Dmitri Volkov a dirigé l'orchestre de Saint-Pétersbourg.", "Dmitri Volkov", M),
    case("Oksana Melnyk a fui Kharkiv avec ses enfants.", "Oksana Melnyk", F),
    case("Volodymyr Bondarenko a rejoint l'armée en mars.", "Volodymyr Bondarenko", M),
    case("Agnieszka Nowak a ouvert une galerie à Cracovie.", "Agnieszka Nowak", F),
    case("Tomasz Kowalski a signé un contrat avec Lens.", "Tomasz Kowalski", M),
    case("Jelena Jovanović a remporté le tournoi de Belgrade.", "Jelena Jovanović", F),
    case("Hiroshi Tanaka a présenté le nouveau modèle à Tokyo.", "Hiroshi Tanaka", M),
    case("Sakura Yamamoto a exposé ses estampes à Kyoto.", "Sakura Yamamoto", F),
    case("Kenji Watanabe a battu le record national.", "Kenji Watanabe", M),
    case("Priya Sharma a publié une étude sur la mousson.", "Priya Sharma", F),
    case("Ravi Kumar a pris la direction de la filiale.", "Ravi Kumar", M),
    case("Ji-hoon Park a composé la musique du film.", "Ji-hoon Park", M),
    case("João Ferreira a entraîné l'équipe de Porto.", "João Ferreira", M),
    case("Joana Sousa a dessiné le nouveau musée de Lisbonne.", "Joana Sousa", F),
    case("Gonçalo Pereira a ouvert une librairie à Coimbra.", "Gonçalo Pereira", M),
    case("Inês Carvalho a remporté le marathon de Lisbonne.", "Inês Carvalho", F),
    case("Ayşe Yılmaz a ouvert une épicerie à Strasbourg.", "Ayşe Yılmaz", F),
    case("Mehmet Demir a repris la pâtisserie de son oncle.", "Mehmet Demir", M),
    # the first name does not tell, and the text says nothing: no gender
    case("Camille Prat a repris la pharmacie du village.", "Camille Prat", NONE),
    case("Dominique Rambaud a repris la quincaillerie du bourg.", "Dominique Rambaud", NONE),
    case("Claude Sarrazin a vendu sa maison de Saint-Malo.", "Claude Sarrazin", NONE),
    case("Andrea Rossi a publié une étude sur les abeilles.", "Andrea Rossi", NONE),
    case("Adama Koné a ouvert un atelier de couture à Bamako.", "Adama Koné", NONE),
    case("Wei Zhang a présenté ses travaux à Shanghai.", "Wei Zhang", NONE),
    # the first name does not tell: the text does
    case("Andrea Bianchi, la chercheuse qui a mené l'étude, est formelle.", "Andrea Bianchi", F),
    case("Camille Roche a repris la pharmacie. Elle y travaille seule.", "Camille Roche", F,
         "`Elle` may stand for the feminine object before it (`la pharmacie`): left unresolved"),
]

LATER_MENTIONS = [
    case("Camille Bazin a ouvert la séance. Mme Bazin a ensuite donné la parole au public.", "Camille Bazin", F),
    case("Dominique Bellamy dirige le chantier. M. Bellamy assure que tout sera prêt.", "Dominique Bellamy", M),
    case("Claude Bernier est arrivée lundi à Lyon. Bernier a aussitôt rencontré les élus.", "Claude Bernier", F),
    case("Sacha Bigot a fondé la troupe en 2005. Plus tard, Bigot s'est dite épuisée.", "Sacha Bigot", F,
         "the surname alone, after `Plus tard,`, is not found as a person mention"),
    case("La juge Alix Blondel instruit le dossier. Blondel a entendu dix témoins.", "Alix Blondel", F),
    case("Charlie Bouchet préside le jury. Interrogé, Bouchet a défendu ses choix.", "Charlie Bouchet", M),
    case("Morgan Brault tient la buvette du stade. Brault, présidente du club, veut l'agrandir.", "Morgan Brault", F),
]

TWO_PEOPLE = [
    case("Camille Caillaud a félicité Dominique Chabert, élue maire dimanche.", "Dominique Chabert", F),
    case("Camille Caillaud a félicité Dominique Chabert, élue maire dimanche.", "Camille Caillaud", NONE),
    case("La juge Claude Chazal a entendu Sacha Clavel, arrivé menotté.", "Claude Chazal", F),
    case("La juge Claude Chazal a entendu Sacha Clavel, arrivé menotté.", "Sacha Clavel", M),
    case("Alix Combes a été reçue par Charlie Corbin à la préfecture.", "Alix Combes", F),
    case("Alix Combes a été reçue par Charlie Corbin à la préfecture.", "Charlie Corbin", NONE),
    case("Selon Morgan Costa, Dominique Coulon est partie avant l'aube.", "Dominique Coulon", F,
         "the parse makes the name an apposition to the name before it, and that one the subject"),
    case("Selon Morgan Costa, Dominique Coulon est partie avant l'aube.", "Morgan Costa", NONE),
    case("Le maire, Claude Courtois, a remis la médaille à la doyenne, Camille Cuvelier.", "Claude Courtois", M),
    case("Le maire, Claude Courtois, a remis la médaille à la doyenne, Camille Cuvelier.", "Camille Cuvelier", F),
    case("Sacha Dalmas, qui a rencontré Alix Daubert, s'est dite ravie.", "Sacha Dalmas", F),
    case("Sacha Dalmas, qui a rencontré Alix Daubert, s'est dite ravie.", "Alix Daubert", NONE),
    case("Charlie Delorme et son mari, Morgan Delpech, tiennent la boulangerie.", "Morgan Delpech", M),
    case("Charlie Delorme et son mari, Morgan Delpech, tiennent la boulangerie.", "Charlie Delorme", NONE),
    case("Dominique Demay a été élu face à Claude Derrien.", "Dominique Demay", M),
    case("Dominique Demay a été élu face à Claude Derrien.", "Claude Derrien", NONE),
    case("Camille Desbois et Sacha Devos sont arrivés ensemble.", "Camille Desbois", NONE),
    case("Camille Desbois et Sacha Devos sont arrivés ensemble.", "Sacha Devos", NONE),
    case("L'avocate de Claude Dorval, Camille Drouet, a plaidé l'acquittement.", "Camille Drouet", F),
    case("L'avocate de Claude Dorval, Camille Drouet, a plaidé l'acquittement.", "Claude Dorval", NONE),
]

TRAPS = [
    # a feminine noun of a thing or of anyone (`la victime`, `la star`): its article and agreement are the noun's
    case("La victime, Dominique Ducros, a été transportée à l'hôpital.", "Dominique Ducros", NONE),
    case("La victime, Claude Dufresne, 34 ans, habitait le quartier.", "Claude Dufresne", NONE),
    case("La star Camille Durieux a enflammé le stade samedi.", "Camille Durieux", NONE),
    case("La personnalité préférée des Français, Sacha Eymard, publie ses mémoires.", "Sacha Eymard", NONE),
    case("La vedette du film, Alix Fauvel, a salué le public.", "Alix Fauvel", NONE),
    case("La recrue Alix Godard a signé pour trois ans.", "Alix Godard", NONE),
    case("La tête de liste, Dominique Guyot, a présenté son programme.", "Dominique Guyot", NONE),
    case("La personne interpellée, Charlie Jullien, a été relâchée.", "Charlie Jullien", NONE),
    case("Le mannequin Charlie Goulet défile à Milan cette semaine.", "Charlie Goulet", NONE),
    case("Le témoin, Morgan Grandin, a été entendu par les policiers.", "Morgan Grandin", NONE),
    case("L'idole des jeunes, Claude Hamelin, remonte sur scène.", "Claude Hamelin", NONE),
    # what belongs to the person, or their kin: the agreement is of the noun
    case("La famille de Charlie Ferrier a porté plainte.", "Charlie Ferrier", NONE),
    case("La voiture de Morgan Flament a été retrouvée incendiée.", "Morgan Flament", NONE),
    case("La maison de Dominique Fortin, construite en 1900, sera démolie.", "Dominique Fortin", NONE),
    case("La sœur de Claude Foucher, arrivée la veille, a témoigné.", "Claude Foucher", NONE),
    case("L'équipe de Camille Gaudin, arrivée en tête, fête sa victoire.", "Camille Gaudin", NONE),
    case("La mort de Sacha Gervais, survenue lundi, a choqué le village.", "Sacha Gervais", NONE),
    case("La lettre de Sacha Hoche, publiée hier, fait polémique.", "Sacha Hoche", NONE),
    case("La police de Strasbourg a arrêté Camille Hennequin mardi.", "Camille Hennequin", NONE),
    case("La décision de Morgan Imbert, annoncée lundi, surprend.", "Morgan Imbert", NONE),
]

COMPOUND_FIRST_NAMES = [
    case("Jean-Marie Kerbrat a vendu sa ferme en Bretagne.", "Jean-Marie Kerbrat", M),
    case("Marie-Claude Laffont a vendu sa librairie à Pau.", "Marie-Claude Laffont", F),
    case("Anne-Marie Lalande a présidé le jury du concours.", "Anne-Marie Lalande", F),
    case("Jean-Claude Lamy a restauré le moulin du village.", "Jean-Claude Lamy", M),
    case("Marie-José Larcher a ouvert un gîte dans le Cantal.", "Marie-José Larcher", F),
    case("Marie-Pierre Lassalle a pris la tête du conseil.", "Marie-Pierre Lassalle", F),
    case("Pierre-Marie Laval a repris la scierie familiale.", "Pierre-Marie Laval", M),
    case("Jean-Baptiste Lebeau a composé l'hymne du club.", "Jean-Baptiste Lebeau", M),
    case("Marie-Dominique Lecoq a dirigé la chorale pendant vingt ans.", "Marie-Dominique Lecoq", F),
    case("Jean-Dominique Lenoble a dirigé la fanfare pendant vingt ans.", "Jean-Dominique Lenoble", M),
]

DESCRIPTIONS_LATER = [
    # the person named, then a role noun of their gender standing for them as the subject that speaks
    case("Camille Lhomme a visité l'usine mardi. La ministre a promis des aides aux salariés.", "Camille Lhomme", F),
    case("Dominique Lorrain a visité le port lundi. Le ministre a annoncé des crédits.", "Dominique Lorrain", M),
]

AFTER_HEADLINE = [
    # the parser reads a headline with no full stop and the first sentence under it as one sentence
    case("Camille Vernier est arrivée à Toulon dimanche.", "Camille Vernier", F,
         "the parser joins the headline to the sentence after its blank line: the name hangs on the headline"),
    case("Dominique Villard s'est dite inquiète de la situation.", "Dominique Villard", F,
         "the parser joins the headline to the sentence after its blank line: the name hangs on the headline"),
    case("La ministre Claude Voisin a annoncé un plan pour les routes.", "Claude Voisin", F),
]

ROMANISED_FIRST_NAMES = [
    # a first name French romanises its own way (`ou`, `gu`, an `I` before a vowel), no cue in the text
    case("Iouri Vassiliev a dirigé la délégation à Genève.", "Iouri Vassiliev", M),
    case("Evgueni Sokolov a présenté le nouveau tracteur au salon.", "Evgueni Sokolov", M),
    case("Lioudmila Orlova a remporté le concours de piano.", "Lioudmila Orlova", F),
    case("Guennadi Kozlov a quitté la direction du théâtre.", "Guennadi Kozlov", M),
    case("Timour Aliev a ouvert un restaurant ouzbek à Lyon.", "Timour Aliev", M),
    case("Ielena Smirnova a traduit le roman en russe.", "Ielena Smirnova", F),
    case("Roustam Nazarov a signé au club l'été dernier.", "Roustam Nazarov", M),
]

DEMONYM_DESCRIPTIONS = [
    # a person named by the surname alone, then a definite description marked by a demonym opening the next
    # sentence as its subject: it stands for them, as `il`/`elle` does
    case("Le match a été serré. Iturralde a ouvert le score. Le Basque a ensuite manqué un penalty.", "Iturralde", M),
    case("La finale a eu lieu. Kovacs a dominé la rencontre. La Hongroise a ensuite salué le public.", "Kovacs", F),
    case("Le sommet s'est ouvert. Brandtner a défendu le plan. Le chancelier allemand a promis des fonds.",
         "Brandtner", M),
    case("Le sommet s'est ouvert. Lindqvist a défendu le plan. La dirigeante suédoise a promis des fonds.",
         "Lindqvist", F),
    case("La course a été rude. Oyarzabal a attaqué dans la montée. L'Espagnol a résisté jusqu'au sommet.",
         "Oyarzabal", M),
    # a bare role may bring in someone new; a person in a complement may be who it stands for
    case("Le conseil a siégé. Vernhes a présenté le budget. Le directeur a quitté la salle peu après.", "Vernhes", NONE),
    case("Le sommet s'est ouvert. Halvorsen a reçu Ostrowski. Le dirigeant polonais a remercié son hôte.",
         "Halvorsen", NONE),
]

SURNAME_WITH_TITLE = [
    # a person named by the surname alone, the civility title in another sentence of the article
    case("Mme Castagné a ouvert la séance. Castagné a ensuite rappelé les règles du débat.", "Castagné", F),
    case("Le juge a entendu M. Delbosc mardi. Delbosc a nié toute implication.", "Delbosc", M),
    case("Fargeas a pris la parole en premier. Plus tard, Mme Fargeas a précisé sa pensée.", "Fargeas", F),
    case("« Nous irons au bout », a promis M. Garrigou. Garrigou réunira les salariés lundi.", "Garrigou", M),
    case("Selon Mme Hervouet, le chantier durera deux ans. Hervouet suit le dossier depuis 2018.", "Hervouet", F),
    # `Me`, `Dr` are written alike for both: nothing
    case("Me Cabanès a plaidé la relaxe. Cabanès a demandé un report de l'audience.", "Cabanès", NONE),
    case("Le Dr Aubineau a examiné le patient. Aubineau a prescrit des analyses.", "Aubineau", NONE),
]

MORE_COMPOUND_FIRST_NAMES = [
    case("Anne-Sophie Bardet a ouvert un cabinet à Nantes.", "Anne-Sophie Bardet", F),
    case("Marie-Hélène Barrau a pris sa retraite en juin.", "Marie-Hélène Barrau", F),
    case("Jean-Luc Bataille a repris la boucherie du village.", "Jean-Luc Bataille", M),
    case("Marie-Laure Baudry a signé son premier roman.", "Marie-Laure Baudry", F),
    case("Jean-François Bayle a vendu son vignoble.", "Jean-François Bayle", M),
    case("Pierre-Yves Beaumont a ouvert une crêperie à Quimper.", "Pierre-Yves Beaumont", M),
    case("Anne-Laure Bédard a rejoint le cabinet en mars.", "Anne-Laure Bédard", F,
         "not found as a person by the entities"),
    case("Hans-Peter Brenner a dirigé la filiale allemande.", "Hans-Peter Brenner", M),
    case("Anna-Lena Vogt a remporté la descente.", "Anna-Lena Vogt", F, "not found as a person by the entities"),
    case("José Luis Cabrera a entraîné le club de Séville.", "José Luis Cabrera", M),
    case("María José Campos a ouvert une galerie à Madrid.", "María José Campos", F),
    case("Ana María Cortés a présenté son film à Cannes.", "Ana María Cortés", F),
]

AMBIGUOUS_FIRST_NAMES = [
    # an epicene first name and no cue: no gender
    case("Sam Bazire a repris le café de la place.", "Sam Bazire", NONE),
    case("Gaby Berthaud a gagné le tournoi d'échecs.", "Gaby Berthaud", NONE),
    case("Sasha Brochard a lancé une marque de vêtements.", "Sasha Brochard", NONE),
    case("Charlie Bruneau a fondé un club de lecture.", "Charlie Bruneau", NONE),
    case("Morgan Bréhier a ouvert un atelier de poterie.", "Morgan Bréhier", NONE),
]

NOT_THE_SUBJECT = [
    # a relative clause of which the person is no subject, a name a preposition governs
    case("Dominique Bénardeau, dont la mère est née en Algérie, a écrit un livre.", "Dominique Bénardeau", NONE),
    case("Camille Ardouin, dont la sœur est devenue avocate, vit à Metz.", "Camille Ardouin", NONE),
    case("Selon Claude Vasselin, Alix Mortier est arrivée la première.", "Claude Vasselin", NONE),
    case("D'après Sacha Lhermitte, la directrice est partie tôt.", "Sacha Lhermitte", NONE),
]

THINGS_CARRY_ON = [
    # the thing a person's verb governs may be what the next sentence's pronoun stands for: left unresolved
    case("Alix Quesnoy a créé le festival en 2004. Il accueille chaque été des milliers de visiteurs.",
         "Alix Quesnoy", NONE),
    case("Dominique Rabiers a repris la boulangerie du bourg. Elle a fermé ses portes en mai.",
         "Dominique Rabiers", NONE),
    case("Sacha Pommeret a écrit un premier roman. Il a été traduit en dix langues.", "Sacha Pommeret", NONE),
    case("Camille Lanoëlle dirige la clinique depuis 2015. Elle a embauché dix infirmiers.", "Camille Lanoëlle", F,
         "`Elle` may stand for the clinic as well: a thing object stops the search (a subject pronoun's "
         "verb of action does not tell a person from a thing: `Elle a fermé ses portes`)"),
]
