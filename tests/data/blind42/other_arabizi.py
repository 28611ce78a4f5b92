OUT_OF_SCOPE = [
    "chi recette dyal tajine djaj b l3assel 3afak",
    "chkoun ghadi yreb7 l botola had l3am?",
    "fin n9der nchri telephone rkhis f casa?",
    "kifach nakhod visa schengen l france?",
    "3tini chi film mzyan nchoufo lyoum",
    "wa9tach ghadi ykharjo nata2ij l mouvement dyal had l3am?",
    "salaire dyal formateur f crmef ch7al kaywsel?",
    "kifach nsawb classe f google classroom l stagiaires dyali?",
    "wach kayn chi master f sciences de l'education f rabat had l3am? fo9ach l inscription?",
    "concours d'entree l crmef imta ghadi ykon had l3am?",
]
CALENDAR = [
    "live dyal module 2 nhar ach w m3a ch7al?",
    "deadline dyal bilan final w portfolio imta?",
    "module 1 imta kaytsed?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i machi robot",
    "3afak 3ayet l coordinateur dyal cohorte",
    "wach kayn chi insan ytwasel m3aya daba?",
]
SOCIAL = [
    "salam rafiq labas?",
    "merci bzaf khoya, fhemt daba",
    "ana fer7ana lyoum hamdoulah salit module 2",
]
