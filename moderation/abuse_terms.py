"""Insults, slurs and threats in Darija (Arabic script and Arabizi), MSA and French, for `moderation.abuse`.

Each entry is (cue, weight, kind, terms). Terms are written once, naturally; the matcher folds both the
terms and the messages (digits used as letters 3/7/9/2/5/8, q = k = 9, repeated letters, letters split by
spaces, dots or dashes, a leading article l-/ال, a clitic و ف ب ل), so "7mar", "hmaaar", "h.m.a.r",
"l7mar" and "7 m a r" are one entry. `kind`:
- "noun": an insulting word that is also an ordinary word (an animal, "garbage", "crazy"): weak alone,
  strong when it is said *to* someone ("ya 7mar", "nta 7mar", "espèce d'idiot", "يا الحمار");
- "word": offensive in itself (vulgar insults, slurs, curses, threats): strong alone;
- "skeleton": like "word", and Latin spellings also match with their vowels ignored ("t9awed",
  "t9awd", "tqwed"; 3 = ع stays a consonant, so "9awa3id", rules, is not "9awad"): only for words whose consonants no ordinary word shares (checked on the Darija
  and French question sets; "hmar" is *not* one: "7mer" means red, "zamel" is not: "zamil" is a colleague).
The lists name words, never people. Weights combine by noisy-or with the models (see `moderation.lexicon`).
"""
from __future__ import annotations

