# Hand-written non-content items, Darija in Latin script (Arabizi).
OUT_OF_SCOPE = [
    "imta ghadi ykhrjo les rappels dyal l'ancienneté f salaire?",
    "kifach ndir demande de mutation l casa?",
    "3tini dars dyal tafa3ol kimiya2i l tlamed 1 bac",
    "ch7al ghadi tkon l7rara f marrakech ghda?",
    "chno ra2yk f les elections jayin?",
    "3ndi sda3 dima ba3d l'écran, chno nchreb?",
    "kifach nkhdem b Zoom pro, ch7al taman dyal abonnement?",
    "resultats dyal concours CFIE imta ykhrjo?",
    "wach sa3at dyal tutorat f mooc kayt7asbo f emploi du temps dyali f centre?",
    "bghit nchri tomobil, chno tnsa7ni?",
]
CALENDAR = [
    "imta deadline dyal plan d'accompagnement f module 5?",
    "classe virtuelle dyal module 5 m3a ch7al? 21h30?",
    "module 4 imta kaybda?",
]
HUMAN = [
    "bghit nhder m3a tuteur 7a9i9i 3afak",
    "3tini chi bnadem men l'équipe, rafiq ma fhemnich",
    "transferi so2al dyali l tuteur",
]
SOCIAL = [
    "salam rafiq, labas?",
    "choukran bzaf a sahbi, nfe3tini",
    "sala lia lkhatr, ma b9itch bagha nkml had lmooc",
]
