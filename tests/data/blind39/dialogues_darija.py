# Hand-written dialogues, Darija in Arabic script (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(*s): return {"kind": "same_topic_other_lang", "lang": "fr", "sections": list(s)}  # Arabic varieties ask for French
def OLA(*s): return {"kind": "same_topic_other_lang", "lang": "ar", "sections": list(s)} # French asks for Arabic
CLAR = {"kind": "clarify"}; CAL = {"kind": "calendar"}; HUM = {"kind": "human"}

DIALOGUES = [
    [("الشهادة", CLAR),
     ("قصدي واش كتنفع فالترقية", CC("faq-attestation-career")),
     ("وبالفرنسية؟", OL("faq-attestation-career"))],
    [("الفوروم", CLAR),
     ("قصدي فين نلقاه فالبلاتفورم", CC("dig-etakwine-navigation")),
     ("وكيفاش نكتب فيه ميساج مزيان؟", A("dig-netiquette"))],
    [("شنو هو التقويم بين الأقران؟", A("ass-peer")),
     ("عطيني مثال", EX("ass-peer"))],
    [("كيفاش نحط الديفوار فالبلاتفورم؟", A("dig-etakwine-submission")),
     ("وإمتى آخر أجل ديال ديفوار المجزوءة الثانية؟", CAL)],
    [("شنو هو ملف الإنجاز ديال المتدرب؟", A("ass-portfolio")),
     ("وكيفاش نقيموه؟ بشي شبكة؟", A("ass-portfolio", "ass-rubrics")),
     ("بالفرنسية عافاك", OL("ass-portfolio", "ass-rubrics"))],
    [("كيفاش نخدم المتدربين فمجموعات؟", A("fac-group-work")),
     ("وإلا كان شي واحد كيهضر بوحدو ديما؟", A("fac-difficult-situations"))],
    [("نسيت كلمة السر ديال البلاتفورم", A("dig-etakwine-login-password")),
     ("درت كلشي وباقي ما خدامش، بغيت نهضر مع شي واحد", HUM)],
    [("شكون هو المرشد ديال الأستاذ الجديد وشنو كيدير؟", A("sup-mentoring")),
     ("واش عندك مثال؟", EX("sup-mentoring")),
     ("وبالفرنسية؟", OL("sup-mentoring"))],
    [("كيفاش نوجد راسي لزيارة القسم ديال متدرب؟", A("sup-observation")),
     ("ومن بعد الزيارة، كيفاش ندير الجلسة معاه؟", A("sup-post-observation-interview")),
     ("فوقاش الحصة المباشرة ديال المجزوءة الخامسة؟", CAL)],
    [("كيفاش نكتب هدف إجرائي؟", A("eng-objectives-competencies")),
     ("بحال شنو؟ مثال عافاك", EX("eng-objectives-competencies"))],
]
