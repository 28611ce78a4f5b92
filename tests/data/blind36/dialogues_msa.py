# Hand-written dialogues, Modern Standard Arabic.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("التسجيل؟", CLAR),
        ("أقصد تسجيل الحصة المباشرة التي فاتتني", CC("faq-recordings")),
        ("ومتى الحصة المباشرة القادمة؟", CAL),
    ],
    [
        ("كيف أقدم ملاحظات مفيدة لمتدرب على جذاذته دون أن أثبط عزيمته؟", A("ass-feedback")),
        ("أعطني مثالا", EX("ass-feedback")),
        ("وبالفرنسية من فضلك؟", OL("ass-feedback")),
    ],
    [
        ("ما المقصود بالتكوين المعكوس؟", A("eng-flipped")),
        ("وماذا عن التكوين الهجين، هل هو الشيء نفسه؟", A("eng-hybrid")),
    ],
    [
        ("نسيت كلمة المرور ولم تصلني رسالة الاسترجاع", A("dig-etakwine-login-password")),
        ("ما زال الحساب مغلقا، أريد التحدث مع شخص من الفريق", HUM),
    ],
    [
        ("ما هي مراحل البحث الإجرائي في القسم؟", A("sup-action-research")),
        ("وماذا عن الجانب الأخلاقي مع التلاميذ؟", A("sup-action-research")),
        ("بالفرنسية؟", OL("sup-action-research")),
    ],
    [
        ("كيف أحدد حاجات الأساتذة قبل تصميم دورة تكوينية؟", A("eng-needs-analysis")),
        ("وبعد ذلك كيف أصوغ الأهداف؟", A("eng-objectives-competencies")),
        ("مثال على هدف إجرائي؟", EX("eng-objectives-competencies")),
    ],
    [
        ("الشبكة؟", CLAR),
        ("شبكة تصحيح إنتاجات المتدربين", CC("ass-rubrics")),
        ("ومتى آخر أجل لواجب الشبكة في المجزوءة الرابعة؟", CAL),
    ],
    [
        ("أحد المشاركين في ورشتي يقاطع الجميع ويحتكر النقاش", A("fac-difficult-situations")),
        ("وإذا حدث الأمر نفسه في المنتدى؟", A("fac-difficult-situations", "charter-respect")),
    ],
    [
        ("كم من الوقت يستغرق المؤطر عادة للرد على سؤالي؟", A("tut-response-times")),
        ("مر أسبوع كامل ولم يرد أحد، أريد التحدث مع منسق الفوج مباشرة", HUM),
    ],
    [
        ("هل يمكنني متابعة المساق كله من الهاتف؟", A("faq-mobile")),
        ("وكيف أودع الواجب من الهاتف؟", A("dig-etakwine-submission")),
        ("أعطني مثالا لتسمية الملف", EX("dig-etakwine-submission")),
    ],
]
