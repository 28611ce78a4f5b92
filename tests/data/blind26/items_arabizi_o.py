OUT_OF_SCOPE = [
    "wach kayna chi prime l formateurs li kaytab3o had mooc?",
    "kifach ndir demande dyal congé de maladie, chno l wra9 li khasni?",
    "3afak 3tini chi cours dyal anglais online b lbatel",
    "ch7al taman l9ar3a dyal zit lyoum?",
    "pc dyali fih virus w wela t9il bzaf, chno ndir?",
    "nsit mot de passe dyal instagram dyali, kifach nrj3o?",
    "emploi du temps dyal stagiaires f crmef had l3am fin nl9ah?",
    "chno hiya pédagogie Montessori?",
    "wach ghadi ykon chi concours dyal recrutement dyal formateurs had l3am?",
    "3tini chi nokta bach nd7k chwiya hh",
]
CALENDAR = [
    "imta kaybda module 4?",
    "deadline dyal bilan final w portfolio imta bdbt?",
    "live dyal module 6 ch7al f sa3a?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i machi robot",
    "kayn chi bnadem nhder m3ah?",
    "3afak 7awelni l chi wa7ed mn l'équipe",
]
SOCIAL = [
    "choukran bzaf khouya",
    "salam labas?",
    "3yit safi, bghit nkhrej mn had mooc, ma9adrach",
]
