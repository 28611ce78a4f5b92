# Hand-written non-content items, French variety.
OUT_OF_SCOPE = [
    "Quand est-ce que l'indemnité des formateurs qui encadrent le MOOC sera versée ?",
    "Comment obtenir une mutation vers le CRMEF de Marrakech à la rentrée prochaine ?",
    "tu peux me préparer une fiche de leçon sur les fractions pour des élèves de CM1 ?",
    "Il va pleuvoir à Ifrane jeudi ? j'ai une visite de stage là-bas",
    "Qu'est-ce que tu penses du nouveau gouvernement et de sa politique éducative ?",
    "j'ai mal au dos à force de rester assise devant l'ordi, un médicament à conseiller ?",
    "Comment créer un quiz auto-corrigé avec points sur Google Forms ?",
    "Quel est le barème du concours d'accès au cycle de formation des inspecteurs cette année ?",
    "La grille officielle utilisée par les inspecteurs pour la titularisation des enseignants, elle a combien de critères et combien de points ?",
    "Mon fils passe le bac régional en juin, des conseils pour qu'il révise la SVT ?",
]
CALENDAR = [
    "c'est quand la date limite du bilan final et du portfolio ?",
    "La classe virtuelle sur les grilles d'évaluation, c'est quel jour et à quelle heure ?",
    "le module 3 ouvre quand exactement ?",
]
HUMAN = [
    "Je voudrais parler à un vrai tuteur, pas à un robot.",
    "Pouvez-vous me mettre en relation avec une personne de l'équipe pédagogique svp",
    "passe moi un humain stp c urgent",
]
SOCIAL = [
    "Bonsoir Rafiq, merci pour hier, ta réponse m'a sauvé la séance !",
    "franchement j'en peux plus, entre le centre et le MOOC je me sens nulle",
    "Bonjour ! vous allez bien aujourd'hui ?",
]
