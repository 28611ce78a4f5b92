# Hand-written dialogues, Darija in Arabic script.
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [
        ("الديفوار", CLAR),
        ("كيفاش نسيفطو فالبلاتفورم", CC("dig-etakwine-submission")),
        ("وإلا ما لحقتش فالوقت؟", A("faq-late-submission")),
    ],
    [
        ("التقويم؟", CLAR),
        ("ديال آخر المودول، اللي فيه النقطة", CC("ass-summative")),
        ("عطيني مثال", EX("ass-summative")),
    ],
    [
        ("شنو هي الأندراغوجيا؟", A("fac-adult-learners")),
        ("وكيفاش نخلي الموتيفاسيون ديالهم طالعة فتكوين طويل؟", A("fac-motivation")),
        ("بالفرنسية عافاك", OL("fac-motivation")),
    ],
    [
        ("كيفاش نبني شبكة ملاحظة؟", A("sup-observation-grid")),
        ("وملي نسالي، كيفاش ندوز المقابلة مع الستاجيير؟", A("sup-post-observation-interview")),
        ("عطيني شي مثال ملموس", EX("sup-post-observation-interview")),
    ],
    [
        ("فين نلقى الأتيستاسيون؟", A("dig-etakwine-attestation")),
        ("والسمية ديالي مكتوبة غالطة فيها", A("dig-etakwine-attestation")),
        ("بغيت نهضر مع الطوطور", HUM),
    ],
    [
        ("شنو هي الممارسة التأملية؟", A("sup-reflective-practice")),
        ("والبورتفوليو كيدخل فهادشي؟", A("ass-portfolio")),
        ("وإمتى خاصنا نسيفطو البورتفوليو النهائي؟", CAL),
    ],
    [
        ("كيفاش نخدم بالتيك فالتكوين بلا ما نكثر من التطبيقات؟", A("dig-ict-integration")),
        ("شنو هو SAMR بالضبط؟", A("dig-ict-integration")),
        ("عطيني مثال من الكرمف", EX("dig-ict-integration")),
    ],
    [
        ("الفوروم ديال المودول ميت، كيفاش نحييه كطوطور؟", A("tut-forum-facilitation")),
        ("وإلا شي واحد كتب كلام خايب فيه؟", A("charter-respect", "charter-moderation")),
        ("بالفرنسية", OL("charter-respect", "charter-moderation")),
    ],
    [
        ("طاحت عليا الكونيكسيون وأنا كنسيفط الديفوار", A("dig-etakwine-technical", "faq-late-submission")),
        ("وشكون نكلم؟", A("dig-etakwine-technical")),
        ("عافاك صيفط السؤال ديالي للطوطور", HUM),
    ],
    [
        ("كيفاش نوجد سيناريو بيداغوجي مبني على مهمة؟", A("eng-task-scenarios")),
        ("وواش نقدر ندير جزء منو بالكلاس إنفيرسي؟", A("eng-flipped")),
        ("مثال؟", EX("eng-flipped")),
    ],
]
