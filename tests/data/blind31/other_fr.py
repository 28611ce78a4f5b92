# Non-content questions, French variety
OUT_OF_SCOPE = [
    "Quand sera versée l'augmentation de salaire des formateurs annoncée cette année ?",
    "Comment faire une demande de mutation vers le CRMEF de Marrakech ?",
    "C'est quand le concours d'accès au cycle de formation des inspecteurs ?",
    "Comment créer une classe sur Google Classroom pour mes stagiaires ?",
    "Vous avez une bonne recette de harira pour le ftour ?",
    "Combien de formateurs sont inscrits au total dans ce MOOC ?",
    "Comment calculer mes indemnités de déplacement pour les visites de stage ?",
    "Comment récupérer mon mot de passe Massar ?",
    "Qui a gagné le match du Raja hier soir ?",
    "Y aura-t-il un MOOC avancé sur l'inclusion scolaire l'an prochain ?",
]
CALENDAR = [
    "Quelle est la date limite du devoir sur la grille d'évaluation critériée ?",
    "La classe virtuelle du module 5, c'est à quelle heure exactement ?",
    "Le module 3 ouvre quand ?",
]
HUMAN = [
    "Je voudrais parler à un vrai tuteur, pas à un robot.",
    "Pouvez-vous me mettre en relation avec une personne de l'équipe ?",
    "passez moi un humain svp",
]
SOCIAL = [
    "Bonjour Rafiq !",
    "Merci beaucoup, c'est très clair maintenant.",
    "Je suis découragée, je n'arrive plus à suivre avec tout ce travail au centre...",
]
