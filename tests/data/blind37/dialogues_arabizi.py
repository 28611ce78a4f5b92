# Hand-written Moroccan Darija in Latin script (Arabizi) dialogues (blind37).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}   # lang: the language asked for ("fr" or "ar")
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("le devoir?", CLAR),
     ("kifach nsifto f la plateforme, ma3rftch fin nclicki", CC("dig-etakwine-submission")),
     ("w akhir ajal dyal devoir dyal module 4?", CAL)],
    [("plan dyali?", CLAR),
     ("plan de formation dyal l3am kamel li tlbat mni la direction provinciale", CC("eng-training-plan"))],
    [("kifach nsawb formation hybride, chi 7aja f presentiel w chi 7aja a distance?", A("eng-hybrid")),
     ("3awdha liya b lfrancais 3afak", OL("eng-hybrid"))],
    [("wach had l MOOC fabor?", A("faq-free")),
     ("w ila chi wa7ed f forum tleb mni flous bach y3tini corrigés?", A("charter-no-spam"))],
    [("kifach ndir entretien m3a stagiaire mn b3d ma nchof la seance dyalo?", A("sup-post-observation-interview")),
     ("3tini exemple", EX("sup-post-observation-interview")),
     ("b lfrancais 3afak", OL("sup-post-observation-interview"))],
    [("la plateforme katbloka 3liya kolla mra, chno ndir?", A("dig-etakwine-technical")),
     ("jrbt kolchi w walo, bghit nhder m3a chi wa7ed bnadem", HUM)],
    [("kifach nt3amel m3a stagiaire li dima kaycontesti ga3 chi 7aja f la seance?", A("fac-difficult-situations")),
     ("3tini exemple dyal chno ngolih", EX("fac-difficult-situations"))],
    [("fin nl9a enregistrement dyal classe virtuelle?", A("faq-recordings")),
     ("w classe virtuelle dyal module 6 fo9ach?", CAL)],
    [("kifach n3llem stagiaires ydiro autoevaluation?", A("ass-self-assessment")),
     ("3tini exemple dyal outil", EX("ass-self-assessment")),
     ("daba b lfrancais", OL("ass-self-assessment"))],
    [("nas f cohorte bdaw kaytl9ou l MOOC, kifach nkhlihom motives?", A("fac-motivation")),
     ("w ana tuteur, kifach nrelanci li ghabou chi simanat?", A("tut-dropout-prevention"))],
]
