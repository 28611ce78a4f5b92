# Hand-written Darija (Arabic script) dialogues (blind43).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("البورتفوليو", CLAR),
        ("قصدي الملف اللي كيجمعو فيه المتدربين الخدمات ديالهم", CC("ass-portfolio")),
        ("عطيني مثال", EX("ass-portfolio")),
    ],
    [
        ("المنصة؟", CLAR),
        ("بغيت نعرف كيفاش نتسجل فيها أول مرة", CC("dig-etakwine-registration")),
        ("ودابا ما وصلنيش الإيميل ديال التفعيل، بغيت نهضر مع شي واحد من الفريق", HUM),
    ],
    [
        ("شنو هو التقويم الذاتي؟", A("ass-self-assessment")),
        ("عطيني مثال", EX("ass-self-assessment")),
        ("عافاك عاودها بالفرنسية", OL("ass-self-assessment")),
    ],
    [
        ("كيفاش نسير نقاش فيه صداع بين جوج متدربين؟", A("fac-difficult-situations")),
        ("والقواعد ديال الخدمة فالمجموعة كيفاش نحطها من الأول؟", A("fac-difficult-situations")),
        ("بالفرنسية عافاك", OL("fac-difficult-situations")),
    ],
    [
        ("شنو هي المقابلة اللي كتكون من بعد الزيارة؟", A("sup-post-observation-interview")),
        ("وشحال خاصها تدوم؟", A("sup-post-observation-interview")),
    ],
    [
        ("نسيت كلمة السر", A("dig-etakwine-login-password")),
        ("والواجب ديال المجزوءة 2 إيمتا آخر أجل ديالو؟", CAL),
    ],
    [
        ("كيفاش نستعمل التكنولوجيا فالتكوين بلا ما نكثر التطبيقات؟", A("dig-ict-integration")),
        ("شنو هو SAMR؟", A("dig-ict-integration")),
        ("عطيني مثال", EX("dig-ict-integration")),
    ],
    [
        ("حاسة براسي ضايعة فالموك وبغيت نحبس", A("fac-online-anxiety", "tut-socio-cognitive-role")),
        ("بغيت نهضر مع المؤطر ديالي", HUM),
    ],
    [
        ("واش نقدر نتبع الحصة المباشرة من التليفون؟", A("faq-mobile")),
        ("وإيمتا الحصة الجاية؟", CAL),
    ],
    [
        ("شنو كيقول الميثاق على الإشهار فالمنتدى؟", A("charter-no-spam")),
        ("عطيني مثال على شي حاجة ممنوعة", EX("charter-no-spam")),
    ],
]
