# French dialogues, hand-written.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("attestation ?", CLAR),
        ("je veux savoir comment la telecharger quand j'aurai tout fini", CC("dig-etakwine-attestation")),
        ("et elle compte pour ma promotion ou pas ?", A("faq-attestation-career")),
    ],
    [
        ("grille", CLAR),
        ("la grille d'observation pour mes visites de stage", CC("sup-observation-grid")),
        ("tu peux m'en montrer un exemple ?", EX("sup-observation-grid")),
    ],
    [
        ("comment je prepare une seance de formation de 3h ?", A("eng-session-preparation")),
        ("un exemple de minutage stp", EX("eng-session-preparation")),
        ("tu peux me redire tout ca en arabe pour ma collegue ?", OLA("eng-session-preparation")),
    ],
    [
        ("mon devoir du module 2 part pas, le bouton envoyer reste grise", A("dig-etakwine-submission", "dig-etakwine-technical")),
        ("et si je rate l'echeance a cause de ca ?", A("faq-late-submission")),
        ("c quand deja la deadline du 2e devoir du m2 ?", CAL),
    ],
    [
        ("ca marche comment l'evaluation par les pairs dans le mooc ?", A("ass-peer")),
        ("et si je trouve que les collegues m'ont mal note ?", A("ass-peer")),
        ("ok je veux en parler a un tuteur directement", HUM),
    ],
    [
        ("j'ai rate la classe virtuelle de jeudi soir", A("faq-missed-live")),
        ("elle est ou la video ?", A("faq-recordings")),
        ("et la prochaine c quand ?", CAL),
    ],
    [
        ("comment on ecrit un objectif operationnel correct ?", A("eng-objectives-competencies")),
        ("donne moi un exemple pour une seance sur l'evaluation", EX("eng-objectives-competencies")),
        ("et comment je verifie que mes activites et mon examen collent avec ?", A("eng-alignment")),
    ],
    [
        ("je pense abandonner le mooc, trop de boulot au centre en ce moment", A("tut-socio-cognitive-role", "fac-motivation")),
        ("il faut vraiment combien d'heures par semaine ?", A("faq-weekly-hours")),
        ("ok, je prefere en parler avec mon tuteur", HUM),
    ],
    [
        ("mot de passe oublie et le lien recu a expire", A("dig-etakwine-login-password")),
        ("et si j'ai plus acces a l'adresse mail du compte ?", A("dig-etakwine-login-password")),
        ("envoie moi la meme chose en arabe stp", OLA("dig-etakwine-login-password")),
    ],
    [
        ("c quoi une communaute d'apprentissage professionnelle ?", A("sup-learning-communities")),
        ("un exemple concret avec des formateurs de deux centres ?", EX("sup-learning-communities")),
        ("et ca differe comment d'un groupe d'analyse de pratiques ?", A("sup-analysis-of-practice", "sup-learning-communities")),
    ],
]
