# Hand-written dialogues, Darija in Arabic script.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الشهادة؟", CLAR),
        ("بغيت نعرف واش كتحسب فالترقية", CC("faq-attestation-career")),
        ("وكيفاش نخرجها من المنصة؟", A("dig-etakwine-attestation")),
    ],
    [
        ("كيفاش ندير التقويم التشخيصي فأول المجزوءة؟", A("ass-diagnostic")),
        ("عطيني مثال", EX("ass-diagnostic")),
        ("بالفرنسية عافاك", OL("ass-diagnostic")),
    ],
    [
        ("فاتني الواجب ديال المجزوءة 2، واش نقدر نصيفطو دابا؟", A("faq-late-submission")),
        ("إمتى كان الأجل بالضبط؟", CAL),
    ],
    [
        ("كيفاش نبدا الحصة مع مجموعة جديدة ما كنعرفهمش؟", A("fac-opening-closing")),
        ("وإلا بقى ليا الوقت قليل فالأخير؟", A("fac-time-management")),
    ],
    [
        ("شي واحد حط نمرة التيليفون ديالو فالمنتدى، عادي؟", A("charter-personal-data")),
        ("وعلاش النمرة ديالي أنا تخبات بالنجوم؟", A("charter-personal-data", "charter-moderation")),
        ("بغيت نهضر مع شي مشرف على المنتدى", HUM),
    ],
    [
        ("المنتدى؟", CLAR),
        ("كيفاش ننشطو، أنا مؤطر ديال فوج", CC("tut-forum-facilitation")),
        ("عطيني مثال ديال الميساج ديال بداية السيمانة", EX("tut-forum-facilitation")),
    ],
    [
        ("شنو هي الممارسة التأملية؟", A("sup-reflective-practice")),
        ("وكيفاش ندير جلسة جماعية نحللو فيها الستاج مع المتدربين؟", A("sup-analysis-of-practice")),
        ("بالفرنسية؟", OL("sup-analysis-of-practice")),
    ],
    [
        ("الكونيكسيون عندي ضعيفة والفيديوهات ما كيتحلوش فالمنصة", A("dig-etakwine-technical")),
        ("واللايف ديال المجزوءة 5 إمتى؟ باش نوجد راسي", CAL),
    ],
    [
        ("شحال ديال الوقت فالسيمانة خاص للموك؟", A("faq-weekly-hours")),
        ("وإلا كان عندي ضغط كبير فالخدمة؟", A("faq-weekly-hours")),
        ("عطيني مثال كيفاش نقسم السيمانة", EX("faq-weekly-hours")),
    ],
    [
        ("كيفاش نتاصل بالمؤطر ديالي؟", A("faq-contact-tutor")),
        ("لا، بغيتك تدوزني ليه دابا", HUM),
    ],
]
