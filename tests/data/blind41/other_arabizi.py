# Arabizi: out of scope, calendar, human, social. Hand-written.
OUT_OF_SCOPE = [
    "chno nteyeb l3cha lyoum? 3ndi ghir lbatata w lbid",
    "chkoun ghadi yrbe7 lmatch dyal lbarca lyoum?",
    "wach ghadi tkoun chta f rbat ghda?",
    "bghit nchri laptop mzyan b 4000dh, chno tnsa7ni?",
    "3tini chi film mzyan nchoufo f weekend",
    "imta ghadi ykhrjo les resultats dyal la mutation?",
    "ch7al dyal la prime kayakhdo les formateurs 3la visites de stage?",
    "wach kayn concours d'inspecteurs had l3am? imta?",
    "3tini programme officiel dyal l3arbiya f college",
    "kifach nsowb quiz 3la Google Forms step by step?",
]
CALENDAR = [
    "imta deadline dyal devoir m3, fiche d'animation?",
    "la classe virtuelle dyal module 6 m3a ch7al?",
    "module 2 imta kaybda?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i 3afak",
    "3afak goul l tuteur ybeddel liya la note dyal devoir, rah ghalta",
    "bghit chi wa7ed mn l'equipe ychouf m3aya lmochkil dyal compte dyali b rasso",
]
SOCIAL = [
    "salam rafiq, labas?",
    "chokran bzaf, rak 3awnti",
    "saraha ana fer7an bzaf, had lmooc zwin",
]
