# 10 Darija (Arabic script) dialogues.
DIALOGUES = [
    [
        ("كيفاش نخلي المتدربين يقيمو الخدمة ديالهم بوحدهم قبل ما يعطيوها ليا؟", {"kind": "answer", "sections": ["ass-self-assessment"]}),
        ("عطيني مثال ديال شي ورقة يعمروها قبل ما يصيفطو", {"kind": "same_topic_example", "sections": ["ass-self-assessment"]}),
        ("عاود ليا هادشي بالفرنسية عافاك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-self-assessment"]}),
    ],
    [
        ("الدوفوار", {"kind": "clarify"}),
        ("بغيت نعرف كيفاش نحطو فالمنصة ويوصل للتوتور", {"kind": "confirm_clarification", "sections": ["dig-etakwine-submission"]}),
        ("وفوقاش آخر أجل ديال الدوفوار الأول ديال المجزوءة 2؟", {"kind": "calendar"}),
    ],
    [
        ("غادي نولد فالشهر الجاي، واش نقدر نكمل الموك مع فوج آخر؟", {"kind": "answer", "sections": ["faq-change-cohort"]}),
        ("بغيت نهضر مع شي واحد من فريق التنسيق مباشرة", {"kind": "human"}),
    ],
    [
        ("واحد المتدرب ديما كيقاطعني وكيضحك على زملاءه فالحصة، شنو ندير؟", {"kind": "answer", "sections": ["fac-difficult-situations"]}),
        ("عطيني مثال ديال شنو نقولو ليه بالضبط", {"kind": "same_topic_example", "sections": ["fac-difficult-situations"]}),
        ("وإلا دار نفس الشي فالمنتدى ديال الموك؟", {"kind": "answer", "sections": ["charter-respect", "fac-difficult-situations"]}),
    ],
    [
        ("بغيت نوجد تكوين للأساتذة فيه أيام حضوري وأسابيع عن بعد، كيفاش نوزعو؟", {"kind": "answer", "sections": ["eng-hybrid"]}),
        ("وواش نديرو SPOC ولا MOOC كبير؟ عندنا غير 60 أستاذ", {"kind": "answer", "sections": ["eng-mooc-formats"]}),
        ("كتب ليا هاد الجواب الأخير بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-mooc-formats"]}),
    ],
    [
        ("واش نقدر ندير الموك كامل فالتيليفون؟", {"kind": "answer", "sections": ["faq-mobile"]}),
        ("حتى الفيديوهات كيتقطعو ليا فالتيليفون وكيتعلقو، شنو ندير؟", {"kind": "answer", "sections": ["dig-etakwine-technical"]}),
    ],
    [
        ("سؤال على الشهادة", {"kind": "clarify"}),
        ("قصدي واش كتحسب فالترقية ولا لا", {"kind": "confirm_clarification", "sections": ["faq-attestation-career"]}),
        ("ووقتاش نقدر نحملها من المنصة؟", {"kind": "answer", "sections": ["dig-etakwine-attestation"]}),
    ],
    [
        ("أنا وزميلة ديالي بغينا نوجدو مجزوءة مشتركة، كيفاش نخدمو كفريق؟", {"kind": "answer", "sections": ["prof-collaboration"]}),
        ("عطيني مثال كيفاش نقسمو الحصة بيناتنا", {"kind": "same_topic_example", "sections": ["prof-collaboration"]}),
        ("مزيان، ولكن بغيت نتكلم مع شي مؤطر على هاد المشروع", {"kind": "human"}),
    ],
    [
        ("بغيت ننظم مع الطلبة جلسات نحللو فيها مشاكل الستاج، كيفاش؟", {"kind": "answer", "sections": ["sup-analysis-of-practice"]}),
        ("وشحال خاص يكونو فالمجموعة؟ عندي 30 طالب", {"kind": "answer", "sections": ["sup-analysis-of-practice"]}),
        ("فوقاش الحصة المباشرة ديال دراسة الحالات فالمواكبة؟", {"kind": "calendar"}),
    ],
    [
        ("شحال كياخد المؤطر باش يجاوب فالمنتدى؟", {"kind": "answer", "sections": ["tut-response-times"]}),
        ("ورفيق إلا ما عرفش الجواب شنو كيوقع؟", {"kind": "answer", "sections": ["tut-rafiq-escalation"]}),
    ],
]
