def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الملاحظة؟", CLAR),
        ("أقصد كيف أحضر حصة أستاذ متدرب وأدون ما أراه داخل القسم", CC("sup-observation")),
    ],
    [
        ("التسجيل", CLAR),
        ("أعني إنشاء حساب جديد على منصة e-Takwine", CC("dig-etakwine-registration")),
        ("وإذا نسيت كلمة المرور بعد ذلك؟", A("dig-etakwine-login-password")),
    ],
    [
        ("ما هو التقويم التشخيصي؟", A("ass-diagnostic")),
        ("هل من مثال تطبيقي؟", EX("ass-diagnostic")),
        ("هل يمكنك شرح ذلك بالفرنسية؟", OL("ass-diagnostic")),
    ],
    [
        ("كيف أصوغ أهدافا إجرائية لمجزوءة أدرّسها؟", A("eng-objectives-competencies")),
        ("وكيف أتحقق من انسجامها مع الأنشطة ومع التقويم النهائي؟", A("eng-alignment")),
    ],
    [
        ("ما المقصود بالبحث الإجرائي؟", A("sup-action-research")),
        ("أعطني مثالا من داخل القسم", EX("sup-action-research")),
    ],
    [
        ("متى آخر أجل لإيداع واجب المجزوءة الرابعة؟", CAL),
        ("وماذا لو تأخرت بسبب المرض؟", A("faq-late-submission")),
        ("أريد مراسلة المؤطر مباشرة من فضلك", HUM),
    ],
    [
        ("كيف يجري تقويم الزملاء لأعمال بعضهم في المساق؟", A("ass-peer")),
        ("وكيف أبني شبكة تقويم واضحة يستعملها الزملاء؟", A("ass-rubrics")),
        ("أريد الجواب نفسه بالفرنسية", OL("ass-rubrics")),
    ],
    [
        ("ما دور المؤطر في الحفاظ على حماس المشاركين؟", A("tut-socio-cognitive-role")),
        ("وما دوره البيداغوجي؟", A("tut-pedagogical-role")),
        ("والتنظيمي؟", A("tut-organizational-role")),
    ],
    [
        ("كيف أحمي المعطيات الشخصية للمتدربين والتلاميذ في عملي؟", A("dig-data-privacy")),
        ("مثلا؟", EX("dig-data-privacy")),
    ],
    [
        ("ما هي الممارسة التأملية؟", A("sup-reflective-practice")),
        ("وما علاقتها بملف الإنجاز؟", A("ass-portfolio")),
        ("أحتاج مساعدة شخصية من مؤطر", HUM),
    ],
]
