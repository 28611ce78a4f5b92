# Hand-written dialogues, Arabizi (blind33).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("w l grille?", CLAR),
        ("9sdt la grille d'évaluation critériée, kifach nsawbha?", CC("ass-rubrics")),
        ("3tini exemple 3afak", EX("ass-rubrics")),
    ],
    [
        ("kifach nsjel f e-takwine?", A("dig-etakwine-registration")),
        ("w ila nsit mot de passe mn b3d?", A("dig-etakwine-login-password")),
        ("3awdha b lfrançais 3afak", OL("dig-etakwine-login-password")),
    ],
    [
        ("chno hiya la pratique réflexive?", A("sup-reflective-practice")),
        ("3tini mital", EX("sup-reflective-practice")),
    ],
    [
        ("l live dyal module 5 fo9ach?", CAL),
        ("w ila ma 7dertch?", A("faq-missed-live")),
        ("bghit nhder m3a chi tuteur", HUM),
    ],
    [
        ("w l forum?", CLAR),
        ("9sdt wach n9der nkteb f forum 3la ay 7aja wla ghir 3la formation", CC("charter-on-topic")),
        ("w chno homa l7wayj li mr7ba bihom ktar?", A("charter-welcome")),
    ],
    [
        ("kifach nkteb objectif opérationnel mzyan?", A("eng-objectives-competencies")),
        ("w la taxonomie de bloom fin katdkhol f hadchi?", A("eng-objectives-competencies")),
        ("3tini exemple", EX("eng-objectives-competencies")),
        ("b lfrançais 3afak", OL("eng-objectives-competencies")),
    ],
    [
        ("wach l'attestation katkhdem f tar9iya?", A("faq-attestation-career")),
        ("bghit nhder m3a bnadem machi robot", HUM),
    ],
    [
        ("kifach ndir évaluation diagnostique f bdya dyal l3am?", A("ass-diagnostic")),
        ("w mn b3d, l formative kifach ndirha?", A("ass-formative")),
        ("devoir dyal module 4 fo9ach khasso ytsift?", CAL),
    ],
    [
        ("w SAMR?", CLAR),
        ("l modèle SAMR dyal TIC f formation, chno kay3ni?", CC("dig-ict-integration")),
        ("3awdo liya b lfrançais", OL("dig-ict-integration")),
    ],
    [
        ("kifach n3ti feedback mzyan l stagiaires?", A("ass-feedback")),
        ("w l'évaluation par les pairs, kifach nwejjed lihom?", A("ass-peer")),
        ("w ila 3tawni note ma m3a9olach?", A("ass-peer")),
        ("3tini exemple dyal commentaire", EX("ass-peer")),
    ],
]
