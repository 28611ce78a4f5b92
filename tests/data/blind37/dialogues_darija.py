# Hand-written Moroccan Darija (Arabic script) dialogues (blind37).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}   # lang: the language asked for ("fr" or "ar")
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("التقويم؟", CLAR),
     ("قصدت ملي كيصححو المشاركين الديفوارات ديال بعضياتهم", CC("ass-peer"))],
    [("الفوروم", CLAR),
     ("أنا طوتور، بغيت نعرف كيفاش ننشطو باش يتعاونو الناس", CC("tut-forum-facilitation")),
     ("عطيني مثال ديال ميساج نبدا بيه السيمانة", EX("tut-forum-facilitation"))],
    [("ما قدرتش ندخل للبلاتفورم، الكونط تبلوكا من بعد بزاف ديال المحاولات", A("dig-etakwine-login-password")),
     ("بغيت نهضر مع شي واحد من السوپور ولا الطوتور دابا", HUM)],
    [("شنو الفرق بين التقويم التكويني والإجمالي؟", A("ass-formative-vs-summative")),
     ("عاود ليا نفس الجواب بالفرنسية عافاك", OL("ass-formative-vs-summative"))],
    [("كيفاش كيدوز الميكرو-أونسينيمون مع الستاجير؟", A("fac-micro-teaching")),
     ("عطيني مثال", EX("fac-micro-teaching")),
     ("وبالفرونسي عافاك", OL("fac-micro-teaching"))],
    [("كيفاش نطيليشارجي لاطيستاسيون من e-Takwine؟", A("dig-etakwine-attestation")),
     ("وواش كتحسب فالترقية؟", A("faq-attestation-career"))],
    [("شحال ديال الوقت خاصني فالسيمانة للموك؟", A("faq-weekly-hours")),
     ("وإمتى كيتسد المودول الأول؟", CAL)],
    [("كيفاش نصاوب لاگريل ديال التقويم بالمعايير؟", A("ass-rubrics")),
     ("عطيني مثال على جذاذة ديال ستاجير", EX("ass-rubrics"))],
    [("عطاوني أستاذة جديدة نواكبها فعامها الأول، شنو الدور ديالي؟", A("sup-mentoring")),
     ("عطيني مثال ديال كيفاش ننظم اللقاءات", EX("sup-mentoring")),
     ("واش نقدر نهضر مع شي طوتور على هاد الحالة بالضبط؟", HUM)],
    [("واش نقدر نحط الإيميل ديالي فالفوروم باش يتواصلو معايا؟", A("charter-personal-data")),
     ("وإلا تخبى ليا شي ميساج بالغلط، كيفاش نعترض؟", A("charter-appeal"))],
]
