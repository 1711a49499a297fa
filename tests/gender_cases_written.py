"""Gender constructions, the cues the text writes: civilities, role nouns, agreement, appositions, pronouns,
ranks and what a speaker says of themself. Cases for `tests/test_gender_constructions.py` (see there)."""

from __future__ import annotations

from tests.gender_case import F, M, NONE, case

CIVILITIES = [
    case("Mme Camille Arnaud a présidé la séance du conseil lundi soir.", "Camille Arnaud", F),
    case("M. Dominique Berthier a présidé la séance du conseil lundi soir.", "Dominique Berthier", M),
    case("Selon Mme Lefebvre, la route restera fermée jusqu'à jeudi.", "Lefebvre", F),
    case("M. Carpentier n'a pas souhaité répondre à nos questions.", "Carpentier", M),
    case("Mlle Sacha Dumont, 19 ans, a remporté le concours de piano.", "Sacha Dumont", F),
    case("Madame Claude Fontaine dirige la chorale depuis vingt ans.", "Claude Fontaine", F),
    case("Monsieur Alix Guérin a reçu la médaille de la ville.", "Alix Guérin", M),
    case("Me Camille Hurel, avocate de la famille, demande une contre-expertise.", "Camille Hurel", F),
    # `Me` (maître), `Dr` are written alike for both
    case("Me Dominique Jacquet plaidera la relaxe mardi.", "Dominique Jacquet", NONE),
    case("Dr Claude Lemaire a examiné les blessés à leur arrivée.", "Claude Lemaire", NONE),
    case("Mgr Dominique Marchal célébrera la messe de Pâques.", "Dominique Marchal", M),
    case("« Nous n'avons rien vu », assure Mme Morin, gérante du bar.", "Morin", F),
    case("M. Sacha Navarro, 52 ans, conduit des bus depuis trente ans.", "Sacha Navarro", M),
    case("La Dre Camille Quentin soigne les sans-abri du quartier.", "Camille Quentin", F,
         "the entities keep the abbreviated title `Dre` in the person's name"),
    case("Pour Mme Alix Perrot, la pétition a déjà atteint son but.", "Alix Perrot", F),
    case("D'après M. Charlie Quéré, le bateau a coulé en dix minutes.", "Charlie Quéré", M),
]

