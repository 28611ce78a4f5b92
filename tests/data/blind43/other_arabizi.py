# Hand-written Arabizi non-content messages (blind43).
OUT_OF_SCOPE = [
    # plainly outside the course
    "3tini recette dial msemen bach nwjedhom lftour",
    "chkon ghayrbe7 la coupe d'afrique had l3am?",
    "ghda ghadi tchta f Casa wla la?",
    "kifach ndir passeport jdid? chno les papiers?",
    "chi film mzyan ntfarj fih had lweekend?",
    # close to the course, not answered by the guide
    "imta ghaykhrjo natija dial concours dial formateurs f crmef?",
    "wach kayn chi MOOC akhor 3la didactique dial riyadiyat f e-takwine?",
    "chhal dial stagiaires kaykono f kol groupe f crmef had l3am?",
    "kifach n9ad emploi du temps dial les stagiaires f centre?",
    "wach l'augmentation dial salaire dial les formateurs t9rat wla mazal?",
]
CALENDAR = [
    "deadline dial devoir lkher dial module 6 imta?",
    "live dial module 2 imta w f ach men sa3a?",
    "module 3 imta kaybda?",
]
HUMAN = [
    "bghit nhder m3a chi tuteur 7a9i9i 3afak",
    "3tini chi bnadem mn l'equipe, ma bghitch robot",
    "passi liya tuteur dyali, 3ndi mochkil",
]
SOCIAL = [
    "salam rafiq, labas?",
    "choukran bzaf khouya, jawbtni mzyan",
    "lyoum salit module 1, fer7ana bzaf hhh",
]
