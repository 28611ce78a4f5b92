# Hand-written dialogues, Darija in Latin script.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("délai?", CLAR),
        ("délai dyal jawab dyal tuteur", CC("tut-response-times")),
        ("w ila fat w ma jawbnich?", A("tut-response-times")),
    ],
    [
        ("l'observation", CLAR),
        ("observation dyal classe, chno ndir 9bel ma ndkhol?", CC("sup-observation")),
        ("w men b3d?", A("sup-observation", "sup-post-observation-interview")),
    ],
    [
        ("fin kayn forum dyal module 2?", A("dig-etakwine-navigation")),
        ("w wach n9der nkteb fih b darija?", A("faq-language")),
        ("f fran9ais 3afak", OL("faq-language")),
    ],
    [
        ("kifach n3ti feedback l stagiaire bla ma njre7o?", A("ass-feedback")),
        ("3tini mital", EX("ass-feedback")),
    ],
    [
        ("inscription f e-takwine kifach?", A("dig-etakwine-registration")),
        ("lien d'activation ma jach", A("dig-etakwine-registration")),
        ("w imta ybda module 1?", CAL),
    ],
    [
        ("évaluation formative chno hiya?", A("ass-formative")),
        ("w sommative?", A("ass-summative")),
        ("3awdha b fran9ais", OL("ass-summative")),
    ],
    [
        ("communauté d'apprentissage kifach nbdaw?", A("sup-learning-communities")),
        ("w groupe d'étude f MOOC?", A("tut-peer-support")),
        ("bghit nhder m3a tuteur 3la had lmawdou3", HUM),
    ],
    [
        ("kifach nwjjed séance dyal formation?", A("eng-session-preparation")),
        ("w l'ouverture dyalha?", A("fac-opening-closing")),
        ("mital dyal brise-glace?", EX("fac-opening-closing")),
    ],
    [
        ("wach micro-enseignement kay3awed l stage?", A("fac-micro-teaching")),
        ("w ch7al mn we9t kol passage?", A("fac-micro-teaching")),
        ("b fran9ais afak", OL("fac-micro-teaching")),
    ],
    [
        ("chi wa7ed nchr numéro dyali f forum, kifach nms7o?", A("charter-personal-data")),
        ("w ila bghit ncontesti 9rar dyal modération?", A("charter-appeal")),
        ("imta live dyal module 5?", CAL),
    ],
]