ROLES_BEFORE = [
    case("La ministre Dominique Ravel a annoncé un plan pour l'hôpital.", "Dominique Ravel", F),
    case("Le ministre Claude Roussel a annoncé un plan pour l'école.", "Claude Roussel", M),
    case("La juge Camille Schmitt a ordonné une expertise psychiatrique.", "Camille Schmitt", F),
    case("Le juge Sacha Tessier a ordonné la remise en liberté du suspect.", "Sacha Tessier", M),
    case("La porte-parole Alix Vasseur a démenti toute rumeur de départ.", "Alix Vasseur", F),
    case("Le porte-parole Charlie Weber a démenti toute rumeur de fusion.", "Charlie Weber", M),
    case("L'avocate Dominique Aubert conteste la procédure.", "Dominique Aubert", F),
    case("L'avocat Claude Barbier conteste la procédure.", "Claude Barbier", M),
    case("Une élue, Camille Besson, a quitté la salle en signe de protestation.", "Camille Besson", F),
    case("Un élu, Sacha Bouvier, a quitté la salle sans un mot.", "Sacha Bouvier", M),
    case("La nouvelle directrice de l'hôpital, Alix Brunet, prendra ses fonctions en mars.", "Alix Brunet", F),
    case("Le nouveau directeur de l'usine, Charlie Caron, a rencontré les syndicats.", "Charlie Caron", M),
    case("La députée Morgan Chevalier a déposé un amendement.", "Morgan Chevalier", F),
    case("Le député Dominique Collin a déposé une proposition de loi.", "Dominique Collin", M),
    case("La sénatrice Claude Cordier votera contre le texte.", "Claude Cordier", F),
    case("L'actrice Camille Dufour présente son premier film à Cannes.", "Camille Dufour", F),
    case("L'acteur Sacha Fleury présente son premier film à Deauville.", "Sacha Fleury", M),
    case("La chanteuse Alix Gaillard sera en concert samedi à Lyon.", "Alix Gaillard", F),
    case("La maire de Lille, Dominique Gauthier, a inauguré le marché.", "Dominique Gauthier", F),
    case("Le maire de Nancy, Claude Girardin, a inauguré le pont.", "Claude Girardin", M),
    case("La présidente de la région, Camille Giraud, a reçu les agriculteurs.", "Camille Giraud", F),
    case("La cheffe Sacha Hamon a obtenu sa deuxième étoile.", "Sacha Hamon", F),
    case("La procureure Alix Hoarau a requis dix ans de prison.", "Alix Hoarau", F),
    case("L'ambassadrice Charlie Joly a rencontré le ministre des Affaires étrangères.", "Charlie Joly", F),
    case("L'écrivaine Dominique Klein publie un nouveau roman chez Gallimard.", "Dominique Klein", F),
    case("L'autrice Claude Labbé publie un essai sur la mer.", "Claude Labbé", F),
    case("La photographe Camille Langlois expose ses portraits à Arles.", "Camille Langlois", F),
    case("Le photographe Sacha Laporte expose ses paysages à Arles.", "Sacha Laporte", M),
    case("La journaliste Alix Leclerc a couvert le procès pendant six semaines.", "Alix Leclerc", F),
    case("La commissaire Morgan Leduc dirige l'enquête depuis mardi.", "Morgan Leduc", F),
    case("La capitaine de l'équipe, Dominique Legrand, a marqué deux buts.", "Dominique Legrand", F),
    case("L'ancienne ministre Claude Lemoine soutient la candidate écologiste.", "Claude Lemoine", F),
    # `l'ex-ministre`: the elided article and an epicene noun show nothing
    case("L'ex-ministre Camille Lucchini soutient le candidat socialiste.", "Camille Lucchini", NONE),
    case("La jeune militante Sacha Maillard manifeste chaque vendredi.", "Sacha Maillard", F),
    case("La secrétaire d'État Alix Maréchal a visité le chantier.", "Alix Maréchal", F),
    case("Le secrétaire général Charlie Masson a signé l'accord.", "Charlie Masson", M),
    case("La championne olympique Dominique Meunier a annoncé sa retraite.", "Dominique Meunier", F),
    case("La footballeuse Claude Millet a signé à Lyon pour deux saisons.", "Claude Millet", F),
    case("Le patron de la PME, Sacha Moulin, embauche dix techniciens.", "Sacha Moulin", M),
    case("La patronne du restaurant, Alix Pasquier, a dû fermer en juin.", "Alix Pasquier", F),
    case("La romancière Morgan Poulain signera ses livres samedi.", "Morgan Poulain", F),
    case("La comédienne Dominique Prévost joue Molière à Avignon.", "Dominique Prévost", F),
    case("Le comédien Claude Raynaud joue Racine à Avignon.", "Claude Raynaud", M),
    case("La retraitée Camille Rivière a porté plainte contre son banquier.", "Camille Rivière", F),
    case("La lycéenne Sacha Rolland a lancé une pétition contre la fermeture.", "Sacha Rolland", F),
    case("L'infirmière Alix Roy raconte ses nuits de garde.", "Alix Roy", F),
    case("L'agricultrice Charlie Sanchez a perdu toute sa récolte.", "Charlie Sanchez", F),
    case("Le préfet de la Gironde, Morgan Sauvage, a pris un arrêté.", "Morgan Sauvage", M),
    case("La préfète du Nord, Dominique Segal, a pris un arrêté.", "Dominique Segal", F),
    case("La jeune femme, Claude Serre, a été secourue par un passant.", "Claude Serre", F),
    case("Le jeune homme, Camille Soulier, a été secouru par un passant.", "Camille Soulier", M),
    case("Sa compagne, Sacha Tardieu, n'a pas été inquiétée.", "Sacha Tardieu", F),
    case("Son frère, Alix Thibault, tient la boutique depuis 2001.", "Alix Thibault", M),
    case("La directrice générale du groupe, Charlie Tournier, quitte ses fonctions.", "Charlie Tournier", F),
    case("Le chef étoilé Morgan Vallet ouvre un bistrot à Lyon.", "Morgan Vallet", M),
]

