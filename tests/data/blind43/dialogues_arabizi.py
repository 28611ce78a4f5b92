# Hand-written Arabizi dialogues (blind43).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("devoir?", CLAR),
        ("kifach n7et devoir f plateforme", CC("dig-etakwine-submission")),
        ("w deadline dial module 5 imta?", CAL),
    ],
    [
        ("l'inscription", CLAR),
        ("bghit nt2aked wach lmooc fabor wla b flous", CC("faq-free")),
        ("w ila chi wa7ed tlab mni flous?", A("faq-free")),
    ],
    [
        ("chno hiya pratique reflexive?", A("sup-reflective-practice")),
        ("3tini exemple", EX("sup-reflective-practice")),
        ("b lfransawiya 3afak", OL("sup-reflective-practice")),
    ],
    [
        ("kifach nbni grille d'evaluation b les criteres?", A("ass-rubrics")),
        ("w mital?", EX("ass-rubrics")),
    ],
    [
        ("ma 9dertch ndkhol l plateforme", A("dig-etakwine-login-password")),
        ("walo, ma khdamch, bghit nhder m3a bnadem", HUM),
    ],
    [
        ("chno lfar9 bin mentor w inspecteur?", A("sup-mentoring")),
        ("w kifach nnadem les rencontres m3a prof jdid?", A("sup-mentoring")),
        ("b lfrancais", OL("sup-mentoring")),
    ],
    [
        ("kifach nbda seance mzyan m3a groupe jdid?", A("fac-opening-closing")),
        ("3tini chi brise-glace", EX("fac-opening-closing")),
    ],
    [
        ("chno hiya communaute d'apprentissage professionnelle?", A("sup-learning-communities")),
        ("w online kifach tkhdem?", A("sup-learning-communities")),
        ("live dial module 5 imta?", CAL),
    ],
    [
        ("wach n9der nkteb b darija f forum?", A("faq-language")),
        ("w f devoir?", A("faq-language")),
        ("3awdha b lfrancais", OL("faq-language")),
    ],
    [
        ("t7bes lia message f forum 7it fih kelma b darija fhmouha insulte, kifach n3tared?", A("charter-appeal")),
        ("chkon li ghadi y3awd ychofo?", A("charter-appeal")),
        ("bghit nhder m3a chi moderateur bnadem", HUM),
    ],
]
