# Hand-written dialogues, Modern Standard Arabic (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("الملاحظة", CLAR),
     ("أقصد الأداة التي أملؤها أثناء زيارة القسم، كيف أبنيها؟", CC("sup-observation-grid")),
     ("مثال من فضلك", EX("sup-observation-grid"))],
    [("المخطط؟", CLAR),
     ("أعني خطتي الشخصية لتطوير كفاياتي هذه السنة", CC("sup-development-plan")),
     ("وبالفرنسية؟", OL("sup-development-plan"))],
    [("ما هو التقويم التكويني باختصار؟", A("ass-formative")),
     ("وما الفرق بينه وبين الإجمالي؟", A("ass-formative-vs-summative")),
     ("وبالفرنسية من فضلك", OL("ass-formative-vs-summative"))],
    [("كيف أحضّر حصة تكوينية مدتها ثلاث ساعات؟", A("eng-session-preparation")),
     ("وكيف أفتتحها مع مجموعة جديدة؟", A("fac-opening-closing")),
     ("هل من مثال؟", EX("fac-opening-closing"))],
    [("كيف أفتح حسابا على المنصة؟", A("dig-etakwine-registration")),
     ("ومتى تنطلق المجزوءة الأولى؟", CAL)],
    [("ماذا يفعل المؤطر ليساعدنا على فهم مضامين المجزوءات؟", A("tut-pedagogical-role")),
     ("وماذا عن دعمه لحماس المشاركين؟", A("tut-socio-cognitive-role"))],
    [("فاتتني الحصة المباشرة أمس بسبب انقطاع الإنترنت", A("faq-missed-live")),
     ("أين أجد تسجيلها؟", A("faq-recordings")),
     ("ومتى الحصة المقبلة؟", CAL)],
    [("ما هو البحث الإجرائي؟", A("sup-action-research")),
     ("أعطني مثالا", EX("sup-action-research")),
     ("أريد مناقشة موضوع بحثي مع مؤطر", HUM)],
    [("هل يمكنني استعمال صورة وجدتها على الإنترنت في عرضي؟ وما معنى رخص المشاع الإبداعي؟", A("dig-resources-copyright")),
     ("وبالفرنسية لو سمحت", OL("dig-resources-copyright"))],
    [("أشعر بقلق كبير كلما دخلت المنصة وأخاف أن أخطئ أمام الزملاء", A("fac-online-anxiety")),
     ("هل يمكنني التحدث مع مؤطر؟", HUM)],
]