AGREEMENTS = [
    case("Camille Aubry est arrivée à Marseille dimanche.", "Camille Aubry", F),
    case("Dominique Bailly est arrivé à Marseille dimanche.", "Dominique Bailly", M),
    case("Claude Baron s'est dite inquiète de la situation.", "Claude Baron", F),
    case("Sacha Benard s'est dit inquiet de la situation.", "Sacha Benard", M),
    case("Alix Blanchard a été élue au premier tour.", "Alix Blanchard", F),
    case("Charlie Bonnet a été élu au premier tour.", "Charlie Bonnet", M),
    case("Morgan Boucher est devenue en 2019 la première femme à diriger le club.", "Morgan Boucher", F),
    case("Dominique Bourgeois s'est montrée prudente sur le calendrier.", "Dominique Bourgeois", F),
    case("Claude Breton reste convaincue que le projet aboutira.", "Claude Breton", F),
    case("Camille Carré se dit satisfaite du résultat.", "Camille Carré", F),
    case("Sacha Charpentier se veut rassurante sur l'avenir du site.", "Sacha Charpentier", F,
         "the tagger calls `rassurante` masculine; its lemma plus `e` is not enough (`naturopathe`, lemma `naturopath`)"),
    case("Alix Clerc semble déterminée à aller jusqu'au bout.", "Alix Clerc", F),
    case("Charlie Cousin est partie vivre au Canada en 2015.", "Charlie Cousin", F,
         "the tagger makes `partie` a noun and the infinitive after it the head"),
    case("Morgan Da Silva a été condamnée à deux ans de prison avec sursis.", "Morgan Da Silva", F),
    case("Dominique Deschamps était absente lors du vote.", "Dominique Deschamps", F),
    case("Claude Devaux est née à Brest en 1962.", "Claude Devaux", F),
    case("Camille Dupuis s'est rendue sur place dès lundi.", "Camille Dupuis", F),
    case("Sacha Esnault a été hospitalisée après l'accident.", "Sacha Esnault", F),
    case("Alix Fabre s'est déclarée candidate à la mairie.", "Alix Fabre", F),
    case("Charlie Ferrand est morte samedi à l'âge de 88 ans.", "Charlie Ferrand", F),
    case("Morgan Fournier sera présente à l'audience de jeudi.", "Morgan Fournier", F,
         "the tagger reads `présente` as a finite form of `présenter`"),
    case("Dominique Gosselin est persuadé que l'usine rouvrira.", "Dominique Gosselin", M),
    case("Claude Garnier s'est retrouvé sans emploi du jour au lendemain.", "Claude Garnier", M),
    case("Camille Guillot a été nommé à la tête du service.", "Camille Guillot", M),
    case("Sacha Hardy est heureuse de retrouver la scène.", "Sacha Hardy", F),
    case("Alix Huet paraît soulagée par la décision du tribunal.", "Alix Huet", F),
    case("Charlie Jacquin s'est imposée en finale face à la tenante du titre.", "Charlie Jacquin", F),
    case("Morgan Jourdan a été interpellée mardi par les gendarmes.", "Morgan Jourdan", F),
    case("Alix Mercier sera entendue demain par les enquêteurs.", "Alix Mercier", F),
    case("Charlie Meyer aurait été aperçue à Nice la semaine dernière.", "Charlie Meyer", F),
    case("Morgan Michaud était convaincue de son innocence.", "Morgan Michaud", F),
    case("Dominique Moreau n'est pas venue à la réunion de mardi.", "Dominique Moreau", F),
    case("Claude Muller ne s'est pas dite surprise par le verdict.", "Claude Muller", F),
    case("Sacha Ménard, qui s'est dite choquée, a porté plainte.", "Sacha Ménard", F),
    case("Charlie Leroux est une habitante du quartier depuis trente ans.", "Charlie Leroux", F),
    case("Morgan Lesage est un ancien policier reconverti dans la pêche.", "Morgan Lesage", M),
    case("Dominique Lopez est la fille d'un pêcheur de Concarneau.", "Dominique Lopez", F),
    case("Claude Nicolle est restée fidèle à son village natal.", "Claude Nicolle", F),
    case("Camille Ollivier est sortie de l'hôpital jeudi.", "Camille Ollivier", F),
    # what agrees with no subject: a participle before its object, `fait` before an infinitive, `avoir`,
    # an epicene adjective or noun, a participle said of the object
    case("Dominique Lacroix s'est cassé la jambe au ski.", "Dominique Lacroix", NONE),
    case("Claude Lambert s'est fait voler son sac dans le métro.", "Claude Lambert", NONE),
    case("Camille Lasserre a rencontré les habitants du quartier.", "Camille Lasserre", NONE),
    case("Sacha Lebon est optimiste pour la suite de la saison.", "Sacha Lebon", NONE),
    case("Alix Lebrun est journaliste depuis dix ans.", "Alix Lebrun", NONE),
    case("Camille Martel a trouvé la porte fermée en rentrant.", "Camille Martel", NONE),
    case("Charlie Pagès a laissé la fenêtre ouverte toute la nuit.", "Charlie Pagès", NONE),
]

