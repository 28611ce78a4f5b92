# Hand-written French non-content questions (blind37).
OUT_OF_SCOPE = [
    # plainly outside the course
    "Il va neiger à Ifrane ce week-end ? Je dois y monter pour une formation.",
    "Vous avez le score du derby Raja-Wydad d'hier soir ?",
    "Une bonne recette de msemen feuilletés pour le ftour ?",
    "Quels papiers faut-il pour renouveler un passeport biométrique à Casablanca ?",
    "Combien coûte un billet de train Casa-Oujda en première classe ?",
    # close to the course topics, but not answered by the guide
    "Quand le ministère va publier la liste des formateurs retenus pour la mission à l'étranger ?",
    "Vous pouvez m'expliquer la zone proximale de développement de Vygotsky avec un exemple de classe ?",
    "Comment créer un quiz Kahoot avec un minuteur pour ma séance de demain ?",
    "Combien d'absences un stagiaire du CRMEF a le droit d'avoir avant d'être exclu de la formation ?",
    "Comment on fait un sociogramme pour repérer les élèves isolés dans une classe ?",
]
CALENDAR = [
    "C'est quand la date limite pour le scénario de dispositif du module 2 ?",
    "La classe virtuelle du module 5 sur les études de cas, elle est à quelle heure ?",
    "Le module sur l'évaluation des apprentissages ouvre quel jour ?",
]
HUMAN = [
    "Je préfère parler à une vraie personne, vous pouvez me passer un tuteur ?",
    "Mettez-moi en contact avec un humain svp, c'est un cas particulier que je ne veux pas expliquer à un robot.",
    "je veux parler à ma tutrice directement, maintenant si possible",
]
SOCIAL = [
    "Bonsoir Rafiq ! 👋",
    "Merci beaucoup, c'est exactement ce qu'il me fallait pour ma séance.",
    "Franchement je suis découragé, trop de boulot au centre et je prends du retard partout dans le MOOC...",
]
