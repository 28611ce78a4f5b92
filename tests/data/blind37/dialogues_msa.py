# Hand-written Modern Standard Arabic dialogues (blind37).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}   # lang: the language asked for ("fr" or "ar")
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("الملاحظة؟", CLAR),
     ("أقصد الشبكة التي أحملها معي إلى القسم لأدون فيها المؤشرات", CC("sup-observation-grid"))],
    [("المخطط", CLAR),
     ("المخطط الفردي الذي أعده لنفسي هذه السنة مع مواكبي", CC("sup-development-plan")),
     ("هل يمكنك أن تعطيني مثالا لهدف واحد مكتوب بشكل جيد؟", EX("sup-development-plan"))],
    [("كيف أنظم العمل في مجموعات حتى يشارك الجميع؟", A("fac-group-work")),
     ("أعطني مثالا لمهمة تستحق العمل الجماعي", EX("fac-group-work")),
     ("هل يمكنك إعادة ذلك بالفرنسية؟", OL("fac-group-work"))],
    [("كيف أنشئ حسابي في منصة e-Takwine؟", A("dig-etakwine-registration")),
     ("وإذا نسيت كلمة المرور لاحقا؟", A("dig-etakwine-login-password"))],
    [("ماذا يضع الأستاذ المتدرب في ملف الإنجاز؟", A("ass-portfolio")),
     ("أريد الجواب نفسه بالفرنسية من فضلك", OL("ass-portfolio"))],
    [("ما الغاية من التقويم التشخيصي في بداية المجزوءة؟", A("ass-diagnostic")),
     ("مثال من فضلك في مادة الرياضيات", EX("ass-diagnostic"))],
    [("أين أجد تسجيل الحصة المباشرة التي فاتتني؟", A("faq-recordings")),
     ("ومتى موعد الحصة المباشرة للمجزوءة الرابعة؟", CAL)],
    [("متى يحيل رفيق سؤالي على مؤطر؟", A("tut-rafiq-escalation")),
     ("حسنا، أحلني الآن على مؤطر من فضلك", HUM)],
    [("كيف أكتب هدفا إجرائيا لحصة حول التقويم؟", A("eng-objectives-competencies")),
     ("أعطني مثالا جاهزا", EX("eng-objectives-competencies")),
     ("وكيف أتأكد أن الامتحان منسجم مع هذا الهدف؟", A("eng-alignment"))],
    [("كيف أفتتح حصة مع مجموعة جديدة من المتدربين؟", A("fac-opening-closing")),
     ("مثال على نشاط تعارف لا يحرج أحدا؟", EX("fac-opening-closing"))],
]
