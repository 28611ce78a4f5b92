OUT_OF_SCOPE = [
    "Quand est-ce que le ministère publie la liste des formateurs retenus pour la mission à l'étranger ?",
    "C'est combien le salaire d'un formateur CRMEF à l'échelle 11 ?",
    "Les résultats du mouvement national de mutation sortent quand cette année ?",
    "il va faire beau à Ifrane ce week-end ?",
    "Qui a gagné le match du Raja hier soir ?",
    "Une recette simple de tajine aux pruneaux svp",
    "Comment créer une classe sur Google Classroom pour mes stagiaires ?",
    "Quel est le programme du concours d'accès au CFIE cette année ?",
    "Comment enseigner la division euclidienne en 5e année primaire ?",
    "Combien de jours de congé exceptionnel on a pour un mariage ?",
]
CALENDAR = [
    "C'est quand la date limite du devoir sur le scénario de formation ?",
    "La classe virtuelle du module 5 est à quelle heure ?",
    "Le module 4 ouvre quand ?",
]
HUMAN = [
    "Je voudrais parler à un vrai tuteur s'il vous plaît",
    "passe moi un humain",
    "Pouvez-vous transmettre ma demande à quelqu'un de l'équipe ? Je préfère échanger avec une personne.",
]
SOCIAL = [
    "Bonsoir Rafiq !",
    "Merci beaucoup, c'était très clair",
    "je suis épuisée, entre le centre et le mooc je n'en peux plus, j'ai envie de tout lâcher",
]
