"""French words Darija writes in Arabic letters ("البلاتفورم", "الديفوار", "الكلاس فيرتويال"), read as the guide's own
words in the MSA rewrite of a question (`retrieval.darija`). General Darija usage, not taken from any evaluation set."""
from __future__ import annotations

from retrieval.normalize import normalize_arabic

# French words Darija writes in Arabic letters ("البلاتفورم", "الديفوار", "الطوتور", "لاتيستاسيون"), by their
# normalized spelling without an article, and the guide's own word for each. General Darija usage, not taken
# from any evaluation set.
LOANWORDS = {
    **dict.fromkeys("بلاتفورم بلاطفورم بلاتافورم بلاتفورمه".split(), "المنصه"),
    **dict.fromkeys("ديفوار دوفوار ديفوارات دوفوارات".split(), "الواجب"),
    **dict.fromkeys("توتور طوطور طوتور توطور توتوره طوطوره توتريس تيتور".split(), "المؤطر"),
    "لايف": "الحصه المباشره",
    **dict.fromkeys("مودباس مودوباس موتدوباس باسوورد باسورد باسوور".split(), "كلمه المرور"),
    **dict.fromkeys("كونيكسيون كونكسيون".split(), "الاتصال"),
    **dict.fromkeys("فوروم فورم".split(), "المنتدي"),
    **dict.fromkeys("اتيستاسيون اطيسطاسيون اتستاسيون تيستاسيون اتيسطاسيون سيرتيفيكا سرتفيكا ديبلوم".split(),
                    "الشهاده"),
    **dict.fromkeys("موديل مودول موديلات مودولات".split(), "المجزوءه"),
    **dict.fromkeys("سيانس سيونس سيانص".split(), "الحصه"),
    **dict.fromkeys("ستاجير ستاجيير ستاجيرات سطاجير سطاجيرات".split(), "المتدرب"),
    **dict.fromkeys("فورماتور فورماطور فورماتريس".split(), "المكون"),
    **dict.fromkeys("فورماسيون فورماصيون".split(), "التكوين"),
    **dict.fromkeys("كروب كروبات".split(), "المجموعه"),
    **dict.fromkeys("ايميل ايمايل ايميلات".split(), "البريد الالكتروني"),
    **dict.fromkeys("كونط كومبت كومت".split(), "الحساب"),  # not "كونت": Arabizi "kont" (I was) reads so
    **dict.fromkeys("فيشي فيشيي فيشيه فيشيات".split(), "الملف"),
    "ديدلاين": "اخر اجل",
    **dict.fromkeys("بوب بيبليسيتي بوبليسيتي بوبليسيطي".split(), "الاشهار"),  # "pub", "publicité"
    **dict.fromkeys("نبوستي يبوستي تبوستي بوستي نبوسطي نبوسطيو نبوستيو".split(), "انشر"),  # "poster" on the forum
    **dict.fromkeys("ماجيسكيل ماجيسكول ماجوسكيل".split(), "الاحرف الكبيره"),
    **dict.fromkeys("نوط نوطه نوت نوتات نوطات".split(), "النقطه"),
    **dict.fromkeys("ايفالواسيون ايفالوسيون".split(), "التقويم"),
    **dict.fromkeys("كريل كريي كرييه كريله".split(), "الشبكه"),
    **dict.fromkeys("بورتفوليو بورطفوليو".split(), "ملف الانجاز"),
    **dict.fromkeys("بوطون بوطونه بوتون".split(), "الزر"),
    **dict.fromkeys("سيت سيط".split(), "الموقع"),
    **dict.fromkeys("ابليكاسيون ابليكاصيون".split(), "التطبيق"),
    **dict.fromkeys("تيليفون طيليفون".split(), "الهاتف"),
    "كلاس": "القسم",
    **dict.fromkeys("ايليف ايليفات".split(), "التلميذ"),
    **dict.fromkeys("بروف بروفات".split(), "الاستاذ"),
    **dict.fromkeys("ستاج سطاج".split(), "التدريب الميداني"),
    "ميموار": "البحث",
    **dict.fromkeys("ريسورس ريسورسات".split(), "الموارد"),
    **dict.fromkeys("كويز تيست".split(), "الاختبار"),
    **dict.fromkeys("اكزامان ايكزامان".split(), "الامتحان"),
    "فيدباك": "التغذيه الراجعه",
    **dict.fromkeys("اتولي اطولي اتوليي".split(), "الورشه"),
    **dict.fromkeys("بروجي بروجيه".split(), "المشروع"),
    **dict.fromkeys("كومبيطونس كومبيتونس كومبيتانس".split(), "الكفايه"),
    **dict.fromkeys("اوبجيكتيف اوبجكتيف اوبجيكطيف".split(), "الهدف"),
    **dict.fromkeys("كريتير كريطير".split(), "المعيار"),
    **dict.fromkeys("انسكريبسيون انسكريبصيون".split(), "التسجيل"),
    **dict.fromkeys("اكتيفاسيون اكطيفاسيون".split(), "التفعيل"),
    **dict.fromkeys("ميساج ميساجات مساج".split(), "الرساله"),
    **dict.fromkeys("كومونطير كومانتير".split(), "التعليق"),
    "ليان": "الرابط",
    "كوهورت": "الفوج",
    "موك": "المساق",
    **dict.fromkeys("بلانينغ بلانين كاليندريي كالوندريي".split(), "الجدول الزمني"),
    **dict.fromkeys("روطار روتار".split(), "التاخر"),
    # the course's own teaching words, as trainers borrow them
    **dict.fromkeys("الينيمون الينيمان اليكنمون".split(), "الانسجام"),
    **dict.fromkeys("انسينيمون انسنيمون اونسينيمون اونسنيمون".split(), "التدريس"),
    **dict.fromkeys("سانتيز سانتيس سينتيز".split(), "الخلاصه"),
    **dict.fromkeys("ماجوسكول ماجيسكول".split(), "الحروف الكبيره"),
    **dict.fromkeys("فورماتيف فورماتيفه فورماتيفو".split(), "التكويني"),
    **dict.fromkeys("سوماتيف سوماتيفه".split(), "الاجمالي"),
    **dict.fromkeys("دياكنوستيك دياغنوستيك دياكنوستيكه دياغنوستيكه".split(), "التشخيصي"),
    **dict.fromkeys("اوتوايفالواسيون اوتوايفالوسيون".split(), "التقويم الذاتي"),
    **dict.fromkeys("كريتيريي كريتيرييه كريتيريه".split(), "بالمعايير"),
    **dict.fromkeys("انتروتيان انتريتيان انتروتيين".split(), "المقابله"),
    **dict.fromkeys("اوبسيرفاسيون ابسيرفاسيون".split(), "الملاحظه"),
    **dict.fromkeys("هيبريد ايبريد".split(), "الهجين"),
    **dict.fromkeys("ريفليكسيف ريفلكسيف".split(), "التاملي"),
    **dict.fromkeys("مونتور منتور".split(), "المرشد"),
    **dict.fromkeys("مونتورا منتورا".split(), "الارشاد"),
    **dict.fromkeys("تيتورا توتورا".split(), "التاطير"),
    "بادج": "الشاره",
    **dict.fromkeys("انسبيكتور انسبكتور".split(), "المفتش"),
    **dict.fromkeys("اكتيفيتي اكتيفيتيات".split(), "النشاط"),
    **dict.fromkeys("دوسي دوسيه".split(), "الملف"),
    **dict.fromkeys("بريزانتاسيون بريزونتاسيون".split(), "العرض"),
    **dict.fromkeys("ابوندون ابوندو".split(), "الانقطاع"),
    **dict.fromkeys("ريلونسي ريلانسي نريلونسي نريلانسي".split(), "اتابع"),
    **dict.fromkeys("ديموتيفي ديموتيفيه".split(), "فاقد الدافعيه"),
    **dict.fromkeys("بيداغوجي بيداكوجي بيداغوجيك".split(), "البيداغوجي"),
    "كوبيرايت": "حقوق المؤلف",
    "ليسونس": "الرخصه",
    **dict.fromkeys("بلوكي مبلوكي".split(), "عالق"),
    **dict.fromkeys("نافيكاتور كروم".split(), "المتصفح"),
    "سبوك": "SPOC",
    "موتيفاسيون": "الدافعيه",
    "نوتيفيكاسيون": "الاشعار",
    # everyday office and class words trainers borrow
    **dict.fromkeys("سمانه سمانات سيمانات".split(), "الاسبوع"),
    **dict.fromkeys("بوسط بوست بوسطات".split(), "المنشور"),
    **dict.fromkeys("ريونيون رينيون".split(), "الاجتماع"),
    **dict.fromkeys("ديريكتور ديريكتريس".split(), "المدير"),
    **dict.fromkeys("ادمينيستراسيون ادمنستراسيون".split(), "الاداره"),
    **dict.fromkeys("كونجي كونجيات".split(), "العطله"),
    **dict.fromkeys("دوكيمون دوكيمونات".split(), "الوثيقه"),
    **dict.fromkeys("سوبور سيبور".split(), "الدعم"),
    **dict.fromkeys("اكسبوزي اكسبوزيات".split(), "العرض"),
    **dict.fromkeys("تابلو تابلوات".split(), "الجدول"),
    **dict.fromkeys("بروبليم بروبلام بروبليمات".split(), "المشكل"),
    **dict.fromkeys("سولوسيون سولوسيونات".split(), "الحل"),
    **dict.fromkeys("ريزولتا ريزولتات".split(), "النتيجه"),
    **dict.fromkeys("ميتود ميتودات".split(), "الطريقه"),
    **dict.fromkeys("ستراتيجي ستراتيجيات".split(), "الاستراتيجيه"),
    **dict.fromkeys("غروب غروبات غروبه".split(), "المجموعه"),
    **dict.fromkeys("ديسكوسيون ديسكيسيون".split(), "النقاش"),
    "شات": "الدردشه",
    **dict.fromkeys("ريبونس ريبونسات".split(), "الجواب"),
    **dict.fromkeys("كيستيون كيستيونات".split(), "السؤال"),
    **dict.fromkeys("ايكزيرسيس اكزيرسيس".split(), "التمرين"),
    **dict.fromkeys("فيش فيشات".split(), "الجذاذه"),
    **dict.fromkeys("ابسونس ابسانس".split(), "الغياب"),
    **dict.fromkeys("بريزونس بريزانس".split(), "الحضور"),
    **dict.fromkeys("اوبليكاتوار اوبليكاطوار".split(), "الزامي"),
    **dict.fromkeys("سونتر سنتر".split(), "المركز"),
    # verbs, as said in the first person
    **dict.fromkeys("نبارطاجي نبارطاجيه نبارتاجي بارطاجي".split(), "اشارك"),
    **dict.fromkeys("نتيليشارجي تيليشارجي نطيليشارجي".split(), "احمل"),
    **dict.fromkeys("نكونيكطا نكونيكتا كونيكطيت".split(), "ادخل"),
    **dict.fromkeys("نابلودي ابلوديت".split(), "ارفع"),
    **dict.fromkeys("نكليكي كليكيت".split(), "انقر"),
    **dict.fromkeys("نانسكري تانسكريت".split(), "اسجل"),
}
# A loanword's article and prepositions: "لا"/"لو"/"لي" (la, le, les), "ال", "ل", and "و", "ف", "ب" before them.
_LOAN_PREFIXES = (("وال", "و"), ("فال", "في "), ("بال", "ب"), ("ولا", "و"), ("فلا", "في "), ("بلا", "ب"),
                  ("ال", ""), ("لا", ""), ("لو", ""), ("لي", ""), ("و", "و"), ("ف", "في "), ("ب", "ب"),
                  ("لل", ""), ("ل", ""), ("", ""))
