# Hand-written dialogues, Darija in Arabic script (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("كيفاش نتسجل فالمنصة؟", A("dig-etakwine-registration")),
     ("وإلا ماوصلنيش الإيميل ديال التفعيل؟", A("dig-etakwine-registration")),
     ("عاودهالي بالفرنسية عافاك", OL("dig-etakwine-registration"))],
    [("والشهادة؟", CLAR),
     ("قصدت الشهادة ديال الموك، واش كتحسب فالترقية", CC("faq-attestation-career")),
     ("بغيت نهضر مع شي مؤطر على هاد الموضوع", HUM)],
    [("شنو هو التقويم التكويني؟", A("ass-formative")),
     ("عطيني مثال", EX("ass-formative")),
     ("والإجمالي؟", A("ass-summative"))],
    [("إمتى الحصة المباشرة الجاية؟", CAL),
     ("وإلا ماقدرتش نحضر؟", A("faq-missed-live"))],
    [("كيفاش ننظم الخدمة فالمجموعات فالورشة؟", A("fac-group-work")),
     ("والأدوار كيفاش نفرقهم؟", A("fac-group-work")),
     ("عطيني مثال ديال مهمة كتستاهل تدار فمجموعة", EX("fac-group-work"))],
    [("شنو هي مجتمعات التعلم المهنية؟", A("sup-learning-communities")),
     ("وشحال خاص يكونو فيها ديال الأعضاء؟", A("sup-learning-communities")),
     ("وواش تقدر تكون أونلاين بين جوج مراكز؟", A("sup-learning-communities"))],
    [("واش نقدر نصور التلاميذ فالتدريب؟", A("dig-data-privacy")),
     ("وشنو كيقول القانون فهاد الشي؟", A("dig-data-privacy")),
     ("عطيني مثال", EX("dig-data-privacy"))],
    [("الفيديو؟", CLAR),
     ("قصدي الفيديوهات ديال المنصة ماكيتحلوش عندي", CC("dig-etakwine-technical")),
     ("ومع من نتاصل إلا بقا المشكل؟", A("dig-etakwine-technical"))],
    [("شنو هي الأندراغوجيا؟", A("fac-adult-learners")),
     ("ترجمها ليا للفرنسية", OL("fac-adult-learners")),
     ("إمتى كيتسد المودول 3؟", CAL)],
    [("كيفاش ننشط مجموعة تحليل الممارسات مع المتدربين؟", A("sup-analysis-of-practice")),
     ("وبوحدي؟ كيفاش نتأمل فالممارسة ديالي بلا مجموعة؟", A("sup-reflective-practice")),
     ("بغيت مؤطر يعاوني فهادشي", HUM)],
]
