def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الشبكة", CLAR),
        ("أقصد شبكة التقويم بالمعايير لتصحيح جذاذات المتدربين", CC("ass-rubrics")),
        ("هل من مثال على معايير لجذاذة درس؟", EX("ass-rubrics")),
        ("أريد الجواب نفسه بالفرنسية لو سمحت", OL("ass-rubrics")),
    ],
    [
        ("التسجيل", CLAR),
        ("أعني التسجيل في المنصة، لم يصلني رابط التفعيل", CC("dig-etakwine-registration")),
        ("وإذا نسيت كلمة المرور لاحقا؟", A("dig-etakwine-login-password")),
    ],
    [
        ("ما الفرق بين الملاحظة الصفية والتفتيش؟", A("sup-observation")),
        ("وكيف أبني أداة أدوّن فيها ما ألاحظه؟", A("sup-observation-grid")),
        ("أعطني مثالا لمؤشر قابل للملاحظة", EX("sup-observation-grid")),
    ],
    [
        ("ما هو البحث الإجرائي؟", A("sup-action-research")),
        ("هل يمكن أن ترسل لي هذا الشرح بالفرنسية؟", OL("sup-action-research")),
    ],
    [
        ("هل يمكنني تقديم الواجب بعد الموعد المحدد بسبب المرض؟", A("faq-late-submission")),
        ("ومتى ينتهي أجل واجب المجزوءة الثالثة بالضبط؟", CAL),
        ("أفضّل أن أكلم المؤطر مباشرة بشأن التمديد", HUM),
    ],
    [
        ("كيف أُعدّ مخططا فرديا للتنمية المهنية؟", A("sup-development-plan")),
        ("مثال على هدف مصاغ بشكل جيد من فضلك", EX("sup-development-plan")),
    ],
    [
        ("ما الطرائق النشيطة الملائمة لتكوين الأساتذة؟", A("fac-active-methods")),
        ("وماذا عن التكوين المعكوس؟ كيف أطبقه؟", A("eng-flipped")),
        ("بالفرنسية من فضلك", OL("eng-flipped")),
    ],
    [
        ("أحد المشاركين ينشر الرسالة نفسها في عدة مواضيع بالمنتدى", A("charter-no-spam")),
        ("وكيف يعالج الفريق مثل هذه المشاركات؟ من يقرر؟", A("charter-moderation")),
    ],
    [
        ("فاتتني الحصة المباشرة للمجزوءة الثانية", A("faq-missed-live")),
        ("متى الحصة المباشرة القادمة؟", CAL),
        ("وأين تُنشر التسجيلات عادة؟", A("faq-recordings")),
    ],
    [
        ("كيف أحفز مشاركين فقدوا الحماس في منتصف المساق؟", A("fac-motivation")),
        ("وبصفتي مؤطرا كيف أتابع من توقفوا تماما عن الدخول؟", A("tut-dropout-prevention")),
        ("أريد مناقشة حالة خاصة مع منسق الفوج", HUM),
    ],
]
