# Non-content questions, French: out of scope (10), calendar (3), human (3), social (3).
OUT_OF_SCOPE = [
    "Quel est le barème des indemnités de déplacement pour les visites de stage ?",
    "C'est quand le prochain concours d'accès au cycle de formation des inspecteurs ?",
    "Tu peux me donner une recette de harira rapide pour ce soir ?",
    "Qui a gagné le match du Raja hier soir ?",
    "Comment enseigner la lecture syllabique en première année avec la méthode Montessori ?",
    "Quels sont les stades du développement cognitif selon Piaget ?",
    "Peux-tu corriger mon résumé en anglais pour un article que je soumets à une revue ?",
    "quel logiciel gratuit pour faire les emplois du temps d'un lycée ?",
    "Combien d'heures de cours par semaine doit assurer un prof de collège en service normal ?",
    "Pédagogie Freinet ou pédagogie Decroly, c'est quoi la différence ?",
]
CALENDAR = [
    "Le module 4 ouvre quand exactement ?",
    "C'est quoi la date limite pour rendre le devoir sur la grille d'évaluation critériée ?",
    "la classe virtuelle du module 5 c'est a quelle heure ?",
]
HUMAN = [
    "Je voudrais parler à un tuteur, pas à un robot.",
    "Passez-moi une vraie personne svp, c'est urgent",
    "Est-ce que quelqu'un de l'équipe peut prendre ma demande en main directement ?",
]
SOCIAL = [
    "Merci beaucoup, c'est très clair !",
    "Bonsoir Rafiq, ça va ?",
    "Bon, je vous laisse, bonne nuit",
]
