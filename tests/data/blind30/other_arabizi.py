# Arabizi: out_of_scope (10), calendar (3), human (3), social (3).
OUT_OF_SCOPE = [
    "3tini chi film mzyan nchofo had lweekend",
    "wach kayna ziyada f salaire dyal les formateurs?",
    "kifach ndir visa schengen?",
    "chno a7sen telephone b 2000 dh?",
    "natija dyal concours dyal l'inspection fo9ach tkhrej?",
    "bghit recette dyal msemen",
    "fin n9der nchri kotob dyal bac libre?",
    "kifach ntl3 l echelle 11?",
    "l9raya f lkhrij, kayna chi bourse l profs?",
    "wach ghadi tchta ghda f casa?",
]
CALENDAR = [
    "fo9ach deadline dyal devoir dyal module 3?",
    "live dyal module 6 fo9ach o f ach men sa3a?",
    "l mooc fo9ach ybda o fo9ach ysali?",
]
HUMAN = [
    "bghit nhdr m3a chi tuteur 7a9i9i",
    "3afak 3tini chi bnadem nhder m3ah machi bot",
    "kayn chi wa7ed mn l'équipe y9der yjawbni daba?",
]
SOCIAL = [
    "slm rafiq labas?",
    "choukran bzaf a sahbi",
    "3yit bzf, mab9itch 9ader nkml had l mooc",
]
