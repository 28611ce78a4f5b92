# Hand-written MSA dialogues (variety: msa).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("ما هو التقويم التشخيصي؟", A("ass-diagnostic")),
        ("أعطني مثالا من فضلك", EX("ass-diagnostic")),
        ("وهل يمكنك إرسال الجواب نفسه بالفرنسية؟", OL("ass-diagnostic")),
    ],
    [
        ("الشارات؟", CLAR),
        ("أقصد الشارات الرقمية المفتوحة وما الذي تثبته", CC("ass-certificates-badges")),
        ("وكيف أحصل على شهادة المساق نفسها؟", A("dig-etakwine-attestation")),
    ],
    [
        ("كيف أبني شبكة تقويم بالمعايير لتصحيح الجذاذات؟", A("ass-rubrics")),
        ("وماذا عن شبكة الملاحظة أثناء زيارة القسم؟", A("sup-observation-grid")),
    ],
    [
        ("متى آخر أجل لواجب الوحدة الثالثة؟", CAL),
        ("وإذا تأخرت بسبب المرض؟", A("faq-late-submission")),
        ("أريد أن أشرح وضعي لشخص من الفريق مباشرة", HUM),
    ],
    [
        ("ما المقصود بالتكوين الهجين؟", A("eng-hybrid")),
        ("وماذا عن التكوين المعكوس؟", A("eng-flipped")),
        ("هل من مثال تطبيقي عليه؟", EX("eng-flipped")),
    ],
    [
        ("كيف أتعامل مع متدرب لا ينخرط في الأنشطة ويبدو غير مهتم؟", A("fac-difficult-situations")),
        ("وكيف أنظم العمل في مجموعات حتى يشارك الجميع؟", A("fac-group-work")),
    ],
    [
        ("ما المقصود بالممارسة التأملية؟", A("sup-reflective-practice")),
        ("وما علاقتها بالتقويم الذاتي؟", A("ass-self-assessment")),
        ("بالفرنسية لو سمحت", OL("ass-self-assessment")),
    ],
    [
        ("المنتدى؟", CLAR),
        ("أقصد كيف أنشط منتدى الفوج بصفتي مؤطرا", CC("tut-forum-facilitation")),
    ],
    [
        ("كم يستغرق رد المؤطر عادة؟", A("tut-response-times")),
        ("وإذا لم يجد رفيق الجواب في الدليل، ماذا يحدث لسؤالي؟", A("tut-rafiq-escalation")),
    ],
    [
        ("نسيت كلمة المرور", A("dig-etakwine-login-password")),
        ("وإذا ظهرت رسالة خطأ عند إيداع الواجب؟", A("dig-etakwine-technical", "dig-etakwine-submission")),
        ("ومتى الحصة المباشرة للوحدة الرابعة؟", CAL),
    ],
]
