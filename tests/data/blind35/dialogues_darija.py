# Hand-written Darija (Arabic script) dialogues (variety: darija).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("والتقويم؟", CLAR),
        ("قصدت التقويم اللي كيديروه المتدربين لبعضياتهم فالموك", CC("ass-peer")),
        ("والى ماعجبتنيش النقطة اللي عطاوني، نقدر نطلب المكون يعاود يشوف؟", A("ass-peer")),
    ],
    [
        ("غدا عندي حصة على التقويم، كيفاش نفرق للمتدربين بين التكويني والإجمالي؟", A("ass-formative-vs-summative")),
        ("عطيني مثال", EX("ass-formative-vs-summative")),
        ("واش تقدر تعطيني هادشي بالفرنسية؟", OL("ass-formative-vs-summative")),
    ],
    [
        ("كيفاش نتسجل فإتكوين؟", A("dig-etakwine-registration")),
        ("والى ماوصلنيش الإيميل ديال التفعيل؟", A("dig-etakwine-registration")),
        ("ومن بعد، والى نسيت المودباس؟", A("dig-etakwine-login-password")),
    ],
    [
        ("إمتى كتبدا الحصة المباشرة ديال الموديل 5؟", CAL),
        ("والى فاتتني؟", A("faq-missed-live")),
        ("وفين نلقى التسجيل ديالها؟", A("faq-recordings")),
    ],
    [
        ("كيفاش ندير التدريس المصغر مع المتدربين؟", A("fac-micro-teaching")),
        ("والتصوير، واش ضروري؟", A("fac-micro-teaching")),
    ],
    [
        ("الملاحظة؟", CLAR),
        ("قصدي كيفاش نحضر حصة عند أستاذ متدرب ونلاحظ", CC("sup-observation")),
        ("ومن بعد، المقابلة معاه كيفاش كتدار؟", A("sup-post-observation-interview")),
    ],
    [
        ("شنو هي مجتمعات التعلم المهنية؟", A("sup-learning-communities")),
        ("شي مثال ديال سؤال نخدمو عليه؟", EX("sup-learning-communities")),
        ("بغيت نهضر مع مؤطر بنادم على هادشي", HUM),
    ],
    [
        ("واش نقدر نكتب فالمنتدى بالدارجة؟", A("faq-language")),
        ("وشنو القواعد باش نكتب ميساج مزيان؟", A("dig-netiquette")),
    ],
    [
        ("كيفاش نبني مخطط التكوين ديال العام؟", A("eng-training-plan")),
        ("وقبل منو، تحليل الحاجات كيفاش كيدار؟", A("eng-needs-analysis")),
        ("شي مثال من الواقع؟", EX("eng-needs-analysis")),
    ],
    [
        ("واش الموك فابور؟", A("faq-free")),
        ("وشحال خاصني من ساعة فالسيمانة؟", A("faq-weekly-hours")),
        ("وإمتى كيتسد الموديل 1؟", CAL),
    ],
]
