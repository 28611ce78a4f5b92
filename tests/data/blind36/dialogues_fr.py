# Hand-written dialogues, French.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("J'ai 40 fiches de prép à corriger et chacun note à sa façon dans l'équipe. Comment faire un barème avec des critères clairs ?", A("ass-rubrics")),
        ("un exemple concret pour une fiche de prep ?", EX("ass-rubrics")),
    ],
    [
        ("l'attestation ?", CLAR),
        ("je veux savoir comment la télécharger, j'ai terminé le dernier module", CC("dig-etakwine-attestation")),
        ("et elle compte pour l'avancement ?", A("faq-attestation-career")),
    ],
    [
        ("Mon devoir doit partir vendredi, je le dépose comment sur la plateforme ?", A("dig-etakwine-submission")),
        ("et si je le rends avec un jour de retard ?", A("faq-late-submission")),
        ("c'est quand exactement la date limite de celui du module 3 ?", CAL),
    ],
    [
        ("Formatif et sommatif, c'est quoi la différence en deux mots ?", A("ass-formative-vs-summative")),
        ("tu peux me le redire en arabe ? c'est pour une collègue arabophone", OL("ass-formative-vs-summative")),
    ],
    [
        ("Comment conduire la discussion avec un stagiaire juste après l'avoir vu en classe ?", A("sup-post-observation-interview")),
        ("et pendant la visite elle-même, je fais quoi ?", A("sup-observation")),
        ("un exemple de ce que je note ?", EX("sup-observation")),
    ],
    [
        ("Un participant a insulté une collègue dans le fil du module 2, qu'est-ce qui va se passer ?", A("charter-respect")),
        ("et s'il trouve la décision injuste, il peut faire recours ?", A("charter-appeal")),
        ("ok, je préfère en parler directement avec un modérateur", HUM),
    ],
    [
        ("grille ?", CLAR),
        ("pour observer un stagiaire pendant sa séance", CC("sup-observation-grid")),
        ("donne-moi un exemple", EX("sup-observation-grid")),
    ],
    [
        ("J'ai raté la classe virtuelle d'hier soir, connexion coupée 😩 je fais comment ?", A("faq-missed-live")),
        ("et la vidéo, elle sera où ?", A("faq-recordings")),
        ("la prochaine classe virtuelle c'est quand ?", CAL),
    ],
    [
        ("Je suis tuteur, plusieurs inscrits n'ont pas ouvert la plateforme depuis trois semaines. Je fais quoi ?", A("tut-dropout-prevention")),
        ("un exemple de message à leur envoyer ?", EX("tut-dropout-prevention")),
        ("et ceux qui sont encore là mais qui s'essoufflent ?", A("fac-motivation")),
    ],
    [
        ("Comment organiser une séance de micro-enseignement avec mes stagiaires ?", A("fac-micro-teaching")),
        ("en arabe stp", OL("fac-micro-teaching")),
        ("et si je filme plutôt une vraie classe avec des élèves, je peux montrer la vidéo au groupe ?", A("dig-data-privacy")),
    ],
]
