# Hand-written Moroccan Darija in Latin script (Arabizi) non-content questions (blind37).
OUT_OF_SCOPE = [
    # plainly outside the course
    "3tini recette dyal couscous b sb3 khodrat",
    "kifach ghadi ykon ljaw ghedda f Agadir?",
    "chno les papiers dyal remboursement dyal AMO f CNSS?",
    "fo9ach match dyal lmontakhab w chno lchaine?",
    "bghit nbi3 tomobil dyali, fin n7etha f internet?",
    # close to the course topics, but not answered by the guide
    "wach n9der nsta3ml ChatGPT bach nwjed les seances dyali? chno l prompt li n3tih?",
    "kifach ndir classe f Google Classroom w nzid fiha stagiaires?",
    "3ndi stagiaire ma kaychoufch mzyan, kifach nadapti lih examen?",
    "chno homa les etapes dyal la demarche d'investigation f les sciences f primaire?",
    "ch7al mn sa3a f simana khass formateur f CRMEF y9ri b 9anoun?",
]
CALENDAR = [
    "plan d'accompagnement dyal module 5 fo9ach akhir ajal?",
    "fo9ach kaysali had l MOOC kamel?",
    "la classe virtuelle dyal module 3 3la techniques d'animation ashmen nhar?",
]
HUMAN = [
    "bghit nhder m3a tuteur bnadem machi bot",
    "3afak 3ayet l chi wa7ed mn l'equipe, 3ndi mochkil khass",
    "wach kayn chi insan f had chat? bghit chi wa7ed y3awni",
]
SOCIAL = [
    "salam rafiq, labas?",
    "merci bzaf a khouya, rak 3awnti bzaf 👍",
    "3yit w mab9itch 9ader nkml, bzaf 3liya had l MOOC",
]
