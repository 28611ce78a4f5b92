# Arabizi dialogues, hand-written.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("mot de passe", CLAR),
        ("nsit lmot de passe dyal e-takwine", CC("dig-etakwine-login-password")),
        ("w ila lmail ma wslnich?", A("dig-etakwine-login-password")),
    ],
    [
        ("deadline", CLAR),
        ("9sdt kifach nrendi devoir f la plateforme", CC("dig-etakwine-submission")),
        ("w ila fatni lwe9t?", A("faq-late-submission")),
        ("3tini jawab b lfrancais", OL("faq-late-submission")),
    ],
    [
        ("chno howa feedback mzyan l stagiaire?", A("ass-feedback")),
        ("3tini exemple", EX("ass-feedback")),
        ("b lfrancais 3afak", OL("ass-feedback")),
    ],
    [
        ("wach n9der ntb3 lmooc b telephone?", A("faq-mobile")),
        ("w les videos kayklo liya la connexion", A("faq-mobile", "dig-etakwine-technical")),
    ],
    [
        ("chno howa plan de formation?", A("eng-training-plan")),
        ("w kifach nbda b analyse des besoins 9bel?", A("eng-needs-analysis")),
    ],
    [
        ("tuteur jdid, kifach n3awn les participants li t9atl3o?", A("tut-dropout-prevention")),
        ("3tini exemple dyal message de relance", EX("tut-dropout-prevention")),
        ("bghit nhder m3a coordinateur dyal les tuteurs", HUM),
    ],
    [
        ("chno khasso ydir tuteur f forum dyal lmooc?", A("tut-forum-facilitation")),
        ("w rafiq chno kaydir f forum?", A("tut-forum-facilitation", "charter-moderation")),
    ],
    [
        ("la classe virtuelle dyal module 4 imta?", CAL),
        ("w ila ma 9dertch n7dar?", A("faq-missed-live")),
        ("fin nl9a l'enregistrement mn b3d?", A("faq-recordings")),
    ],
    [
        ("chno hiya la recherche-action?", A("sup-action-research")),
        ("3tini exemple f lycee", EX("sup-action-research")),
        ("w chno homa les regles ethiques?", A("sup-action-research")),
    ],
    [
        ("wa7ed sabni f forum b darija", A("charter-respect")),
        ("bghit chi moderateur ychouf lmessage b rasso", HUM),
    ],
]