APPOSITIONS = [
    case("Camille Pelletier, présidente de l'association, a ouvert la séance.", "Camille Pelletier", F),
    case("Dominique Perret, président du club, a ouvert l'assemblée générale.", "Dominique Perret", M),
    case("Claude Picard, 45 ans, mère de deux enfants, a perdu son emploi.", "Claude Picard", F),
    case("Sacha Pichon, 52 ans, père de trois enfants, a perdu son emploi.", "Sacha Pichon", M),
    case("Alix Poirier, élue en 2020, brigue un second mandat.", "Alix Poirier", F),
    case("Charlie Poulet, élu en 2014, brigue un troisième mandat.", "Charlie Poulet", M),
    case("Morgan Renard, la directrice de l'école, a prévenu les parents.", "Morgan Renard", F),
    case("Dominique Rousseau, le directeur du collège, a prévenu les parents.", "Dominique Rousseau", M),
    case("Claude Royer, chercheuse au CNRS, étudie les glaciers des Alpes.", "Claude Royer", F),
    case("Camille Texier, conseillère municipale, a voté contre le budget.", "Camille Texier", F),
    case("Sacha Vidal, 34 ans, infirmière à Lyon, témoigne de son quotidien.", "Sacha Vidal", F),
    case("Charlie Berger, âgée de 30 ans, a été retrouvée saine et sauve.", "Charlie Berger", F),
    case("Morgan Bertin, interrogée par nos soins, dément toute implication.", "Morgan Bertin", F),
    case("Dominique Boyer, interrogé par nos soins, dément toute implication.", "Dominique Boyer", M),
    case("Claude Carlier, veuve depuis 2010, vit seule dans sa ferme.", "Claude Carlier", F),
    case("Camille Chauvin, fille d'agriculteurs, a repris l'exploitation familiale.", "Camille Chauvin", F),
    case("Sacha Delmas, fils d'ouvriers, a fondé sa propre entreprise.", "Sacha Delmas", M),
    case("Alix Dumas, l'une des fondatrices du collectif, s'en explique.", "Alix Dumas", F),
    case("Charlie Dupré, l'un des fondateurs du collectif, s'en explique.", "Charlie Dupré", M),
    case("Morgan Duval, ancienne championne de France, entraîne les jeunes.", "Morgan Duval", F),
    case("Camille Gillet, avocate au barreau de Paris, dénonce une dérive.", "Camille Gillet", F),
    case("Sacha Granger, première femme élue à ce poste, a prêté serment.", "Sacha Granger", F,
         "`première femme élue …`: the parse does not set `femme` in apposition to the name"),
    case("Son épouse, Alix Hébert, confirme son départ.", "Alix Hébert", F),
    case("Charlie Jouan, son mari, confirme la nouvelle.", "Charlie Jouan", M),
    case("Née à Dakar, Morgan Konaté a grandi à Marseille.", "Morgan Konaté", F),
    case("Interrogée par l'AFP, Dominique Labat a refusé de commenter.", "Dominique Labat", F),
    case("Interrogé par l'AFP, Claude Lacaze a refusé de commenter.", "Claude Lacaze", M),
    case("Arrivée en France à six ans, Camille Laffite est devenue avocate.", "Camille Laffite", F),
    case("Élu en 2019, Sacha Lagarde a présenté son premier budget.", "Sacha Lagarde", M),
    case("Claude Lamarque, directrice de l'école et mère de trois enfants, s'inquiète.", "Claude Lamarque", F),
    case("Morgan Fabrègue, une de ses avocates, a demandé un renvoi.", "Morgan Fabrègue", F),
    case("Sacha Fauchier, l'un de ses avocats, a demandé un renvoi.", "Sacha Fauchier", M),
    # `un`, `une` agree with the noun they are one of: a noun of things says nothing of the person
    case("Camille Fayolle, l'un des piliers de l'équipe, prolonge son contrat.", "Camille Fayolle", NONE),
    case("Dominique Ferrière, l'une des figures du quartier, est morte lundi.", "Dominique Ferrière", F),
    # nothing of the person: an epicene noun without its article, an origin, a body part, an age
    case("Dominique Faure, porte-parole du gouvernement, a répondu aux questions.", "Dominique Faure", NONE),
    case("Claude Ferry, ministre de la Culture, a répondu aux sénateurs.", "Claude Ferry", NONE),
    case("Alix Barthe, originaire de Toulouse, vit à Paris depuis vingt ans.", "Alix Barthe", NONE),
    case("Morgan Lacombe, la voix tremblante, raconte l'attaque.", "Morgan Lacombe", NONE),
    case("Dominique Langlade, la quarantaine, vit à Rennes avec ses enfants.", "Dominique Langlade", NONE),
    case("Claude Lavigne, la main sur le cœur, a juré de tout rembourser.", "Claude Lavigne", NONE),
    case("Camille Lemercier, la trentaine, tient une librairie à Nantes.", "Camille Lemercier", NONE),
]

