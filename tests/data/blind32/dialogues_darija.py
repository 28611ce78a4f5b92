def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = [
    [("والشبكة؟", CLAR),
     ("قصدت شبكة التقويم ديال الواجب، كيفاش نوجدها", CC("ass-rubrics")),
     ("عطيني مثال ديال شي معايير", EX("ass-rubrics"))],
    [("كيفاش نحط الواجب فالمنصة؟", A("dig-etakwine-submission")),
     ("وإلا ما قدرتش نصيفطو فالوقت؟", A("faq-late-submission")),
     ("شكرا، بغيت نهضر مع المؤطر ديالي نيشان", HUM)],
    [("شنو هو التقويم التكويني؟", A("ass-formative")),
     ("ممكن تعاودها ليا بالفرنسية؟", OL("ass-formative"))],
    [("فاتتني الحصة المباشرة ديال البارح", A("faq-missed-live")),
     ("فين نلقى التسجيل ديالها؟", A("faq-recordings")),
     ("والحصة الجاية إمتى؟", CAL)],
    [("كيفاش ندير التدريس المصغر مع المتدربين؟", A("fac-micro-teaching")),
     ("عطيني مثال ديال شي مهارة نخدمو عليها", EX("fac-micro-teaching")),
     ("ومن بعد كيفاش نعطيهم الملاحظات بلا ما نجرحهم؟", A("ass-feedback"))],
    [("المنتدى؟", CLAR),
     ("قصدت علاش الميساج ديالي تحبس فالمنتدى وشكون قرر", CC("charter-moderation")),
     ("وكيفاش نطعن؟", A("charter-appeal")),
     ("بغيت شي واحد من الفريق يشوف معايا", HUM)],
    [("كيفاش نحلل الحاجيات التكوينية ديال الأساتذة؟", A("eng-needs-analysis")),
     ("عطيني مثال", EX("eng-needs-analysis")),
     ("ومن بعد التحليل، كيفاش نكتب الأهداف؟", A("eng-objectives-competencies"))],
    [("شحال من ساعة خاصني فالسيمانة للموك؟", A("faq-weekly-hours")),
     ("ونقدر نتابع من التيليفون؟", A("faq-mobile"))],
    [("الشهادة؟", CLAR),
     ("كيفاش نحمل الشهادة من المنصة", CC("dig-etakwine-attestation")),
     ("وواش غادي تحسب فالترقية؟", A("faq-attestation-career"))],
    [("كيفاش نكون مرشد لأستاذ جديد فالمؤسسة؟", A("sup-mentoring")),
     ("ممكن نفس الجواب بالفرنساوية عافاك؟", OL("sup-mentoring"))],
]
