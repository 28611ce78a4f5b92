# Dialogues, Darija in Latin letters (Arabizi): each dialogue is a list of (user message, expected behaviour)
DIALOGUES = [
    [
        ("w la grille?", {"kind": "clarify"}),
        ("9sdt grille d'observation dyal visite de classe", {"kind": "confirm_clarification", "sections": ["sup-observation-grid"]}),
        ("3tini mital", {"kind": "same_topic_example", "sections": ["sup-observation-grid"]}),
    ],
    [
        ("kifach n3ti feedback mzyan l stagiaire?", {"kind": "answer", "sections": ["ass-feedback"]}),
        ("3awdha liya b lfrançais 3afak", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-feedback"]}),
    ],
    [
        ("chno hiya evaluation formative f lMOOC?", {"kind": "answer", "sections": ["ass-formative"]}),
        ("w ila bghit stagiaires y9iymo rasshom b rasshom?", {"kind": "answer", "sections": ["ass-self-assessment"]}),
    ],
    [
        ("kifach n7et devoir f e-takwine?", {"kind": "answer", "sections": ["dig-etakwine-submission"]}),
        ("w ila t3tlt?", {"kind": "answer", "sections": ["faq-late-submission"]}),
        ("3tini mital dyal chi sabab m9boul", {"kind": "same_topic_example", "sections": ["faq-late-submission"]}),
    ],
    [
        ("kifach ntsjel f e-takwine mn lwel?", {"kind": "answer", "sections": ["dig-etakwine-registration"]}),
        ("w module 1 imta kaybda?", {"kind": "calendar"}),
    ],
    [
        ("chi wa7ed 7et pub dyal formation payante f forum, chno ndir?", {"kind": "answer", "sections": ["charter-no-spam"]}),
        ("bghit nhder m3a moderateur bnadem", {"kind": "human"}),
    ],
    [
        ("w l hybride?", {"kind": "clarify"}),
        ("9sdt kifach nsemmem formation hybride", {"kind": "confirm_clarification", "sections": ["eng-hybrid"]}),
        ("w la classe inversee?", {"kind": "answer", "sections": ["eng-flipped"]}),
    ],
    [
        ("chno howa SAMR?", {"kind": "answer", "sections": ["dig-ict-integration"]}),
        ("w TPACK?", {"kind": "answer", "sections": ["dig-ict-integration"]}),
        ("3awdha b lfrançais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["dig-ict-integration"]}),
    ],
    [
        ("live dyal module 6 imta?", {"kind": "calendar"}),
        ("w ila ma9dertch nhdr, chno ndir?", {"kind": "answer", "sections": ["faq-missed-live"]}),
    ],
    [
        ("kifach ndir groupe d'etude m3a sh7abi f MOOC?", {"kind": "answer", "sections": ["tut-peer-support"]}),
        ("ya3ni kifach bdabt? 3tini mital 3afak", {"kind": "same_topic_example", "sections": ["tut-peer-support"]}),
        ("bghit nhder m3a tuteur", {"kind": "human"}),
    ],
]
