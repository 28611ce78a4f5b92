# Hand-written non-content messages, Arabizi (blind33).
OUT_OF_SCOPE = [
    "fo9ach ghadi ykhrjo natayej l mouvement dyal formateurs?",
    "salaire dyali t2akhar had chher, 3lach?",
    "kifach nsawb page facebook l centre dyalna?",
    "3tini cours wajed 3la la respiration l 3ème année collège",
    "ghadi tchta ghedda f tanja?",
    "ch7al l'indemnité dyal stages f l3alam l9arawi?",
    "kifach ndir mutation l jiha khra?",
    "wach kayna chi bourse bach nkemmel doctorat f fransa?",
    "kifach nkhdem b Canva bach ndir affiches?",
    "fo9ach kaykhrjo natayej concours d'inspecteur?",
]
CALENDAR = [
    "devoir dyal module 3 fo9ach akhir ajal?",
    "module 6 fo9ach kaybda?",
    "live dyal module 2 f ina nhar w f ch7al?",
]
HUMAN = [
    "bghit nhder m3a tuteur bnadem 3afak",
    "3ayet liya 3la chi wa7ed mn l'équipe, machi robot",
    "wach momkin chi tuteur ykelemni? l mochkil dyali m3a9ed",
]
SOCIAL = [
    "3yit bzaf, bghit nkhelli l mooc, ma b9ach 3andi lwe9t",
    "kan7ess rasi ma kanfhem walo w kolchi sba9ni",
    "ma b9atch 3andi l7amas nkemmel, safi ghadi n7bes",
]
