# Hand-written dialogues, Modern Standard Arabic.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الشبكة؟", CLAR),
        ("أقصد الشبكة التي أصحح بها أعمال المتدربين وأمنحهم على أساسها مستويات", CC("ass-rubrics")),
        ("مثال؟", EX("ass-rubrics")),
    ],
    [
        ("التسجيل", CLAR),
        ("أعني تسجيلات الحصص المباشرة، أين توضع؟", CC("faq-recordings")),
        ("ومتى الحصة المباشرة القادمة؟", CAL),
    ],
    [
        ("ما هو التدريس المصغر؟", A("fac-micro-teaching")),
        ("وماذا أفعل بالفيديو بعد التحليل حتى لا أمس بخصوصية المتدربين؟", A("fac-micro-teaching", "dig-data-privacy")),
        ("هل يمكنك شرح ذلك بالفرنسية؟", OL("fac-micro-teaching", "dig-data-privacy")),
    ],
    [
        ("كيف أحدد ما تحتاجه فئة من الأساتذة قبل تصميم تكوين لهم؟", A("eng-needs-analysis")),
        ("وبعد ذلك، كيف أنتقل إلى مخطط سنوي؟", A("eng-training-plan")),
        ("ومتى آخر أجل لواجب تحليل الحاجات في المجزوء الثاني؟", CAL),
    ],
    [
        ("ما الفرق بين أن يقيم المتدرب عمله بنفسه وأن يقيمه زملاؤه؟", A("ass-self-assessment", "ass-peer")),
        ("أعطني مثالا تطبيقيا", EX("ass-self-assessment", "ass-peer")),
    ],
    [
        ("لا أستطيع الدخول إلى المنصة منذ الصباح", A("dig-etakwine-technical", "dig-etakwine-login-password")),
        ("جربت كل ما ذكرته ولم ينجح شيء، أريد مخاطبة شخص", HUM),
    ],
    [
        ("كيف أكتب تعليقات مفيدة على واجبات المتدربين؟", A("ass-feedback")),
        ("وإذا كان عددهم كبيرا جدا والتكوين عن بعد؟", A("ass-feedback")),
        ("بالفرنسية من فضلك", OL("ass-feedback")),
    ],
    [
        ("ما دور المرشد مع الأستاذ المبتدئ؟", A("sup-mentoring")),
        ("وما الأدوات التي تساعد هذا الأستاذ على التأمل في ممارسته؟", A("sup-reflective-practice")),
        ("مثال من فضلك", EX("sup-reflective-practice")),
    ],
    [
        ("كيف أبدأ حصة تكوينية مع مجموعة لا أعرفها؟", A("fac-opening-closing")),
        ("والختام؟", A("fac-opening-closing")),
        ("أود مناقشة هذا مع مؤطر إن أمكن", HUM),
    ],
    [
        ("ما معنى الانسجام بين الأهداف والأنشطة والتقويم؟", A("eng-alignment")),
        ("وكيف أكتب الأهداف نفسها بشكل سليم؟", A("eng-objectives-competencies")),
        ("اشرح لي ذلك بالفرنسية", OL("eng-objectives-competencies")),
    ],
]
