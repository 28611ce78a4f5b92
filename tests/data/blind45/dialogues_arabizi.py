# Hand-written Moroccan Arabic in Latin letters dialogues (blind45).
def A(s): return {"kind": "answer", "sections": s}
def CC(s): return {"kind": "confirm_clarification", "sections": s}
def EX(s): return {"kind": "same_topic_example", "sections": s}
def OL(s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": s}
def OLA(s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": s}
def CLAR(): return {"kind": "clarify"}
def CAL(): return {"kind": "calendar"}
def HUM(): return {"kind": "human"}

DIALOGUES = [
    [
        ("evaluation?", CLAR()),
        ("ya3ni mlli les participants kaycorrigiw l'un l'autre f mooc", CC(["ass-peer"])),
        ("3tini mital", EX(["ass-peer"])),
    ],
    [
        ("l'inscription", CLAR()),
        ("f e-takwine, ma 3reftch kifach ncreer compte", CC(["dig-etakwine-registration"])),
        ("w ila nsit mot de passe mn b3d?", A(["dig-etakwine-login-password"])),
    ],
    [
        ("chno hiya la pratique réflexive?", A(["sup-reflective-practice"])),
        ("3awd liya b français 3afak", OL(["sup-reflective-practice"])),
    ],
    [
        ("kifach nwjjed grille d'évaluation l fiche de préparation?", A(["ass-rubrics"])),
        ("w deadline dyal devoir dyal grille imta?", CAL()),
    ],
    [
        ("kifach nbda groupe dyal profs kaytlaqaw bach y7ssnou pratiques dyalhom?", A(["sup-learning-communities"])),
        ("w ila bghina ndiroha online?", A(["sup-learning-communities"])),
        ("3tini exemple dyal question de travail", EX(["sup-learning-communities"])),
    ],
    [
        ("message dyali t7ayed mn forum 😡 chkoun li 7ayedo?", A(["charter-moderation"])),
        ("wach n9der ncontester?", A(["charter-appeal"])),
        ("bghit nhder m3a modérateur bnadem", HUM()),
    ],
    [
        ("kifach ndir micro-enseignement m3a stagiaires?", A(["fac-micro-teaching"])),
        ("w l'enregistrement vidéo? wach n7tafdo bih?", A(["fac-micro-teaching"])),
        ("b français 3afak", OL(["fac-micro-teaching"])),
    ],
    [
        ("live dyal module 4 imta?", CAL()),
        ("w ila ma 9dertch n7dar?", A(["faq-missed-live"])),
    ],
    [
        ("chno lfar9 bin MOOC w SPOC?", A(["eng-mooc-formats"])),
        ("w cMOOC?", A(["eng-mooc-formats"])),
        ("3tini mital l CRMEF", EX(["eng-mooc-formats"])),
    ],
    [
        ("kifach nt3amel m3a stagiaire li ma kaydir walo f groupe?", A(["fac-difficult-situations"])),
        ("w ila tla3 conflit bin jouj stagiaires f wost la séance?", A(["fac-difficult-situations"])),
        ("bghit nhder m3a tuteur 3la had l7ala", HUM()),
    ],
]
