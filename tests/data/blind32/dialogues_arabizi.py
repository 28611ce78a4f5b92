def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = [
    [("w l'evaluation?", CLAR),
     ("9sdt l'auto-evaluation dyal stagiaires", CC("ass-self-assessment")),
     ("3tini mital", EX("ass-self-assessment"))],
    [("fin kayn l bouton dyal envoyer l devoir?", A("dig-etakwine-submission")),
     ("w ila t3ettelt b nhar?", A("faq-late-submission")),
     ("imta deadline dyal devoir m3?", CAL)],
    [("chno hiya la classe inversee?", A("eng-flipped")),
     ("momkin b lfrancais 3afak?", OL("eng-flipped"))],
    [("kifach ndir groupe d'etude m3a zmlaye f mooc?", A("tut-peer-support")),
     ("merci. w kifach ntwasel m3a tuteur dyali?", A("faq-contact-tutor")),
     ("bghit nhder m3ah daba", HUM)],
    [("observation?", CLAR),
     ("grille d'observation, kifach nsawbha", CC("sup-observation-grid")),
     ("w mn ba3d l visite, l'entretien kifach?", A("sup-post-observation-interview")),
     ("3tini mital dyal sou2al", EX("sup-post-observation-interview"))],
    [("ma9dartch nconnecta, nsit mot de passe", A("dig-etakwine-login-password")),
     ("ba9i ma khdamch, bghit chi bnadem y3awnni", HUM)],
    [("ach howa feedback mzyan 3la devoir?", A("ass-feedback")),
     ("3tini mital dyal commentaire", EX("ass-feedback")),
     ("w l'evaluation par les pairs kifach katkhdem?", A("ass-peer"))],
    [("kifach nbda seance m3a groupe jdid?", A("fac-opening-closing")),
     ("w kifach nwezze3 lwe9t dyal seance kamla?", A("fac-time-management"))],
    [("attestation?", CLAR),
     ("wach l'attestation dyal mooc kat7seb f tar9iya?", CC("faq-attestation-career")),
     ("3afak 3awdha b lfrancais", OL("faq-attestation-career"))],
    [("chno hiya recherche-action?", A("sup-action-research")),
     ("3tini mital 3la probleme sghir", EX("sup-action-research")),
     ("merci bzaf. imta la classe virtuelle dyal m5?", CAL)],
]
