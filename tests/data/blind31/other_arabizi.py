# Non-content questions, Darija in Latin letters (Arabizi)
OUT_OF_SCOPE = [
    "imta ghadi ykhrjo natij dyal lmouvement?",
    "ch7al salaire dyal formateur f CRMEF?",
    "kifach nsjel f concours dyal inspecteurs?",
    "chkoun rb7 match dyal wydad lbare7?",
    "kifach ndir compte f Zoom?",
    "wach kayn chi MOOC akhor f lwizara 3la l'inclusion?",
    "fin n9der nchri pc mzyan o rkhis?",
    "kifach n7seb retraite dyali?",
    "kifach ndir demande dyal conge dyal l7aj?",
    "chno howa l code dyal wifi f CRMEF?",
]
CALENDAR = [
    "imta akhir ajal dyal devoir dyal module 1?",
    "la classe virtuelle dyal module 4 imta w f ach men sa3a?",
    "module 6 imta kaysali?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3afak dowezni l chi bnadem",
    "baraka men robot, bghit chi wa7ed mn l'equipe",
]
SOCIAL = [
    "salam labas 3lik",
    "chokran bzaf a Rafiq",
    "t3bt bzaf, ma b9itch 9ader nkemmel",
]
