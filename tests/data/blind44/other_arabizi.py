# Hand-written Arabizi non-content questions.
OUT_OF_SCOPE = [
    # plainly outside the course
    "3tini recette dyal msemen m9ad",
    "chkoun rb7 match dyal lmontakhab lbar7?",
    "wach ghadi tkoun chta f Marrakech had weekend?",
    "kifach ndir passeport, chno lwra9 li khasin?",
    "bghit nchri casque bluetooth mzyan b taman m39ol, chno tnsa7ni?",
    # close to the course, not answered by the guide
    "kifach nt3aml f9ism m3a drari li 3ndhom TDAH?",
    "wach n9der nsta3mel ChatGPT bach nwjjd les cours dyali f CRMEF?",
    "kifach nkhdem b Google Classroom m3a talamid dyali?",
    "ch7al mn stagiaire kayn f kol CRMEF had l3am?",
    "kifach nwjjd rasi l concours d'agregation?",
]
CALENDAR = [
    "imta live dyal module 3?",
    "deadline dyal portrait professionnel f module 1 imta?",
    "module 5 imta kaytsed?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3afak wasalni b chi wa7d mn l'equipe",
    "khassni bnadem ijawbni machi robot",
]
SOCIAL = [
    "merci bzaf a rafiq, nta wa3r",
    "salam 3likom jami3an",
    "had module dyal evaluation 3jbni bzaf, tbarkallah 3likom",
]
