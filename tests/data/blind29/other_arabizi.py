# Non-content questions, Arabizi: out of scope (10), calendar (3), human (3), social (3).
OUT_OF_SCOPE = [
    "chno a7sen telephone b 2000dh?",
    "wach l7okoma ghadi tzid f salaire dyal l2asatida had l3am?",
    "3tini chi film mzyan nchoufo lyouma",
    "kifach nwjed CV bl anglais?",
    "chno hia nadariyat Vygotsky dyal ZPD?",
    "kifach nwjed tlamid dyal bac l imti7an dyal philo?",
    "taman dyal lbenzine lyouma ch7al?",
    "kifach ndir l'inscription f master sciences de l'education f lfac?",
    "fin kayn a7sen hotel f agadir?",
    "chno homa les regles dyal ktaba b tifinagh?",
]
CALENDAR = [
    "l mooc kaybda imta w kaysali imta?",
    "deadline dyal plan d'accompagnement imta?",
    "live dyal module 6 m3a ch7al?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3afak 7welni l chi insan",
    "khlli chi wa7ed mn l'equipe ytwasel m3aya",
]
SOCIAL = [
    "choukran bzaf a rafiq",
    "salam rafiq, labas 3lik?",
    "ok bslama, tsb7 3la khir",
]
