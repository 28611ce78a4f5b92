# 10 MSA dialogues.
DIALOGUES = [
    [
        ("كيف أبدأ دراسة حاجات أساتذة السلك الابتدائي قبل تصميم دورة تكوينية لهم؟", {"kind": "answer", "sections": ["eng-needs-analysis"]}),
        ("هل يمكنك أن تعطيني مثالا لصياغة حاجة في شكل كفاية؟", {"kind": "same_topic_example", "sections": ["eng-needs-analysis"]}),
        ("من فضلك أعد الجواب بالفرنسية لأشاركه مع زميلي", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-needs-analysis"]}),
    ],
    [
        ("التقويم", {"kind": "clarify"}),
        ("أقصد التقويم الذي نجريه في بداية المجزوءة لمعرفة مستوى المتدربين", {"kind": "confirm_clarification", "sections": ["ass-diagnostic"]}),
        ("وهل أمنح المتدربين نقطة عليه؟", {"kind": "answer", "sections": ["ass-diagnostic"]}),
    ],
    [
        ("كُلفت بمرافقة أستاذة جديدة في سنتها الأولى بمدرسة قروية، كيف أنظم هذه المرافقة؟", {"kind": "answer", "sections": ["sup-mentoring"]}),
        ("وكم مرة ينبغي أن نلتقي؟ المسافة بيننا بعيدة", {"kind": "answer", "sections": ["sup-mentoring"]}),
        ("أفضل أن أناقش حالتها مع مؤطر من الفريق", {"kind": "human"}),
    ],
    [
        ("كيف أنظم العمل في مجموعات حتى لا يشتغل عضو واحد مكان الجميع؟", {"kind": "answer", "sections": ["fac-group-work"]}),
        ("أعطني مثالا لمهمة تستحق فعلا أن تنجز في مجموعة", {"kind": "same_topic_example", "sections": ["fac-group-work"]}),
        ("وكيف أقدّر ما ساهم به كل فرد داخل المجموعة؟", {"kind": "answer", "sections": ["fac-group-work"]}),
    ],
    [
        ("فاتتني الحصة المباشرة للمجزوءة الثانية بسبب اجتماع في المركز، هل يؤثر ذلك على نجاحي؟", {"kind": "answer", "sections": ["faq-missed-live"]}),
        ("ومتى موعد الحصة المباشرة القادمة؟", {"kind": "calendar"}),
        ("وأين أجد تسجيل الحصة التي فاتتني؟", {"kind": "answer", "sections": ["faq-recordings"]}),
    ],
    [
        ("ما الأدوات التي تساعد الأستاذ المتدرب على التفكير في ممارسته بعد كل حصة؟", {"kind": "answer", "sections": ["sup-reflective-practice"]}),
        ("هل من مثال على أسئلة دفتر التتبع؟", {"kind": "same_topic_example", "sections": ["sup-reflective-practice"]}),
        ("أرجو أن تكتب لي ذلك بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-reflective-practice"]}),
    ],
    [
        ("نشرت في المنتدى صورة لوثيقة فيها رقم بطاقتي الوطنية، ماذا سيحدث لمشاركتي؟", {"kind": "answer", "sections": ["charter-personal-data"]}),
        ("وإذا حُجبت مشاركة أخرى لي ورأيت أن القرار خاطئ؟", {"kind": "answer", "sections": ["charter-appeal"]}),
    ],
    [
        ("المنصة والواجب", {"kind": "clarify"}),
        ("أريد أن أعرف كيف أرفع الواجب على المنصة حتى يصل إلى المؤطر", {"kind": "confirm_clarification", "sections": ["dig-etakwine-submission"]}),
        ("وما الحجم الأقصى المسموح به للملف؟", {"kind": "answer", "sections": ["dig-etakwine-submission"]}),
        ("ومتى آخر أجل لواجب المجزوءة الرابعة؟", {"kind": "calendar"}),
    ],
    [
        ("كيف أكتب أهداف حصة حول التقويم بحيث يمكن ملاحظتها؟", {"kind": "answer", "sections": ["eng-objectives-competencies"]}),
        ("وكيف أتأكد من أن الامتحان النهائي يقيس تلك الأهداف نفسها؟", {"kind": "answer", "sections": ["eng-alignment"]}),
        ("أعطني مثالا على مجزوءة غير منسجمة وكيف أصلحها", {"kind": "same_topic_example", "sections": ["eng-alignment"]}),
    ],
    [
        ("أغلب المشاركين في فوجي يخافون من الكتابة في المنتدى ويفضلون الصمت", {"kind": "answer", "sections": ["fac-online-anxiety"]}),
        ("وما الذي يمكنني فعله كمؤطر لأشعرهم بأنهم جزء من مجموعة؟", {"kind": "answer", "sections": ["tut-socio-cognitive-role"]}),
    ],
]
