# Dialogues, Modern Standard Arabic variety: each dialogue is a list of (user message, expected behaviour)
DIALOGUES = [
    [
        ("والتقويم؟", {"kind": "clarify"}),
        ("أقصد التقويم التشخيصي في بداية السنة", {"kind": "confirm_clarification", "sections": ["ass-diagnostic"]}),
        ("هل من مثال تطبيقي على ذلك؟", {"kind": "same_topic_example", "sections": ["ass-diagnostic"]}),
    ],
    [
        ("ما مراحل التدريس المصغر مع الأساتذة المتدربين؟", {"kind": "answer", "sections": ["fac-micro-teaching"]}),
        ("هل يمكنك إعادة الشرح بالفرنسية؟", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["fac-micro-teaching"]}),
    ],
    [
        ("كيف أحلل الحاجات التكوينية لفئة من المتدربين؟", {"kind": "answer", "sections": ["eng-needs-analysis"]}),
        ("وبعد التحليل، كيف أبني مخطط التكوين؟", {"kind": "answer", "sections": ["eng-training-plan"]}),
    ],
    [
        ("كيف أقدم تغذية راجعة مفيدة على واجب متدرب؟", {"kind": "answer", "sections": ["ass-feedback"]}),
        ("أعطني مثالا على تعليق جيد", {"kind": "same_topic_example", "sections": ["ass-feedback"]}),
        ("وهل يمكن أن يقيّم المتدربون أعمال بعضهم؟", {"kind": "answer", "sections": ["ass-peer"]}),
    ],
    [
        ("ما هو ملف الإنجاز وما فائدته؟", {"kind": "answer", "sections": ["ass-portfolio"]}),
        ("ومتى آخر أجل لتسليم الملف المهني النهائي في هذا المساق؟", {"kind": "calendar"}),
    ],
    [
        ("أُخفيت مشاركتي في المنتدى، كيف أطعن في ذلك؟", {"kind": "answer", "sections": ["charter-appeal"]}),
        ("أفضل أن أكلم مؤطرا من الفريق مباشرة، هل هذا ممكن؟", {"kind": "human"}),
    ],
    [
        ("والمنتدى؟", {"kind": "clarify"}),
        ("أقصد قواعد التواصل اللائق عند الكتابة في المنتدى", {"kind": "confirm_clarification", "sections": ["dig-netiquette"]}),
        ("وماذا يحدث لمن يسيء إلى زملائه هناك؟", {"kind": "answer", "sections": ["charter-respect"]}),
    ],
    [
        ("ما خطوات البحث الإجرائي؟", {"kind": "answer", "sections": ["sup-action-research"]}),
        ("وكيف أستند إلى البحث التربوي عموما في عملي كمكون؟", {"kind": "answer", "sections": ["prof-research-informed"]}),
        ("ترجم لي هذا الجواب إلى الفرنسية من فضلك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["prof-research-informed"]}),
    ],
    [
        ("متى تنطلق المجزوءة الرابعة؟", {"kind": "calendar"}),
        ("وما الفرق بين التقويم التكويني والإجمالي الذي ستتناوله؟", {"kind": "answer", "sections": ["ass-formative-vs-summative"]}),
    ],
    [
        ("كيف أنظم العمل في مجموعات خلال الورشة؟", {"kind": "answer", "sections": ["fac-group-work"]}),
        ("ما مثال ذلك في حصة عن بعد؟", {"kind": "same_topic_example", "sections": ["fac-group-work"]}),
        ("أريد أن أتحدث مع مؤطري شخصيا", {"kind": "human"}),
    ],
]
