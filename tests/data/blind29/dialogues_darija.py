# Dialogues, Darija in Arabic script (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLA = {"kind": "clarify"}

DIALOGUES = [
    [
        {"user": "التقويم", "expect": CLA},
        {"user": "قصدت التقويم التشخيصي اللي كندير فالبداية ديال العام", "expect": CF("ass-diagnostic")},
        {"user": "عطيني شي مثال عافاك", "expect": EX("ass-diagnostic")},
    ],
    [
        {"user": "نسيت المودباس ديال المنصة", "expect": A("dig-etakwine-login-password")},
        {"user": "وإلا ما بقاش عندي الإيمايل القديم اللي تسجلت بيه؟", "expect": A("dig-etakwine-login-password")},
        {"user": "صافي بغيت نهضر مع شي واحد من الفريق", "expect": HUM},
    ],
    [
        {"user": "كيفاش نوجد حصة تكوينية ديال 3 سوايع؟", "expect": A("eng-session-preparation")},
        {"user": "وكيفاش نبداها ونسالي بيها مزيان؟", "expect": A("fac-opening-closing")},
        {"user": "عاودها ليا بالفرنسية عافاك", "expect": OL("fac-opening-closing")},
    ],
    [
        {"user": "إمتى آخر أجل ديال الفرض ديال المودول 3؟", "expect": CAL},
        {"user": "وإلا ما قدرتش نسلمو فالوقت؟", "expect": A("faq-late-submission")},
    ],
    [
        {"user": "شنو هوما مجموعات تحليل الممارسات؟", "expect": A("sup-analysis-of-practice")},
        {"user": "عطيني مثال ديال وضعية نقدرو نحللوها مع المتدربين", "expect": EX("sup-analysis-of-practice")},
    ],
    [
        {"user": "الفوروم", "expect": CLA},
        {"user": "بغيت نعرف واش نقدر نحط الرقم ديالي فالفوروم", "expect": CF("charter-personal-data")},
        {"user": "وشكون اللي كيقرر يخبي شي ميساج؟", "expect": A("charter-moderation")},
    ],
    [
        {"user": "كنفكر نحبس الموك، الخدمة كثيرة عليا وما بقيتش قادر نتبع", "expect": A("tut-socio-cognitive-role", "fac-motivation")},
        {"user": "شحال ديال الوقت خاصني فالسيمانة بالضبط؟", "expect": A("faq-weekly-hours")},
        {"user": "بغيت نهضر مع التيتور ديالي", "expect": HUM},
    ],
    [
        {"user": "شنو الفرق بين SPOC و MOOC؟", "expect": A("eng-mooc-formats")},
        {"user": "عطيني مثال من المركز ديالنا", "expect": EX("eng-mooc-formats")},
        {"user": "ترجمها ليا للفرنسية", "expect": OL("eng-mooc-formats")},
    ],
    [
        {"user": "كيفاش ندير الملاحظة ديال القسم عند متدرب؟", "expect": A("sup-observation")},
        {"user": "ومن بعد الحصة؟ كيفاش ندوز المقابلة معاه؟", "expect": A("sup-post-observation-interview")},
    ],
    [
        {"user": "الحصة المباشرة ديال المودول 4 إمتى؟", "expect": CAL},
        {"user": "وإلا فاتتني، فين نلقى التسجيل ديالها؟", "expect": A("faq-recordings", "faq-missed-live")},
    ],
]
