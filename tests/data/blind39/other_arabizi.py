# Hand-written non-content messages, Arabizi.
OUT_OF_SCOPE = [
    # plainly outside the course
    "chkoun rb7 match lbare7?",
    "3tini recette dyal lbastila dyal djaj",
    "kifach ndir visa l espagne?",
    "ch7al l jaw ghda f casa?",
    "3tini chi film mzyan nchoufo had lweekend",
    # close to the course, but the guide does not answer
    "imta ghadi ykhrjo les résultats dyal concours dyal l'agrégation?",
    "ch7al kaykhlsso formateur f CRMEF f chhar?",
    "kifach nst3mel Canva bach nsayb affiches l stagiaires?",
    "wach kayn chi IA kat9der tss7e7 copies dyal tlamid automatiquement?",
    "imta ghadi ykoun mouvement dyal mutation dyal les formateurs?",
]
CALENDAR = [
    "imta deadline dyal devoir lowel dyal module 6?",
    "la classe virtuelle dyal module 3 imta w f ch7al?",
    "module 5 imta kayt7el?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur b9a9 3afak",
    "3afak 7welni l chi wa7ed mn l'équipe, machi robot",
    "wach n9der ntkellem m3a chi bnadem? 3ndi mochkil khass",
]
SOCIAL = [
    "slm rafiq labas 3lik?",
    "merci bzaf khoya, fhmt daba 🙏",
    "3yit bzaf, ma b9itch 9ader nkml had l mooc, bghit nsme7 fih",
]
