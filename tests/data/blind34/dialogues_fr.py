# Hand-written dialogues, French variety (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("comment on construit une grille critériée pour noter un rapport de stage ?", A("ass-rubrics")),
     ("tu peux me donner un exemple concret de critères ?", EX("ass-rubrics")),
     ("et avant de l'utiliser pour de vrai, je la teste comment ?", A("ass-rubrics"))],
    [("et les badges ?", CLAR),
     ("je parlais des open badges, ils prouvent quoi au juste", CC("ass-certificates-badges")),
     ("ok. et l'attestation du mooc, je la récupère où ?", A("dig-etakwine-attestation"))],
    [("Pourquoi mon message sur le forum a été masqué ?", A("charter-moderation")),
     ("et si je ne suis pas d'accord avec la décision ?", A("charter-appeal")),
     ("je préfère en parler directement avec quelqu'un de l'équipe", HUM)],
    [("c'est quoi exactement la classe inversée", A("eng-flipped")),
     ("tu peux me le redire en arabe stp ? c'est pour une collègue arabophone", OL("eng-flipped"))],
    [("Elle a lieu quand, la classe virtuelle du module 4 ?", CAL),
     ("et si je la rate, je fais comment ?", A("faq-missed-live")),
     ("l'enregistrement sera mis où du coup", A("faq-recordings"))],
    [("Comment mener l'entretien après une visite de classe ?", A("sup-post-observation-interview")),
     ("et pendant la visite elle-même, je note quoi ?", A("sup-observation")),
     ("donne moi un exemple de fait bien noté", EX("sup-observation"))],
    [("le micro-enseignement, ça se déroule comment ?", A("fac-micro-teaching")),
     ("et la vidéo qu'on a filmée, on la garde ?", A("fac-micro-teaching")),
     ("redis-moi tout ça en arabe", OL("fac-micro-teaching"))],
    [("délai ?", CLAR),
     ("le délai de réponse des tuteurs", CC("tut-response-times")),
     ("bon ça fait quatre jours ouvrables, je veux qu'un tuteur me contacte", HUM)],
    [("je n'arrive plus à me connecter à e-takwine", A("dig-etakwine-login-password")),
     ("et si je n'ai plus accès à l'adresse mail du compte ?", A("dig-etakwine-login-password")),
     ("au fait, le devoir de conception du scénario, celui du module 2, c'est pour quand ?", CAL)],
    [("l'autoévaluation, ça sert à quoi pour des stagiaires adultes ?", A("ass-self-assessment")),
     ("un exemple d'outil simple ?", EX("ass-self-assessment")),
     ("et quand ce sont les collègues qui évaluent le travail, on s'organise comment ?", A("ass-peer"))],
]
