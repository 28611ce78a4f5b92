# Hand-written non-content messages, French.
OUT_OF_SCOPE = [
    # plainly outside the course
    "Quelle est la meilleure recette de tajine aux pruneaux pour 8 personnes ?",
    "tu peux me donner le score du match Raja - Wydad d'hier soir ?",
    "Quel temps fera-t-il à Ifrane ce week-end, il va neiger ?",
    "Comment on change la batterie d'une Dacia Logan ?",
    "Traduis-moi ce poème de Darwich en anglais stp",
    # close to the course, but the guide does not answer
    "Quand seront publiés les résultats du concours d'accès au cycle des inspecteurs au CFIE ?",
    "A combien s'élève l'indemnité de déplacement pour les visites de stage des formateurs ?",
    "Comment créer une classe sur Google Classroom pour mes stagiaires et y importer leurs adresses mail ?",
    "Est-ce que le ministère rembourse un abonnement ChatGPT Plus aux formateurs ?",
    "C'est quand la rentrée des stagiaires au CRMEF l'an prochain ?",
]
CALENDAR = [
    "C'est quand la date limite pour le devoir sur l'analyse des besoins ?",
    "La classe virtuelle du module 5, elle commence à quelle heure ?",
    "le module 4 ouvre quel jour ?",
]
HUMAN = [
    "Je voudrais parler à un tuteur, un vrai, pas un robot.",
    "Pouvez-vous transmettre ma demande à une personne de l'équipe ? Je conteste ma note du module 2.",
    "mettez moi en contact avec quelqu'un svp, j'ai un cas particulier à expliquer",
]
SOCIAL = [
    "Bonjour Rafiq ! 👋",
    "Merci beaucoup, c'est super clair",
    "Franchement je suis épuisée, entre le centre et le MOOC je n'y arrive plus, j'ai envie de tout lâcher",
]
