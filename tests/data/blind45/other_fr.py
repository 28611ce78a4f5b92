# Hand-written French non-content items (blind45).
OUT_OF_SCOPE = [
    # plainly outside the course
    "meilleure recette de msemen pour le ftour ?",
    "Qui a gagné le derby Raja-Wydad hier soir ?",
    "Vous connaissez un hôtel pas trop cher à Chefchaouen pour le week-end prochain ?",
    "comment on renouvelle un passeport biometrique quand on habite a Safi",
    "quel smartphone acheter a moins de 2000 dh ? le mien rame",
    # close to the course but not treated by the guide
    "Comment appliquer la pédagogie Montessori dans une classe de CP de 45 élèves ?",
    "un stagiaire pense qu'un de ses eleves est dyslexique, quels tests il peut lui faire passer ?",
    "Kahoot ou Quizizz, lequel est le mieux pour des quiz en séance avec des stagiaires ?",
    "c quand le concours d'accès au CFIE cette année ? les inscriptions sont ouvertes ?",
    "Pouvez-vous m'expliquer la zone proximale de développement de Vygotsky avec un exemple de classe ?",
]
CALENDAR = [
    "c quand la date limite pour rendre la grille d'évaluation critériée ?",
    "La classe virtuelle du module 5 commence bien à 21h30 ? ça me paraît tard",
    "Le module 3 ouvre à quelle date ? Je veux m'organiser avant les vacances.",
]
HUMAN = [
    "je voudrais parler à un vrai tuteur svp",
    "Pourriez-vous me mettre en relation avec une personne de l'équipe pédagogique ? Ma situation est un peu particulière.",
    "passe moi un humain stp, pas un bot 🙏",
]
SOCIAL = [
    "merci bcp Rafiq, tu m'as sauvé la soirée 🙏",
    "Bonsoir à toute l'équipe !",
    "J'adore ce MOOC, franchement les vidéos du module 2 sont top 👏",
]
