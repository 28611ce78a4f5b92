# Hand-written French dialogues (blind37).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}   # lang: the language asked for ("fr" or "ar")
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}   # French speakers ask for Arabic

DIALOGUES = [
    [("la grille ?", CLAR),
     ("Celle pour noter les devoirs de mes stagiaires, pas celle des visites de classe", CC("ass-rubrics")),
     ("Tu peux me montrer à quoi ça ressemble pour une fiche de préparation ?", EX("ass-rubrics"))],
    [("l'attestation", CLAR),
     ("Je ne demande pas comment la télécharger, je veux savoir si elle pèse dans mon avancement", CC("faq-attestation-career"))],
    [("Formative et sommative, c'est quoi la différence en deux mots ?", A("ass-formative-vs-summative")),
     ("ok, un exemple concret dans un MOOC ?", EX("ass-formative-vs-summative")),
     ("et en arabe ? c'est pour mes stagiaires arabophones", OLA("ass-formative-vs-summative"))],
    [("J'ai peur que mon devoir reste en brouillon sur e-Takwine, comment être sûre qu'il est bien envoyé ?", A("dig-etakwine-submission")),
     ("D'accord. Et le devoir sur l'analyse des besoins, il faut le rendre pour quand ?", CAL)],
    [("Je vais voir une stagiaire en classe lundi matin, des conseils pour la visite ?", A("sup-observation")),
     ("Et pour l'entretien juste après ?", A("sup-post-observation-interview")),
     ("Une phrase pour lancer la discussion sans la braquer ?", EX("sup-post-observation-interview"))],
    [("Je suis hospitalisée, je ne pourrai pas rendre le devoir du module 3 à temps", A("faq-late-submission")),
     ("Je peux en parler directement avec mon tuteur, pas avec le bot ?", HUM)],
    [("C'est quoi exactement le micro-enseignement ?", A("fac-micro-teaching")),
     ("Un exemple de geste à faire travailler à des stagiaires du primaire ?", EX("fac-micro-teaching"))],
    [("Comment on monte une séance en formation inversée ?", A("eng-flipped")),
     ("Et la même chose en arabe stp", OLA("eng-flipped"))],
    [("J'ai raté la classe virtuelle à cause d'une coupure, comment je rattrape ?", A("faq-missed-live")),
     ("Et celle du module 4 sur les grilles, c'est quel jour ?", CAL)],
    [("Comment organiser une évaluation entre pairs dans un SPOC de 60 personnes ?", A("ass-peer")),
     ("et pour l'autoévaluation ?", A("ass-self-assessment")),
     ("Finalement je préfère en discuter avec un tuteur, c'est possible ?", HUM)],
]
