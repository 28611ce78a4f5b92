# Hand-written Arabizi dialogues.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("devoir?", CLAR),
        ("ya3ni kifach ndeposih f plateforme", CC("dig-etakwine-submission")),
        ("w imta akhir ajal dyal devoir dyal module 4?", CAL),
    ],
    [
        ("forum", CLAR),
        ("9sdt ch7al kaykhod tuteur bach yjawb f forum", CC("tut-response-times")),
        ("bghit nhder m3a tuteur daba", HUM),
    ],
    [
        ("chno hya pratique reflexive?", A("sup-reflective-practice")),
        ("3tini mital", EX("sup-reflective-practice")),
        ("3awdha lia b lfransawiya", OL("sup-reflective-practice")),
    ],
    [
        ("kifach ndir travail de groupe mzyan f seance?", A("fac-group-work")),
        ("w bach ma yfotnich lwe9t?", A("fac-time-management")),
    ],
    [
        ("imta kaybda module 2?", CAL),
        ("w kifach nbni plan de formation kamel l 3am?", A("eng-training-plan")),
        ("mital 3afak", EX("eng-training-plan")),
    ],
    [
        ("rafiq wach kayb9a m9iyd kolchi li kan9olo lih?", A("dig-data-privacy")),
        ("w ila ma 3jbnich jawab dyalk, chkoun ghadi yjawbni?", A("tut-rafiq-escalation")),
    ],
    [
        ("wach n9der nbdl cohorte? 3ndi mission f Agadir", A("faq-change-cohort")),
        ("ok bghit nswl tuteur dyali nishan", HUM),
    ],
    [
        ("chno lfar9 bin xMOOC w cMOOC?", A("eng-mooc-formats")),
        ("w hybride?", A("eng-hybrid")),
        ("3tini exemple dyal module hybride", EX("eng-hybrid")),
        ("b lfrancais 3afak", OL("eng-hybrid")),
    ],
    [
        ("kifach nbni grille d'observation?", A("sup-observation-grid")),
        ("w l'entretien mn b3d?", A("sup-post-observation-interview")),
        ("b fransawiya 3afak", OL("sup-post-observation-interview")),
    ],
    [
        ("chno hya autoevaluation w metacognition?", A("ass-self-assessment")),
        ("mital?", EX("ass-self-assessment")),
        ("w live dyal module 4 imta?", CAL),
    ],
]
