# Hand-written dialogues, Arabizi (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("l'evaluation", CLAR),
     ("la diagnostique, li kandiro f lbdya dyal module", CC("ass-diagnostic")),
     ("wach 3ndek mithal?", EX("ass-diagnostic"))],
    [("role dyal tuteur", CLAR),
     ("kan9sed l'organisation: rappels, calendrier, accueil", CC("tut-organizational-role")),
     ("w b lfrançais?", OL("tut-organizational-role"))],
    [("kifach ndir l'inscription f e-Takwine?", A("dig-etakwine-registration")),
     ("w ila nsit mot de passe?", A("dig-etakwine-login-password"))],
    [("chnou hiya l'andragogie?", A("fac-adult-learners")),
     ("3tini mithal", EX("fac-adult-learners")),
     ("3tihali b lfrançais 3afak", OL("fac-adult-learners"))],
    [("kifach nrecuperi classe virtuelle li fatetni?", A("faq-missed-live")),
     ("w jaya imta?", CAL)],
    [("chnou hiya la formation hybride?", A("eng-hybrid")),
     ("w la classe inversée?", A("eng-flipped")),
     ("mithal?", EX("eng-flipped"))],
    [("Rafiq ila ma3reftich tjawbni chnou katdir?", A("tut-rafiq-escalation")),
     ("ok 7welni l tuteur daba", HUM)],
    [("kifach nwjd grille dyal ta9wim b les critères?", A("ass-rubrics")),
     ("w grille d'observation?", A("sup-observation-grid")),
     ("imta deadline dyal devoir dyal module 4?", CAL)],
    [("chnou hiya la pratique réflexive?", A("sup-reflective-practice")),
     ("w l'autoévaluation?", A("ass-self-assessment"))],
    [("chi nasi7a bach nbda groupe d'étude m3a s7abi f mooc?", A("tut-peer-support")),
     ("w b lfrançais 3afak?", OL("tut-peer-support"))],
]
