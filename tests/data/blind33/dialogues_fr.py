# Hand-written dialogues, French (blind33).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("et les badges ?", CLAR),
        ("je parle des open badges du mooc, ça prouve quoi de plus qu'une simple attestation ?", CC("ass-certificates-badges")),
        ("tu peux me donner un exemple de badge bien fait ?", EX("ass-certificates-badges")),
    ],
    [
        ("comment on construit une grille pour observer une séance de stagiaire ?", A("sup-observation-grid")),
        ("ok et une fois la séance finie, l'entretien avec lui je le mène comment ?", A("sup-post-observation-interview")),
        ("t'as un exemple de question pour lancer cet entretien ?", EX("sup-post-observation-interview")),
    ],
    [
        ("c'est quoi exactement la formation inversée", A("eng-flipped")),
        ("tu peux me redire ça en arabe stp ? c'est pour une collègue arabophone", OL("eng-flipped")),
    ],
    [
        ("mon devoir est resté en brouillon sur la plateforme, pourquoi ?", A("dig-etakwine-submission")),
        ("et pour le fichier, je mets du pdf ou du word ?", A("dig-etakwine-submission")),
        ("il faut le rendre quand déjà, le devoir du module 3 ?", CAL),
    ],
    [
        ("le portfolio ?", CLAR),
        ("oui le portfolio d'apprentissage des stagiaires, on y met quoi dedans", CC("ass-portfolio")),
        ("et l'autoévaluation, ça s'articule comment avec ?", A("ass-self-assessment")),
        ("bon je préfère en discuter avec mon tuteur directement", HUM),
    ],
    [
        ("comment rédiger un bon retour écrit sur une fiche de préparation ?", A("ass-feedback")),
        ("un exemple concret ?", EX("ass-feedback")),
        ("tu peux me mettre ça en arabe ?", OL("ass-feedback")),
    ],
    [
        ("la classe virtuelle du module 4 c'est quel jour ?", CAL),
        ("et si je la rate, ça pose problème ?", A("faq-missed-live")),
        ("l'enregistrement sera mis où ?", A("faq-recordings")),
    ],
    [
        ("je ne pourrai pas rendre mon devoir à temps, j'ai eu un décès dans la famille", A("faq-late-submission")),
        ("je voudrais parler à une personne svp, pas à un robot", HUM),
    ],
    [
        ("et les pairs ?", CLAR),
        ("je veux dire l'évaluation par les pairs du devoir, ça se passe comment ?", CC("ass-peer")),
        ("ok, mets-le moi en arabe", OL("ass-peer")),
    ],
    [
        ("c'est quoi une analyse des besoins de formation ?", A("eng-needs-analysis")),
        ("et ensuite, les objectifs je les écris comment ?", A("eng-objectives-competencies")),
        ("et pour vérifier que objectifs, activités et évaluation collent bien ensemble ?", A("eng-alignment")),
        ("montre-moi un exemple de ça", EX("eng-alignment")),
    ],
]
