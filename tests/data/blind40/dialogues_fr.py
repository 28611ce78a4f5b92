# Hand-written dialogues, French.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("evaluation ?", CLAR),
        ("celle entre participants dans le mooc, on corrige les copies des autres, ca marche comment", CC("ass-peer")),
        ("et si je trouve ma note injuste ?", A("ass-peer")),
    ],
    [
        ("attestation", CLAR),
        ("la telecharger a la fin du mooc, je trouve pas ou", CC("dig-etakwine-attestation")),
        ("ok. et elle compte pour une promotion ?", A("faq-attestation-career")),
    ],
    [
        ("c quoi l'evaluation diagnostique", A("ass-diagnostic")),
        ("et la formative ?", A("ass-formative")),
        ("un exemple concret stp", EX("ass-formative")),
    ],
    [
        ("comment je prepare une grille pour observer un stagiaire en classe", A("sup-observation-grid")),
        ("et apres la visite je fais quoi avec lui ?", A("sup-post-observation-interview")),
        ("tu peux me le mettre en arabe ? c pour un collegue arabophone", OLA("sup-post-observation-interview")),
    ],
    [
        ("je dois envoyer mon devoir, je m'y prends comment sur la plateforme", A("dig-etakwine-submission")),
        ("c pour quand deja celui du module 3 ?", CAL),
    ],
    [
        ("mon mot de passe marche plus", A("dig-etakwine-login-password")),
        ("j'ai plus acces a l'adresse mail du compte non plus", A("dig-etakwine-login-password")),
        ("bon je prefere qu'une personne s'en occupe", HUM),
    ],
    [
        ("la classe inversee ca marche vraiment avec des stagiaires ?", A("eng-flipped")),
        ("et si la moitie n'a pas regardé la video avant ?", A("eng-flipped")),
        ("montre moi un cas concret", EX("eng-flipped")),
    ],
    [
        ("comment faire bosser mes stagiaires en groupe sans qu'un seul fasse tout", A("fac-group-work")),
        ("et celui qui parle tout le temps et bloque les autres ?", A("fac-difficult-situations")),
        ("merci. la prochaine classe virtuelle c'est quand ?", CAL),
    ],
    [
        ("je suis tuteur, comment relancer un participant qui ne vient plus", A("tut-dropout-prevention")),
        ("et rafiq il le fait aussi ou pas ?", A("tut-dropout-prevention")),
        ("en arabe stp", OLA("tut-dropout-prevention")),
    ],
    [
        ("les licences creative commons j'y comprends rien", A("dig-resources-copyright")),
        ("exemple avec une video ?", EX("dig-resources-copyright")),
        ("et filmer mes stagiaires en seance, j'ai le droit ?", A("dig-data-privacy")),
    ],
]
