# French: out_of_scope, calendar, human, social. Hand-typed.
FR_OOS = [
    "Quand est-ce que le ministère publie les résultats du mouvement des formateurs cette année ?",
    "mon salaire de novembre n'est toujours pas tombé, je m'adresse à qui ?",
    "Tu peux m'expliquer la pédagogie Montessori pour le préscolaire ? j'ai une intervention à préparer là-dessus",
    "Est-ce qu'il existe un MOOC sur l'enseignement de l'amazighe ailleurs, sur Coursera ou edX par exemple ?",
    "mon pc portable rame et windows met 10 min à démarrer, une solution ?",
    "raconte moi une blague pour détendre mes stagiaires demain matin stp",
    "Combien pèse la note de stage dans la moyenne finale de la qualification au CRMEF cette année ?",
    "Comment est calculée l'indemnité de déplacement pour les visites de stage en zone rurale ?",
    "Comment gérer en classe un élève hyperactif qui ne tient pas en place ? c'est pour une stagiaire qui me demande conseil",
    "Quel logiciel d'IA je peux utiliser pour corriger automatiquement 120 copies de français ?",
]
FR_CAL = [
    "le module 4 ouvre quand ?",
    "C'est quoi la date limite pour le devoir de la grille critériée ? jusqu'à minuit ?",
    "prochaine classe virtuelle c'est quand svp et a quelle heure ?",
]
FR_HUM = [
    "je voudrais parler à une vraie personne svp, pas à un robot",
    "Pouvez-vous me mettre en relation avec quelqu'un de l'équipe ? Mon cas est un peu particulier et je préfère l'expliquer à un humain.",
    "tuteur humain stp",
]
FR_SOC = [
    "merci bcp Rafiq, ça m'a vraiment aidée !",
    "bonsoir tout le monde",
    "franchement je suis perdu, en retard sur tout, j'ai envie de tout laisser tomber...",
]
