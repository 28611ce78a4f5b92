def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CAL = {"kind": "calendar"}; HUM = {"kind": "human"}; CLA = {"kind": "clarify"}

DIALOGUES = [
    [("grille ?", CLA),
     ("celle pour noter les productions des stagiaires, avec des criteres et des niveaux", CC("ass-rubrics")),
     ("ok tu peux me montrer a quoi ca ressemble sur un cas concret ?", EX("ass-rubrics"))],
    [("c quoi exactement l'evaluation formative", A("ass-formative")),
     ("et la sommative ?", A("ass-summative")),
     ("tu peux me redire ca en arabe stp, c'est pour un collegue arabophone", OL("ass-summative"))],
    [("comment on depose un devoir sur la plateforme ? c'est la premiere fois", A("dig-etakwine-submission")),
     ("et pour celui du module 2 c'est a rendre quand ?", CAL),
     ("bon je prefere qu'un tuteur verifie que mon fichier est bien arrive", HUM)],
    [("attestation", CLA),
     ("je veux savoir comment la telecharger une fois le mooc fini", CC("dig-etakwine-attestation")),
     ("autre chose : j'ai rate la classe virtuelle de jeudi a cause d'un conseil de classe, je fais comment ?", A("faq-missed-live"))],
    [("Je dois initier mes stagiaires au micro-enseignement la semaine prochaine. Comment ca se passe concretement ?", A("fac-micro-teaching")),
     ("tu aurais un exemple de geste a travailler sur un cycle ?", EX("fac-micro-teaching"))],
    [("Je vais observer une stagiaire en classe mardi, qu'est ce que je dois preparer avant ?", A("sup-observation")),
     ("et apres la seance, l'entretien avec elle je le mene comment ?", A("sup-post-observation-interview")),
     ("donne moi un exemple de question pour ouvrir cet entretien", EX("sup-post-observation-interview"))],
    [("le module 2 ouvre quand ?", CAL),
     ("il commence par l'analyse des besoins c'est ca ? ca consiste en quoi en gros ?", A("eng-needs-analysis")),
     ("merci, tu peux me l'ecrire en arabe ? je prefere relire en arabe", OL("eng-needs-analysis"))],
    [("le forum", CLA),
     ("je me demande si j'ai le droit d'y poser une question sur ma situation administrative, une mutation", CC("charter-on-topic")),
     ("ok dans ce cas je prefere en parler directement a un tuteur", HUM)],
    [("mdp oublie, je peux plus me connecter a e-takwine", A("dig-etakwine-login-password")),
     ("j'ai fait la reinitialisation mais le mail arrive sur une ancienne adresse que je n'utilise plus", A("dig-etakwine-login-password")),
     ("bon, mettez moi en contact avec quelqu'un svp", HUM)],
    [("En tant que tuteur, comment je relance les participants qui ont decroché ?", A("tut-dropout-prevention")),
     ("un exemple de message de relance ?", EX("tut-dropout-prevention")),
     ("et pour faire vivre le forum chaque semaine, tu conseilles quoi ?", A("tut-forum-facilitation"))],
]
