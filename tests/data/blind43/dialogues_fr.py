# Hand-written French dialogues (blind43).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("attestation ?", CLAR),
        ("je veux dire comment la telecharger a la fin du mooc", CC("dig-etakwine-attestation")),
        ("et elle compte pour l'avancement ?", A("faq-attestation-career")),
    ],
    [
        ("grille", CLAR),
        ("une grille d'observation pour quand je visite un stagiaire en classe", CC("sup-observation-grid")),
        ("t'as un exemple ?", EX("sup-observation-grid")),
    ],
    [
        ("c quoi l'evaluation diagnostique en gros", A("ass-diagnostic")),
        ("un exemple concret stp", EX("ass-diagnostic")),
        ("tu peux me le mettre en arabe pour mes stagiaires ?", OLA("ass-diagnostic")),
    ],
    [
        ("Comment animer un groupe d'analyse de pratiques avec mes stagiaires au retour du stage ?", A("sup-analysis-of-practice")),
        ("Pouvez-vous me donner la même réponse en arabe ?", OLA("sup-analysis-of-practice")),
    ],
    [
        ("mon devoir reste bloque en brouillon sur la plateforme", A("dig-etakwine-submission")),
        ("et il est pour quand deja le devoir du module 3 ?", CAL),
    ],
    [
        ("jarrive pas a me connecter depuis ce matin", A("dig-etakwine-login-password")),
        ("j'ai tout essaye, ca marche tjrs pas. je peux parler a qqn ?", HUM),
    ],
    [
        ("la classe inversee ca marche comment ?", A("eng-flipped")),
        ("et si la moitie a pas regarde la video avant ?", A("eng-flipped")),
        ("ok donne un exemple de seance", EX("eng-flipped")),
    ],
    [
        ("Quelle différence entre co-animer vraiment et juste se partager les heures ?", A("prof-collaboration")),
        ("et pour la grille commune qu'on va utiliser, combien de criteres ?", A("ass-rubrics")),
    ],
    [
        ("je pense abandonner le mooc, trop de boulot au centre", A("tut-socio-cognitive-role", "fac-motivation")),
        ("combien d'heures par semaine il faut vraiment ?", A("faq-weekly-hours")),
        ("et la prochaine classe virtuelle c quand ?", CAL),
    ],
    [
        ("je suis tuteur, comment relancer les inactifs sans les saouler ?", A("tut-dropout-prevention")),
        ("un exemple de message ?", EX("tut-dropout-prevention")),
        ("en arabe stp", OLA("tut-dropout-prevention")),
    ],
]
