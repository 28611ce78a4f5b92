# Hand-written Moroccan Arabic (Arabic script) dialogues (blind45).
def A(s): return {"kind": "answer", "sections": s}
def CC(s): return {"kind": "confirm_clarification", "sections": s}
def EX(s): return {"kind": "same_topic_example", "sections": s}
def OL(s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": s}
def OLA(s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": s}
def CLAR(): return {"kind": "clarify"}
def CAL(): return {"kind": "calendar"}
def HUM(): return {"kind": "human"}

DIALOGUES = [
    [
        ("الشبكة", CLAR()),
        ("قصدي الشبكة اللي نصحح بيها الجذاذات ديال الستاجيرات", CC(["ass-rubrics"])),
        ("عطيني مثال", EX(["ass-rubrics"])),
    ],
    [
        ("التسجيل؟", CLAR()),
        ("التسجيل فالبلاطفورم، ما عرفتش كيفاش نحل حساب", CC(["dig-etakwine-registration"])),
        ("وقالي الإيميل ديالك مستعمل، نحل حساب جديد؟", A(["dig-etakwine-registration"])),
        ("ممكن تعطيني نفس الجواب بالفرونسي؟", OL(["dig-etakwine-registration"])),
    ],
    [
        ("كيفاش نقسم الستاجيرات لمجموعات ونعطيهم خدمة؟", A(["fac-group-work"])),
        ("وإلا كان واحد كيسيطر على الهضرة فالمجموعة؟", A(["fac-difficult-situations"])),
        ("بحال شنو مثلا نقول ليه؟", EX(["fac-difficult-situations"])),
    ],
    [
        ("واش الموك فابور ولا بالفلوس؟", A(["faq-free"])),
        ("وواحد فالفيسبوك كيطلب الفلوس باش يعطيني الشهادة، شنو ندير؟", A(["faq-free"])),
    ],
    [
        ("شنو هو التقويم التكويني؟", A(["ass-formative"])),
        ("والإجمالي؟", A(["ass-summative"])),
        ("بالفرنسية عافاك", OL(["ass-summative"])),
    ],
    [
        ("الستاجيرات فالستاج، كيفاش نحضر الحصة ديالهم ونلاحظ مزيان؟", A(["sup-observation"])),
        ("ومن بعد الحصة شنو نقول ليهم؟", A(["sup-post-observation-interview"])),
    ],
    [
        ("ما قدرتش نحمل الواجب، البوطونة ما خدماش", A(["dig-etakwine-technical"])),
        ("والأجل غدا! واش غادي يقبلوه ليا إلا تعطلت؟", A(["faq-late-submission"])),
        ("بغيت نهضر مع المؤطر دابا", HUM()),
    ],
    [
        ("إمتى آخر أجل ديال الواجب ديال خطة المواكبة؟", CAL()),
        ("وكيفاش نتبع أستاذ جديد فالعام اللول ديالو؟", A(["sup-mentoring"])),
    ],
    [
        ("كيفاش نعطي ملاحظات نافعة للستاجيرات على الخدمة ديالهم؟", A(["ass-feedback"])),
        ("عطيني مثال ديال جملة نكتبها", EX(["ass-feedback"])),
        ("ترجم ليا هادشي للفرنسية", OL(["ass-feedback"])),
    ],
    [
        ("شحال ديال السوايع فالسيمانة خاصني للموك؟", A(["faq-weekly-hours"])),
        ("وإلا كانت عندي الامتحانات فالمركز هاد الشهر؟", A(["faq-weekly-hours"])),
        ("ومزال شحال على المجزوءة الرابعة باش تسالي؟", CAL()),
    ],
]
