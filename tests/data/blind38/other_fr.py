OUT_OF_SCOPE = [
    "Quel temps il va faire a Ifrane ce week-end ? on part en sortie avec les stagiaires",
    "Qui a gagne le match Raja - Wydad hier soir ?",
    "Une recette de tajine aux pruneaux rapide svp, j'ai des invites ce soir",
    "Pour renouveler ma CIN, quels papiers il faut apporter ?",
    "Ou acheter un ordinateur portable pas trop cher a Casa ?",
    "Quand est-ce que le ministere publie la liste des formateurs retenus pour la mission a l'etranger ?",
    "Quel est le montant de l'indemnite versee aux formateurs qui encadrent les stages ?",
    "Comment preparer le concours d'entree au CFIE, quelles matieres a reviser ?",
    "Quel est le programme officiel de maths en 3e annee primaire cette annee ?",
    "Comment creer un cours Moodle quand on est administrateur de la plateforme de son centre ?",
]
CALENDAR = [
    "C'est quand la date limite du devoir sur la grille d'evaluation critériee ?",
    "La classe virtuelle du module 5, c'est a quelle heure ?",
    "Le module 3 ouvre quel jour ?",
]
HUMAN = [
    "Je voudrais parler a une vraie personne svp",
    "Pouvez-vous me mettre en relation avec mon tuteur ? c'est urgent",
    "Passe-moi un humain, tes reponses ne m'aident pas",
]
SOCIAL = [
    "Bonjour Rafiq !",
    "Merci beaucoup, c'etait tres clair 🙏",
    "Je n'y arrive plus, trop de boulot au centre, j'ai envie de tout laisser tomber",
]
