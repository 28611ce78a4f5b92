# Dialogues, Darija in Arabic script: each dialogue is a list of (user message, expected behaviour)
DIALOGUES = [
    [
        ("والشهادة؟", {"kind": "clarify"}),
        ("قصدت كيفاش نحمل الشهادة ديال المساق من المنصة", {"kind": "confirm_clarification", "sections": ["dig-etakwine-attestation"]}),
        ("وإلا لقيت سميتي مكتوبة غلط فيها؟", {"kind": "answer", "sections": ["dig-etakwine-attestation"]}),
    ],
    [
        ("كيفاش نبني شبكة تقويم بالمعايير للواجب؟", {"kind": "answer", "sections": ["ass-rubrics"]}),
        ("عاود شرحها ليا بالفرنسية عافاك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-rubrics"]}),
    ],
    [
        ("كيفاش ندير تقويم تشخيصي فبداية العام؟", {"kind": "answer", "sections": ["ass-diagnostic"]}),
        ("وفالأخير ديال المجزوءة كيفاش نقوم المتدربين؟", {"kind": "answer", "sections": ["ass-summative"]}),
    ],
    [
        ("نسيت كلمة السر ديال الدخول للمنصة", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
        ("والحساب تبلوكا من بعد ما جربت بزاف، شنو ندير؟", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
        ("وإلا بقا المشكل، شكون نكلم؟", {"kind": "answer", "sections": ["dig-etakwine-technical"]}),
    ],
    [
        ("كيفاش نوجد حصة تكوينية مزيانة؟", {"kind": "answer", "sections": ["eng-session-preparation"]}),
        ("إمتى آخر أجل ديال الجذاذة ديال المجزوءة التالتة؟", {"kind": "calendar"}),
    ],
    [
        ("ماقدرتش نصيفط الواجب فالوقت حيت كنت مريضة", {"kind": "answer", "sections": ["faq-late-submission"]}),
        ("بغيت نهضر مع مؤطر بنادم فهاد القضية", {"kind": "human"}),
    ],
    [
        ("والملاحظة؟", {"kind": "clarify"}),
        ("قصدت الملاحظة الصفية، كيفاش نديرها مزيان", {"kind": "confirm_clarification", "sections": ["sup-observation"]}),
        ("ومن بعد الحصة كيفاش نهضر مع الأستاذ؟", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
    ],
    [
        ("كيفاش نتعامل مع متدرب كيقاطع كلشي وكياخد الكلمة ديما؟", {"kind": "answer", "sections": ["fac-difficult-situations"]}),
        ("وواحد آخر ساكت ديما وماكيشاركش؟", {"kind": "answer", "sections": ["fac-difficult-situations"]}),
        ("عاودها ليا بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["fac-difficult-situations"]}),
    ],
    [
        ("الحصة المباشرة ديال المجزوءة الخامسة إمتى؟", {"kind": "calendar"}),
        ("وإلا ماحضرتش، فين نلقى التسجيل ديالها؟", {"kind": "answer", "sections": ["faq-recordings"]}),
    ],
    [
        ("كيفاش نكتب هدف إجرائي للحصة؟", {"kind": "answer", "sections": ["eng-objectives-competencies"]}),
        ("عطيني مثال", {"kind": "same_topic_example", "sections": ["eng-objectives-competencies"]}),
        ("بغيت نتواصل مع المؤطر ديالي نيشان", {"kind": "human"}),
    ],
]
