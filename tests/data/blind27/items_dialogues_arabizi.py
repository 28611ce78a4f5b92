# Arabizi dialogues d31-d40.
ITEMS = [
    [
        ("tqyim", {"kind": "clarify"}),
        ("9sdt evaluation formative", {"kind": "confirm_clarification", "sections": ["ass-formative"]}),
        ("3tini exemple", {"kind": "same_topic_example", "sections": ["ass-formative"]}),
    ],
    [
        ("kifach nsowb plan individuel de developpement pro?", {"kind": "answer", "sections": ["sup-development-plan"]}),
        ("3afak b lfrancais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-development-plan"]}),
    ],
    [
        ("chno hiya la netiquette?", {"kind": "answer", "sections": ["dig-netiquette"]}),
        ("3tini mital dyal message mzyan f forum", {"kind": "same_topic_example", "sections": ["dig-netiquette"]}),
        ("o ila chi wa7ed sebni f forum?", {"kind": "answer", "sections": ["charter-respect"]}),
    ],
    [
        ("devoir", {"kind": "clarify"}),
        ("kifach nsifto f etakwine", {"kind": "confirm_clarification", "sections": ["dig-etakwine-submission"]}),
        ("o imta akhir ajal dyal bilan final?", {"kind": "calendar"}),
    ],
    [
        ("wach formation inversee katsla7 m3a stagiaires dyal crmef?", {"kind": "answer", "sections": ["eng-flipped"]}),
        ("wach t9der t3awdha b lfrancais?", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-flipped"]}),
    ],
    [
        ("la classe virtuelle jaya imta?", {"kind": "calendar"}),
        ("bghit nhder m3a tuteur 3la chi haja khassa", {"kind": "human"}),
    ],
    [
        ("rafiq, ila ma3reftich tjawb chno kaydir?", {"kind": "answer", "sections": ["tut-rafiq-escalation"]}),
        ("o ch7al kayakhod tuteur bach yjawb?", {"kind": "answer", "sections": ["tut-response-times"]}),
        ("ok 7awelni 3lih daba", {"kind": "human"}),
    ],
    [
        ("forum", {"kind": "clarify"}),
        ("chno kay3ni 'retenu pour examen' f forum", {"kind": "confirm_clarification", "sections": ["charter-moderation"]}),
        ("o ila bghit ncontesti?", {"kind": "answer", "sections": ["charter-appeal"]}),
    ],
    [
        ("kifach nwjjed seance de formation?", {"kind": "answer", "sections": ["eng-session-preparation"]}),
        ("exemple dyal minutage l 3 sway3", {"kind": "same_topic_example", "sections": ["eng-session-preparation"]}),
        ("b lfrancais 3afak", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-session-preparation"]}),
    ],
    [
        ("ana jdid f crmef, chno homa les roles dyal formateur?", {"kind": "answer", "sections": ["prof-roles"]}),
        ("o l'identite professionnelle?", {"kind": "answer", "sections": ["prof-identity"]}),
        ("module 1 imta kaysed?", {"kind": "calendar"}),
    ],
]
