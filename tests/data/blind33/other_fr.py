# Hand-written non-content messages, French (blind33).
OUT_OF_SCOPE = [
    "quand est-ce que le ministère publie les résultats du mouvement des formateurs cette année ?",
    "mon salaire de novembre n'est toujours pas tombé, c'est normal ??",
    "comment créer une classe sur Google Classroom pour mes stagiaires ?",
    "vous auriez une bonne séquence pour enseigner le passé composé en 4e année primaire ?",
    "il va pleuvoir demain à Rabat ? je dois me déplacer pour une visite",
    "les résultats de l'examen d'aptitude professionnelle sortent quand ?",
    "c'est combien l'indemnité de déplacement pour les visites de stage en zone rurale ?",
    "comment on demande un détachement pour aller enseigner à l'étranger ?",
    "quel antivirus gratuit tu me conseilles pour mon pc portable ?",
    "comment installer Moodle sur le serveur de notre centre ?",
]
CALENDAR = [
    "c'est quand la date limite du devoir sur l'analyse des besoins ?",
    "le module 5 ouvre quel jour exactement ?",
    "la classe virtuelle de clôture c'est à quelle heure ?",
]
HUMAN = [
    "je voudrais parler à un tuteur humain svp",
    "passe-moi quelqu'un de l'équipe, c'est urgent",
    "est-ce qu'une vraie personne peut m'écrire ? le bot ne comprend pas mon problème",
]
SOCIAL = [
    "j'en peux plus, entre le centre et le mooc je dors plus, je crois que je vais laisser tomber",
    "franchement je suis nulle en informatique, je vais jamais y arriver",
    "j'ai tellement de retard que ça ne sert plus à rien de continuer",
]