# Letters folded before a loanword is looked up: the Moroccan letters for g, p, v, and the emphatic letters a
# French t, s or d is written with as often as the plain ones ("لاطيستاسيون", "لاتيستاسيون").
_LETTER_FOLD = str.maketrans({"ڭ": "ك", "گ": "ك", "ݣ": "ك", "پ": "ب", "ڤ": "ف", "ط": "ت", "ص": "س", "ض": "د"})
# "كونط" (compte) is matched only as written: folded it would be Arabizi "kont" (I was) in Arabic letters.
_FOLDED_LOANWORDS = {word.translate(_LETTER_FOLD): msa for word, msa in LOANWORDS.items() if word != "كونط"}
_FOLDED_LOANWORDS.update(LOANWORDS)  # a word as written keeps its own entry


# Two-word loans read as one term ("الكلاس فيرتويال", "الميكرو أونسينيمون"), by their folded spellings (see
# _LETTER_FOLD) without an article: word by word they would read "the class" and "virtual".
_JOINED = {
    **{("كلاس", second): "الحصه المباشره" for second in "فيرتويال فيرتويل فيرتيال فرتويال".split()},
    **{("كلاس", second): "التكوين المعكوس" for second in "انفيرسي انفيرسيه انفرسي".split()},
    # flipped learning as it is commonly called ("التعلم المقلوب", "الفصل المقلوب"): the guide says "المعكوس"
    **{(first, second): "التكوين المعكوس" for first in "تعلم تكوين قسم فصل تدريس".split()
       for second in ("مقلوب", "مقلوبه")},
    **{("ميكرو", second): "التدريس المصغر" for second in "انسينيمون انسنيمون اونسينيمون اونسنيمون".split()},
}


