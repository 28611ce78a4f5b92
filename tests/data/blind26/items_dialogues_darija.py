def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
CAL = {"kind": "calendar"}; HUM = {"kind": "human"}; CLA = {"kind": "clarify"}

DIALOGUES = [
    [("الملاحظة", CLA),
     ("بغيت نصاوب واحد الورقة فيها المؤشرات باش نلاحظ بيها الستاجير فالقسم", CC("sup-observation-grid")),
     ("عطيني مثال ديالها", EX("sup-observation-grid")),
     ("ممكن تعاودها ليا بالفرنسية؟ المفتش كيخدم غير بالفرنسية", OL("sup-observation-grid"))],
    [("شنو هو التقويم التكويني؟", A("ass-formative")),
     ("والإجمالي؟", A("ass-summative")),
     ("وكيفاش نجمعهم بجوج فنفس المجزوءة؟", A("ass-formative-vs-summative"))],
    [("نسيت المودباس ديال البلاطفورم", A("dig-etakwine-login-password")),
     ("وفوقاش آخر أجل ديال الواجب ديال المجزوءة الثانية؟", CAL),
     ("واخا، بغيت نهضر مع الطوتور نيشان", HUM)],
    [("الواجب", CLA),
     ("كيفاش نحطو فالبلاطفورم", CC("dig-etakwine-submission")),
     ("وإلا طاح الانترنت نهار الأجل وما لحقتش؟", A("faq-late-submission"))],
    [("كيفاش نخدم الستاجيرات فالمجموعات بلا ما تولي فوضى؟", A("fac-group-work")),
     ("عطيني مثال على نشاط", EX("fac-group-work")),
     ("عاود ليا داكشي بالفرنسية عافاك", OL("fac-group-work"))],
    [("شنو هو المخطط ديال التكوين وكيفاش كيتصاوب؟", A("eng-training-plan")),
     ("سؤال آخر: قبل ما نبدا، كيفاش نعرف الحاجيات ديال الأساتذة؟", A("eng-needs-analysis"))],
    [("الحصة المباشرة ديال المجزوءة الثالثة فوقاش؟", CAL),
     ("وإلا ما حضرتش، فين نلقى التسجيل ديالها؟", A("faq-recordings"))],
    [("غادي نولي مرشد لواحد الأستاذة جديدة، شنو خاصني ندير معاها؟", A("sup-mentoring")),
     ("عطيني مثال كيفاش نقسمو اللقاءات", EX("sup-mentoring")),
     ("عندي حالة خاصة بغيت نهضر فيها مع شي طوتور", HUM)],
    [("الفوروم؟", CLA),
     ("شكون كيحيد الميساجات وعلاش", CC("charter-moderation")),
     ("وإلا حيدو ليا ميساج بالغلط، شنو ندير؟", A("charter-appeal"))],
    [("كيفاش نبدا الحصة مع مجموعة جديدة ديال الستاجيرات؟", A("fac-opening-closing")),
     ("تقدر تكتبها ليا بالفرنسية؟", OL("fac-opening-closing"))],
]
