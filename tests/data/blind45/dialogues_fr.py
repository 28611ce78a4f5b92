# Hand-written French dialogues (blind45).
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
        ("grille ?", CLAR()),
        ("celle pour observer la séance d'un stagiaire en classe", CC(["sup-observation-grid"])),
        ("tu peux me donner un exemple concret ?", EX(["sup-observation-grid"])),
    ],
    [
        ("attestation", CLAR()),
        ("je veux la télécharger, j'ai tout fini depuis dimanche", CC(["dig-etakwine-attestation"])),
        ("et elle compte pour mon avancement ?", A(["faq-attestation-career"])),
    ],
    [
        ("c quoi en gros la diff entre formative et sommative ?", A(["ass-formative-vs-summative"])),
        ("tu peux me le redire en arabe stp ? c pour une collègue arabisante", OLA(["ass-formative-vs-summative"])),
    ],
    [
        ("Comment organiser une correction entre participants dans mon module en ligne ?", A(["ass-peer"])),
        ("Et pour l'autoévaluation ?", A(["ass-self-assessment"])),
        ("Un exemple d'outil simple à leur donner ?", EX(["ass-self-assessment"])),
    ],
    [
        ("j'ai raté le live d'hier soir 😕 c grave ?", A(["faq-missed-live"])),
        ("et la vidéo de la séance, elle est publiée où ?", A(["faq-recordings"])),
        ("et le prochain live c quand ?", CAL()),
    ],
    [
        ("Quelles étapes suivre pour préparer une séance de formation de trois heures ?", A(["eng-session-preparation"])),
        ("Et pour bien la démarrer ?", A(["fac-opening-closing"])),
        ("Donnez-m'en un exemple adapté à des inspecteurs en formation", EX(["fac-opening-closing"])),
    ],
    [
        ("mon compte est bloqué, j'ai tapé un mauvais mdp plusieurs fois", A(["dig-etakwine-login-password"])),
        ("j'ai attendu et ça marche tjrs pas, je veux parler à qqn", HUM()),
    ],
    [
        ("Le devoir du module 2, je peux le rendre avec quelques jours de retard ?", A(["faq-late-submission"])),
        ("C'est quand exactement l'échéance du scénario de dispositif ?", CAL()),
        ("Et je le dépose comment, en PDF ou en Word ?", A(["dig-etakwine-submission"])),
    ],
    [
        ("comment animer un forum où personne ne parle ?", A(["tut-forum-facilitation"])),
        ("et pour ceux qui ne se connectent plus du tout ?", A(["tut-dropout-prevention"])),
        ("tu peux me mettre ça en arabe ?", OLA(["tut-dropout-prevention"])),
    ],
    [
        ("Je dois co-animer une séance avec un collègue de sciences de l'éducation, des conseils ?", A(["prof-collaboration"])),
        ("Et si on n'est pas d'accord devant le groupe ?", A(["prof-collaboration"])),
        ("Un exemple de répartition des rôles entre nous deux ?", EX(["prof-collaboration"])),
    ],
]
