# French dialogues d01-d10. Each dialogue: list of (user message, expect dict).
ITEMS = [
    [
        ("evaluation ?", {"kind": "clarify"}),
        ("je voulais dire l'evaluation diagnostique, celle qu'on fait au debut du module", {"kind": "confirm_clarification", "sections": ["ass-diagnostic"]}),
        ("tu peux me donner un exemple concret ?", {"kind": "same_topic_example", "sections": ["ass-diagnostic"]}),
    ],
    [
        ("Comment organiser un groupe d'analyse de pratiques au retour de stage des stagiaires ?", {"kind": "answer", "sections": ["sup-analysis-of-practice"]}),
        ("tu peux me redire ça en arabe stp, c'est pour un collègue arabophone", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["sup-analysis-of-practice"]}),
    ],
    [
        ("c'est quoi au juste l'evaluation formative", {"kind": "answer", "sections": ["ass-formative"]}),
        ("et pour la sommative ?", {"kind": "answer", "sections": ["ass-summative"]}),
        ("un exemple dans un mooc ?", {"kind": "same_topic_example", "sections": ["ass-summative"]}),
    ],
    [
        ("Le devoir du module 4, je le dépose où exactement sur e-Takwine ?", {"kind": "answer", "sections": ["dig-etakwine-submission"]}),
        ("et la date limite c'est quand deja ?", {"kind": "calendar"}),
    ],
    [
        ("grille", {"kind": "clarify"}),
        ("une grille d'observation, pour aller voir un stagiaire en classe", {"kind": "confirm_clarification", "sections": ["sup-observation-grid"]}),
        ("en arabe svp", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["sup-observation-grid"]}),
    ],
    [
        ("j'ai raté la classe virtuelle d'hier soir, je fais comment ?", {"kind": "answer", "sections": ["faq-missed-live"]}),
        ("la prochaine c'est quand ?", {"kind": "calendar"}),
        ("ok, mais je voudrais aussi en parler directement à mon tuteur", {"kind": "human"}),
    ],
    [
        ("Je suis tutrice : comment relancer une participante qui ne s'est plus connectée depuis deux semaines ?", {"kind": "answer", "sections": ["tut-dropout-prevention"]}),
        ("donne moi un exemple de message de relance", {"kind": "same_topic_example", "sections": ["tut-dropout-prevention"]}),
        ("Autre chose : en général les tuteurs mettent combien de temps à répondre ?", {"kind": "answer", "sections": ["tut-response-times"]}),
    ],
    [
        ("attestation", {"kind": "clarify"}),
        ("comment la télécharger sur la plateforme", {"kind": "confirm_clarification", "sections": ["dig-etakwine-attestation"]}),
        ("et est-ce qu'elle compte pour l'avancement ?", {"kind": "answer", "sections": ["faq-attestation-career"]}),
        ("je préfère poser la question à quelqu'un de l'équipe", {"kind": "human"}),
    ],
    [
        ("micro-enseignement au CRMEF, comment je l'organise ?", {"kind": "answer", "sections": ["fac-micro-teaching"]}),
        ("un exemple de geste à travailler ?", {"kind": "same_topic_example", "sections": ["fac-micro-teaching"]}),
        ("peux-tu me mettre ça en arabe ?", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["fac-micro-teaching"]}),
    ],
    [
        ("Comment construire une grille critériée pour le devoir du module 4 ?", {"kind": "answer", "sections": ["ass-rubrics"]}),
        ("il est dû pour quand ce devoir ?", {"kind": "calendar"}),
        ("et si je veux la faire utiliser par les pairs, ça marche comment ?", {"kind": "answer", "sections": ["ass-peer"]}),
    ],
]
