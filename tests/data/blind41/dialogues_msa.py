# MSA dialogues, hand-written.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("التقويم", CLAR),
        ("أقصد التقويم التشخيصي في بداية المجزوءة", CC("ass-diagnostic")),
        ("هل من مثال تطبيقي؟", EX("ass-diagnostic")),
        ("أريد الجواب نفسه بالفرنسية من فضلك", OL("ass-diagnostic")),
    ],
    [
        ("الشهادة", CLAR),
        ("أقصد هل تُحتسب في الترقية", CC("faq-attestation-career")),
        ("ومتى يمكنني تنزيلها بعد انتهاء آخر مجزوءة؟", A("dig-etakwine-attestation")),
    ],
    [
        ("كيف أدير اللقاء مع المتدرب بعد زيارة قسمه؟", A("sup-post-observation-interview")),
        ("أعطني مثالا لسؤال أبدأ به", EX("sup-post-observation-interview")),
        ("وكيف أعدّ شبكة الملاحظة قبل الزيارة؟", A("sup-observation-grid")),
    ],
    [
        ("ما المقصود بالتكوين الهجين؟", A("eng-hybrid")),
        ("وما الفرق بينه وبين التكوين المعكوس؟", A("eng-flipped", "eng-hybrid")),
        ("ترجم لي هذا الجواب إلى الفرنسية", OL("eng-flipped", "eng-hybrid")),
    ],
    [
        ("متى آخر أجل لإيداع واجب تحليل الحاجات التكوينية؟", CAL),
        ("وإذا تأخرت يومين بسبب المرض؟", A("faq-late-submission")),
        ("أريد أن يطلع مؤطري على وضعيتي شخصيا", HUM),
    ],
    [
        ("كيف أصوغ سؤالا واضحا لرفيق؟", A("tut-asking-good-questions")),
        ("أعطني مثالا لسؤال تقني جيد", EX("tut-asking-good-questions")),
    ],
    [
        ("نشر زميل رقم هاتفي في المنتدى دون إذني", A("charter-personal-data")),
        ("وكيف أطلب من رفيق حذف كل ما يحتفظ به عني؟", A("dig-data-privacy")),
    ],
    [
        ("ما الطرائق النشيطة الملائمة لتكوين الأساتذة؟", A("fac-active-methods")),
        ("مثال على توظيف لعب الأدوار", EX("fac-active-methods")),
        ("وكيف أنظم العمل في مجموعات صغيرة خلال ذلك؟", A("fac-group-work")),
    ],
    [
        ("لا أستطيع الدخول إلى المنصة منذ الصباح", A("dig-etakwine-login-password", "dig-etakwine-technical")),
        ("جربت كل ذلك دون جدوى، أريد التحدث إلى شخص من الفريق", HUM),
    ],
    [
        ("ما دور المرشد مع الأستاذ المبتدئ؟", A("sup-mentoring")),
        ("وكم مرة ينبغي أن نلتقي؟", A("sup-mentoring")),
        ("وفي أي يوم وساعة الحصة المباشرة لدراسة الحالات في المواكبة؟", CAL),
    ],
]
