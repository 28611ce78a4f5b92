# Hand-written French dialogues.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("attestation ?", CLAR),
        ("je voulais dire : comment je la telecharge une fois le dernier module termine", CC("dig-etakwine-attestation")),
        ("et elle compte pour l'avancement ou pas ?", A("faq-attestation-career")),
    ],
    [
        ("grille svp", CLAR),
        ("La grille critériée pour corriger les fiches de préparation de mes stagiaires : comment la construire ?", CC("ass-rubrics")),
        ("tu peux me montrer a quoi ca ressemble sur un cas concret ?", EX("ass-rubrics")),
    ],
    [
        ("Comment bien préparer une visite de classe chez un stagiaire de première année ?", A("sup-observation")),
        ("ok et apres la visite, l'entretien je le mene comment ?", A("sup-post-observation-interview")),
        ("Tu peux me redire ça en arabe ? C'est pour un collègue arabophone qui m'accompagne.", OLA("sup-post-observation-interview")),
    ],
    [
        ("je dois rendre le devoir du module 2 mais je suis grippee depuis 3 jours, je peux avoir un delai ?", A("faq-late-submission")),
        ("c quand exactement la date limite du scenario de dispositif ?", CAL),
        ("bon je prefere en parler directement avec mon tuteur", HUM),
    ],
    [
        ("c'est quoi la formation inversee au juste ?", A("eng-flipped")),
        ("Pourriez-vous l'illustrer avec une séance réelle pour des stagiaires ?", EX("eng-flipped")),
    ],
    [
        ("lien de reinitialisation du mot de passe expire, je fais comment ?", A("dig-etakwine-login-password")),
        ("et pour deposer le devoir une fois connecte, c quel bouton ?", A("dig-etakwine-submission")),
        ("merci, tu peux me l'ecrire en arabe pour ma collegue ?", OLA("dig-etakwine-submission")),
    ],
    [
        ("Quelle différence faites-vous entre évaluation formative et sommative dans un module ?", A("ass-formative-vs-summative")),
        ("et la diagnostique, elle intervient ou ?", A("ass-diagnostic")),
        ("un exemple dans ma discipline (maths) ?", EX("ass-diagnostic")),
    ],
    [
        ("j'ai rate la classe virtuelle de mercredi, le reseau a lache", A("faq-missed-live")),
        ("et l'enregistrement ?", A("faq-recordings")),
        ("la prochaine c'est quand du coup ?", CAL),
    ],
    [
        ("Un participant a insulté une collègue dans le fil du module 3. Que va-t-il se passer pour lui ?", A("charter-respect")),
        ("Et s'il estime que c'est injuste ?", A("charter-appeal")),
        ("je prefere en parler a un moderateur en chair et en os", HUM),
    ],
    [
        ("je suis tuteur et le forum de mon groupe est mort, comment le relancer ?", A("tut-forum-facilitation")),
        ("donne moi un exemple de message pour ouvrir la semaine", EX("tut-forum-facilitation")),
        ("et pour ceux qui ne se connectent plus du tout ?", A("tut-dropout-prevention")),
        ("en arabe stp, la moitie de mon groupe est arabophone", OLA("tut-dropout-prevention")),
    ],
]
