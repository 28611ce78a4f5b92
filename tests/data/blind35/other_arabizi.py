# Hand-written Darija (Latin letters) non-content items (variety: arabizi).
OUT_OF_SCOPE = [
    # plainly outside the guide
    "ch7al kaykhles formateur f crmef f l'échelle 11?",
    "chno l'météo ghda f Agadir?",
    "chkoun ghadi yrbe7 derby Raja-Wydad?",
    "3tini recette dyal msemen b zit l3oud",
    "ras dyali kayderni kol nhar f la fin d la journée, ach nakhod dwa?",
    # sounding close to the guide but not answered by it
    "kifach nsayeb quiz b Kahoot w nl3bo m3a stagiaires f séance?",
    "chno hiya pédagogie Freinet w Montessori, w chno lfar9 binathom?",
    "wach kayna bourse l master f sciences de l'éducation l formateurs?",
    "kifach nwjjed l concours dyal inspecteurs, chno homa les matières li kaydkhlo?",
    "kifach nsayeb video tutorial b OBS w nmontiha b Shotcut?",
]
CALENDAR = [
    "live dyal module 6 imta w f ach mn sa3a?",
    "deadline dyal plan d'accompagnement f module 5 imta?",
    "module 4 imta kaybda w imta kaysala?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i 3afak",
    "wasselni b chi bnadem mn l'équipe",
    "ma bghitch robot, bghit personne tjawbni",
]
SOCIAL = [
    "salam rafiq, labas?",
    "chokran bzaf 3la l'aide 🙏",
    "mkhnou9 chwiya had l'ayam, walakin ghadi nkemmel inchallah",
]
