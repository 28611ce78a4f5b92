# Dialogues, Darija in Arabic script (10) and Arabizi (10).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
CL = {"kind": "clarify"}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DARIJA = [
    ("darija", [
        ("الواجب؟", CL),
        ("كيفاش نصيفطو ف المنصة", CC("dig-etakwine-submission")),
        ("وإلا طاحت الكونيكسيون وفاتني الوقت؟", A("faq-late-submission")),
        ("وإمتى آخر أجل ديال الواجب التاني ف المجزوءة جوج؟", CAL),
    ]),
    ("darija", [
        ("شنو هو التقويم التشخيصي؟", A("ass-diagnostic")),
        ("عطيني مثال", EX("ass-diagnostic")),
        ("عاودها ليا بالفرنسية عافاك", OL("fr", "ass-diagnostic")),
    ]),
    ("darija", [
        ("كيفاش نوجد راسي لحضور حصة عند متدرب ف القسم؟", A("sup-observation")),
        ("ومن بعد، الحوار معاه كيفاش يكون؟", A("sup-post-observation-interview")),
    ]),
    ("darija", [
        ("المتدربين ديالي ما كيخدموش مزيان ف المجموعات", A("fac-group-work")),
        ("ووحد منهم ديما كيدوي بوحدو وكيسكت الآخرين", A("fac-difficult-situations")),
        ("بغيت نهضر مع مؤطر على هاد الحالة", HUM),
    ]),
    ("darija", [
        ("واش نقدر نتبع المساق من التيليفون؟", A("faq-mobile")),
        ("والفيديوهات كيتقطعو عليا بزاف، شنو ندير؟", A("dig-etakwine-technical")),
    ]),
    ("darija", [
        ("التسجيل", CL),
        ("التسجيل ديال الحصة المباشرة اللي فاتتني", CC("faq-recordings")),
        ("والحصة المباشرة الجاية إمتى؟", CAL),
    ]),
    ("darija", [
        ("شنو هو ملف الإنجاز؟", A("ass-portfolio")),
        ("شنو نحط فيه بالضبط، عطيني مثال", EX("ass-portfolio")),
        ("وواش كيتقيم؟ بشنو؟", A("ass-portfolio", "ass-rubrics")),
    ]),
    ("darija", [
        ("رفيق واش كيجاوب ليل ونهار؟", A("tut-response-times")),
        ("وإمتى كيدوز السؤال للمؤطر؟", A("tut-rafiq-escalation")),
        ("صافي دوزني لشي مؤطر دابا", HUM),
    ]),
    ("darija", [
        ("كيفاش كيتعلمو الناس الكبار؟ شنو هي الأندراغوجيا؟", A("fac-adult-learners")),
        ("بغيتها بالفرنسية", OL("fr", "fac-adult-learners")),
        ("وشنو هي الطرق النشيطة اللي كتناسبهم؟", A("fac-active-methods")),
    ]),
    ("darija", [
        ("كيفاش نعطي ملاحظات مفيدة على الجذاذات ديال المتدربين؟", A("ass-feedback")),
        ("مثال ديال تعليق مزيان", EX("ass-feedback")),
    ]),
]

ARABIZI = [
    ("arabizi", [
        ("evaluation?", CL),
        ("la sommative, dyal lekher dyal module", CC("ass-summative")),
        ("3afak 3tihali b lfrancais", OL("fr", "ass-summative")),
    ]),
    ("arabizi", [
        ("kifach nt9iyed f e-takwine?", A("dig-etakwine-registration")),
        ("w ila kan l email dyali deja mosta3mal?", A("dig-etakwine-registration", "dig-etakwine-login-password")),
        ("bghit nhder m3a chi wa7ed mn l equipe", HUM),
    ]),
    ("arabizi", [
        ("live dyal module 6 imta?", CAL),
        ("w ila ma9dertch n7dar?", A("faq-missed-live")),
        ("fin nl9a l enregistrement mn b3d?", A("faq-recordings")),
    ]),
    ("arabizi", [
        ("chno hiya l evaluation par les pairs?", A("ass-peer")),
        ("3tini mital", EX("ass-peer")),
        ("w l autoevaluation chno l far9 binathom?", A("ass-self-assessment")),
    ]),
    ("arabizi", [
        ("kifach ndir plan de formation l 3am kaml?", A("eng-training-plan")),
        ("w 9bel mnno, analyse des besoins kifach?", A("eng-needs-analysis")),
        ("b lfrancais 3afak", OL("fr", "eng-needs-analysis")),
    ]),
    ("arabizi", [
        ("forum?", CL),
        ("chno msmou7 n7et f forum", CC("charter-welcome")),
        ("w ila 7tit numero dyali bach y3aytoli?", A("charter-personal-data")),
    ]),
    ("arabizi", [
        ("chno hiya la pratique reflexive?", A("sup-reflective-practice")),
        ("3tini mital dyal journal de bord", EX("sup-reflective-practice")),
        ("bghit nhder m3a tuteur 3la had chi", HUM),
    ]),
    ("arabizi", [
        ("l mooc gratuit?", A("faq-free")),
        ("wa7ed tlab mni flous 3la l attestation, normal?", A("faq-free", "charter-no-spam")),
    ]),
    ("arabizi", [
        ("kifach nbda seance m3a groupe jdid?", A("fac-opening-closing")),
        ("w l cloture kifach?", A("fac-opening-closing")),
        ("mital 3afak", EX("fac-opening-closing")),
        ("w seance live dyal module 3 imta?", CAL),
    ]),
    ("arabizi", [
        ("chno howa mentorat dyal les profs jdad?", A("sup-mentoring")),
        ("b lfrancais", OL("fr", "sup-mentoring")),
        ("w plan individuel de developpement kifach?", A("sup-development-plan")),
    ]),
]
