def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("la grille ?", CLAR),
        ("je parle de la grille pour noter les devoirs de mes stagiaires, avec des criteres et des niveaux", CC("ass-rubrics")),
        ("ok, tu as un exemple pour une fiche de preparation ?", EX("ass-rubrics")),
    ],
    [
        ("attestation ?", CLAR),
        ("Je veux savoir comment la recuperer sur la plateforme une fois le MOOC termine", CC("dig-etakwine-attestation")),
        ("et est-ce qu'elle compte pour ma carriere ?", A("faq-attestation-career")),
    ],
    [
        ("Je vais faire ma premiere visite chez une stagiaire jeudi, je prepare comment ?", A("sup-observation")),
        ("ok et apres la visite, la discussion avec elle je la mene comment ?", A("sup-post-observation-interview")),
        ("tu aurais un exemple concret de question a lui poser ?", EX("sup-post-observation-interview")),
    ],
    [
        ("c'est quoi exactement la formation inversee ?", A("eng-flipped")),
        ("Tu peux me le redire en arabe ? c'est pour un collegue arabophone", OLA("eng-flipped")),
    ],
    [
        ("Je dois rendre le devoir du module 2, comment je le depose sur e-Takwine ?", A("dig-etakwine-submission")),
        ("et la date limite c'est quand deja ?", CAL),
        ("Je crois que je n'y arriverai pas... je peux parler a mon tuteur ?", HUM),
    ],
    [
        ("Comment faire vivre le forum de mon groupe quand personne ne poste ?", A("tut-forum-facilitation")),
        ("Et pour les inscrits qui ont disparu depuis la premiere semaine ?", A("tut-dropout-prevention")),
        ("un exemple de message pour les relancer ?", EX("tut-dropout-prevention")),
    ],
    [
        ("Difference entre evaluation formative et sommative svp, vite fait", A("ass-formative-vs-summative")),
        ("un exemple dans un MOOC ?", EX("ass-formative-vs-summative")),
        ("merci ! et la meme chose en arabe stp ?", OLA("ass-formative-vs-summative")),
    ],
    [
        ("J'ai oublie mon mot de passe e-Takwine et le mail de reinitialisation n'arrive pas", A("dig-etakwine-login-password")),
        ("toujours rien apres une heure, je veux parler a quelqu'un", HUM),
    ],
    [
        ("Mes stagiaires sont des adultes avec de l'experience, qu'est-ce qui change dans la facon de les former ?", A("fac-adult-learners")),
        ("et quelles methodes actives marchent bien avec eux ?", A("fac-active-methods")),
        ("par exemple ?", EX("fac-active-methods")),
    ],
    [
        ("la classe virtuelle du module 3 c'est quel jour ?", CAL),
        ("et si je la rate a cause d'un cours ?", A("faq-missed-live")),
        ("les enregistrements, je les trouve ou ?", A("faq-recordings")),
    ],
]
