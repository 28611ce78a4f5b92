# Dialogues, French (10) and MSA (10). Each: (variety, [(user message, expect), ...]).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
CL = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

FR = [
    ("fr", [
        ("l'evaluation ?", CL),
        ("plutot la formative, celle qu'on fait pendant le module", CC("ass-formative")),
        ("tu peux me donner un exemple concret en seance ?", EX("ass-formative")),
    ]),
    ("fr", [
        ("comment je depose mon devoir sur e-takwine ?", A("dig-etakwine-submission")),
        ("et si la plateforme plante le soir de la date limite ?", A("faq-late-submission", "dig-etakwine-technical")),
        ("c'est quand deja l'echeance du devoir du module 3 ?", CAL),
    ]),
    ("fr", [
        ("comment construire une grille pour observer un stagiaire en classe ?", A("sup-observation-grid")),
        ("et apres la visite, la discussion avec lui je la mene comment ?", A("sup-post-observation-interview")),
        ("tu peux me redire ca en arabe ? c'est pour un collegue", OL("ar", "sup-post-observation-interview")),
    ]),
    ("fr", [
        ("c'est quoi la classe inversee ?", A("eng-flipped")),
        ("un exemple avec des stagiaires du crmef ?", EX("eng-flipped")),
        ("et pour un module qui melange presentiel et distanciel, on s'y prend comment ?", A("eng-hybrid")),
    ]),
    ("fr", [
        ("j'arrive plus a me connecter, mot de passe oublie", A("dig-etakwine-login-password")),
        ("et si j'ai plus acces a l'adresse mail du compte ?", A("dig-etakwine-login-password")),
        ("bon je prefere qu'un tuteur s'en occupe directement", HUM),
    ]),
    ("fr", [
        ("grille ?", CL),
        ("la grille pour noter les devoirs des stagiaires", CC("ass-rubrics")),
        ("et pour que les collegues l'utilisent correctement quand ils se corrigent entre eux ?", A("ass-peer", "ass-rubrics")),
    ]),
    ("fr", [
        ("mes participants abandonnent au milieu du mooc, je fais quoi en tant que tuteur ?", A("tut-dropout-prevention")),
        ("et pour garder l'envie chez ceux qui restent ?", A("fac-motivation")),
        ("en arabe stp, je veux le partager avec un collegue arabophone", OL("ar", "fac-motivation")),
    ]),
    ("fr", [
        ("la classe virtuelle du module 4 c'est quand ?", CAL),
        ("si je la rate je peux la revoir ou ?", A("faq-recordings", "faq-missed-live")),
    ]),
    ("fr", [
        ("c'est quoi le micro-enseignement ?", A("fac-micro-teaching")),
        ("concretement ca donne quoi une seance, tu as un exemple ?", EX("fac-micro-teaching")),
        ("et on a le droit de filmer les stagiaires comme ca ?", A("dig-data-privacy", "fac-micro-teaching")),
    ]),
    ("fr", [
        ("comment ca marche le controle des messages sur le forum ?", A("charter-moderation")),
        ("mon message a ete retenu alors qu'il etait correct, je peux faire quelque chose ?", A("charter-appeal")),
        ("je voudrais qu'une personne de l'equipe regarde mon cas", HUM),
    ]),
]

MSA = [
    ("msa", [
        ("التقويم؟", CL),
        ("أقصد الفرق بين التقويم التكويني والتقويم الإجمالي", CC("ass-formative-vs-summative")),
        ("هل يمكن أن تعيد الجواب بالفرنسية؟", OL("fr", "ass-formative-vs-summative")),
    ]),
    ("msa", [
        ("كيف أصوغ أهدافا إجرائية لحصة تكوينية؟", A("eng-objectives-competencies")),
        ("أعطني مثالا لهدف مصوغ بشكل جيد", EX("eng-objectives-competencies")),
        ("وكيف أتأكد من أن التقويم يقيس هذه الأهداف فعلا؟", A("eng-alignment")),
    ]),
    ("msa", [
        ("ما هو التدريس المصغر؟", A("fac-micro-teaching")),
        ("وكيف أقدم ملاحظاتي للمتدرب بعده دون أن أحبطه؟", A("ass-feedback")),
        ("مثالا من فضلك", EX("ass-feedback")),
    ]),
    ("msa", [
        ("كيف أسجل في منصة التكوين عن بعد؟", A("dig-etakwine-registration")),
        ("لم تصلني رسالة التفعيل بعد، فماذا أفعل؟", A("dig-etakwine-registration")),
        ("ومتى تفتح المجزوءة الأولى؟", CAL),
    ]),
    ("msa", [
        ("ما هو البحث الإجرائي بالنسبة للأستاذ؟", A("sup-action-research")),
        ("أرجو ترجمة الجواب إلى الفرنسية لأشاركه مع زميلي", OL("fr", "sup-action-research")),
    ]),
    ("msa", [
        ("كيف أتصرف مع متدرب يحتكر الكلام في كل حصة؟", A("fac-difficult-situations")),
        ("وإذا حدث الشيء نفسه في المنتدى على الإنترنت؟", A("fac-difficult-situations", "charter-respect")),
        ("أفضّل أن أعرض هذه الحالة على مؤطر", HUM),
    ]),
    ("msa", [
        ("الشهادة", CL),
        ("أقصد كيف أحصل على شهادة النجاح من المنصة", CC("dig-etakwine-attestation")),
        ("وهل تنفعني في الترقية المهنية؟", A("faq-attestation-career")),
    ]),
    ("msa", [
        ("ما هي مجتمعات التعلم المهنية؟", A("sup-learning-communities")),
        ("أعطني مثالا لسؤال عمل مشترك", EX("sup-learning-communities")),
        ("وبماذا تختلف عن مجموعات تحليل الممارسات؟", A("sup-analysis-of-practice", "sup-learning-communities")),
    ]),
    ("msa", [
        ("متى آخر أجل لواجب المجزوءة الخامسة؟", CAL),
        ("وإذا لم أتمكن من تسليمه في الوقت بسبب المرض؟", A("faq-late-submission")),
    ]),
    ("msa", [
        ("ما المقصود بنموذج SAMR في إدماج التكنولوجيا؟", A("dig-ict-integration")),
        ("مثال تطبيقي من فضلك", EX("dig-ict-integration")),
        ("والآن بالفرنسية لو سمحت", OL("fr", "dig-ict-integration")),
    ]),
]
