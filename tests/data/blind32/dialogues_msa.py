def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CLAR = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = [
    [("والتقويم؟", CLAR),
     ("أقصد التقويم الإجمالي في نهاية المجزوءة", CC("ass-summative")),
     ("هل من مثال على ذلك في المركز الجهوي؟", EX("ass-summative"))],
    [("ما خطوات إعداد شبكة تقويم معيارية لتصحيح جذاذات المتدربين؟", A("ass-rubrics")),
     ("وكيف أجعل المتدربين يستعملونها لتقويم أعمال بعضهم؟", A("ass-peer")),
     ("شكرا. ومتى الحصة المباشرة المخصصة لشبكات التقويم؟", CAL)],
    [("ما هو البحث الإجرائي؟", A("sup-action-research")),
     ("هل يمكن أن تعطيني الجواب نفسه بالفرنسية؟", OL("sup-action-research"))],
    [("نسيت كلمة المرور ولم تصلني رسالة الاسترجاع", A("dig-etakwine-login-password")),
     ("جربت كل ذلك دون نتيجة، أريد التحدث مع شخص من الفريق", HUM)],
    [("ما الفرق بين التقويم التكويني والإجمالي؟", A("ass-formative-vs-summative")),
     ("أعطني مثالا عمليا للجمع بينهما في مساق على المنصة", EX("ass-formative-vs-summative")),
     ("وماذا عن التقويم الذي يجرى في بداية المجزوءة؟", A("ass-diagnostic"))],
    [("الملاحظة؟", CLAR),
     ("أعني ملاحظة حصة أستاذ متدرب داخل القسم", CC("sup-observation")),
     ("وبعد الحصة كيف أناقش معه ما لاحظته؟", A("sup-post-observation-interview")),
     ("شكرا، هل من مثال على سؤال أفتتح به اللقاء؟", EX("sup-post-observation-interview"))],
    [("كيف أحافظ على حماس المشاركين في تكوين يمتد أسابيع؟", A("fac-motivation")),
     ("وإذا توقف بعضهم تماما عن الدخول إلى المنصة؟", A("tut-dropout-prevention")),
     ("أود مناقشة حالة مشارك بعينه مع مؤطر، هل يمكن ذلك؟", HUM)],
    [("ما هو نموذج SAMR؟", A("dig-ict-integration")),
     ("أعطني مثالا على مستوى إعادة التعريف من فضلك", EX("dig-ict-integration"))],
    [("التسجيل؟", CLAR),
     ("التسجيل في منصة e-Takwine، لم أعثر على الصفحة", CC("dig-etakwine-registration")),
     ("هل يمكنك شرح ذلك بالفرنسية؟", OL("dig-etakwine-registration"))],
    [("كيف أودع واجب المجزوءة الثانية في المنصة؟", A("dig-etakwine-submission")),
     ("وإذا تأخرت يوما واحدا عن الموعد؟", A("faq-late-submission")),
     ("ومتى بالضبط آخر أجل لواجب تحليل الحاجات؟", CAL)],
]
