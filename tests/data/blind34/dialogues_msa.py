# Hand-written dialogues, Modern Standard Arabic variety (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("ما مراحل البحث الإجرائي؟", A("sup-action-research")),
     ("أعطني مثالا على مشكلة محددة تصلح منطلقا له", EX("sup-action-research")),
     ("وما الضوابط الأخلاقية التي ينبغي احترامها مع التلاميذ؟", A("sup-action-research"))],
    [("الشبكة؟", CLAR),
     ("أقصد شبكة الملاحظة التي أستعملها عند زيارة القسم", CC("sup-observation-grid")),
     ("وهل أنقط الأستاذ من 1 إلى 5 أثناء الملاحظة؟", A("sup-observation-grid"))],
    [("كيف أودع الواجب في المنصة؟", A("dig-etakwine-submission")),
     ("ومتى آخر أجل لواجب المجزوءة الثالثة؟", CAL)],
    [("ما المقصود بالتكوين الهجين؟", A("eng-hybrid")),
     ("هل يمكنك إعادة الجواب بالفرنسية؟ سأعرضه على زميل لا يتقن العربية", OL("eng-hybrid"))],
    [("كيف أبني مخطط تكوين لسنة كاملة؟", A("eng-training-plan")),
     ("وقبل ذلك، كيف أحدد الحاجات؟", A("eng-needs-analysis")),
     ("مثالا من فضلك", EX("eng-needs-analysis"))],
    [("ما هو ملف الإنجاز؟", A("ass-portfolio")),
     ("وما أنواعه؟", A("ass-portfolio")),
     ("أريد التحدث مع مؤطر بخصوص تقييم ملفي", HUM)],
    [("متى تُفتح المجزوءة الخامسة؟", CAL),
     ("ما دور الأستاذ المرشد بالضبط؟", A("sup-mentoring")),
     ("وكيف ننظم العلاقة بيننا منذ البداية؟", A("sup-mentoring"))],
    [("التقويم؟", CLAR),
     ("التقويم الذي يُجرى في بداية المجزوءة لمعرفة المكتسبات", CC("ass-diagnostic")),
     ("أعطني مثالا عن أداة قصيرة", EX("ass-diagnostic"))],
    [("كيف أتعامل مع متدرب غير منخرط في الورشة؟", A("fac-difficult-situations")),
     ("وإذا حدث الأمر نفسه في المنتدى؟", A("fac-difficult-situations")),
     ("ترجم لي الجواب إلى الفرنسية لو سمحت", OL("fac-difficult-situations"))],
    [("كيف أكتب رسالة مهذبة وواضحة في المنتدى؟", A("dig-netiquette")),
     ("مثلا، ما العنوان المناسب لموضوع جديد؟", EX("dig-netiquette")),
     ("وماذا يحدث لمن لا يحترم قواعد المنتدى؟", A("charter-moderation"))],
]
