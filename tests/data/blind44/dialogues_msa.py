# Hand-written MSA dialogues.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الغياب؟", CLAR),
        ("أقصد إذا غبت عن الحصة المباشرة، هل يؤثر ذلك على نجاحي في المساق؟", CC("faq-missed-live")),
        ("ومتى موعد الحصة المباشرة للمجزوءة الرابعة؟", CAL),
    ],
    [
        ("التقويم بين الزملاء", CLAR),
        ("أقصد تقويم الأقران للواجبات في المنصة، كيف يتم؟", CC("ass-peer")),
        ("هل يمكنك إعادة الشرح بالفرنسية؟", OL("ass-peer")),
    ],
    [
        ("كيف أصوغ أهدافا إجرائية لحصة حول تدبير القسم؟", A("eng-objectives-competencies")),
        ("أعطني مثالا لهدف مصاغ صياغة جيدة.", EX("eng-objectives-competencies")),
        ("وكيف أتحقق من انسجامها مع الأنشطة والتقويم؟", A("eng-alignment")),
    ],
    [
        ("طلب مني مدير المركز إعداد خطة سنوية لتطوير كفاياتي المهنية. كيف أبنيها؟", A("sup-development-plan")),
        ("هل من نموذج تطبيقي؟", EX("sup-development-plan")),
        ("أفضل أن أناقش خطتي مع مؤطر من الفريق.", HUM),
    ],
    [
        ("تظهر لي رسالة خطأ كلما حاولت تشغيل فيديو في المنصة.", A("dig-etakwine-technical")),
        ("وإذا منعني هذا العطل من إيداع الواجب في وقته؟", A("faq-late-submission")),
        ("أرجو الجواب بالفرنسية لأرسله إلى الدعم التقني.", OL("faq-late-submission")),
    ],
    [
        ("كيف أتعامل مع متدرب يرفض المشاركة في الأنشطة الجماعية؟", A("fac-difficult-situations")),
        ("وماذا لو صار يكتب تعليقات جارحة في حق زملائه في المنتدى؟", A("charter-respect")),
    ],
    [
        ("ما الذي يميز الملاحظة الصفية عن التفتيش؟", A("sup-observation")),
        ("وماذا عن الشبكة؟", A("sup-observation-grid")),
        ("ترجم لي هذا الجواب إلى الفرنسية من فضلك.", OL("sup-observation-grid")),
    ],
    [
        ("متى آخر أجل لواجب تحليل الحاجات التكوينية؟", CAL),
        ("وكيف أنجز تحليل الحاجات أصلا؟", A("eng-needs-analysis")),
        ("أعطني مثالا من التعليم الابتدائي.", EX("eng-needs-analysis")),
    ],
    [
        ("كم ساعة ينبغي أن أخصص للمساق أسبوعيا حتى لا أتأخر؟", A("faq-weekly-hours")),
        ("وإن تأخرت رغم ذلك في أحد الواجبات؟", A("faq-late-submission")),
        ("أريد التحدث مع مؤطري مباشرة.", HUM),
    ],
    [
        ("ما المقصود برخص المشاع الإبداعي؟", A("dig-resources-copyright")),
        ("مثلا؟", EX("dig-resources-copyright")),
        ("هل يمكنك قول ذلك بالفرنسية؟", OL("dig-resources-copyright")),
    ],
]
