# Hand-written Darija (Latin letters) dialogues (variety: arabizi).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("w lportfolio?", CLAR),
        ("9sdt portfolio dyal stagiaires, chno nhetto fih", CC("ass-portfolio")),
        ("3tini mital", EX("ass-portfolio")),
    ],
    [
        ("kifach nsift devoir f e-takwine?", A("dig-etakwine-submission")),
        ("w ila fat l wa9t?", A("faq-late-submission")),
        ("b lfrançais 3afak", OL("faq-late-submission")),
    ],
    [
        ("chno hiya l'andragogie?", A("fac-adult-learners")),
        ("w les méthodes actives?", A("fac-active-methods")),
        ("mital 3la étude de cas?", EX("fac-active-methods")),
    ],
    [
        ("imta deadline dyal awel devoir f module 6?", CAL),
        ("w ila bghit nbeddel cohorte?", A("faq-change-cohort")),
    ],
    [
        ("rafiq, wach kat7fed chi data 3liya?", A("dig-data-privacy")),
        ("w ila bghit nms7 kolchi?", A("dig-data-privacy")),
        ("bghit nhder m3a bnadem f had lmochkil", HUM),
    ],
    [
        ("feedback?", CLAR),
        ("9sdt kifach n3ti feedback mzyan l stagiaires", CC("ass-feedback")),
        ("w l'évaluation par les pairs?", A("ass-peer")),
    ],
    [
        ("chno howa SPOC?", A("eng-mooc-formats")),
        ("w kifach ndir formation hybride?", A("eng-hybrid")),
    ],
    [
        ("kifach nkteb objectifs opérationnels?", A("eng-objectives-competencies")),
        ("w l'alignement m3a l'évaluation?", A("eng-alignment")),
        ("tarjemha lia l français", OL("eng-alignment")),
    ],
    [
        ("message dyali tkhba f forum, 3lach?", A("charter-moderation")),
        ("w kifach nconteste?", A("charter-appeal")),
    ],
    [
        ("ana tuteur, chno role dyali organisationnel?", A("tut-organizational-role")),
        ("w role socio-cognitif?", A("tut-socio-cognitive-role")),
        ("imta live dyal module 5?", CAL),
    ],
]
