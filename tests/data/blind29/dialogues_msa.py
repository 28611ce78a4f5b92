# Dialogues, MSA (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLA = {"kind": "clarify"}

DIALOGUES = [
    [
        {"user": "ما الفرق بين التقويم التكويني والتقويم الإجمالي من حيث الوظيفة؟", "expect": A("ass-formative-vs-summative")},
        {"user": "أعطني مثالا عن الجمع بينهما داخل مجزوءة واحدة", "expect": EX("ass-formative-vs-summative")},
        {"user": "هل يمكنك إعادة هذا الجواب بالفرنسية؟", "expect": OL("ass-formative-vs-summative")},
    ],
    [
        {"user": "الشهادة", "expect": CLA},
        {"user": "أقصد كيف أحمّل شهادة النجاح من المنصة بعد نهاية المساق", "expect": CF("dig-etakwine-attestation")},
        {"user": "وهل ستُحتسب لي في الترقية؟", "expect": A("faq-attestation-career")},
    ],
    [
        {"user": "ما هو التدريس المصغر وكيف يُنظَّم؟", "expect": A("fac-micro-teaching")},
        {"user": "أعطني مثالا على مهارة يمكن التدرب عليها بهذه الطريقة", "expect": EX("fac-micro-teaching")},
    ],
    [
        {"user": "كيف أنشئ حسابا في منصة e-Takwine؟", "expect": A("dig-etakwine-registration")},
        {"user": "ومتى تنطلق المجزوءة الأولى بالضبط؟", "expect": CAL},
    ],
    [
        {"user": "ما الدور التنظيمي للمؤطر في المساق؟", "expect": A("tut-organizational-role")},
        {"user": "وماذا عن دوره البيداغوجي؟", "expect": A("tut-pedagogical-role")},
        {"user": "والجانب الاجتماعي المعرفي، ما المقصود به؟", "expect": A("tut-socio-cognitive-role")},
    ],
    [
        {"user": "كيف أحلل الحاجات التكوينية لأساتذة التحقوا حديثا بالمهنة؟", "expect": A("eng-needs-analysis")},
        {"user": "وبعد ذلك، كيف أبني مخطط التكوين انطلاقا من النتائج؟", "expect": A("eng-training-plan")},
        {"user": "أرجو أن تعيد صياغة ذلك بالفرنسية", "expect": OL("eng-training-plan")},
    ],
    [
        {"user": "تقويم الأقران", "expect": CLA},
        {"user": "أريد أن أعرف كيف يجري تقويم الأقران داخل المساق", "expect": CF("ass-peer")},
        {"user": "أفضّل أن أناقش هذا مع مؤطري مباشرة", "expect": HUM},
    ],
    [
        {"user": "أشعر بالقلق كلما فتحت المنصة وأخشى أن أرتكب خطأ أمام الزملاء", "expect": A("fac-online-anxiety")},
        {"user": "هل من مثال على خطوة صغيرة أبدأ بها هذا الأسبوع؟", "expect": EX("fac-online-anxiety")},
    ],
    [
        {"user": "متى موعد الحصة المباشرة المخصصة لشبكات التقويم؟", "expect": CAL},
        {"user": "وكيف أبني شبكة تقويم بالمعايير قبل ذلك الموعد؟", "expect": A("ass-rubrics")},
        {"user": "مثال على مؤشر قابل للملاحظة لو سمحت", "expect": EX("ass-rubrics")},
    ],
    [
        {"user": "ما هو البحث الإجرائي وما مراحله؟", "expect": A("sup-action-research")},
        {"user": "أحتاج إلى شرحه بالفرنسية لزميل لا يقرأ العربية جيدا", "expect": OL("sup-action-research")},
    ],
]
