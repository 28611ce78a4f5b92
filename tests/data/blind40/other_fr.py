# Hand-written non-content messages, French.
OUT_OF_SCOPE = [
    "recette de la harira pour ce soir svp",
    "qui a gagné le match du Wydad hier ?",
    "il va pleuvoir a Fes demain ?",
    "quelle huile moteur pour une dacia logan 2015",
    "c'est quoi le meilleur moment pour visiter Chefchaouen avec les enfants ?",
    "les resultats du concours d'agregation sont sortis ?",
    "c combien l'indemnite qu'on touche pour le tutorat du mooc ?",
    "comment creer une classe sur Google Classroom et y inviter mes stagiaires",
    "la liste du mouvement de mutation des formateurs sort quand cette annee ?",
    "ChatGPT peut corriger les copies de mes stagiaires a ma place ? c quoi le meilleur prompt",
]
CALENDAR = [
    "c quand la date limite du devoir du module 2 sur le scenario de formation ?",
    "la classe virtuelle du module 5 c a quelle heure ?",
    "qu'est-ce qu'il y a au programme cette semaine ?",
]
HUMAN = [
    "je veux parler a une vraie personne svp",
    "passe moi un tuteur, tes reponses m'aident pas",
    "Est-il possible d'etre mis en relation avec un membre de l'equipe pedagogique ? J'ai une situation particuliere a expliquer.",
]
SOCIAL = [
    "bonsoir Rafiq 👋",
    "merci bcp c'etait tres clair",
    "je suis crevee ce soir, j'ai plus la force de rien lire...",
]
