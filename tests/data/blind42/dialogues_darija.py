def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الواجب", CLAR),
        ("قصدت كيفاش نحط الواجب فالمنصة", CC("dig-etakwine-submission")),
        ("وإمتى آخر أجل ديال واجب المجزوءة الرابعة؟", CAL),
    ],
    [
        ("الشهادة عافاك", CLAR),
        ("الشهادة ديال الموك، واش كتنفع فالترقية", CC("faq-attestation-career")),
        ("عطيني هادشي بالفرنسية", OL("faq-attestation-career")),
    ],
    [
        ("شنو هو التقويم التكويني؟", A("ass-formative")),
        ("عطيني مثال نطبقو غدا", EX("ass-formative")),
        ("والتقويم الذاتي كيفاش نديرو مع الستاجيرات؟", A("ass-self-assessment")),
    ],
    [
        ("كيفاش نوجد حصة تكوينية ديال 3 سوايع؟", A("eng-session-preparation")),
        ("وكيفاش نبدا الحصة باش نشد الانتباه ديالهم؟", A("fac-opening-closing")),
        ("عطيني مثال ديال نشاط فالبداية", EX("fac-opening-closing")),
    ],
    [
        ("حاسة براسي بوحدي فالموك، واش كاين شي مجموعة نخدم معاها؟", A("tut-peer-support")),
        ("بغيت نهضر مع المؤطر ديالي على هادشي", HUM),
    ],
    [
        ("شنو هو التدريس المصغر؟", A("fac-micro-teaching")),
        ("واش تقدر تعاودها بالفرنسية؟", OL("fac-micro-teaching")),
    ],
    [
        ("تلفت فالمنصة، فين نلقى الموارد؟", A("dig-etakwine-navigation")),
        ("والفيديوهات ما كيخدموش عندي فالتيليفون", A("dig-etakwine-technical")),
        ("بغيت شي واحد من الدعم التقني يعاوني", HUM),
    ],
    [
        ("واش نقدر نكتب فالمنتدى بالدارجة؟", A("faq-language")),
        ("وكيفاش نكتب ميساج مزيان باش يفهموني الناس؟", A("dig-netiquette")),
    ],
    [
        ("شنو الفرق بين التكوين الهجين والتكوين الحضوري؟", A("eng-hybrid")),
        ("عطيني مثال ديال مجزوءة هجينة", EX("eng-hybrid")),
        ("بالفرنسية عافاك", OL("eng-hybrid")),
    ],
    [
        ("كيفاش نشجع الخدمة الجماعية بين المكونين فالمركز؟", A("prof-collaboration")),
        ("وشنو هي القيم لي خاص المكون يبينها للستاجيرات؟", A("prof-values")),
    ],
]