PRONOUNS = [
    case("Camille Lecomte a fondé l'entreprise en 2010. Elle emploie aujourd'hui trente salariés.",
         "Camille Lecomte", F,
         "`Elle` may stand for the feminine object before it (`l'entreprise`): left unresolved"),
    case("Dominique Leblanc a fondé l'association en 2012. Il la préside toujours.", "Dominique Leblanc", M),
    case("Claude Lefort a pris la parole. « Nous continuerons », a-t-elle affirmé.", "Claude Lefort", F),
    case("Sacha Legros a pris la parole. « Nous ne céderons pas », a-t-il lancé.", "Sacha Legros", M),
    case("Alix Léger refuse de partir. Elle a expliqué que sa famille vivait ici depuis un siècle.",
         "Alix Léger", F),
    case("Charlie Lemaitre, lui, refuse de quitter le quartier.", "Charlie Lemaitre", M),
    case("Morgan Levêque, elle, refuse de quitter le quartier.", "Morgan Levêque", F),
    case("Le conseil a entendu Dominique Loiseau. Celle-ci a demandé un délai.", "Dominique Loiseau", F),
    case("Le tribunal a entendu Claude Marchand. Celui-ci a nié les faits.", "Claude Marchand", M),
    case("Le préfet a reçu Camille Martineau. Cette dernière a réclamé des moyens.", "Camille Martineau", F),
    case("Sacha Maury a visité le chantier. Selon elle, les travaux avancent.", "Sacha Maury", F),
    case("Alix Mallet a grandi à Lille. Elle y vit toujours avec sa famille.", "Alix Mallet", F),
    case("Charlie Mignon a grandi à Lyon. Il y vit toujours avec sa famille.", "Charlie Mignon", M),
    case("Morgan Monnier a parlé de son fils. « Il ne reviendra pas », a-t-elle dit.", "Morgan Monnier", F),
    case("Claude Maubert a visité le site. Elle a déclaré que les travaux reprendraient.", "Claude Maubert", F),
    case("« Rien n'est joué », estime Dominique Mazet. Il appelle à la mobilisation.", "Dominique Mazet", M),
    # an impersonal `il`, a pronoun in quotation marks: nothing of the person
    case("Claude Navarre a visité l'école. Il y a encore beaucoup de travail.", "Claude Navarre", NONE),
    case("Camille Noiret a regardé la salle. « Elle est vide », a constaté le maire.", "Camille Noiret", NONE,
         "the speaker of the quotation after it (`le maire`) is resolved to the person named before"),
]

STRESSED_PRONOUNS = [
    # a stressed pronoun set right after the name stands for it: `lui`, `elle`, between commas or `-même`
    case("Le conseil a voté. Camille Méric, elle, a voté contre le texte.", "Camille Méric", F),
    case("Dominique Rouvier, lui, a refusé de signer le compromis.", "Dominique Rouvier", M),
    case("Claude Sabatier, elle aussi, a demandé un délai aux juges.", "Claude Sabatier", F),
    case("Sacha Tarrade, lui non plus, n'a pas répondu à nos questions.", "Sacha Tarrade", M),
    case("Alix Vautrin elle-même reconnaît une erreur de calcul.", "Alix Vautrin", F),
    case("Morgan Verdier lui-même ne s'y attendait pas.", "Morgan Verdier", M),
    case("Les autres ont signé ; Charlie Valade, elle seule, a dit non.", "Charlie Valade", F),
    case("Sacha Lemonnier, elle-même ancienne nageuse, entraîne les jeunes du club.", "Sacha Lemonnier", F),
    case("Camille Rougeot, lui-même fils de mineur, a grandi à Lens.", "Camille Rougeot", M),
    # not the name's: an object clitic after the comma, or the pronoun of the noun the name is of
    case("Le maire a écrit à Charlie Vigneron, lui demandant des excuses.", "Charlie Vigneron", NONE),
    case("Le frère de Dominique Viguier, lui, a témoigné mardi.", "Dominique Viguier", NONE),
]

INFLECTED_ROLES = [
    # a role noun no list of the models holds, that French inflects for a woman (the lemmatizer's tables)
    case("Le match a été serré. L'attaquant Sacha Rivette a inscrit un doublé.", "Sacha Rivette", M),
    case("L'enquête avance. Le suspect, Camille Sabran, nie les faits.", "Camille Sabran", M),
    case("L'enquête avance. La suspecte, Camille Sallard, nie les faits.", "Camille Sallard", F),
    case("Le festival s'ouvre. La lauréate Dominique Voisard remercie le jury.", "Dominique Voisard", F),
    case("Le festival s'ouvre. Le lauréat Dominique Vuillemin remercie le jury.", "Dominique Vuillemin", M),
    case("Le chantier reprend. La surveillante Claude Renouard a donné l'alerte.", "Claude Renouard", F),
    case("Le conseil a voté. Le rapporteur Charlie Teyssier défend le texte.", "Charlie Teyssier", M),
    case("Le conseil a voté. L'opposante Charlie Thuillier dénonce le texte.", "Charlie Thuillier", F),
]

NAME_PARTICLES = [
    # a name that opens with its particle `de` is not the complement of the noun before it
    case("Les relations ont été rétablies par le général de Gaulle en 1964.", "de Gaulle", M),
    case("La séance est levée. Le préfet a reçu de Lattre, arrivé la veille.", "de Lattre", M),
]

