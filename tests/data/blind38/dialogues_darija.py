def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الديفوار؟", CLAR),
        ("كنقصد كيفاش نحطو فالبلاتفورم", CC("dig-etakwine-submission")),
        ("وإمتى الديدلاين ديال الديفوار الأول ديال الموديل 2؟", CAL),
    ],
    [
        ("الفوروم", CLAR),
        ("بغيت نعرف شنو ممنوع فيه، بحال السب والإشهار", CC("charter-respect", "charter-no-spam")),
    ],
    [
        ("شنو الفرق بين التقويم التكويني والإجمالي؟", A("ass-formative-vs-summative")),
        ("عطيني مثال", EX("ass-formative-vs-summative")),
        ("وبالفرنسية عافاك؟", OL("ass-formative-vs-summative")),
    ],
    [
        ("كيفاش نوجد حصة تكوينية من الأول؟", A("eng-session-preparation")),
        ("وكيفاش نبدا الحصة ونساليها مزيان؟", A("fac-opening-closing")),
    ],
    [
        ("ما قدرتش ندخل للبلاتفورم، كيقولي المودپاس غالط", A("dig-etakwine-login-password")),
        ("جربت كلشي وما خدامش، بغيت نهضر مع شي واحد", HUM),
    ],
    [
        ("شنو هو التدريس المصغر؟", A("fac-micro-teaching")),
        ("شي مثال عافاك؟", EX("fac-micro-teaching")),
    ],
    [
        ("إمتى كتبدا الكلاس فيرتويل ديال الموديل 5؟", CAL),
        ("وإلا فاتتني شنو ندير؟", A("faq-missed-live")),
    ],
    [
        ("كيفاش نوجد لاگريي ديال الملاحظة؟", A("sup-observation-grid")),
        ("ومن بعد الزيارة شنو ندير مع الستاجير؟", A("sup-post-observation-interview")),
        ("بالفرنسية عافاك", OL("sup-post-observation-interview")),
    ],
    [
        ("شنو هو الدور ديال المنتور مع الأستاذ الجديد؟", A("sup-mentoring")),
        ("وشنو هي مجتمعات التعلم المهنية؟ واش بحال بحال؟", A("sup-learning-communities")),
    ],
    [
        ("كيفاش نلقى شي ناس نخدم معاهم فالموك؟ حتى واحد من المركز ديالي ما مسجل", A("tut-peer-support")),
        ("ومشكل آخر، كنحشم نكتب فالفوروم", A("fac-online-anxiety")),
        ("عطيني شي مثال", EX("fac-online-anxiety")),
    ],
]
