# Hand-written MSA dialogues (blind43).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الشبكة؟", CLAR),
        ("أقصد شبكة التصحيح بالمعايير التي أقوّم بها واجبات المتدربين", CC("ass-rubrics")),
        ("أعطني مثالا", EX("ass-rubrics")),
    ],
    [
        ("التقويم", CLAR),
        ("أعني أن يصحح المشاركون واجبات بعضهم في المساق", CC("ass-peer")),
        ("وهل يمكن الاعتراض على النقطة التي منحها الزملاء؟", A("ass-peer")),
    ],
    [
        ("ما المقصود بالأندراغوجيا؟", A("fac-adult-learners")),
        ("هل يمكن أن تعطيني الجواب بالفرنسية؟", OL("fac-adult-learners")),
    ],
    [
        ("كيف أحدد الحاجات التكوينية لأساتذة التعليم الابتدائي؟", A("eng-needs-analysis")),
        ("وبعد ذلك، كيف أصوغ الأهداف؟", A("eng-objectives-competencies")),
        ("مثال من فضلك", EX("eng-objectives-competencies")),
    ],
    [
        ("ما مراحل البحث الإجرائي؟", A("sup-action-research")),
        ("مثال تطبيقي داخل القسم", EX("sup-action-research")),
        ("الآن بالفرنسية لو سمحت", OL("sup-action-research")),
    ],
    [
        ("متى ينبغي أن أتوقع رد المؤطر على رسالتي؟", A("tut-response-times")),
        ("مرت أربعة أيام دون رد، أريد التحدث إلى شخص من الفريق", HUM),
    ],
    [
        ("كيف أرفع الواجب على المنصة؟", A("dig-etakwine-submission")),
        ("ومتى آخر أجل لواجب المجزوءة الرابعة؟", CAL),
    ],
    [
        ("ما الفرق بين الملاحظة الصفية والتفتيش؟", A("sup-observation")),
        ("وكيف أدير اللقاء مع الأستاذ بعد الحصة؟", A("sup-post-observation-interview")),
        ("بالفرنسية من فضلك", OL("sup-post-observation-interview")),
    ],
    [
        ("ما هي رخص المشاع الإبداعي؟", A("dig-resources-copyright")),
        ("أعطني مثالا عن رخصة تمنع التعديل", EX("dig-resources-copyright")),
    ],
    [
        ("فاتتني الحصة المباشرة أمس بسبب اجتماع", A("faq-missed-live")),
        ("وأين أجد تسجيلها؟", A("faq-recordings")),
        ("ومتى الحصة المباشرة القادمة؟", CAL),
    ],
]
