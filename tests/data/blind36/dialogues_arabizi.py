# Hand-written dialogues, Darija in Latin letters.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("tasjil?", CLAR),
        ("9sdt tasjil f e-takwine, compte jdid", CC("dig-etakwine-registration")),
        ("w ila ma wslnich lien d'activation?", A("dig-etakwine-registration")),
    ],
    [
        ("chno hiya l'evaluation formative?", A("ass-formative")),
        ("3tini mital", EX("ass-formative")),
        ("b lfrancais 3afak", OL("ass-formative")),
    ],
    [
        ("kifach nnedem lkhedma f les groupes m3a stagiaires?", A("fac-group-work")),
        ("w ila bghithom y9iymo khdmt ba3dhom?", A("ass-peer")),
    ],
    [
        ("imta akhir ajal dyal devoir dyal module 1?", CAL),
        ("w kifach nsifto f plateforme?", A("dig-etakwine-submission")),
    ],
    [
        ("rafiq, wach kat7tafed b lmessages dyali?", A("dig-data-privacy")),
        ("w ila bghit nms7 kolchi?", A("dig-data-privacy")),
        ("en francais stp", OL("dig-data-privacy")),
    ],
    [
        ("observation?", CLAR),
        ("la grille, kifach nsowbha", CC("sup-observation-grid")),
        ("w mn b3d, l'entretien m3a prof kifach?", A("sup-post-observation-interview")),
    ],
    [
        ("ana tuteur, bzaf mn participants ma b9awch kaydkhlo", A("tut-dropout-prevention")),
        ("w li mazal kaydkhlo, kifach n3tihom l moral?", A("tut-socio-cognitive-role")),
        ("3tini mital dyal message", EX("tut-socio-cognitive-role")),
    ],
    [
        ("ma9dertch n7der live lbare7, 9ta3 lia reseau", A("faq-missed-live")),
        ("kan fih activite notee, bghit nhder m3a tuteur nit", HUM),
    ],
    [
        ("chno howa lfar9 bin MOOC w SPOC?", A("eng-mooc-formats")),
        ("w cMOOC?", A("eng-mooc-formats")),
        ("b lfrancais", OL("eng-mooc-formats")),
    ],
    [
        ("open badge chno howa?", A("ass-certificates-badges")),
        ("w l'attestation dyal had lmooc, kifach nkhrejha?", A("dig-etakwine-attestation")),
        ("imta kaysali module 6?", CAL),
    ],
]
