def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("password?", CLAR),
        ("nsitou w mabghach ywsalni l email bach nbdlo", CC("dig-etakwine-login-password")),
    ],
    [
        ("l'evaluation?", CLAR),
        ("9sdt evaluation bin les pairs, fach zmlai kaysa77o lia devoir", CC("ass-peer")),
        ("3tini exemple", EX("ass-peer")),
    ],
    [
        ("chno hiya l'evaluation formative?", A("ass-formative")),
        ("chi exemple?", EX("ass-formative")),
        ("b lfransawiya 3afak", OL("ass-formative")),
    ],
    [
        ("kifach n7el compte f e-takwine?", A("dig-etakwine-registration")),
        ("w mn b3d fin nl9a les modules w forum?", A("dig-etakwine-navigation")),
    ],
    [
        ("imta deadline dyal devoir lwl dyal module 6?", CAL),
        ("ghadi nt2akhar chwiya, wach n9der nsifto mn b3d?", A("faq-late-submission")),
        ("bghit nhder m3a tuteur dyali", HUM),
    ],
    [
        ("chno howa micro-enseignement?", A("fac-micro-teaching")),
        ("w b lfransawiya?", OL("fac-micro-teaching")),
    ],
    [
        ("kifach ngeri wa7ed stagiaire kaydominer discussion?", A("fac-difficult-situations")),
        ("w l groupe kaml kifach nkhdmhom f groupes sghar?", A("fac-group-work")),
        ("chi exemple 3afak?", EX("fac-group-work")),
    ],
    [
        ("chno l far9 bin attestation w open badge?", A("ass-certificates-badges")),
        ("w kifach nhabet l'attestation dyal had lmooc?", A("dig-etakwine-attestation")),
    ],
    [
        ("Rafiq imta kaysift so2al l tuteur?", A("tut-rafiq-escalation")),
        ("w tuteur ch7al kayakhod bach yjawb?", A("tut-response-times")),
    ],
    [
        ("kifach nwjed plan de formation l3am kaml?", A("eng-training-plan")),
        ("9bel mano khassni analyse des besoins, kifach ndirha?", A("eng-needs-analysis")),
        ("exemple 3afak", EX("eng-needs-analysis")),
    ],
]
