# Hand-written Darija (Arabic script) dialogues.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الشهادة؟", CLAR),
        ("قصدي واش الشهادة ديال الموك كتحسب فالترقية", CC("faq-attestation-career")),
        ("بغيت نهضر مع شي واحد من الفريق على هادشي", HUM),
    ],
    [
        ("المودباس", CLAR),
        ("نسيتو وما بقيتش كندخل للمنصة", CC("dig-etakwine-login-password")),
        ("عاود ليا هادشي بالفرنسية عافاك", OL("dig-etakwine-login-password")),
    ],
    [
        ("كيفاش ندير التدريس المصغر مع المتدربين ديالي؟", A("fac-micro-teaching")),
        ("عطيني مثال", EX("fac-micro-teaching")),
        ("ومن بعد، كيفاش نعطيهم ملاحظات تنفعهم؟", A("ass-feedback")),
    ],
    [
        ("فوقاش كتحل المجزوءة الخامسة؟", CAL),
        ("وكيفاش كيتدار الإرشاد ديال الأساتذة الجداد؟", A("sup-mentoring")),
        ("عطيني مثال على الاتفاق اللي ندير مع الأستاذ الجديد", EX("sup-mentoring")),
    ],
    [
        ("شنو هو التقويم التشخيصي؟", A("ass-diagnostic")),
        ("والتكويني؟", A("ass-formative")),
        ("شرحو ليا بالفرنسية", OL("ass-formative")),
    ],
    [
        ("واحد حط النمرة ديالو فالمنتدى ولقاها تخبات، علاش؟", A("charter-personal-data")),
        ("والإشهار؟", A("charter-no-spam")),
    ],
    [
        ("كيفاش نصيفط الواجب فالمنصة؟", A("dig-etakwine-submission")),
        ("وإمتى آخر أجل ديال الواجب ديال المجزوءة 3؟", CAL),
        ("ما غاديش نلحق، بغيت نهضر مع المؤطر", HUM),
    ],
    [
        ("كيفاش نوجد حصة تكوينية ديال جوج سوايع؟", A("eng-session-preparation")),
        ("وكيفاش نبدا الحصة ونختمها؟", A("fac-opening-closing")),
        ("عطيني مثال ديال شي نشاط للبداية", EX("fac-opening-closing")),
    ],
    [
        ("بغينا نتجمعو أنا وشي أساتذة ديال الإعدادية كل جوج سيمانات نخدمو على النتائج ديال التلاميذ، كيفاش نظمو هادشي؟", A("sup-learning-communities")),
        ("وكيفاش نديرو بحث إجرائي فالقسم؟", A("sup-action-research")),
        ("عطيني مثال ديال شي مشكل صغير نبداو بيه", EX("sup-action-research")),
    ],
    [
        ("واش الموك بالفلوس؟", A("faq-free")),
        ("وفين نتسجل؟", A("dig-etakwine-registration")),
        ("بالفرنسية عافاك", OL("dig-etakwine-registration")),
    ],
]