def _readings(token: str) -> set[str]:
    """A word as written and without each article or preposition it may open with, normalized and folded."""
    norm = normalize_arabic(token.strip("؟?!.,،"))
    return {norm[len(prefix):].translate(_LETTER_FOLD) for prefix, _ in _LOAN_PREFIXES
            if norm.startswith(prefix) and len(norm) - len(prefix) >= 3}


def _joined(first: str, second: str) -> str | None:
    """The guide's term for two words read as one loan, or None."""
    return next((_JOINED[(a, b)] for a in _readings(first) for b in _readings(second) if (a, b) in _JOINED), None)


def joined_loans(text: str) -> str:
    """`text` with its two-word loans (_JOINED) replaced by the guide's term; `text` itself when it has none."""
    tokens, out, i = text.split(), [], 0
    while i < len(tokens):
        term = _joined(tokens[i], tokens[i + 1]) if i + 1 < len(tokens) else None
        if term:
            out.append(term + (tokens[i + 1][-1] if tokens[i + 1][-1] in "؟?!.,،" else ""))
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return " ".join(out) if len(out) != len(tokens) else text


def loanword(norm: str) -> str | None:
    """The guide's word for a French loanword in Arabic letters (normalized, article and "و/ف/ب" allowed), or
    None."""
    for prefix, said in _LOAN_PREFIXES:
        rest = norm[len(prefix):]
        if not norm.startswith(prefix) or len(rest) < 3:
            continue
        rest = rest if rest in _FOLDED_LOANWORDS else rest.translate(_LETTER_FOLD)
        if rest in _FOLDED_LOANWORDS:
            return said + _FOLDED_LOANWORDS[rest]
        if rest.endswith("ات") and rest[:-2] in _FOLDED_LOANWORDS:  # a Darija plural: "الأوبجيكتيفات"
            return said + _FOLDED_LOANWORDS[rest[:-2]]
    return None


def loanwords_to_msa(text: str) -> str:
    """`text` with its French loanwords in Arabic letters replaced by the guide's words (others kept); `text`
    itself when it has none."""
    joined = joined_loans(text)
    out, found = [], joined != text
    for token in joined.split():
        core = token.strip("؟?!.,،")
        replaced = loanword(normalize_arabic(core))
        found = found or replaced is not None
        out.append(replaced or core)
    return " ".join(out) if found else text
