# Darija (Arabic script) dialogues d21-d30.
ITEMS = [
    [
        ("الغريل", {"kind": "clarify"}),
        ("الغريل ديال التقويم بالمعايير اللي كنصححو بيها", {"kind": "confirm_clarification", "sections": ["ass-rubrics"]}),
        ("عطيني مثال", {"kind": "same_topic_example", "sections": ["ass-rubrics"]}),
    ],
    [
        ("كيفاش ندير مخطط التكوين ديال العام كامل؟", {"kind": "answer", "sections": ["eng-training-plan"]}),
        ("عافاك قولها ليا بالفرنساوية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-training-plan"]}),
    ],
    [
        ("شنو هو التقويم بين الأقران؟", {"kind": "answer", "sections": ["ass-peer"]}),
        ("وإمتى خاصنا نصيفطو الديفوار ديال الموديل 4؟", {"kind": "calendar"}),
        ("بغيت نسول التوتور ديالي على هادشي", {"kind": "human"}),
    ],
    [
        ("الملاحظة", {"kind": "clarify"}),
        ("الملاحظة ديال القسم، كيفاش نوجد ليها", {"kind": "confirm_clarification", "sections": ["sup-observation"]}),
        ("ومن بعد؟ المقابلة مع الأستاذ كيفاش كتدار؟", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
        ("بالفرنسية عافاك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-post-observation-interview"]}),
    ],
    [
        ("واش المساق فابور؟", {"kind": "answer", "sections": ["faq-free"]}),
        ("وواحد طلب مني فلوس باش يكتب ليا الديفوار، نعطيه؟", {"kind": "answer", "sections": ["charter-no-spam", "faq-free"]}),
    ],
    [
        ("كيفاش نبدا الحصة مع مجموعة جديدة ما كيعرفو حتى واحد؟", {"kind": "answer", "sections": ["fac-opening-closing"]}),
        ("عطيني شي مثال ديال نشاط باش نكسرو الجليد", {"kind": "same_topic_example", "sections": ["fac-opening-closing"]}),
        ("وفالآخر ديال الحصة شنو ندير؟", {"kind": "answer", "sections": ["fac-opening-closing"]}),
    ],
    [
        ("البلاطفورم", {"kind": "clarify"}),
        ("ما قدرتش ندخل للبلاطفورم، كتقولي الحساب مبلوكي", {"kind": "confirm_clarification", "sections": ["dig-etakwine-login-password"]}),
        ("والو ما خدماتش، بغيت بنادم يعاوني", {"kind": "human"}),
    ],
    [
        ("إمتى كتبدا الحصة المباشرة ديال الموديل 5؟", {"kind": "calendar"}),
        ("وديال الموديل 6؟", {"kind": "calendar"}),
        ("ما نقدرش نحضر، كيفاش نعوضها؟", {"kind": "answer", "sections": ["faq-missed-live"]}),
    ],
    [
        ("شنو هو البحث الإجرائي؟", {"kind": "answer", "sections": ["sup-action-research"]}),
        ("عطيني مثال من القسم", {"kind": "same_topic_example", "sections": ["sup-action-research"]}),
        ("وبالفرونسي؟", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-action-research"]}),
    ],
    [
        ("الستاجير ديالي ما فيهمش الحماس، كيفاش نحمسهم على طول التكوين؟", {"kind": "answer", "sections": ["fac-motivation"]}),
        ("وشي وحدين ما بقاوش كيدخلو أصلا للبلاطفورم", {"kind": "answer", "sections": ["tut-dropout-prevention"]}),
        ("بغيت نهضر مع المنسق ديال الفوج", {"kind": "human"}),
    ],
]
