# Hand-written Modern Standard Arabic dialogues (blind45).
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
        ("التقويم؟", CLAR()),
        ("أقصد التقويم الذي يجرى في بداية المجزوءة لمعرفة مكتسبات المتدربين", CC(["ass-diagnostic"])),
        ("أعطني مثالا من فضلك", EX(["ass-diagnostic"])),
    ],
    [
        ("المنتدى", CLAR()),
        ("أقصد كيف تتم مراقبة الرسائل التي تنشر فيه", CC(["charter-moderation"])),
        ("وإذا أخفيت رسالتي عن طريق الخطأ؟", A(["charter-appeal"])),
    ],
    [
        ("كيف أصوغ هدفا إجرائيا سليما؟", A(["eng-objectives-competencies"])),
        ("هل يمكنك إعادة الجواب بالفرنسية؟", OL(["eng-objectives-competencies"])),
    ],
    [
        ("كيف أشخص حاجات فئة من المتدربين قبل تصميم التكوين؟", A(["eng-needs-analysis"])),
        ("ومتى آخر أجل لإيداع الواجب المتعلق بهذا الموضوع؟", CAL()),
    ],
    [
        ("كيف أبني شبكة ملاحظة لزيارة قسم؟", A(["sup-observation-grid"])),
        ("وماذا عن اللقاء مع الأستاذ بعد الزيارة؟", A(["sup-post-observation-interview"])),
        ("هل من مثال لسؤال أفتتح به هذا اللقاء؟", EX(["sup-post-observation-interview"])),
    ],
    [
        ("نسيت كلمة المرور ولم تصلني رسالة الاسترجاع", A(["dig-etakwine-login-password"])),
        ("جربت كل ذلك دون جدوى. أريد التحدث إلى أحد أفراد الفريق", HUM()),
    ],
    [
        ("كيف أحافظ على حماس المشاركين في تكوين يمتد عدة أشهر؟", A(["fac-motivation"])),
        ("وماذا عن الذين توقفوا نهائيا عن الدخول؟", A(["tut-dropout-prevention"])),
        ("بالفرنسية لو سمحت", OL(["tut-dropout-prevention"])),
    ],
    [
        ("ما المقصود بالتكوين المعكوس؟", A(["eng-flipped"])),
        ("وما الذي يميز التكوين الهجين؟", A(["eng-hybrid"])),
        ("أعطني مثالا على مجزوءة هجينة", EX(["eng-hybrid"])),
    ],
    [
        ("متى تفتح المجزوءة الثالثة؟", CAL()),
        ("وكيف أحضر جذاذة الحصة المطلوبة في واجبها؟", A(["eng-session-preparation"])),
    ],
    [
        ("هل يحق لي نشر تسجيل الحصة المباشرة في مجموعة أساتذة المؤسسة؟", A(["faq-recordings"])),
        ("وماذا عن صور التلاميذ التي أضعها في واجباتي؟", A(["dig-data-privacy"])),
        ("أعد الشرح بالفرنسية", OL(["dig-data-privacy"])),
    ],
]