ABUSE: list[tuple[str, float, str, list[str]]] = [
    # -- Darija and MSA, Arabizi spellings ----------------------------------------------------------
    ("insult", 0.3, "noun", [
        "7mar", "7mara", "7mir", "7mayr", "bghal", "bghla", "kelb", "kalb", "klb", "kelba", "klab", "kilab",
        "7ayawan", "hayawan", "7ayawana", "khanzir", "7allouf", "hallouf", "7louf", "9erd", "9ird", "qird",
        "zbel", "zbal", "khra", "khara",
    ]),
    ("insult", 0.45, "noun", [
        "bhima", "bhayem", "bhaym", "ghabi", "ghbi", "ghbia", "aghbiya", "berhouch", "brahch",
        "m3fen", "m3efen", "m3afen", "tafeh", "tafh", "khayeb", "mskh", "mesekh",
    ]),
    ("insult", 0.25, "noun", [  # also said fondly or of oneself ("kan7ma9 3la", "rani mhboul"): weak alone
        "mhboul", "m7boul", "mahboul", "m7bol", "mhbola", "7maq", "7m9", "7am9a", "hm9", "7mo9", "mjnoun",
        "mkhebbel", "mkhbbel", "chl7", "chle7", "chel7", "3robi", "3roubi", "terch", "m3ewwe9", "m3awe9",
    ]),
    ("insult", 0.45, "noun", [
        "cheffar", "chfar", "chefar", "chfara", "chefara", "chfarin", "kedab", "kddab", "kdab", "kdaba",
        "kdabin", "nassab", "nasab", "nsaba", "mnafe9", "mnafeq", "mrechi", "mrchi", "m3a9", "m3e9",
        "ma3tou9", "ma3touh", "mskhout", "meskhout", "mskhot", "m9ewed", "m9ewda", "mqawed", "bouzebal",
    ]),
    ("insult", 0.6, "skeleton", [
        "mkelakh", "mkellekh", "mklakh", "mkelkh", "mkelkhin", "mkelkha", "mwsekh", "mousakh", "mwskh",
        "mossakh", "khanez", "khanza", "7a9ir", "7a9ira", "7aqir", "haqir", "l7a9ir", "chmakri", "chmkar",
        "chmkara", "chemkar", "bouzbal", "mzbel", "7ayawanat",
    ]),
    ("vulgar_insult", 0.85, "skeleton", [
        "9a7ba", "9ahba", "qahba", "kahba", "q7ba", "9hba", "9wa7eb", "qwahb", "charmouta", "charmota",
        "sharmouta", "chermouta", "t9awed", "t9awd", "tqawed", "tqawd", "t9owed", "tkawed", "t9wed", "9wad",
        "qawad", "9awad", "t7wa", "t7owa", "thwa", "nikmok", "nikomok", "n7wik", "zamel l9a7ba", "t9ewwed",
        "mtnak", "mtenak", "mtnaka", "tnaka", "ttnaka", "n7wi", "mn7wi",
    ]),
    ("vulgar_insult", 0.85, "word", [
        "wld l9a7ba", "weld l9a7ba", "wlad l9wa7eb", "ould l9a7ba", "wld l7ram", "weld l7ram", "wlad l7ram",
        "nik mok", "n7wi mok", "mnyouk", "zebi", "zbi", "zobi", "zeb", "zok mok", "zok", "tfou 3lik", "tfo 3lik",
        "tfou 3likom", "tfou 3la", "yl3en bok", "yl3en mok", "yl3en dinek", "yl3en dinmok", "yl3en tabon",
        "l3en bok", "l3en dinek", "l3en mok", "yl3en walidik", "yl3en lwalidin", "tabon", "tbon",
        "wjeh n7es", "wjeh l9a7ba", "wjeh zbel", "wjeh lkelb", "wjeh zeb", "wjhek khra", "wjeh l3ar",
        "lah yn3el", "allah yn3el", "lah yl3en", "allah yl3en", "lah ynaal", "lah yakhd fik l7e9",
        "lah yakhod fik l7a9", "lah yjib lik lmout", "allah yjib lik lmout", "lah yhlkek",
        "tmout b lghder", "wld lihoudiya", "l3bid", "3bid", "l3wazza",
        "qlil l7ya", "9lil l7ya", "9lil l7chma", "bla 7chma", "bla 7ya", "7chouma 3lik", "7chma 3lik",
        "sed fmek", "sedd fommek", "sed foumek", "sker fmek",
    ]),
    ("death_wish", 0.6, "word", ["tmout", "tmoto", "tmouti", "nta mayet", "تموت", "تموتي", "تموتو"]),
    ("slur", 0.85, "word", [
        "zamel", "zaml", "zwamel", "zamal", "zmel", "3azi", "l3azi", "3azawa", "l3azawa", "3zawa",
    ]),
    ("threat", 0.85, "word", [
        "n9tlek", "n9telek", "nqtlek", "ghan9tlek", "ghadi n9tlek", "nhres lik rasek", "nhrres lik rasek",
        "nhres lik", "nkser lik rasek", "nkhsser lik wjhek", "nkhser lik wjhek", "ndrbek", "ghadi ndrbek",
        "nwerik chkoun ana", "nwarik chkoun ana", "ndbe7ek", "ndb7ek", "ghadi ndbe7ek", "n7r9ek", "n7r9 lik",
        "nfer9ek", "nkhserk", "nwrrik", "nwerrik", "n3ddbek",
    ]),
    ("contempt", 0.5, "word", ["skot", "sket", "skt", "ghber", "ghbar 3liya", "tfou", "tfo", "ma tswa walou",
                               "ma tswa 7ta 9erch", "ma tswach", "chkoun nta bach", "chkoun nti bach"]),
    # Arabic script (MSA and Darija) -------------------------------------------------------------------
    ("insult", 0.3, "noun", [
        "حمار", "حماره", "حمير", "بغل", "كلب", "كلبه", "كلاب", "حيوان", "خنزير", "حلوف", "قرد", "زبل", "زباله",
    ]),
    ("insult", 0.45, "noun", [
        "بهيمه", "بهايم", "بهائم", "غبي", "غبيه", "اغبياء", "برهوش", "معفن", "تافه", "وسخ", "شفار", "شفاره",
        "شفارين", "كذاب", "كذابين", "نصاب", "منافق", "مرشي", "معتوه", "مسخوط", "مقود", "مقوده", "حيوانات",
        "احمق", "حمقي", "وقح", "وقحه", "نذل", "انذال", "جبان", "خسيس", "دنيء", "قذر", "قذره", "متخلف",
        "متخلفين", "متخلفون",
    ]),
    ("insult", 0.6, "word", [
        "مكلخ", "مكلخه", "مكلخين", "موسخ", "موسخه", "خانز", "خانزه", "حقير", "حقيره", "شمكار", "شمكاره",
        "بوزبال", "منحط", "سافل", "سافله", "حثاله", "ساقط",
    ]),
    ("vulgar_insult", 0.85, "word", [
        "قحبه", "قحاب", "ولد القحبه", "بنت القحبه", "ولد الحرام", "ابن الحرام", "ابن الكلب", "شرموطه",
        "شرموط", "عاهره", "قواد", "تقود", "سير تقود", "تقاود", "تحوا", "سير تحوا", "زبي", "زك", "زك مك",
        "نيك مك", "نيكمك", "كس امك", "منيوك", "يلعن بوك", "يلعن دينك", "يلعن مك", "يلعن والديك",
        "يلعن دين مك", "تفو عليك", "تفو عليكم", "وجه القحبه", "وجه الزبل", "وجه الكلب", "سد فمك", "طيز",
        "متناك", "متناكه", "نحويك", "نحوي مك", "الله ينعل", "الله يلعن", "الله ياخد فيك الحق",
        "الله يجيب ليك الموت", "الله يهلكك", "قليل الحيا", "قليل الحشمه", "بلا حشمه", "حشومه عليك",
        "ولد اليهوديه", "العبيد", "عبيد", "لعنه الله عليك", "لعنه الله عليكم", "اللعنه عليك", "تبا لك",
        "تبا لكم", "سحقا لك", "عديم الفائده", "عديم الاحترام", "عديمي الكفاءه", "اتمني موتك",
    ]),
    ("slur", 0.85, "word", ["زامل", "زوامل", "العزي", "عزي", "عزاوه", "العزاوه"]),
    ("threat", 0.85, "word", [
        "نقتلك", "غادي نقتلك", "غانقتلك", "سأقتلك", "ساقتلك", "نهرس ليك راسك", "نكسر ليك راسك",
        "نهرس ليك", "نخسر ليك وجهك", "نضربك", "غادي نضربك", "نوريك شكون انا", "ساكسر راسك",
        "ساحطم وجهك", "نذبحك", "غادي نذبحك", "نحرقك", "نوريك", "نعذبك", "ساحطمك", "سانتقم منك",
    ]),
    ("contempt", 0.5, "word", ["سكت", "اسكت", "اخرس", "اصمت", "انقلع", "اغرب عن وجهي", "غبر", "تفو", "طفيليات",
                               "ما تسوا والو",
                               "ما كتسواش", "شكون نتا باش", "شكون نتي باش"]),
    # French ---------------------------------------------------------------------------------------------
    ("insult", 0.45, "noun", [
        "idiot", "idiote", "idiots", "imbecile", "imbeciles", "cretin", "cretine", "cretins", "debile",
        "debiles", "abruti", "abrutie", "abrutis", "bouffon", "bouffonne", "minable", "minables", "tocard",
        "guignol", "blaireau", "boloss", "con", "conne", "raclure", "enflure", "salaud", "salauds",
        "salopard", "merdeux", "gogol", "attarde", "attardes", "racaille", "racailles", "andouille",
    ]),
    ("insult", 0.25, "noun", [
        "clown", "naze", "nul", "nulle", "nuls", "nulles", "cons", "porc", "chien", "chienne", "ordure", "ordures", "fumier", "charogne",
        "mongol", "incapable", "incompetent", "parasite", "parasites", "vermine", "vermines", "ane", "demeure",
    ]),
    ("vulgar_insult", 0.85, "word", [
        "connard", "connards", "connasse", "salope", "salopes", "pute", "putes", "encule", "encules",
        "fils de pute", "ta gueule", "ferme ta gueule", "nique ta mere", "nique ta race", "ntm", "fdp",
        "batard", "batards", "va te faire foutre", "trou du cul", "sac a merde", "pouffiasse", "pauvre con",
        "grosse conne", "gros con", "sous-merde", "petasse", "va crever", "creve",
    ]),
    ("slur", 0.85, "word", [
        "bougnoule", "bougnoules", "youpin", "youpins", "negro", "negros", "sale negre", "pede", "pedes",
        "tapette", "tarlouze", "sale arabe", "sales arabes", "sale juif", "sales juifs", "sale noir",
        "sales noirs", "sale bicot", "bicot", "retourne dans ton pays", "rentre chez toi sale",
    ]),
    ("threat", 0.85, "word", [
        "casser la gueule", "je t'eclate", "te defoncer", "te faire la peau", "je vais te tuer", "je te tue",
        "je vais te buter", "t'es mort", "tu es mort",
    ]),
    ("contempt", 0.35, "word", [
        "ferme la", "ferme-la", "tais toi", "degage", "degagez", "casse toi", "nul a chier", "de merde",
        "sous-hommes", "sous-homme", "tu vas souffrir",
    ]),
]

