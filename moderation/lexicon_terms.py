"""Word lists for the spam and distress cues: (cue name, weight, terms), in French, Arabic, Darija and Arabizi.

Insults, slurs and threats live in `abuse_terms` (matched whatever their spelling by `moderation.abuse`).

Kept modest on purpose: a term is here only when it is a high-precision cue in a teacher-training
forum. Weights are probabilities combined by noisy-or with the n-gram model, so a weak cue (0.2-0.45)
never decides alone and a strong one (>= 0.8) does. Terms are written naturally; they are normalized
like the messages (lowercase, accents and hamza dropped, ة -> ه, ى -> ي) when compiled. A space
matches any run of spaces or apostrophes (or none), so "ما بقيتش" also matches "مابقيتش".
"""
from __future__ import annotations

SPAM = [
    ("ready_made_work", 0.75, [
        "rapport pret", "rapports prets", "rapport de stage pret", "rapports de stage prets",
        "memoire pret", "memoires prets", "memoire de fin d'etudes pret", "travaux prets", "fiches pretes",
        "devoirs faits", "je fais vos devoirs", "on fait vos devoirs", "je redige vos rapports",
        "تقارير جاهزه", "تقرير جاهز", "بحوث جاهزه", "بحث جاهز", "مذكرات جاهزه", "مذكره جاهزه",
        "جذاذات جاهزه", "rapport wajed", "rapports wajdin", "rapport wajd", "rapoport wajed",
    ]),
    ("money_bait", 0.6, [
        "paris sportifs", "bonus de bienvenue", "casino en ligne", "pret entre particuliers", "credit rapide",
        "مراهنات رياضيه", "كازينو", "قروض بين الافراد", "قرض سريع", "كريدي سريع", "casino online",
        "gagner de l'argent", "gagnez de l'argent", "revenu passif", "investissement garanti",
        "profit garanti", "gain garanti", "argent facile", "travail a domicile", "devenir riche",
        "ربح مضمون", "اربح المال", "ربح المال", "الربح السريع", "دخل اضافي", "العمل من المنزل",
        "flous sahlin", "rbe7 mdmoun", "rba7 mdmoun",
    ]),
    ("sale", 0.35, [
        "followers", "abonnes et des likes", "فولوورز", "المتابعين والاعجابات", "commission sur chaque",
        "عموله على كل", "commission 3la kol",
        "a vendre", "prix imbattable", "prix promo", "offre limitee", "livraison gratuite",
        "paiement a la livraison", "cliquez ici", "inscrivez-vous vite", "places limitees",
        "للبيع", "بثمن مناسب", "ثمن مناسب", "عرض خاص", "عرض محدود", "التوصيل مجاني", "الدفع عند الاستلام",
        "اضغط هنا", "b taman mounasib", "taman mounasib", "lbi3", "forex", "crypto", "bitcoin",
    ]),
    ("contact_bait", 0.25, [
        "whatsapp", "whatsap", "watsap", "wtsp", "watsapp", "واتساب", "واتس", "الواتساب", "contactez-moi en prive",
        "contactez nous", "ecrivez-moi en prive", "inbox", "en mp", "تواصل معي", "تواصلوا معنا",
        "راسلني على الخاص", "tawasel m3aya", "tawasl m3aya", "sifet liya f lkhas",
    ]),
]

