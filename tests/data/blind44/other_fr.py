# Hand-written French non-content questions.
OUT_OF_SCOPE = [
    # plainly outside the course
    "une bonne recette de tajine aux pruneaux pour 8 personnes ?",
    "Qui a gagné le match Raja - Wydad hier soir ?",
    "il va pleuvoir demain a Agadir ? je dois sortir tot",
    "quels papiers il faut pour renouveler ma CIN a la prefecture ?",
    "Vous me conseillez quel ordinateur portable à moins de 6000 dh pour travailler ?",
    # close to the course, not answered by the guide
    "C'est quoi la zone proximale de développement chez Vygotsky ? J'en ai besoin pour mon cours de psycho.",
    "les tuteurs du mooc ils sont payes combien pour encadrer une cohorte ?",
    "Comment préparer le concours d'accès au centre de formation des inspecteurs cette année ?",
    "ou je peux trouver le programme officiel de SVT de 2e annee bac ?",
    "Comment accompagner en classe un élève autiste de 9 ans ? Je n'ai jamais eu ce cas.",
]
CALENDAR = [
    "c quand la classe virtuelle du module 5 ?",
    "Quelle est la date limite du devoir sur la grille d'évaluation critériée ?",
    "le module 6 ouvre a quelle date svp",
]
HUMAN = [
    "je veux parler a un vrai tuteur stp",
    "Pourriez-vous me mettre en relation avec une personne de l'équipe pédagogique ?",
    "passe moi un humain, pas un robot, c'est urgent",
]
SOCIAL = [
    "merci beaucoup Rafiq, c'etait super clair !",
    "Bonsoir à toutes et à tous 🙂",
    "franchement ce module 2 me plait bcp, je sens que je progresse",
]
