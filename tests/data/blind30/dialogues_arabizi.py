# 10 Arabizi dialogues.
DIALOGUES = [
    [
        ("kifach n3ti feedback mzyan l stagiaires 3la les fiches dyalhom?", {"kind": "answer", "sections": ["ass-feedback"]}),
        ("3tini exemple dyal commentaire mzyan", {"kind": "same_topic_example", "sections": ["ass-feedback"]}),
        ("3afak 3awd lia had jawab b lfrançais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-feedback"]}),
    ],
    [
        ("portfolio?", {"kind": "clarify"}),
        ("ya3ni chno n7et f portfolio dyal stagiaire f crmef", {"kind": "confirm_clarification", "sections": ["ass-portfolio"]}),
        ("o kifach n9ymo? b grille?", {"kind": "answer", "sections": ["ass-portfolio"]}),
    ],
    [
        ("wach khass nkhelles chi 7aja f had l mooc?", {"kind": "answer", "sections": ["faq-free"]}),
        ("wa7ed f groupe whatsapp kaybi3 corrigés dyal devoirs b 100dh, chno ndir?", {"kind": "answer", "sections": ["charter-no-spam", "faq-free"]}),
        ("bghit nblagh 3lih l chi wa7ed mn l'équipe directement", {"kind": "human"}),
    ],
    [
        ("micro-enseignement kifach nnazmo m3a stagiaires dyal primaire?", {"kind": "answer", "sections": ["fac-micro-teaching"]}),
        ("3tini mital dyal geste wa7ed nkhdmo 3lih", {"kind": "same_topic_example", "sections": ["fac-micro-teaching"]}),
        ("o la vidéo li sawerna, nkhliha wla nms7ha?", {"kind": "answer", "sections": ["fac-micro-teaching", "dig-data-privacy"]}),
    ],
    [
        ("kifach ntsjel f e-takwine? awel mra", {"kind": "answer", "sections": ["dig-etakwine-registration"]}),
        ("tsjelt walakin nsit mot de passe daba lol", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
        ("o module 1 fo9ach kayt7el?", {"kind": "calendar"}),
    ],
    [
        ("recherche-action kifach ndirha m3a talaba f mémoire dyalhom?", {"kind": "answer", "sections": ["sup-action-research"]}),
        ("3tini exemple dyal problème sghir n9der nbda bih", {"kind": "same_topic_example", "sections": ["sup-action-research"]}),
        ("kteb lia dakchi b lfransawiya 3afak", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-action-research"]}),
    ],
    [
        ("live?", {"kind": "clarify"}),
        ("ya3ni ila fatni live chno ndir bach nrattrapi", {"kind": "confirm_clarification", "sections": ["faq-missed-live"]}),
        ("o live jay fo9ach?", {"kind": "calendar"}),
    ],
    [
        ("3ndi séance m3a stagiaires nhar sebt, kifach nwejjedha?", {"kind": "answer", "sections": ["eng-session-preparation"]}),
        ("o kifach nbdaha o nsaliha mzyan?", {"kind": "answer", "sections": ["fac-opening-closing"]}),
        ("o ila tsala lw9t 9bel synthèse chno ndir?", {"kind": "answer", "sections": ["fac-time-management"]}),
    ],
    [
        ("bghit ndir groupe d'étude m3a s7abi f mooc, kifach n9ado?", {"kind": "answer", "sections": ["tut-peer-support"]}),
        ("n9der n7et numero dyali f forum bach ytsslo biya?", {"kind": "answer", "sections": ["charter-personal-data"]}),
        ("ok bghit nhder m3a tuteur 3la had lmouchkil", {"kind": "human"}),
    ],
    [
        ("n9der nakhod tsawer mn google o n7ethom f support dyali?", {"kind": "answer", "sections": ["dig-resources-copyright"]}),
        ("3tini mital dyal licence li katkhlini nbdel f tswira", {"kind": "same_topic_example", "sections": ["dig-resources-copyright"]}),
        ("3awd jawb b lfrançais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["dig-resources-copyright"]}),
    ],
]