MORE_AGREEMENTS = [
    # a participle or adjective said of the person, in every tense and place
    case("Sacha Réveillon s'est dite satisfaite du compromis trouvé.", "Sacha Réveillon", F),
    case("Alix Sarda s'est félicitée de l'accord signé avec la mairie.", "Alix Sarda", F),
    case("Charlie Tessières, réélue en 2022, préside la commission.", "Charlie Tessières", F),
    case("Morgan Thuret a été réélue dimanche avec 62 % des voix.", "Morgan Thuret", F),
    case("Jointe par téléphone, Dominique Vabre confirme son départ.", "Dominique Vabre", F),
    case("Contactée par nos soins, Claude Vachet n'a pas répondu.", "Claude Vachet", F),
    case("Camille Valette, contactée mardi, n'a pas souhaité s'exprimer.", "Camille Valette", F),
    case("Sacha Vannier s'est dite prête à négocier avec la direction.", "Sacha Vannier", F),
    case("Alix Vaudel, visiblement émue, a remercié ses proches.", "Alix Vaudel", F),
    case("Charlie Vergnes, très attachée à son village, refuse de vendre.", "Charlie Vergnes", F),
    case("Morgan Vidalenc est décédée mardi à l'âge de 90 ans.", "Morgan Vidalenc", F),
    case("Camille Viard s'est exprimée devant la presse jeudi.", "Camille Viard", F),
    case("Alix Merlin demeure prudente sur le calendrier des travaux.", "Alix Merlin", F),
    case("Charlie Mazière reste persuadé que la ligne rouvrira.", "Charlie Mazière", M,
         "the tagger gives `persuadé` no number, so its masculine is not read"),
    case("Morgan Lescure se veut confiant pour la suite du chantier.", "Morgan Lescure", M,
         "the tagger reads `confiant` as the present participle of `confier`"),
    case("Dominique Peyrat reste présidente du jury jusqu'en mai.", "Dominique Peyrat", F),
    case("Sacha Vignal, arrivée deuxième, a salué la gagnante.", "Sacha Vignal", F),
    case("Dominique Verneuil s'est dit prêt à négocier avec la direction.", "Dominique Verneuil", M),
    case("Charlie Virot, contacté par téléphone, confirme l'information.", "Charlie Virot", M),
    case("Claude Vauclair, visiblement ému, a remercié ses proches.", "Claude Vauclair", M),
    case("Alix Valadier s'est félicité de l'accord signé avec l'État.", "Alix Valadier", M),
    case("Contacté par nos soins, Morgan Vaissière n'a pas répondu.", "Morgan Vaissière", M),
    # said of something else: the object, a noun the name is of
    case("Sacha Valadon a retrouvé sa voiture, abîmée par la grêle.", "Sacha Valadon", NONE),
    case("La police a interpellé Camille Vayssière, soupçonnée de vol.", "Camille Vayssière", F),
    # an epicene noun of a trade the tagger may call an adjective, its lemma cut short
    case("Camille Roubaud, naturopathe, conseille des cures de quatre mois.", "Camille Roubaud", NONE),
    case("Sacha Fontanel, sophrologue, reçoit dans son cabinet de Brive.", "Sacha Fontanel", NONE),
]

PREFIXED_ROLES = [
    # a role noun with a prefix (`vice-`, `co-`, `sous-`, `ex-`) shows its gender as the noun does
    case("La vice-présidente Camille Abadie a présidé la séance.", "Camille Abadie", F),
    case("Le vice-président Dominique Achard a présidé la séance.", "Dominique Achard", M),
    case("La cofondatrice de la start-up, Claude Agostini, lève des fonds.", "Claude Agostini", F),
    case("L'ex-présidente du club, Sacha Aimé, revient au conseil.", "Sacha Aimé", F),
    case("L'ex-directrice de l'agence, Alix Alary, témoigne.", "Alix Alary", F),
    case("La sous-préfète Morgan Albert a visité le camp.", "Morgan Albert", F),
    case("La première adjointe, Charlie Alibert, remplace le maire.", "Charlie Alibert", F),
    case("Le premier adjoint, Camille Allard, remplace la maire.", "Camille Allard", M),
    # a role after the name with its article
    case("Dominique Amiel, la procureure de Rennes, a requis la prison.", "Dominique Amiel", F),
    case("Claude Andrieu, le juge d'instruction, a clos l'enquête.", "Claude Andrieu", M),
]

