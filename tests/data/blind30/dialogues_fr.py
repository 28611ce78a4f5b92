# 10 French dialogues; each is a list of (user message, expect).
DIALOGUES = [
    [
        ("Comment on organise la correction entre participants dans le MOOC ? Chacun corrige combien de copies ?", {"kind": "answer", "sections": ["ass-peer"]}),
        ("tu peux me donner un exemple de commentaire qu'on laisse à un collègue ?", {"kind": "same_topic_example", "sections": ["ass-peer"]}),
        ("Super. Tu peux me redire tout ça en arabe pour mes collègues arabophones ?", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["ass-peer"]}),
    ],
    [
        ("grille ?", {"kind": "clarify"}),
        ("je parle de la grille critériée pour noter les fiches de préparation des stagiaires", {"kind": "confirm_clarification", "sections": ["ass-rubrics"]}),
        ("et combien de critères au maximum pour pas noyer les correcteurs ?", {"kind": "answer", "sections": ["ass-rubrics"]}),
    ],
    [
        ("ma connexion a sauté hier soir et j'ai pas pu envoyer mon devoir, je fais quoi maintenant ?", {"kind": "answer", "sections": ["faq-late-submission"]}),
        ("c'est quand exactement l'échéance de la fiche d'animation du module 3 ?", {"kind": "calendar"}),
        ("ok je préfère en parler directement avec mon tuteur", {"kind": "human"}),
    ],
    [
        ("Je fais ma première visite de stage jeudi. Des conseils pour bien observer sans perturber la classe ?", {"kind": "answer", "sections": ["sup-observation"]}),
        ("et pour l'outil, je prends une grille toute faite ou je construis la mienne ?", {"kind": "answer", "sections": ["sup-observation-grid"]}),
        ("Et après la séance, l'échange avec le stagiaire, je le mène comment ?", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
    ],
    [
        ("la classe inversée ça marche vraiment avec des stagiaires de CRMEF ?", {"kind": "answer", "sections": ["eng-flipped"]}),
        ("t'aurais un exemple concret de séance montée comme ça ?", {"kind": "same_topic_example", "sections": ["eng-flipped"]}),
        ("et je fais quoi avec ceux qui arrivent sans avoir regardé la vidéo ?", {"kind": "answer", "sections": ["eng-flipped"]}),
    ],
    [
        ("impossible de me connecter à e-takwine depuis ce matin, il me dit identifiant incorrect", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
        ("bon j'ai réussi à changer le mot de passe mais maintenant la page du module reste blanche", {"kind": "answer", "sections": ["dig-etakwine-technical"]}),
        ("rien ne marche, je veux parler à quelqu'un du support svp", {"kind": "human"}),
    ],
    [
        ("attestation", {"kind": "clarify"}),
        ("Je veux savoir comment la récupérer sur la plateforme une fois le MOOC terminé", {"kind": "confirm_clarification", "sections": ["dig-etakwine-attestation"]}),
        ("Et elle sera prise en compte pour mon avancement ?", {"kind": "answer", "sections": ["faq-attestation-career"]}),
    ],
    [
        ("Mes participants lâchent autour du module 3, comment les remotiver sur la durée ?", {"kind": "answer", "sections": ["fac-motivation"]}),
        ("et ceux qui ne se connectent plus du tout depuis des semaines ?", {"kind": "answer", "sections": ["tut-dropout-prevention"]}),
        ("tu peux me l'écrire en arabe ? je veux l'envoyer tel quel au groupe", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["tut-dropout-prevention"]}),
    ],
    [
        ("c'est quoi un billet de sortie ? on m'a dit que c'est de l'évaluation formative", {"kind": "answer", "sections": ["ass-formative"]}),
        ("donne moi un exemple de questions à mettre dessus", {"kind": "same_topic_example", "sections": ["ass-formative"]}),
        ("au fait la classe virtuelle sur les grilles, elle tombe quel jour ?", {"kind": "calendar"}),
    ],
    [
        ("Je peux transférer à notre groupe de formateurs une capture du post qu'une stagiaire a écrit sur le forum ?", {"kind": "answer", "sections": ["prof-ethics"]}),
        ("Et filmer une séance en classe où on voit des élèves mineurs, c'est permis ?", {"kind": "answer", "sections": ["dig-data-privacy"]}),
    ],
]
