OUT_OF_SCOPE = [
    "wach ghadi tchta ghda f casa?",
    "chkoun rbe7 match dyal lbare7?",
    "kifach ntyb tajine b l7out?",
    "chno lwra9 li khasshom l passport?",
    "fin nchri tel mzyan b taman mnasb?",
    "imta ghadi ykhrjo natija dyal mouvement dyal les formateurs?",
    "ch7al kaykhlsou les tuteurs dyal had lmooc?",
    "kifach nduz concours d'inspecteur? chno kaytlbo?",
    "wach lwizara dayra chi formation f intelligence artificielle had l3am?",
    "chno howa programme dyal riyadiyat f 1ere annee college?",
]
CALENDAR = [
    "imta deadline dyal devoir dyal module 5?",
    "classe virtuelle dyal module 4 imta w f ch7al?",
    "module 2 imta kayt7l?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i",
    "3afak 7awelni l chi bnadem",
    "wach n9der ntwasel m3a chi wa7ed mn l equipe daba?",
]
SOCIAL = [
    "salam rafiq, labas 3lik?",
    "chokran bzaf, fadtini",
    "3yit, mab9itch 9ader nkml had lmooc 😞",
]
