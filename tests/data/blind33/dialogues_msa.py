# Hand-written dialogues, Modern Standard Arabic (blind33).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("والشهادة؟", CLAR),
        ("أقصد شهادة إتمام المساق، كيف أحصل عليها من المنصة؟", CC("dig-etakwine-attestation")),
        ("وهل تحتسب في الترقية؟", A("faq-attestation-career")),
    ],
    [
        ("ما المقصود بالممارسة التأملية؟", A("sup-reflective-practice")),
        ("أعطني مثالا على ذلك", EX("sup-reflective-practice")),
        ("وما علاقتها بمجموعات تحليل الممارسات؟", A("sup-analysis-of-practice")),
    ],
    [
        ("كيف أصمم تكوينا يجمع بين الحضوري والتعلم عن بعد؟", A("eng-hybrid")),
        ("هل يمكنك إعادة الشرح بالفرنسية من فضلك؟", OL("eng-hybrid")),
    ],
    [
        ("كيف أعد حصة تكوينية مدتها ثلاث ساعات؟", A("eng-session-preparation")),
        ("وكيف أفتتحها مع مجموعة جديدة؟", A("fac-opening-closing")),
        ("وماذا عن نهايتها؟", A("fac-opening-closing")),
    ],
    [
        ("التقويم الذاتي؟", CLAR),
        ("نعم، أعني كيف أدرب المتدربين على الحكم على أعمالهم بأنفسهم", CC("ass-self-assessment")),
        ("أريد مثالا تطبيقيا", EX("ass-self-assessment")),
    ],
    [
        ("متى ينتهي أجل واجب المجزوءة الرابعة؟", CAL),
        ("وإذا لم أستطع إيداعه في الوقت المحدد؟", A("faq-late-submission")),
        ("أريد التحدث مع مؤطري مباشرة", HUM),
    ],
    [
        ("نسيت كلمة المرور ولا أستطيع الدخول إلى المنصة", A("dig-etakwine-login-password")),
        ("وصلتني رسالة تطلب مني إرسال كلمة المرور للتحقق، هل أرسلها؟", A("dig-etakwine-login-password")),
        ("لم ينجح أي شيء، أرجو تحويلي إلى شخص من فريق التأطير", HUM),
    ],
    [
        ("ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", A("ass-rubrics")),
        ("مثال من فضلك", EX("ass-rubrics")),
        ("ترجم لي هذا إلى الفرنسية", OL("ass-rubrics")),
    ],
    [
        ("مجموعات الدراسة؟", CLAR),
        ("نعم، كيف أنضم إلى مجموعة دراسة مع زملاء من مركزي؟", CC("tut-peer-support")),
        ("وما الفرق بينها وبين مجتمع التعلم المهني؟", A("sup-learning-communities")),
    ],
    [
        ("كيف أتعامل مع مشارك يحتكر الكلام في الورشة؟", A("fac-difficult-situations")),
        ("وفي العمل الجماعي، كيف أوزع الأدوار لتفادي ذلك؟", A("fac-group-work")),
        ("متى الحصة المباشرة حول تقنيات تنشيط المجموعات؟", CAL),
    ],
]