# Said *to* someone: a "noun" right after one of these is strong. Darija: "ya 7mar", "nta ghir mkelakh",
# "a l7mar" / "wa l7mar" (the bare "a", "wa", "آ" only before the article: "wa" is also "and");
# French: "t'es qu'un con", "espèce d'idiot", "bande d'abrutis", "sale chien" (articles may come between).
DARIJA_VOCATIVES = frozenset("ya nta nti ntia ntaya ntouma ntoma ntuma rak raki rakom".split())
ARABIC_VOCATIVES = frozenset("يا انت انتي انتم انتما نتا نتي نتيا نتوما راك راكي راكم".split())
ARTICLE_VOCATIVES = frozenset({"a", "wa", "ا", "وا"})
DARIJA_FILLERS = frozenset({"ghir", "gha", "wahd", "wahed", "chi", "غير", "واحد", "شي"})
FRENCH_MARKERS = frozenset({"es", "etes", "sale", "sales", "espece", "bande", "pauvre"})
FRENCH_PAIRS = frozenset({("tu", "es"), ("t", "es"), ("vous", "etes")})
FRENCH_FILLERS = frozenset("un une des de d le la l qu que n vraiment qu'un".split())
# About someone: "had lformateur 7mar", "هاد المكون حمار", "ce tuteur est un âne" (weaker than said to them;
# a Latin person word may carry the article: "lformateur").
PERSON_WORDS = frozenset(
    "formateur formatrice tuteur tutrice prof professeur ostad ostada coordinateur coordinatrice mokawin "
    "mokawina mou2atir encadrant directeur stagiaire collegue wazir ministre houwa hiya huwa "
    "هو هي المكون المكونه المؤطر المؤطره الاستاذ الاستاذه المدير المنسق المتدرب الوزير".split())
PREDICATE_WEIGHT = 0.75
VOCATIVE_WEIGHT = 0.9
