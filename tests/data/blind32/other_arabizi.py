OUT_OF_SCOPE = [
    "imta ghadi ykhrjo natayej l7araka l inti9aliya?",
    "ch7al salaire dyal formateur jdid f CRMEF?",
    "chno ljaw f agadir had simana?",
    "chkon rbe7 match dyal lbare7?",
    "kifach nsayeb pastilla dyal djaj?",
    "kifach nkhdem b Zoom bach nsjel l cours dyali?",
    "imta concours dyal l'agregation had l3am?",
    "kifach nt3llem l'anglais f 3 chhor?",
    "wach kayna chi prime l les formateurs li kaytab3o l mooc?",
    "kifach n3llem tlamd l9raya b methode syllabique?",
]
CALENDAR = [
    "imta akhir ajal dyal devoir module 4?",
    "la classe virtuelle dyal module 3 imta?",
    "imta kaybda module 5?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3afak 3tini chi bnadem",
    "momkin chi wa7ed mn l'equipe yjawbni?",
]
SOCIAL = [
    "salam khoya rafiq",
    "merci bzaf, lah y7fdek",
    "t3ebt bzaf, ma b9itch 9ader nkemmel",
]