DISTRESS = [
    ("suicidal", 0.9, [
        "ساضع حدا لكل شيء", "اضع حدا لكل شيء", "ساضع حدا لحياتي", "me laisser mourir", "mourir serait un soulagement", "ne veux plus exister", "lettre d'adieu",
        "نسالي مع حياتي", "نسالي مع راسي", "nsali m3a 7yati", "nsali m3a rasi", "رساله وداع", "رساله الوداع",
        "risalat lwada3", "لن تروني بعد اليوم", "ما غاديش تشوفوني", "maghadich tchoufouni", "afkar dyal nti7ar",
        "envie de mourir", "je veux mourir", "veux mourir", "voudrais mourir", "aimerais mourir",
        "prefere mourir", "en finir avec la vie", "en finir avec ma vie", "en finir avec tout",
        "mettre fin a mes jours", "mettre fin a ma vie", "me suicider", "veux me tuer",
        "me foutre en l'air", "plus envie de vivre", "n'en peux plus de vivre", "ne veux plus vivre",
        "veux plus vivre", "plus la force de vivre", "aucune raison de vivre", "plus de raison de vivre",
        "pensees suicidaires", "idees suicidaires", "envie de me tuer", "vais me tuer", "mieux sans moi", "personne ne me regrettera",
        "me jeter sous", "me jeter par la fenetre", "sauter du pont", "dormir pour toujours",
        "اريد ان اموت", "اريد الموت", "اتمنى الموت", "اتمنى ان اموت", "بغيت نموت", "باغي نموت",
        "بغيت نتحر", "ننتحر", "نقتل راسي", "نقتل نفسي", "اقتل نفسي", "انهي حياتي",
        "انهاء حياتي", "اضع حدا لحياتي", "ما بقيتش باغي نعيش", "ما بقيتش بغيت نعيش", "ما بغيتش نعيش",
        "لم اعد اريد العيش", "لا اريد العيش", "لا اريد ان اعيش", "لا اريد ان احيا", "افكار انتحاريه",
        "نفكر في الانتحار", "افكر في الانتحار", "كنفكر نتحر", "غيرتاحو مني", "سيرتاحون مني",
        "bghit nmout", "baghi nmout", "bghit nmot", "bghit nmut", "bghit nmout", "bghit nt7ar",
        "bghit ntta7er", "nenta7er", "nentahar", "n9tel rasi", "nqtel rasi", "nktel rassi", "n9tel rassi",
        "mab9itch baghi n3ich", "mabqitch baghi n3ich", "mab9itch bghit n3ich", "ma bghitch n3ich",
        "mabghitch n3ich", "makayn lach n3ich", "ghadi yrtaho menni", "nmout w nertah",
        # said by a woman ("ما بقيتش باغية نعيش" got the encouragement of a hard time with the course, a newcomer)
        "ما بقيتش باغيه نعيش", "ما بقيتش باغيا نعيش", "باغيه نموت", "بغيت نموت", "mab9itch baghya n3ich",
        "mab9itch baghia n3ich", "mabqitch baghya n3ich", "ma b9itch baghya n3ich", "baghya nmout", "baghia nmout",
        "je veux plus vivre", "j'ai plus envie de vivre",
    ]),
    ("self_harm", 0.85, [
        "me suis entaille", "blesse volontairement", "blessee volontairement", "coupe les bras",
        "me faire saigner", "pris trop de comprimes", "avale toute la boite", "trop de medicaments",
        "جرحت معصمي", "جرحت يدي عمدا", "اوذي جسدي", "ابتلعت علبه", "شربت بزاف ديال الدوا", "بلعت الدوا",
        "كميه كبيره من الدواء", "jre7t yddi", "chrebt bzaf dyal dwa", "bl3t dwa",
        "me faire du mal", "me scarifier", "me couper les veines", "je me coupe", "je me suis coupe",
        "اذي نفسي", "اوذي نفسي", "نأذي راسي", "نجرح راسي", "نجرح يدي", "نقطع عروقي", "nejre7 rasi",
        "n2adi rasi", "nadi rasi", "n9te3 3rou9i",
    ]),
    ("hopeless", 0.6, [
        "adieu a tous", "وداعا للجميع", "achete une corde", "شريت الحبل", "اشتريت حبلا", "chrit l7bel",
        "la vie n'a plus de sens", "ma vie n'a plus de sens", "a quoi bon vivre", "idees noires",
        "plus aucun espoir dans la vie", "je ne sers a rien sur terre", "un fardeau pour tout le monde",
        "لا معنى لحياتي", "حياتي بلا معنى", "الحياه ما بقاش عندها معنى", "ما بقا عندي علاش نعيش",
        "لا فائده من حياتي", "عبء على الجميع", "7yati bla ma3na", "hyati bla ma3na", "7yati ma fiha ma3na",
        "ma b9a 3ndi 3lach n3ich",
        # beyond the course ("je ne sais pas si ça vaut encore la peine de continuer… ni le MOOC ni le reste" got a
        # choice of guide pages, a newcomer)
        "ni le mooc ni le reste", "ni la formation ni le reste", "a quoi bon continuer", "plus gout a rien",
        "plus envie de rien", "لا المساق ولا غيره", "ما بقا عندي خاطر لحتى شي حاجه", "ma b9a 3ndi khater l7ta chi haja",
    ]),
    ("topic_word", 0.3, ["suicide", "الانتحار", "انتحار", "nta7ar"]),
    ("suicide_verb", 0.6, ["suicider", "انتحر", "نتحر", "ntta7er"]),
]

LEXICONS = {"spam": SPAM, "distress": DISTRESS}
