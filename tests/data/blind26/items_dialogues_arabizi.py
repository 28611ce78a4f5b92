def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CAL = {"kind": "calendar"}; HUM = {"kind": "human"}; CLA = {"kind": "clarify"}

DIALOGUES = [
    [("evaluation?", CLA),
     ("evaluation dyal l formation kamla li drt l profs, wach njhat wla la", CC("eng-evaluation-of-training")),
     ("3tini mital 3afak", EX("eng-evaluation-of-training"))],
    [("chno hiya la classe inversée?", A("eng-flipped")),
     ("3awdha liya b lfransawiya 3afak", OL("eng-flipped"))],
    [("kifach ndir inscription f etakwine?", A("dig-etakwine-registration")),
     ("w ila ma wslnich lien d'activation?", A("dig-etakwine-registration")),
     ("walo mazal, bghit nhder m3a chi wa7ed", HUM)],
    [("imta deadline dyal devoir module 3?", CAL),
     ("w kifach nsiftou f plateforme?", A("dig-etakwine-submission")),
     ("3tini mital dyal smiya dyal fichier", EX("dig-etakwine-submission"))],
    [("tuteur", CLA),
     ("bghit n3ref kifach ntwasel m3ah", CC("faq-contact-tutor")),
     ("w ch7al kaytl3 bach yjawb?", A("tut-response-times"))],
    [("kifach n3ti feedback mzyan l stagiaires 3la fiches dyalhom?", A("ass-feedback")),
     ("mital?", EX("ass-feedback")),
     ("w grille critériée kifach nbniha?", A("ass-rubrics"))],
    [("chno howa micro-enseignement?", A("fac-micro-teaching")),
     ("ok merci, walakin bghit nhder m3a tuteur 3la had l'atelier", HUM)],
    [("participants dyali t9al3o b3d simana 3, kifach nrj3 lihom motivation?", A("fac-motivation")),
     ("3tini mital", EX("fac-motivation")),
     ("3afak b lfrancais", OL("fac-motivation"))],
    [("portfolio", CLA),
     ("portfolio dyal stagiaires f crmef, kifach nbnih m3ahom", CC("ass-portfolio")),
     ("w bilan final w portfolio dyal had mooc imta khasso ytsift?", CAL)],
    [("wach n9der nsowr stagiaires w tlamid f classe b tel dyali?", A("dig-data-privacy")),
     ("3awdha b lfrancais", OL("dig-data-privacy"))],
]
