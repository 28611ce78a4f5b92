# Hand-written dialogues, Darija in Latin script (Arabizi) (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("kifach ndepose devoir f etakwine?", A("dig-etakwine-submission")),
     ("w ila ma 9dertch nsalih f lwe9t?", A("faq-late-submission")),
     ("w imta akhir ajal dyal devoir dyal module 4?", CAL)],
    [("w l forum?", CLAR),
     ("fin kayn forum dyal kol module f plateforme", CC("dig-etakwine-navigation")),
     ("w kifach n3ref wach module mazal ma t7ellch?", A("dig-etakwine-navigation"))],
    [("chno hiya pratique réflexive?", A("sup-reflective-practice")),
     ("3tini mital", EX("sup-reflective-practice")),
     ("3awedha b lfrancais afak", OL("sup-reflective-practice"))],
    [("bghit nhder m3a tuteur daba", HUM),
     ("wach ghadi yjawbni lyoum wla ch7al ghadi ytsenna?", A("tut-response-times"))],
    [("chno lfar9 bin objectif w compétence?", A("eng-objectives-competencies")),
     ("mital 3afak", EX("eng-objectives-competencies")),
     ("w kifach nrbet objectifs m3a activités w evaluation?", A("eng-alignment"))],
    [("l'entretien?", CLAR),
     ("entretien ba3d visite de classe", CC("sup-post-observation-interview")),
     ("ch7al kaydom?", A("sup-post-observation-interview"))],
    [("kifach nwejed brise-glace l awel seance?", A("fac-opening-closing")),
     ("w f lkher dyal seance?", A("fac-opening-closing")),
     ("3tini mital dyal synthèse", EX("fac-opening-closing"))],
    [("imta classe virtuelle dyal module 6?", CAL),
     ("w kifach nwjed micro w camera 9bel ma tbda?", A("dig-etakwine-technical"))],
    [("jani email kaygol rah men e-takwine w kaytleb mot de passe dyali", A("dig-etakwine-login-password")),
     ("w f forum ila chft chi arnaque?", A("charter-no-spam")),
     ("3awedli hadchi b lfrancais", OL("charter-no-spam"))],
    [("kifach n9ayem formation li drt l profs?", A("eng-evaluation-of-training")),
     ("chno homa les 4 niveaux?", A("eng-evaluation-of-training")),
     ("bghit nhder m3a chi tuteur 3la had lmodule", HUM)],
]
