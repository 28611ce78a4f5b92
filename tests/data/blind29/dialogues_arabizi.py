# Dialogues, Arabizi (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLA = {"kind": "clarify"}

DIALOGUES = [
    [
        {"user": "devoir", "expect": CLA},
        {"user": "kifach n7et devoir f e-takwine", "expect": CF("dig-etakwine-submission")},
        {"user": "w deadline dyal module 2 imta?", "expect": CAL},
    ],
    [
        {"user": "chno hia evaluation formative?", "expect": A("ass-formative")},
        {"user": "3tini exemple", "expect": EX("ass-formative")},
        {"user": "3awdha liya b lfrancais", "expect": OL("ass-formative")},
    ],
    [
        {"user": "kifach ndir groupe d'etude m3a s7abi f mooc?", "expect": A("tut-peer-support")},
        {"user": "w ila ma l9itch m3a mn?", "expect": A("tut-peer-support")},
    ],
    [
        {"user": "rafiq wach kay7tafed b les infos dyali?", "expect": A("dig-data-privacy")},
        {"user": "bghit nms7 kolchi, kifach?", "expect": A("dig-data-privacy")},
        {"user": "bghit nhder m3a chi bnadem 7sen", "expect": HUM},
    ],
    [
        {"user": "chno howa tpack?", "expect": A("dig-ict-integration")},
        {"user": "w samr?", "expect": A("dig-ict-integration")},
        {"user": "mital 3afak", "expect": EX("dig-ict-integration")},
    ],
    [
        {"user": "l'attestation", "expect": CLA},
        {"user": "ah, bghit n3ref wach kat7sseb f tar9iya", "expect": CF("faq-attestation-career")},
        {"user": "w kifach ntelechargiha?", "expect": A("dig-etakwine-attestation")},
    ],
    [
        {"user": "kifach nkhtem seance b tari9a mzyana?", "expect": A("fac-opening-closing")},
        {"user": "3tini exemple dyal synthese", "expect": EX("fac-opening-closing")},
        {"user": "b lfrancais 3afak", "expect": OL("fac-opening-closing")},
    ],
    [
        {"user": "live dyal module 1 imta?", "expect": CAL},
        {"user": "w ila ma 9dertch n7der?", "expect": A("faq-missed-live")},
    ],
    [
        {"user": "wa7ed f forum sebbni b darija, chno ndir?", "expect": A("charter-respect")},
        {"user": "w ila tmsa7 message dyali ana w ma fih walo?", "expect": A("charter-appeal")},
    ],
    [
        {"user": "kifach nwjed grille d'observation?", "expect": A("sup-observation-grid")},
        {"user": "3tini mital dyal indicateur", "expect": EX("sup-observation-grid")},
        {"user": "bghit tuteur ychouf m3aya grille dyali", "expect": HUM},
    ],
]
