def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("evaluation ?", CLAR),
        ("je voulais dire la diff entre formative et sommative", CC("ass-formative-vs-summative")),
        ("t'as un exemple concret dans un mooc ?", EX("ass-formative-vs-summative")),
        ("tu peux me le redire en arabe stp, c pour une collegue", OLA("ass-formative-vs-summative")),
    ],
    [
        ("grille svp", CLAR),
        ("une grille d'observation pour aller voir une stagiaire en classe", CC("sup-observation-grid")),
        ("et apres la visite, l'entretien je le mene comment ?", A("sup-post-observation-interview")),
    ],
    [
        ("comment je depose le devoir du module 2 sur la plateforme ?", A("dig-etakwine-submission")),
        ("et c pour quand deja la date limite ?", CAL),
        ("ok je prefere que qqn verifie que mon depot est bien passé, un tuteur peut regarder ?", HUM),
    ],
    [
        ("c quoi le micro enseignement exactement", A("fac-micro-teaching")),
        ("un exemple de geste qu'on peut travailler comme ca ?", EX("fac-micro-teaching")),
    ],
    [
        ("j'ai raté la classe virtuelle de jeudi, j'etais en reunion", A("faq-missed-live")),
        ("et la video elle sera publiée ou ?", A("faq-recordings")),
        ("la prochaine seance en direct c quand ?", CAL),
    ],
    [
        ("mes stagiaires ne s'autoevaluent jamais honnetement, ils se surnotent", A("ass-self-assessment")),
        ("et le portfolio ca peut aider pour ca ?", A("ass-portfolio")),
        ("tu me mets ca en arabe pour mes collegues arabophones ?", OLA("ass-portfolio")),
    ],
    [
        ("je suis tuteur et j'ai plein d'inactifs dans ma cohorte, comment je les relance", A("tut-dropout-prevention")),
        ("donne moi un exemple de message", EX("tut-dropout-prevention")),
        ("merci. je peux en discuter avec le coordinateur directement ?", HUM),
    ],
    [
        ("j'arrive plus a me connecter depuis ce matin", A("dig-etakwine-login-password")),
        ("toujours bloqué apres avoir tout essayé, je contacte qui ?", A("dig-etakwine-technical")),
        ("je veux parler a une personne du support, pas de reponse auto", HUM),
    ],
    [
        ("comment on formule un objectif operationnel ?", A("eng-objectives-competencies")),
        ("et pour verifier que mes activites et mon eval collent bien a l'objectif ?", A("eng-alignment")),
        ("montre moi un cas ou ca colle pas", EX("eng-alignment")),
    ],
    [
        ("un participant a mis son num de tel dans le fil du module 4", A("charter-personal-data")),
        ("et si c'est mon message a moi qu'on a masqué et que je suis pas d'accord ?", A("charter-appeal")),
    ],
]
