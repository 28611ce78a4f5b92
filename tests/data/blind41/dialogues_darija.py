# Darija (Arabic script) dialogues, hand-written.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الديفوار", CLAR),
        ("بغيت نعرف كيفاش نصيفطو فالبلاتفورم", CC("dig-etakwine-submission")),
        ("وامتى آخر أجل ديال الموديل 3؟", CAL),
    ],
    [
        ("المنتدى", CLAR),
        ("قصدي علاش تخبى الميساج ديالي", CC("charter-moderation")),
        ("وكيفاش نعترض على هاد القرار؟", A("charter-appeal")),
        ("عطيني هاد الجواب بالفرنسية", OL("charter-appeal")),
    ],
    [
        ("شنو هو التدريس المصغر؟", A("fac-micro-teaching")),
        ("عطيني مثال", EX("fac-micro-teaching")),
        ("بالفرنسية عافاك باش نعطيه لزميلي", OL("fac-micro-teaching")),
    ],
    [
        ("كنحس براسي ضايعة فالبلاتفورم وخايفة نغلط", A("fac-online-anxiety", "dig-etakwine-navigation")),
        ("فين نلقى الفوروم ديال الموديل 2؟", A("dig-etakwine-navigation")),
    ],
    [
        ("واش الموك بالفلوس؟", A("faq-free")),
        ("واحد فالفيسبوك طالب 500 درهم على لاطيسطاسيون", A("faq-free", "charter-no-spam")),
        ("بغيت نبلغ عليه لشي واحد من الفريق", HUM),
    ],
    [
        ("شنو هي شبكة التقويم بالمعايير؟", A("ass-rubrics")),
        ("عطيني مثال على جذاذة التحضير", EX("ass-rubrics")),
        ("وكيفاش نستعملها فاش كنصحح للزملاء فالموك؟", A("ass-peer", "ass-rubrics")),
    ],
    [
        ("واش نقدر نكتب الديفوار بالدارجة؟", A("faq-language")),
        ("وفالفوروم؟", A("faq-language")),
    ],
    [
        ("فاتتني الحصة المباشرة ديال البارح", A("faq-missed-live")),
        ("واش كاين شي تسجيل ليها؟", A("faq-recordings")),
        ("وامتى الحصة الجاية ديال الموديل 5؟", CAL),
    ],
    [
        ("شنو الفرق بين الممارسة التأملية والتقويم الذاتي؟", A("sup-reflective-practice", "ass-self-assessment")),
        ("عطيني مثال ديال دفتر اليوميات", EX("sup-reflective-practice", "ass-self-assessment")),
    ],
    [
        ("بغيت نبدل الفوج حيت عندي مهمة", A("faq-change-cohort")),
        ("عافاك دوزني لشي مؤطر يشوف معايا", HUM),
    ],
]
