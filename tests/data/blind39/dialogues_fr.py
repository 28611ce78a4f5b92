# Hand-written dialogues, French (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("grille ?", CLAR),
     ("celle pour noter les productions des stagiaires, pas celle pour observer une classe", CC("ass-rubrics")),
     ("un exemple ?", EX("ass-rubrics"))],
    [("l'attestation", CLAR),
     ("je veux dire : comment la récupérer sur la plateforme une fois le MOOC fini", CC("dig-etakwine-attestation")),
     ("et elle compte pour l'avancement ?", A("faq-attestation-career"))],
    [("c'est quoi l'évaluation diagnostique au juste ?", A("ass-diagnostic")),
     ("et la formative ?", A("ass-formative")),
     ("tu peux me le redire en arabe ?", OLA("ass-formative"))],
    [("Comment organiser du micro-enseignement avec mes stagiaires de 1re année ?", A("fac-micro-teaching")),
     ("un exemple concret de geste à travailler ?", EX("fac-micro-teaching"))],
    [("je dépose comment mon devoir sur e-Takwine ? c'est la première fois", A("dig-etakwine-submission")),
     ("et celui du module 3 c'est pour quand ?", CAL)],
    [("Je ne pourrai pas rendre le devoir à temps, je suis hospitalisée depuis lundi", A("faq-late-submission")),
     ("ok, vous pouvez me mettre en contact avec mon tuteur svp ?", HUM)],
    [("comment ça se passe, une visite de classe chez un stagiaire ?", A("sup-observation")),
     ("et après la séance, l'entretien ?", A("sup-post-observation-interview")),
     ("en arabe stp, c'est pour un collègue arabophone", OLA("sup-post-observation-interview"))],
    [("je n'arrive plus à me connecter, mot de passe refusé", A("dig-etakwine-login-password")),
     ("et si ça bloque encore après, je contacte qui ?", A("dig-etakwine-technical"))],
    [("c'est quoi la classe inversée appliquée à la formation ?", A("eng-flipped")),
     ("tu aurais un exemple ?", EX("eng-flipped")),
     ("au fait la prochaine classe virtuelle c'est quand ?", CAL)],
    [("comment marche l'évaluation par les pairs dans le MOOC ?", A("ass-peer")),
     ("et si je trouve la note de mes pairs injuste ?", A("ass-peer")),
     ("je veux qu'un tuteur regarde ma copie", HUM)],
]
