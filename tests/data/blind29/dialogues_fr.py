# Dialogues, French (10). Each dialogue is a list of turns {"user": ..., "expect": {...}}.
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLA = {"kind": "clarify"}

DIALOGUES = [
    [
        {"user": "Comment on construit une grille critériée pour évaluer un rapport de stage ?", "expect": A("ass-rubrics")},
        {"user": "Tu peux me donner un exemple concret de critères ?", "expect": EX("ass-rubrics")},
        {"user": "Et le devoir où on doit en construire une, il est à rendre pour quand ?", "expect": CAL},
    ],
    [
        {"user": "évaluation ?", "expect": CLA},
        {"user": "Je voulais dire la formative, elle sert à quoi exactement", "expect": CF("ass-formative")},
        {"user": "et pour la sommative ?", "expect": A("ass-summative")},
    ],
    [
        {"user": "C'est quoi l'andragogie, en gros ?", "expect": A("fac-adult-learners")},
        {"user": "Tu peux me le redire en arabe ? c'est pour une collègue arabophone", "expect": OL("fac-adult-learners")},
    ],
    [
        {"user": "Je n'arrive plus à me connecter à e-Takwine, il me dit que le mot de passe est faux", "expect": A("dig-etakwine-login-password")},
        {"user": "J'ai déjà demandé la réinitialisation deux fois, rien reçu même dans les spams. Je veux parler à quelqu'un de l'équipe.", "expect": HUM},
    ],
    [
        {"user": "Je vais rater la classe virtuelle de jeudi à cause d'une réunion, je rattrape comment ?", "expect": A("faq-missed-live")},
        {"user": "Et la vidéo de la séance, elle sera mise où ?", "expect": A("faq-recordings")},
        {"user": "Au fait celle du module 3, c'est quel jour déjà ?", "expect": CAL},
    ],
    [
        {"user": "le portfolio", "expect": CLA},
        {"user": "oui, comment on le met en place avec des stagiaires du CRMEF", "expect": CF("ass-portfolio")},
        {"user": "un exemple de pièce avec le petit commentaire qui va avec ?", "expect": EX("ass-portfolio")},
    ],
    [
        {"user": "Comment je mène l'entretien après avoir observé une séance ?", "expect": A("sup-post-observation-interview")},
        {"user": "Et pendant l'observation elle-même, je fais quoi, je note quoi ?", "expect": A("sup-observation")},
        {"user": "ok, et l'outil pour noter, je le construis comment ?", "expect": A("sup-observation-grid")},
    ],
    [
        {"user": "Mon devoir du module 2 est resté en brouillon, je pensais l'avoir envoyé !", "expect": A("dig-etakwine-submission")},
        {"user": "Du coup il est hors délai, il sera quand même accepté ?", "expect": A("faq-late-submission")},
        {"user": "Bon je préfère qu'un tuteur regarde mon cas, merci", "expect": HUM},
    ],
    [
        {"user": "Je suis tuteur cette année, comment je fais vivre le forum de mon groupe ?", "expect": A("tut-forum-facilitation")},
        {"user": "Donne-moi un exemple de message pour lancer la semaine", "expect": EX("tut-forum-facilitation")},
        {"user": "Tu peux reformuler tout ça en arabe pour mes collègues ?", "expect": OL("tut-forum-facilitation")},
    ],
    [
        {"user": "le module 5 commence quand ?", "expect": CAL},
        {"user": "Il parle de mentorat je crois. Le mentor d'un prof débutant, il fait quoi concrètement ?", "expect": A("sup-mentoring")},
    ],
]
