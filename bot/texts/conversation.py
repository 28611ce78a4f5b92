"""Rafiq's words in a conversation that are not answers from the guide: a language noted, which question, a complaint
heard, how to read the rest of a cut answer (the Tutor's other words are in `bot.texts.chat`)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "language_noted": {
        "ar": "حسنا، سأجيبك بالعربية. {keep}",
        "fr": "D'accord, je vous réponds en français. {keep}",
    },
    "language_kept_telegram": {
        "ar": "لتبقى هذه اللغة في كل أجوبتي: ‎/lang ar‎. ما سؤالك؟",
        "fr": "Pour garder cette langue dans toutes mes réponses : /lang fr. Quelle est votre question ?",
    },
    "language_kept_web": {
        "ar": "زر «العربية» أعلى الصفحة يحفظ هذا الاختيار. ما سؤالك؟",
        "fr": "Le bouton « Français » en haut de la page garde ce choix. Quelle est votre question ?",
    },
    "language_kept_ask": {"ar": "ما سؤالك؟", "fr": "Quelle est votre question ?"},
    "which_question": {
        "ar": "ما سؤالك؟ اكتبه في جملة (مثلا: «كيف أودع واجبي في المنصة؟») وسأجيبك من دليل المكوّن.",
        "fr": "Quelle est votre question ? Écrivez-la en une phrase (par exemple : « comment déposer mon devoir sur la "
              "plateforme ? ») et je vous réponds à partir du guide du formateur.",
    },
    "complaint_heard": {
        "ar": "أتفهم انزعاجك، وشكرا لأنك قلته. ما الذي لا يعمل: المنصة (الدخول، الفيديوهات، إيداع الواجب)، أو واجب، أو الجدول "
              "الزمني، أو أجوبتي؟ اكتبه لي في جملة وسأساعدك؛ ويمكن لمؤطر(ة) أيضا أن يتابع معك: اضغط على «اسأل مؤطرا».",
        "fr": "Je comprends votre agacement, et merci de le dire. Qu'est-ce qui ne marche pas : la plateforme (connexion, "
              "vidéos, dépôt), un devoir, le calendrier, ou mes réponses ? Dites-le-moi en une phrase et je vous aide ; "
              "un tuteur (une personne) peut aussi reprendre avec vous : appuyez sur « Demander à un tuteur ».",
    },
    "rest_hint": {"ar": "⏭ لقراءة الباقي، اكتب «الباقي».", "fr": "⏭ Pour lire la suite, écrivez « la suite »."},
    "how_i_work": {
        "ar": "لا، لا أستعمل ChatGPT ولا أي نموذج يكتب النصوص: أبحث في دليل المكوّن عن المقطع الذي يجيب عن سؤالك وأنقله كما "
              "هو مع ذكر قسمه، وأقرأ تواريخ المساق من جدوله الزمني. وحين لا أجد جوابا أكيدا، أحيل سؤالك على مؤطر(ة) بشري(ة).",
        "fr": "Non, je n'utilise ni ChatGPT ni aucun modèle qui rédige du texte : je cherche dans le guide du formateur le "
              "passage qui répond à votre question et je le cite tel quel, avec sa section ; les dates viennent du calendrier "
              "du MOOC. Quand je ne trouve pas de réponse sûre, je transmets votre question à un tuteur (une personne).",
    },
    "what_i_keep": {
        "ar": "أحتفظ بأسئلتك (بعد إخفاء أرقام الهاتف والعناوين الإلكترونية والأرقام الشخصية) وأجوبتي ورأيك فيها، والأسئلة "
              "المحالة على المؤطرين؛ لأجيبك، ولأوصل لك جواب المؤطر(ة)، ولنعرف ما ينقص الدليل (إحصاءات دون أسماء). لا يطلع عليها "
              "إلا مؤطرو المساق ومنسقوه، ولا تُباع ولا تُنشر. التفاصيل: ‎/privacy‎ ؛ وللحذف: ‎/forget‎.",
        "fr": "Je garde vos questions (numéros de téléphone, adresses e-mail et numéros personnels masqués), mes réponses et "
              "votre avis, et les questions transmises aux tuteurs : pour vous répondre, vous relayer la réponse d'un tuteur "
              "et savoir ce qui manque au guide (des chiffres sans noms). Seuls les tuteurs et les coordinateurs du MOOC les "
              "voient ; elles ne sont ni vendues ni publiées. Le détail : /privacy ; pour tout effacer : /forget.",
    },
    "good_news": {
        "ar": "مبروك، وشكرا لأنك شاركت هذا الخبر السار! 👍\n{next}\nإن كان لديك سؤال عن الخطوة الموالية، فأنا هنا.",
        "fr": "Bravo, et merci de partager cette bonne nouvelle ! 👍\n{next}\nUne question sur la suite ? Je suis là.",
    },
    "contact_masked": {
        "ar": "🔒 حجبت رقمك أو بريدك الإلكتروني في رسالتك: يجيبك المؤطرون هنا كتابة، ولا يتصلون بالهاتف.",
        "fr": "🔒 J'ai masqué votre numéro ou votre e-mail dans votre message : les tuteurs vous répondent ici, par écrit, "
              "et n'appellent pas.",
    },
    "not_understood_example": {"ar": "لنأخذ مثالا من الدليل:", "fr": "Prenons un exemple du guide :"},
    "not_understood_key": {"ar": "الأهم في نقاط:", "fr": "L'essentiel, point par point :"},
    "not_understood_other": {"ar": "الأهم، من زاوية أخرى يتناولها الدليل:", "fr": "L'essentiel, vu sous un autre angle dans "
                                                                              "le guide :"},
    "tutor_can_explain": {
        "ar": "لا يشرح الدليل هذا بطريقة أبسط؛ ويمكن لمؤطر(ة) أن يشرحه لك بطريقة أخرى: اضغط على «اسأل مؤطرا».",
        "fr": "Le guide ne l'explique pas plus simplement ; un tuteur peut vous l'expliquer autrement : touchez « Demander "
              "à un tuteur ».",
    },
    "not_understood_all_said": {
        "ar": "أعطيتك كل ما يقوله الدليل عن «{title}»، ولا يشرحه بطريقة أخرى. يمكن لمؤطر(ة) أن يشرحه لك بكلمات أخرى: اضغط "
              "على «اسأل مؤطرا».",
        "fr": "Je vous ai donné tout ce que le guide dit sur « {title} », et il ne l'explique pas autrement. Un tuteur peut "
              "vous l'expliquer avec d'autres mots : touchez « Demander à un tuteur ».",
    },
    "not_understood_options": {
        "ar": "عذرا، سأقولها بطريقة أبسط: سؤالك قد يخص أكثر من موضوع في الدليل، ولا أعرف بعد أيها تقصد. اكتب رقم الموضوع "
              "الذي يهمك:\n{options}\nإن لم يكن أي واحد منها، اكتب سؤالك بكلماتك، أو اضغط على «اسأل مؤطرا».",
        "fr": "Pardon, je le dis plus simplement : votre question peut toucher plusieurs sujets du guide, et je ne sais pas "
              "encore lequel vous intéresse. Écrivez le numéro du sujet qui vous intéresse :\n{options}\nSi aucun ne "
              "convient, écrivez votre question avec vos mots, ou touchez « Demander à un tuteur ».",
    },
    "not_understood_what": {
        "ar": "ما الذي لم يتضح لك؟ اكتبه لي في جملة (مثلا: «لم أفهم كيف أودع واجبي»)، وسأجيبك من دليل المكوّن؛ ويمكن لمؤطر(ة) "
              "أيضا أن يشرحه لك: اضغط على «اسأل مؤطرا».",
        "fr": "Qu'est-ce qui n'est pas clair ? Dites-le-moi en une phrase (par exemple : « je ne comprends pas comment "
              "déposer mon devoir »), et je vous réponds à partir du guide ; un tuteur peut aussi vous l'expliquer : "
              "touchez « Demander à un tuteur ».",
    },
    "example_not_in_guide": {
        "ar": "لا يعطي الدليل مثالا جاهزا عن «{title}»؛ وإليك ما يضيفه في هذا الموضوع:",
        "fr": "Le guide ne donne pas d'exemple tout fait sur « {title} » ; voici ce qu'il ajoute sur le sujet :",
    },
    "example_tutor": {
        "ar": "يمكن لمؤطر(ة) أن يقترح عليك مثالا: اضغط على «اسأل مؤطرا».",
        "fr": "Un tuteur peut vous en proposer un : touchez « Demander à un tuteur ».",
    },
    "example_given_again": {
        "ar": "هذا هو المثال الذي يقدّمه الدليل عن «{title}»، وقد ورد في جوابي:",
        "fr": "Voici l'exemple que donne le guide sur « {title} » ; il figurait déjà dans ma réponse :",
    },
    "example_others_tutor": {
        "ar": "لا يقدّم الدليل مثالا آخر؛ ويمكن لمؤطر(ة) أن يقترح عليك أمثلة أخرى: اضغط على «اسأل مؤطرا».",
        "fr": "Le guide n'en donne pas d'autre ; un tuteur peut vous en proposer d'autres : touchez « Demander à un tuteur ».",
    },
    "condolences": {
        "ar_f": ("أحر التعازي، والبقاء لله. اعتني بنفسك وبأهلك، فالمساق يمكنه أن ينتظر. إن صادف أجل واجب أو حصة مباشرة هذه "
              "الأيام، يمكن لمؤطر(ة) أن يراعي ذلك: اضغطي على «اسأل مؤطرا» لإخباره. وأنا هنا إن احتجتِ إلى شيء."),
        "ar": "أحر التعازي، والبقاء لله. اعتن بنفسك وبأهلك، فالمساق يمكنه أن ينتظر. إن صادف أجل واجب أو حصة مباشرة هذه "
              "الأيام، يمكن لمؤطر(ة) أن يراعي ذلك: اضغط على «اسأل مؤطرا» لإخباره. وأنا هنا إن احتجت إلى شيء.",
        "fr": "Toutes mes condoléances. Prenez soin de vous et des vôtres : le MOOC peut attendre. Si un devoir ou une "
              "classe virtuelle tombe pendant ces jours, un tuteur peut en tenir compte : touchez « Demander à un tuteur » "
              "pour le prévenir. Je reste là si vous avez besoin de quelque chose.",
    },
}
