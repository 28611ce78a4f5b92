# Hand-written non-content messages, Darija in Latin script.
OUT_OF_SCOPE = [
    "chi recette dyal msemen sahla?",
    "ch7al jat match dyal raja lbare7?",
    "wach ghadi tkoun chta f tanja had l weekend?",
    "bghit nchri tomobil mosta3mla, chno a7ssan: clio wla logan?",
    "3ndi sda3 dima f rasi, chno nakhod dwa?",
    "natija dyal concours dyal inspecteurs mnin tkhrej?",
    "salaire dyal formateur f crmef ch7al f échelle 11?",
    "kifach ndir quiz f google forms w nsifto l stagiaires?",
    "imta la rentrée dyal stagiaires f crmef had l3am?",
    "chno a7ssan IA bach nsayeb des vidéos pédagogiques automatiquement?",
]
CALENDAR = [
    "imta ybda module 6?",
    "live dyal module 4 imta w f ch7al?",
    "chno kayn had simana? chi devoir?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i",
    "3tini chi bnadem men l'équipe 3afak",
    "rafiq ma fhamtinich, wasslni b chi wa7ed",
]
SOCIAL = [
    "salam rafiq labas 3lik?",
    "choukran bzzaf a khoya",
    "3yit mn had lmooc, bzf 3liya",
]