RANKS = [
    # a rank of the nobility, the Church or the army before the name, maybe before its particle
    case("Le cardinal de Roquelaure a reçu les fidèles à Rouen.", "de Roquelaure", M),
    case("La comtesse Alix de Ferrières a ouvert son château au public.", "Alix de Ferrières", F),
    case("Le marquis Dominique de Saint-Aulaire a vendu ses terres.", "Dominique de Saint-Aulaire", M),
    case("La baronne Sacha Loubière a légué sa collection au musée.", "Sacha Loubière", F),
    case("La duchesse Camille de Montferrand a présidé le bal.", "Camille de Montferrand", F),
    case("Le colonel Dominique Gravier commande le régiment depuis juin.", "Dominique Gravier", M),
    case("La capitaine Claude Hébrard commande la compagnie depuis juin.", "Claude Hébrard", F),
    case("Le lieutenant Morgan Pujol commande la section de tête.", "Morgan Pujol", M),
    case("L'abbé Camille Delrieu dit la messe chaque dimanche.", "Camille Delrieu", M),
    # the role of the first conjunct is not the apposed name's
    case("Ils ont déjoué les ruses du cardinal de Vaudreuil et de sa complice, Alix de Sérigny.", "Alix de Sérigny", NONE),
    case("Ils ont déjoué les ruses de la comtesse de Mirabel et de son complice, Morgan de Brézé.", "Morgan de Brézé", NONE),
    # a civility title before the particle of the name
    case("Mlle de La Tourette a dansé devant toute la cour.", "La Tourette", F),
    case("Mme de La Roncière a quitté le conseil d'administration.", "La Roncière", F),
]

TAGGED_AS_NOUNS = [
    # a past participle the tagger calls a noun or a finite verb, after the name's comma, after `être`, after `se dire`
    case("Camille Jourdanet, arrivée hier soir à Lorient, a visité la criée.", "Camille Jourdanet", F),
    case("Dominique Kervella, arrivé la veille à Brest, a visité le chantier naval.", "Dominique Kervella", M),
    case("Claude Ravenelle, sortie de prison en mai, vit chez sa sœur.", "Claude Ravenelle", F),
    case("Alix Sorbier, venue de Lyon pour l'occasion, a chanté deux titres.", "Alix Sorbier", F),
    case("Sacha Ferrandi, entrée au gouvernement en 2022, quitte son poste.", "Sacha Ferrandi", F),
    case("Morgan Quillet est partie en Espagne au printemps.", "Morgan Quillet", F),
    case("Charlie Duplessy se dit soulagée après le verdict.", "Charlie Duplessy", F),
    # a noun that only looks like a participle stays a noun: `partie civile`, `la sortie`, a one-gender noun
    case("Camille Blanchon, partie civile dans le procès, réclame des excuses.", "Camille Blanchon", NONE),
    case("Sacha Trémolières, recrue de l'été, a marqué dès son premier match.", "Sacha Trémolières", NONE),
]

AGREEMENT_BEFORE_A_COMPLEMENT = [
    # after `être` (not reflexive) the participle agrees with the subject whatever follows it
    case("Dominique Aubertin a été élu maire de la commune en 2020.", "Dominique Aubertin", M),
    case("Camille Rivetot est convaincu que la réforme passera.", "Camille Rivetot", M),
    case("Claude Marsan a été nommé directeur de l'agence en mars.", "Claude Marsan", M),
    case("Alix Pellerin est persuadée que le projet aboutira.", "Alix Pellerin", F),
    # reflexive before an object: the participle agrees with nothing
    case("Sacha Ponsard s'est vu confier la direction du service.", "Sacha Ponsard", NONE),
]

FRONTED_PHRASES = [
    # a fronted phrase a preposition governs, then the name: the noun is not the person's role
    case("Devant la presse, Tchernykh a déclaré que rien n'était décidé.", "Tchernykh", NONE),
    case("Face à la maire, Dominique Pradeau, arrivé en retard, s'est excusé.", "Dominique Pradeau", M),
    case("Avec la promesse du préfet, Camille Lantelme est repartie rassurée.", "Camille Lantelme", F),
    # the nouns of persons in `-esse` are listed; the nouns of things in `-esse` say nothing
    case("L'hôtesse de l'air, Morgan Salvetat, a porté secours au passager.", "Morgan Salvetat", F),
    case("Pour la jeunesse du quartier, Claude Rességuier a ouvert un gymnase.", "Claude Rességuier", NONE),
]

DEMONYMS_BEFORE = [
    # a capitalised demonym between its article and the name: the article, or after `l'` the demonym's form
    case("Le Britannique Dominique Hatfield a terminé deuxième de la course.", "Dominique Hatfield", M),
    case("La Française Camille Aubrac a remporté la médaille d'or.", "Camille Aubrac", F),
    case("L'Américaine Morgan Stiles a battu le record du monde.", "Morgan Stiles", F),
    case("L'Allemand Sacha Brenninger a dominé l'étape de montagne.", "Sacha Brenninger", M),
    case("Une Italienne, Alix Morandotti, figure parmi les lauréats.", "Alix Morandotti", F),
    # after `l'`, a demonym written alike for both (`Belge`, `Suisse`) says nothing
    case("L'Helvète Claude Baumgartner a signé le meilleur temps.", "Claude Baumgartner", NONE),
    case("La Belge Charlie Vandamme s'est imposée au sprint.", "Charlie Vandamme", F),
]

