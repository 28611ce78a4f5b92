# MSA dialogues d11-d20.
ITEMS = [
    [
        ("التقويم", {"kind": "clarify"}),
        ("اقصد التقويم الذاتي للمتدربين", {"kind": "confirm_clarification", "sections": ["ass-self-assessment"]}),
        ("هل من مثال تطبيقي؟", {"kind": "same_topic_example", "sections": ["ass-self-assessment"]}),
    ],
    [
        ("كيف اجري المقابلة مع متدرب بعد ملاحظة حصته؟", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
        ("اريد الجواب بالفرنسية من فضلك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-post-observation-interview"]}),
    ],
    [
        ("ما المقصود بالتكوين الهجين؟", {"kind": "answer", "sections": ["eng-hybrid"]}),
        ("اعطني مثالا لمجزوءة هجينة", {"kind": "same_topic_example", "sections": ["eng-hybrid"]}),
        ("وما الفرق بينه وبين SPOC؟", {"kind": "answer", "sections": ["eng-mooc-formats"]}),
    ],
    [
        ("الشهادة", {"kind": "clarify"}),
        ("كيف احصل على شهادة اتمام المساق", {"kind": "confirm_clarification", "sections": ["dig-etakwine-attestation"]}),
        ("ومتى ينتهي المساق؟", {"kind": "calendar"}),
    ],
    [
        ("نسيت كلمة المرور ولا استطيع الدخول", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
        ("جربت كل ذلك ولم ينجح، اريد مؤطرا", {"kind": "human"}),
    ],
    [
        ("كيف انظم العمل في مجموعات خلال الحصة؟", {"kind": "answer", "sections": ["fac-group-work"]}),
        ("وعن بعد؟", {"kind": "answer", "sections": ["fac-group-work"]}),
        ("بالفرنسية لو سمحت", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["fac-group-work"]}),
    ],
    [
        ("متى الحصة المباشرة للمجزوءة الثالثة؟", {"kind": "calendar"}),
        ("وإن لم اتمكن من حضورها؟", {"kind": "answer", "sections": ["faq-missed-live"]}),
        ("وأين اجد تسجيلها بعد ذلك؟", {"kind": "answer", "sections": ["faq-recordings"]}),
    ],
    [
        ("الواجب", {"kind": "clarify"}),
        ("كيف ارفع الواجب على المنصة", {"kind": "confirm_clarification", "sections": ["dig-etakwine-submission"]}),
        ("وما آخر اجل لواجب المجزوءة الخامسة؟", {"kind": "calendar"}),
        ("وإن تأخرت يوما واحدا؟", {"kind": "answer", "sections": ["faq-late-submission"]}),
    ],
    [
        ("ما المقصود بالانسجام البيداغوجي؟", {"kind": "answer", "sections": ["eng-alignment"]}),
        ("مثال من فضلك", {"kind": "same_topic_example", "sections": ["eng-alignment"]}),
        ("اعد لي الشرح بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-alignment"]}),
    ],
    [
        ("كيف اتصرف مع مشارك يسخر من زملائه في المنتدى؟", {"kind": "answer", "sections": ["charter-respect"]}),
        ("وإذا اخفيت مشاركتي انا خطأ؟", {"kind": "answer", "sections": ["charter-appeal"]}),
        ("افضل ان اتحدث مع مشرف مباشرة", {"kind": "human"}),
    ],
]
