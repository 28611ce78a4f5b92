# Arabizi: out_of_scope, calendar, human, social. Hand-typed.
ARABIZI_OOS = [
    "salam, bghit nchri pc portable l khedma, chno tnse7ni? budget 5000dh",
    "imta ghadi ykhrjo natija dyal concours d'inspecteurs had l3am?",
    "ch7al kayakhod formateur f la prime dyal rendement?",
    "wach kayn chi master online f sciences de l'education f fransa wla canada?",
    "gmail dyali thacka lbare7, kifach nrj3o?",
    "3tini recette dyal msemen ila 3endek hhh",
    "kifach nsiyer classe dyal college fiha talamid kaydiro lfaouda bzaf?",
    "chkoun howa Vygotsky w chno hiya la ZPD?",
    "wach n9der nakhod congé bach nkmel doctorat dyali?",
    "chno a7ssan appli dyal montage video f telephone?",
]
ARABIZI_CAL = [
    "imta kaybda module 5?",
    "deadline dyal devoir lakher dial module 6 imta bdebt?",
    "live dyal module 4 f ach men nhar w ch7al f sa3a?",
]
ARABIZI_HUM = [
    "bghit nhder m3a chi tuteur 7a9i9i 3afak",
    "momkin chi wa7ed mn l'équipe y3ayet lia wla yktb lia? 3ndi mochkil khass",
    "humain please",
]
ARABIZI_SOC = [
    "merci bzaf khoya rafiq",
    "salam labas 3lik?",
    "t3yit bzaf w ma b9itch fahem walou, kanhess rasi bou7di f had lmooc",
]
