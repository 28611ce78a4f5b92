# Hand-written dialogues, Darija in Arabic script (blind33).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("والتسجيلات؟", CLAR),
        ("التسجيلات ديال الحصص المباشرة، فين نلقاهم؟", CC("faq-recordings")),
        ("وإلا فاتتني شي حصة، واش مشكل؟", A("faq-missed-live")),
    ],
    [
        ("شنو هو التقويم التكويني؟", A("ass-formative")),
        ("عطيني مثال", EX("ass-formative")),
        ("عاودها ليا بالفرنسية عافاك", OL("ass-formative")),
    ],
    [
        ("كيفاش نصيفط الواجب فالمنصة؟", A("dig-etakwine-submission")),
        ("وإلا ما وصلنيش الإيميل ديال التأكيد؟", A("dig-etakwine-submission")),
        ("فوقاش آخر أجل ديال الواجب الأول ديال المجزوءة التانية؟", CAL),
    ],
    [
        ("شنو هو الإرشاد ديال الأساتذة الجدد؟ وشكون كيديرو؟", A("sup-mentoring")),
        ("وكيفاش نلاحظ الحصة ديالو فالقسم؟", A("sup-observation")),
        ("عطيني مثال", EX("sup-observation")),
    ],
    [
        ("والنمرة؟", CLAR),
        ("قصدت واش نقدر نحط النمرة ديال التيليفون ديالي فالمنتدى", CC("charter-personal-data")),
        ("وعلاش الميساجات ديال شي ناس كيتخباو كاملين؟", A("charter-moderation")),
        ("بغيت نهضر مع شي مؤطر على هادشي", HUM),
    ],
    [
        ("الميساجات اللي كيصيفط رفيق باش يفكرني، شحال من مرة كيجيو؟", A("tut-dropout-prevention")),
        ("وكيفاش نوقفهم إلا ما بغيتهمش؟", A("tut-dropout-prevention")),
    ],
    [
        ("فاتتني الحصة المباشرة، شنو ندير؟", A("faq-missed-live")),
        ("والحصة الجاية فوقاش؟", CAL),
        ("بغيت نهضر مع المؤطر ديالي", HUM),
    ],
    [
        ("كيفاش نوجد حصة ديال التدريس المصغر؟", A("fac-micro-teaching")),
        ("وواش عندي الحق نصور الطلبة ونحتافظ بالفيديو؟", A("dig-data-privacy")),
        ("ترجمها ليا للفرنسية", OL("dig-data-privacy")),
    ],
    [
        ("والحماس؟", CLAR),
        ("قصدت كيفاش نحافظ على الحماس ديال المشاركين فتكوين طويل", CC("fac-motivation")),
        ("عطيني مثال", EX("fac-motivation")),
    ],
    [
        ("شنو هي الطرائق النشيطة؟", A("fac-active-methods")),
        ("ودراسة الحالة، كيفاش نخدم بيها؟", A("fac-active-methods")),
        ("والعمل فالمجموعات؟", A("fac-group-work")),
        ("عطيني مثال على هادي", EX("fac-group-work")),
    ],
]
