# Hand-written Moroccan Arabic in Latin letters non-content items (blind45).
OUT_OF_SCOPE = [
    # plainly outside the course
    "chi pharmacie de garde f Tanger lyouma?",
    "ch7al taman dyal billet l Paris f chhar 7?",
    "kifach nsawb 7rira bnina b7al dyal mama?",
    "chkoun ghadi yrb7 la CAN had l3am?",
    "fin nchri laptop mzyan b taman m3a9oul f Rabat?",
    # close to the course but not treated by the guide
    "kifach nsta3mel Padlet m3a stagiaires dyali?",
    "tilmid 3ndo dyscalculie, chno ndir m3ah f l7issa?",
    "PNL (programmation neurolinguistique) wach mzyana l formateurs?",
    "retraite anticipée l formateurs dyal CRMEF, chno homa chourout?",
    "chno homa les idées lkbar dyal Philippe Meirieu? 3ndi exposé 3lih",
]
CALENDAR = [
    "deadline dyal portrait professionnel imta?",
    "live dyal module 6 f ina sa3a?",
    "module 1 imta kaybda b dbt?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3afak 3tini chi bnadem mn l'équipe",
    "wach n9der nchri7 had lmochkil l chi personne machi robot?",
]
SOCIAL = [
    "merci bzaf khouya",
    "salam 3likom jmi3",
    "had lmooc wa3er bzaf, 3jbni",
]
