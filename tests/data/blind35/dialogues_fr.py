# Hand-written French dialogues (variety: fr).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("et la grille ?", CLAR),
        ("je pense à la grille critériée pour noter les devoirs des stagiaires", CC("ass-rubrics")),
        ("tu aurais un exemple de critères pour une fiche de préparation ?", EX("ass-rubrics")),
    ],
    [
        ("Je dois préparer une séance de deux heures pour lundi, je commence par quoi ?", A("eng-session-preparation")),
        ("et pour le tout début, une idée pour briser la glace ?", A("fac-opening-closing")),
        ("tu peux me redonner ça en arabe pour ma collègue ?", OL("fac-opening-closing")),
    ],
    [
        ("j'ai oublié mon mot de passe e-Takwine", A("dig-etakwine-login-password")),
        ("et si je n'ai plus accès à l'adresse mail du compte ?", A("dig-etakwine-login-password")),
        ("bon, je préfère expliquer ça à quelqu'un de vive voix", HUM),
    ],
    [
        ("C'est quoi au juste l'évaluation formative ?", A("ass-formative")),
        ("un exemple concret en formation ?", EX("ass-formative")),
        ("et la sommative alors ?", A("ass-summative")),
    ],
    [
        ("Le devoir du module 2 sur l'analyse des besoins, c'est pour quand ?", CAL),
        ("et si je n'arrive pas à le finir à temps ?", A("faq-late-submission")),
    ],
    [
        ("observation ?", CLAR),
        ("je veux dire l'entretien avec le stagiaire après avoir observé sa séance", CC("sup-post-observation-interview")),
        ("et la grille à remplir pendant la séance ?", A("sup-observation-grid")),
    ],
    [
        ("Au retour de stage je veux réunir mes stagiaires pour analyser une situation vécue par l'un d'eux. Comment ça se déroule ?", A("sup-analysis-of-practice")),
        ("tu peux me l'envoyer en arabe ?", OL("sup-analysis-of-practice")),
    ],
    [
        ("Un participant m'a insulté dans un fil du forum, je fais quoi ?", A("charter-respect")),
        ("et si c'est mon propre message qui a été retenu à tort ?", A("charter-appeal")),
    ],
    [
        ("Combien d'heures par semaine faut-il pour ce MOOC ?", A("faq-weekly-hours")),
        ("et si je fais presque tout sur mon téléphone ?", A("faq-mobile")),
        ("au fait, c'est quand la classe virtuelle du module 3 ?", CAL),
    ],
    [
        ("Comment relancer les participants qui ont disparu depuis deux semaines ?", A("tut-dropout-prevention")),
        ("tu me donnes un exemple de message ?", EX("tut-dropout-prevention")),
        ("et pour garder motivés ceux qui sont encore là ?", A("fac-motivation")),
    ],
]
