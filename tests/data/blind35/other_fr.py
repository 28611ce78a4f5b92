# Hand-written French non-content items (variety: fr).
OUT_OF_SCOPE = [
    # plainly outside the guide
    "Quand est-ce que le rappel de salaire des formateurs promus en 2025 sera enfin versé ?",
    "Il va faire quel temps à Ifrane ce week-end ? Je dois monter pour un atelier et je ne sais pas si la route sera enneigée.",
    "Qui a gagné le match du Raja hier soir ?",
    "Tu aurais une bonne recette de harira pour le ftour de ce soir ?",
    "Comment expliquer les fractions équivalentes à mes élèves de CE4 avec du matériel simple ?",
    # sounding close to the guide but not answered by it
    "Quelle est la différence entre le modèle ADDIE et le modèle SAM en ingénierie de formation ?",
    "Comment réaliser un sociogramme de Moreno pour cartographier les affinités dans mon groupe de stagiaires ?",
    "Combien de pages doit faire le mémoire professionnel des stagiaires du CRMEF, et quelle norme bibliographique faut-il imposer ?",
    "Comment calculer l'indice de difficulté et l'indice de discrimination des questions d'un QCM après l'examen ?",
    "Quelles sont les démarches pour devenir moi-même tuteur de ce MOOC dans une prochaine cohorte ?",
]
CALENDAR = [
    "C'est quand la date limite du devoir sur la grille d'évaluation critériée, au module 4 ?",
    "La classe virtuelle du module 5 commence à quelle heure, et quel jour ?",
    "Le module 3 ouvre à partir de quelle date pour la cohorte 2026-B ?",
]
HUMAN = [
    "Je voudrais parler à un vrai tuteur, pas à un robot, s'il vous plaît.",
    "Pouvez-vous me mettre en relation avec une personne de l'équipe ? Ma situation est compliquée à expliquer par écrit.",
    "svp passez moi un humain",
]
SOCIAL = [
    "Merci beaucoup, ça m'a vraiment aidée pour ma séance de demain !",
    "Bonsoir Rafiq 🙂",
    "Je suis crevé ce soir, mais fier d'avoir rendu mon premier devoir.",
]
