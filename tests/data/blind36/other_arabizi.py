# Hand-written non-content messages, Darija in Latin letters.
OUT_OF_SCOPE = [
    # plainly outside the guide
    "chno jaw ghedda f tanja?",
    "3tini wasfa dyal lmsemmen 3afak",
    "wach lmountakhab ghadi yl3eb had sebt?",
    "ch7al taman dyal iphone jdid f lmaghrib?",
    "kifach nkhelles facture dyal dow online?",
    # close to the guide's topics, but not answered by it
    "fo9ach ghadi ykhrjo natayij dyal mouvement dyal les formateurs?",
    "ch7al salaire dyal tuteur f had lmooc?",
    "kifach nsowb google form l stagiaires dyali?",
    "wach kayna chi formation f l'intelligence artificielle l les profs had l3am?",
    "kifach n9arri lfrancais l tlamid li 3ndhom dyslexie?",
]
CALENDAR = [
    "imta akhir ajal dyal devoir dyal module 5, plan d'accompagnement?",
    "live dyal module 6 imta? 9rit 21h30 wach s7i7?",
    "imta kaysali had lmooc kamel?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i 3afak",
    "3tini chi bnadem, rafiq ma fhmnich",
    "wach chi wa7ed mn l'equipe y9der y3ayet lia?",
]
SOCIAL = [
    "salam rafiq, labas 3lik?",
    "merci bzaf khouya, lah y7fdek",
    "t3yit mn had lmooc, ma b9itch 9ader nkemmel 😔",
]
