def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("grille?", CLAR),
        ("grille d'observation l visite de stage", CC("sup-observation-grid")),
        ("3tini exemple dyal indicateur", EX("sup-observation-grid")),
    ],
    [
        ("mot de passe", CLAR),
        ("nsit mot de passe dyal etakwine", CC("dig-etakwine-login-password")),
        ("ma nf3nich, bghit chi wa7ed mn support yhder m3aya", HUM),
    ],
    [
        ("evaluation par les pairs kifach katkhdem f mooc?", A("ass-peer")),
        ("w deadline dyal devoir m4 imta?", CAL),
    ],
    [
        ("journal de bord kifach nkhelli stagiaires ykteboh b sera7a?", A("sup-reflective-practice")),
        ("3tini exemple dyal les questions li n7et fih", EX("sup-reflective-practice")),
        ("b lfrancais 3afak", OL("sup-reflective-practice")),
    ],
    [
        ("kifach nhder m3a stagiaire mn ba3d visite dyal l9sm?", A("sup-post-observation-interview")),
        ("w ila kan debutant bzaf, nkoun directif m3ah?", A("sup-post-observation-interview")),
        ("3awdha b lfrançais", OL("sup-post-observation-interview")),
    ],
    [
        ("andragogie chno hiya?", A("fac-adult-learners")),
        ("w methodes actives m3a lkbar kifach nkhdem biha?", A("fac-active-methods")),
    ],
    [
        ("ila chi wa7ed sebni f forum chno ndir?", A("charter-respect")),
        ("w ila t7bes msg dyali ana, n9der nconteste?", A("charter-appeal")),
        ("bghit nhder m3a moderateur bnadem", HUM),
    ],
    [
        ("bghit nchareki fiche dyali b licence creative commons, kifach?", A("dig-resources-copyright")),
        ("exemple dyal licence li katkhli ntarjmo", EX("dig-resources-copyright")),
    ],
    [
        ("kifach n3ref ila la formation dyali nej7at b sah?", A("eng-evaluation-of-training")),
        ("w 9bel ma nbda, kifach n7ellel les besoins?", A("eng-needs-analysis")),
        ("momkin b lfrancais?", OL("eng-needs-analysis")),
    ],
    [
        ("rafiq wach kaykhbi les messages dyali? bghit nmse7 kolchi", A("dig-data-privacy")),
        ("w live dyal module 6 imta?", CAL),
        ("ok, w tuteur ch7al kayjawb 3adatan?", A("tut-response-times")),
    ],
]