RANK_OF = [
    # the `de X` of a rank of the nobility or the clergy is the person (the particle left out of the name)
    case("Elle a rencontré la comtesse de Ségur à Paris.", "Ségur", F),
    # a noun that is no rank: the name is what it is of
    case("Il servit longtemps la fille de Claude Estival.", "Claude Estival", NONE),
]

FIRST_PERSON = [
    # what the speaker says of themself: `je` agrees with them, in a quotation given to them
    case("« Je suis fière de mon équipe », a déclaré Camille Collinet.", "Camille Collinet", F),
    case("« Je suis prêt à me battre », a lancé Sacha Colinas.", "Sacha Colinas", M),
    case("« Je me suis sentie trahie », confie Dominique Gratien.", "Dominique Gratien", F),
    case("« Je suis partie sans rien », raconte Claude Issartel.", "Claude Issartel", F),
    case("« Je ne suis pas inquiète, mais je reste vigilante », assure Morgan Laborde.", "Morgan Laborde", F),
    case("« Il est content, je suis ravie pour lui », a réagi Alix Mouret.", "Alix Mouret", F),
    case("« Je suis un homme de parole », a martelé Claude Gasnier.", "Claude Gasnier", M),
    case("Devant les caméras, Gavrilenko a déclaré : « Je suis prêt à négocier ».", "Gavrilenko", M),
    case("« J'étais persuadé qu'elle viendrait », a expliqué Dominique Pichard.", "Dominique Pichard", M,
         "the tagger gives `persuadé` no number, so its masculine is not read"),
    # `je` in no quotation of theirs, or a masculine role form alone: nothing
    case("« Nous sommes prêts », a affirmé Sacha Fougeray.", "Sacha Fougeray", NONE),
    case("« Je ne suis pas candidat », a répété Camille Thoraval.", "Camille Thoraval", NONE),
]

# Participles whose masculine ends in `s` (`mis`, `pris`, `remis`), singular and plural alike: the tagger gives
# them no number, so what they agree with tells (court and police reports: `mis en examen`, `pris en charge`).
S_PARTICIPLES = [
    case("Claude Montcalvet, mis en examen en 2021, conteste les faits.", "Claude Montcalvet", M),
    case("Camille Roux-Lavergne a été mise en examen pour escroquerie.", "Camille Roux-Lavergne", F),
    case("Dominique Fabreguette a été mis en cause par deux témoins.", "Dominique Fabreguette", M),
    case("Sacha Lemoal, pris en charge par les secours, souffre d'une fracture.", "Sacha Lemoal", M),
    case("Alix Perrichon, remis en liberté mardi, attend son procès.", "Alix Perrichon", M),
    case("Charlie Quintard s'est mis en retrait de la vie politique.", "Charlie Quintard", M),
    # plural: two people, or an object the participle does not agree with
    case("Camille et Sacha Ormières ont été mis en examen.", "Sacha Ormières", NONE),
    case("Morgan Delattre s'est pris les pieds dans le tapis.", "Morgan Delattre", NONE),
]

# A role phrase before the name's comma: its head is the person's role, not the noun it is of (`l'avocate du
# prévenu, X`), and a title may stand between (`l'avocate de la famille, Me X`).
ROLE_OF_SOMEONE = [
    case("L'avocate du prévenu, Dominique Saint-Péray, a demandé un renvoi.", "Dominique Saint-Péray", F),
    case("La fille du directeur, Sacha Lemarchand, a porté plainte.", "Sacha Lemarchand", F),
    case("Le père de la victime, Claude Morvan, réclame justice.", "Claude Morvan", M),
    case("L'ancienne compagne du footballeur, Charlie Ramel, a témoigné.", "Charlie Ramel", F),
    case("L'avocate de la famille, Me Camille Sauvageot, a demandé un renvoi.", "Camille Sauvageot", F),
    case("La présidente du tribunal, Mme Alix Bessonnat, a suspendu l'audience.", "Alix Bessonnat", F),
    # `le conseil` (the lawyer) is masculine whoever it names
    case("Le conseil de l'entreprise, Me Claude Castagnède, plaidera la relaxe.", "Claude Castagnède", NONE),
]

# Two civility titles joined before one surname name a couple: the name is two people's, of both genders.
COUPLES = [
    case("M. et Mme Ferrandou, parents de la victime, se sont constitués partie civile.", "Ferrandou", NONE),
    case("Mme et M. Castanier tiennent la boulangerie du village depuis 1998.", "Castanier", NONE),
    case("M. Loubet et Mme Soulié ont signé le bail mardi.", "Soulié", F),
    case("M. Loubaresse et Mme Vidalenc ont signé le bail mardi.", "Loubaresse", M),
]
