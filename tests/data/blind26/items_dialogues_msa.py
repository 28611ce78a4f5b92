def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CAL = {"kind": "calendar"}; HUM = {"kind": "human"}; CLA = {"kind": "clarify"}

DIALOGUES = [
    [("التقويم؟", CLA),
     ("أقصد أن يصحح المتدربون أعمال بعضهم البعض", CC("ass-peer")),
     ("هل يمكن أن تعطيني مثالا على طريقة تنظيم ذلك في مساق عن بعد؟", EX("ass-peer"))],
    [("السلام عليكم، كيف أحضر حصة تكوينية لأول مرة في المركز؟", A("eng-session-preparation")),
     ("شكرا، هل يمكن أن تعيد لي الجواب بالفرنسية؟ سأعرضه على زميلي", OL("eng-session-preparation"))],
    [("ما هو البحث الإجرائي؟", A("sup-action-research")),
     ("أعطني مثالا لموضوع مناسب لأستاذ في الثانوي", EX("sup-action-research")),
     ("وما القواعد الأخلاقية التي يجب مراعاتها مع التلاميذ في هذا البحث؟", A("sup-action-research"))],
    [("متى ينتهي أجل إيداع واجب المجزوءة الثالثة؟", CAL),
     ("وإذا لم أتمكن من إرساله في الوقت بسبب المرض، هل يقبل بعد ذلك؟", A("faq-late-submission")),
     ("أريد أن أشرح ظرفي لمؤطر بنفسي", HUM)],
    [("ما الفرق بين MOOC و SPOC؟", A("eng-mooc-formats")),
     ("وأيهما أنسب لتكوين فوج من خمسين أستاذا متدربا يحتاجون إلى تتبع؟", A("eng-mooc-formats")),
     ("جيد، أرجو ترجمة هذا الجواب إلى الفرنسية", OL("eng-mooc-formats"))],
    [("الشهادة", CLA),
     ("هل لها قيمة في الترقية؟", CC("faq-attestation-career")),
     ("أفضل أن يجيبني مؤطر مباشرة عن حالتي", HUM)],
    [("لدي متدربة لا تشارك أبدا وتبدو غير مهتمة بالحصص، كيف أتعامل معها؟", A("fac-difficult-situations")),
     ("مثال من فضلك", EX("fac-difficult-situations")),
     ("سؤال آخر: كيف أنظم العمل في مجموعات حتى يشارك الجميع؟", A("fac-group-work"))],
    [("ما المقصود بالممارسة التأملية؟", A("sup-reflective-practice")),
     ("وكيف تختلف عن التقويم الذاتي؟", A("ass-self-assessment", "sup-reflective-practice")),
     ("هل يمكن أن تقول لي هذا بالفرنسية؟", OL("ass-self-assessment", "sup-reflective-practice"))],
    [("المنصة", CLA),
     ("لا أعرف أين أجد الموارد والمنتدى بعد الدخول", CC("dig-etakwine-navigation")),
     ("ومتى تفتح المجزوءة الرابعة؟", CAL)],
    [("رفيق لم يفهم سؤالي مرتين، كيف أكتب سؤالي بشكل أوضح؟", A("tut-asking-good-questions")),
     ("لا فائدة، حولني إلى مؤطر", HUM)],
]
