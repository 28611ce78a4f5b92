# Dialogues, French variety: each dialogue is a list of (user message, expected behaviour)
DIALOGUES = [
    [
        ("et l'évaluation ?", {"kind": "clarify"}),
        ("je parlais de l'évaluation par les pairs dans le MOOC, ça se passe comment ?", {"kind": "confirm_clarification", "sections": ["ass-peer"]}),
        ("Tu peux me donner un exemple concret ?", {"kind": "same_topic_example", "sections": ["ass-peer"]}),
    ],
    [
        ("Comment on construit une grille d'observation pour une visite de stage ?", {"kind": "answer", "sections": ["sup-observation-grid"]}),
        ("Tu peux me redire ça en arabe stp, c'est pour un collègue arabophone", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["sup-observation-grid"]}),
    ],
    [
        ("C'est quoi l'évaluation formative au juste ?", {"kind": "answer", "sections": ["ass-formative"]}),
        ("Et pour la sommative ?", {"kind": "answer", "sections": ["ass-summative"]}),
    ],
    [
        ("Comment je dépose mon devoir sur e-Takwine ?", {"kind": "answer", "sections": ["dig-etakwine-submission"]}),
        ("Par exemple, je nomme mon fichier comment ?", {"kind": "same_topic_example", "sections": ["dig-etakwine-submission"]}),
        ("Et si je suis en retard ?", {"kind": "answer", "sections": ["faq-late-submission"]}),
    ],
    [
        ("Comment construire une grille critériée pour le devoir du module 4 ?", {"kind": "answer", "sections": ["ass-rubrics"]}),
        ("Ce devoir est à rendre pour quand déjà ?", {"kind": "calendar"}),
    ],
    [
        ("Est-ce qu'on peut changer de cohorte quand on tombe malade ?", {"kind": "answer", "sections": ["faq-change-cohort"]}),
        ("Ok, je préfère en parler directement avec un tuteur.", {"kind": "human"}),
    ],
    [
        ("les badges ?", {"kind": "clarify"}),
        ("Oui, les open badges : ils certifient quoi exactement ?", {"kind": "confirm_clarification", "sections": ["ass-certificates-badges"]}),
        ("Et l'attestation du MOOC, je la télécharge où ?", {"kind": "answer", "sections": ["dig-etakwine-attestation"]}),
    ],
    [
        ("Comment mener un entretien post-observation avec un stagiaire ?", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
        ("Et avant ça, pendant la visite elle-même, je fais quoi ?", {"kind": "answer", "sections": ["sup-observation"]}),
        ("Tu peux m'expliquer ça en arabe ?", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["sup-observation"]}),
    ],
    [
        ("Elle a lieu quand la classe virtuelle du module 2 ?", {"kind": "calendar"}),
        ("Et si je la rate, je fais comment ?", {"kind": "answer", "sections": ["faq-missed-live"]}),
        ("Les enregistrements, on les trouve où ?", {"kind": "answer", "sections": ["faq-recordings"]}),
    ],
    [
        ("Comment préparer une classe inversée pour mes stagiaires ?", {"kind": "answer", "sections": ["eng-flipped"]}),
        ("Un exemple pour une séance sur l'évaluation ?", {"kind": "same_topic_example", "sections": ["eng-flipped"]}),
        ("Merci, mais j'aimerais quand même en discuter avec mon tuteur.", {"kind": "human"}),
    ],
]
