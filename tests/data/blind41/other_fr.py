# French: out of scope, calendar, human, social. Hand-written.
OUT_OF_SCOPE = [
    "c quoi la meilleure recette de tajine aux pruneaux pour ce weekend ?",
    "qui a gagne le derby Raja Wydad hier soir ?",
    "il va neiger a Ifrane demain ? je dois prendre la route",
    "Pouvez-vous me conseiller un bon smartphone à moins de 2000 dh ?",
    "horaires du train Al Boraq Tanger Casa le vendredi svp",
    "Quand sont publiés les résultats du mouvement national des formateurs cette année ?",
    "c combien l'indemnite de deplacement pour les visites de stage au CRMEF ?",
    "Quelle est la date du concours d'accès au cycle des inspecteurs au CFIE cette année ?",
    "vous avez le programme officiel de francais de 5e annee primaire en pdf ?",
    "comment on fait un quiz sur Kahoot etape par etape ? j'ai jamais utilise",
]
CALENDAR = [
    "c quand la date limite du devoir 2 du module 2, le scenario de dispositif ?",
    "la classe virtuelle du module 5 c'est a quelle heure ? on m'a dit 21h30 c bien ca ?",
    "Le module 4 ouvre à quelle date ?",
]
HUMAN = [
    "je veux parler a un vrai tuteur svp, pas a un robot",
    "Pouvez-vous demander à mon tuteur de m'accorder cinq jours de plus pour le devoir du module 3 ? J'ai été hospitalisée.",
    "ma note au devoir 1 est injuste, je veux qu'une personne la revoie",
]
SOCIAL = [
    "bonsoir Rafiq :)",
    "merci bcp, ta reponse m'a sauve la soiree",
    "je suis crevee ce soir mais contente d'avoir boucle le module 1",
]
