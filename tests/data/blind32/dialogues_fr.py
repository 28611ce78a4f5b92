def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)}
CLAR = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = [
    [("et l'évaluation ?", CLAR),
     ("je parlais de l'évaluation formative, comment la pratiquer pendant une séance", CC("ass-formative")),
     ("tu peux me donner un exemple concret ?", EX("ass-formative"))],
    [("Comment construire une grille pour observer un stagiaire en visite de stage ?", A("sup-observation-grid")),
     ("et après la visite, comment je mène la discussion avec lui ?", A("sup-post-observation-interview")),
     ("merci ! un exemple de question pour lancer l'échange ?", EX("sup-post-observation-interview"))],
    [("Je n'arrive plus à me connecter à e-Takwine depuis ce matin", A("dig-etakwine-login-password")),
     ("c'est bon ça marche, merci. Au fait le devoir sur l'analyse des besoins c'est pour quand ?", CAL)],
    [("C'est quoi la classe inversée concrètement ?", A("eng-flipped")),
     ("Tu peux me le dire en arabe stp ? c'est pour un collègue", OL("eng-flipped"))],
    [("Je dois rendre mon devoir vendredi mais je suis malade, je peux avoir un délai ?", A("faq-late-submission")),
     ("d'accord. Je préfère en parler directement à mon tuteur, tu peux me mettre en contact ?", HUM)],
    [("les badges ?", CLAR),
     ("Je veux dire les open badges, ils valent quoi par rapport à une attestation ?", CC("ass-certificates-badges")),
     ("et l'attestation du MOOC, elle comptera pour mon avancement ?", A("faq-attestation-career")),
     ("ok je voudrais en discuter avec quelqu'un de l'équipe", HUM)],
    [("Comment organiser un travail de groupe efficace avec mes stagiaires ?", A("fac-group-work")),
     ("et s'il y en a un qui monopolise la parole dans son groupe ?", A("fac-difficult-situations")),
     ("t'as un exemple de phrase à lui dire sans le vexer ?", EX("fac-difficult-situations"))],
    [("Le micro-enseignement, ça se passe comment ?", A("fac-micro-teaching")),
     ("Un exemple de geste à travailler ?", EX("fac-micro-teaching")),
     ("Merci. La prochaine classe virtuelle c'est quand ?", CAL)],
    [("le portfolio ?", CLAR),
     ("oui celui des stagiaires, qu'est-ce qu'on y met", CC("ass-portfolio")),
     ("tu peux reformuler ça en arabe ?", OL("ass-portfolio"))],
    [("Comment analyser les besoins avant de concevoir une formation ?", A("eng-needs-analysis")),
     ("et ensuite comment je rédige les objectifs ?", A("eng-objectives-competencies")),
     ("et pour étaler tout ça sur l'année ?", A("eng-training-plan"))],
]
