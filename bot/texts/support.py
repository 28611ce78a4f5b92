"""Texts of the socio-cognitive role (encouragement, one small step, reflection, offer to connect) and
the one distress reply every channel gives, in Arabic and French.

Emergency numbers: Morocco's Protection civile (15) and SAMU (141).
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # empathy, one per state -------------------------------------------------------------------
    "discouraged_empathy": {
        "ar_f": "شكرا لأنك أخبرتني. الإحساس بالإحباط شائع في المساقات المفتوحة، خاصة حين تتراكم الأعمال، ولا يقلل من قيمتك: لقد قطعتِ جزءا من الطريق.",
        "ar": "شكرا لأنك أخبرتني. الإحساس بالإحباط شائع في المساقات المفتوحة، خاصة حين تتراكم الأعمال، ولا يقلل من قيمتك: لقد قطعت جزءا من الطريق.",
        "fr": "Merci de me le dire. Le découragement est fréquent dans un MOOC, surtout quand le travail s'accumule, et il ne dit rien de votre valeur : vous avez déjà fait une partie du chemin.",
    },
    "anxious_empathy": {
        "ar_f": "أفهم أن هذا يقلقكِ. الشعور بالضغط قبل الآجال أمر طبيعي، وكثيرات وكثيرون من المكوّنين يمرون به.",
        "ar": "أفهم أن هذا يقلقك. الشعور بالضغط قبل الآجال أمر طبيعي، وكثير من المكوّنين يمرون به.",
        "fr": "Je comprends que cela vous inquiète. Ressentir de la pression avant une échéance est normal, et beaucoup de formateurs passent par là.",
    },
    "isolated_empathy": {
        "fr_f": "Se sentir seule derrière son écran est fréquent en formation à distance, et les échanges avec la cohorte aident beaucoup.",
        "ar": "الإحساس بالوحدة وراء الشاشة شائع في التكوين عن بعد، والتبادل مع الفوج يساعد كثيرا.",
        "fr": "Se sentir seul derrière son écran est fréquent en formation à distance, et les échanges avec la cohorte aident beaucoup.",
    },
    "overloaded_empathy": {
        "fr_f": "Le MOOC s'ajoute à un métier déjà chargé : c'est normal de se sentir débordée.",
        "ar_f": "المساق يضاف إلى عمل مثقل أصلا، فمن الطبيعي أن تشعري بكثرة الأعباء.",
        "ar": "المساق يضاف إلى عمل مثقل أصلا، فمن الطبيعي أن تشعر بكثرة الأعباء.",
        "fr": "Le MOOC s'ajoute à un métier déjà chargé : c'est normal de se sentir débordé.",
    },
    "confused_empathy": {
        "ar": "لا بأس، سأساعدك على تحديد موقعك.",
        "fr": "Pas de souci, je vous aide à vous repérer.",
    },
    "thanks_empathy": {
        "ar_f": "العفو! وشكرا لكِ على التزامك.",
        "ar": "العفو! وشكرا لك على التزامك.",
        "fr": "Avec plaisir ! Et merci à vous pour votre engagement.",
    },
    # one small next step ----------------------------------------------------------------------
    "discouraged_step": {
        "ar_f": "👣 خطوة صغيرة لليوم: افتحي النشاط الموالي فقط من الوحدة {n} وامنحي نفسك عشرين دقيقة، لا أكثر.",
        "ar": "👣 خطوة صغيرة لليوم: افتح النشاط الموالي فقط من الوحدة {n} وامنح نفسك عشرين دقيقة، لا أكثر.",
        "fr": "👣 Un petit pas pour aujourd'hui : ouvrez seulement la prochaine activité du module {n} et donnez-vous vingt minutes, pas plus.",
    },
    "anxious_step": {
        "ar_f": "👣 خطوة صغيرة: أعيدي قراءة تعليمات العمل القادم وضعي علامة على ما أنجزتِه؛ غالبا ما يتبقى أقل مما نظن.",
        "ar": "👣 خطوة صغيرة: أعد قراءة تعليمات العمل القادم وضع علامة على ما أنجزته؛ غالبا ما يتبقى أقل مما نظن.",
        "fr": "👣 Un petit pas : relisez la consigne du prochain travail et cochez ce qui est déjà fait ; il reste souvent moins à faire qu'on ne le croit.",
    },
    "isolated_step": {
        "ar_f": "👣 خطوة صغيرة: قدّمي نفسك في سطرين في خيط فوجك بالمنتدى، أو احضري الحصة المباشرة القادمة.",
        "ar": "👣 خطوة صغيرة: قدّم نفسك في سطرين في خيط فوجك بالمنتدى، أو احضر الحصة المباشرة القادمة.",
        "fr": "👣 Un petit pas : présentez-vous en deux lignes dans le fil de votre cohorte sur le forum, ou venez à la prochaine classe virtuelle.",
    },
    "overloaded_step": {
        "ar_f": "👣 خطوة صغيرة: اختاري مهمة واحدة من المساق لهذا الأسبوع، صاحبة أقرب أجل، وخصصي لها نصف ساعة في جدولك.",
        "ar": "👣 خطوة صغيرة: اختر مهمة واحدة من المساق لهذا الأسبوع، صاحبة أقرب أجل، وخصص لها نصف ساعة في جدولك.",
        "fr": "👣 Un petit pas : choisissez une seule tâche du MOOC pour cette semaine, celle dont l'échéance est la plus proche, et bloquez-lui une demi-heure dans votre agenda.",
    },
    "confused_step": {
        "ar_f": "👣 أنتِ الآن في الوحدة {n} «{title}»، المفتوحة إلى غاية {closes}. ابدئي بأول نشاط لم تنجزيه فيها.",
        "ar": "👣 أنت الآن في الوحدة {n} «{title}»، المفتوحة إلى غاية {closes}. ابدأ بأول نشاط لم تنجزه فيها.",
        "fr": "👣 Vous en êtes au module {n} « {title} », ouvert jusqu'au {closes}. Commencez par sa première activité non faite.",
    },
    "no_module_step": {
        "ar_f": "👣 خطوة صغيرة: ألقي نظرة على الجدول الزمني (/calendar) واختاري موعدا واحدا تركزين عليه.",
        "ar": "👣 خطوة صغيرة: ألق نظرة على الجدول الزمني (/calendar) واختر موعدا واحدا تركز عليه.",
        "fr": "👣 Un petit pas : jetez un œil au calendrier (/calendar) et choisissez une seule date sur laquelle vous concentrer.",
    },
    "step_deadline": {"ar": "📝 الأجل القادم: «{title}»، {when}.", "fr": "📝 Prochaine échéance : « {title} », {when}."},
    "step_live": {"ar": "🎥 {title} — {when}.", "fr": "🎥 {title} — {when}."},
    # reflection prompts, tied to the current module -------------------------------------------
    "reflect_label": {"ar": "🪞 للتأمل: ", "fr": "🪞 Pour réfléchir : "},
    "discouraged_reflect": {
        "ar": "ما الذي تعلمته إلى الآن في الوحدة {n} «{title}» ويمكن أن يفيدك في حصتك التكوينية القادمة؟",
        "fr": "Qu'avez-vous déjà appris dans le module {n} « {title} » qui pourrait servir dans votre prochaine séance de formation ?",
    },
    "anxious_reflect": {
        "ar": "في الوحدة {n} «{title}»، ما الذي تتقنه مسبقا ويمكنك الاعتماد عليه؟",
        "fr": "Dans le module {n} « {title} », qu'est-ce que vous maîtrisez déjà et sur quoi pouvez-vous vous appuyer ?",
    },
    "isolated_reflect": {
        "ar": "أي سؤال من الوحدة {n} «{title}» تود مناقشته مع زميل(ة)؟",
        "fr": "Quelle question du module {n} « {title} » aimeriez-vous discuter avec un ou une collègue ?",
    },
    "overloaded_reflect": {
        "ar": "في الوحدة {n} «{title}»، أي نشاط يفيد ممارستك كمكوّن أكثر من غيره؟",
        "fr": "Dans le module {n} « {title} », quelle activité apporte le plus à votre pratique de formateur ?",
    },
    "confused_reflect": {
        "ar": "ماذا تنتظر من الوحدة {n} «{title}» لحصصك التكوينية؟",
        "fr": "Qu'attendez-vous du module {n} « {title} » pour vos propres séances de formation ?",
    },
    "thanks_reflect": {
        "ar": "ما الفكرة التي ستحتفظ بها من الوحدة {n} «{title}»؟",
        "fr": "Quelle idée allez-vous retenir du module {n} « {title} » ?",
    },
    "generic_reflect": {
        "ar": "ما الذي تريد أن تجربه من هذا التكوين في حصصك القادمة؟",
        "fr": "Qu'aimeriez-vous essayer de cette formation dans vos prochaines séances ?",
    },
    # offer to connect -------------------------------------------------------------------------
    "peers_count": {
        "fr_f": "Vous n'êtes pas seule : {k} autres formateurs de votre cohorte ont exprimé quelque chose de semblable ces deux dernières semaines.",
        "ar_f": "لستِ وحدك: عبّر {k} من مكوّني فوجك عن شيء مشابه خلال الأسبوعين الأخيرين.",
        "ar": "لست وحدك: عبّر {k} من مكوّني فوجك عن شيء مشابه خلال الأسبوعين الأخيرين.",
        "fr": "Vous n'êtes pas seul : {k} autres formateurs de votre cohorte ont exprimé quelque chose de semblable ces deux dernières semaines.",
    },
    "peers_topics": {"ar": "سأل مكوّنون آخرون من فوجك عن مواضيع قريبة، يجيب عنها الدليل (اسألني عنها):",
                     "fr": "D'autres formateurs de votre cohorte ont posé des questions proches ; le guide y répond "
                           "(demandez-moi) :"},
    "support_again": {
        "fr_f": "Je vous entends. Vous n'avez pas à gérer cela seule : un tuteur (une personne) peut regarder avec vous ce qui reste à faire et ce qui peut attendre, délais compris. Appuyez sur « Demander à un tuteur » et je lui transmets votre message, ou posez-moi votre question sur le cours.",
        "ar_f": "أسمعكِ. لستِ مضطرة لمواجهة هذا وحدك: يمكن لمؤطر(ة) بشري(ة) أن يراجع معك ما تبقى وما يمكن تأجيله، بما في ذلك الآجال. اضغطي على «اسأل مؤطرا» وسأحيل رسالتك إليه، أو اكتبي لي سؤالك عن المساق.",
        "ar": "أسمعك. لست مضطرا(ة) لمواجهة هذا وحدك: يمكن لمؤطر(ة) بشري(ة) أن يراجع معك ما تبقى وما يمكن تأجيله، بما في ذلك الآجال. اضغط على «اسأل مؤطرا» وسأحيل رسالتك إليه، أو اكتب لي سؤالك عن المساق.",
        "fr": "Je vous entends. Vous n'avez pas à gérer cela seul(e) : un tuteur (une personne) peut regarder avec vous ce qui reste à faire et ce qui peut attendre, délais compris. Appuyez sur « Demander à un tuteur » et je lui transmets votre message, ou posez-moi votre question sur le cours.",
    },
    "offer": {
        "ar_f": "🤝 إن كان ذلك يفيدك: خيط فوجك في المنتدى{forum}، أو مؤطر(ة) بشري(ة): اكتبي «أريد مؤطرا».",
        "ar": "🤝 إن كان ذلك يفيدك: خيط فوجك في المنتدى{forum}، أو مؤطر(ة) بشري(ة): اكتب «أريد مؤطرا».",
        "fr": "🤝 Si cela peut vous aider : le fil de votre cohorte sur le forum{forum}, ou un tuteur (une personne) : écrivez « je veux un tuteur ».",
    },
    # a hard time with the course that moderation's model barely hears as distress: tutors were alerted
    "offer_alerted": {
        "ar": "🤝 نبّهت أيضا مؤطرا(ة) بشريا(ة).{availability}{meanwhile}",
        "fr": "🤝 J'ai aussi prévenu un tuteur (une personne).{availability}{meanwhile}",
    },
    # a tutor alerted on the forum: when they will write (`eta` from the working hours: " d'ici 1 h environ")
    "alerted_writes": {"ar": " سيكتب لك{eta}.", "fr": " Il ou elle vous écrira{eta}."},
    # the cohort's thread, only when its link is set (RAFIQ_COHORT_FORUM_URL): "the thread" alone said nowhere to go
    "meanwhile_thread": {"ar": " وإلى ذلك الحين: خيط فوجك في المنتدى{forum}.",
                         "fr": " D'ici là : le fil de votre cohorte sur le forum{forum}."},
    # "what do I do now?" right after the encouragement: the guide's advice on keeping pace (bot/after_reply.py)
    "keeping_pace_intro": {
        "ar": "إليك ما ينصح به الدليل لمواكبة الإيقاع، خطوة خطوة:",
        "fr": "Voici ce que le guide conseille pour tenir le rythme, pas à pas :",
    },
    "cohort_thread_link": {
        "ar": "🤝 خيط فوجك في المنتدى: {url}\nقدّم نفسك في جملة وقل أين وصلت: غيرك يعيش الشيء نفسه. وإن أردت شخصا، اكتب «أريد مؤطرا».",
        "fr": "🤝 Le fil de votre cohorte sur le forum : {url}\nPrésentez-vous en une phrase et dites où vous en êtes : d'autres vivent la même chose. Pour une personne, écrivez « je veux un tuteur ».",
    },
    "cohort_thread_intro": {
        "ar": "🤝 خيط فوجك في منتدى المساق على e-Takwine. ما يقوله الدليل عن المنتدى:",
        "fr": "🤝 Le fil de votre cohorte est sur le forum du MOOC, dans e-Takwine. Ce que le guide dit du forum :",
    },
    "cohort_thread_query": {  # the words the navigation page's forum paragraph is found by (not shown)
        "ar": "المنتدى يضم فضاء للإعلانات وموضوعا لكل مجزوءة وفضاء للتعاون بين المشاركين",
        "fr": "le forum comporte un espace d'annonces, un fil par module et un espace d'entraide",
    },
    "keeping_pace_query": {  # the words the page's advice is found by (not shown)
        "ar": "احجز فترتين أو ثلاثا منتظمة في أسبوعك وأخبر مؤطرك",
        "fr": "réserver deux ou trois créneaux réguliers dans la semaine et prévenir votre tuteur",
    },
    # thanks right after the distress reply: not "glad to help", the tutors are still on their way
    "thanks_after_caring_reply": {
        "ar_f": ("شكرا لكِ على ثقتك. فريق المؤطرين على علم وسيكتب لكِ أحدهم. اعتني بنفسك، ويمكنكِ أن تكتبي لي هنا في أي وقت.\n"
              "إذا شعرتِ بأنك في خطر، اتصلي بالرقم 15 أو 141، أو اقتربي من شخص تثقين به."),
        "ar": "شكرا لك على ثقتك. فريق المؤطرين على علم وسيكتب لك أحدهم. اعتن بنفسك، ويمكنك أن تكتب لي هنا في أي وقت.\n"
              "إذا شعرت بأنك في خطر، اتصل بالرقم 15 أو 141، أو اقترب من شخص تثق به.",
        "fr": "Merci de votre confiance. L'équipe des tuteurs est prévenue et l'un d'eux vous écrira. Prenez soin de vous : "
              "vous pouvez m'écrire ici à tout moment.\n"
              "Si vous vous sentez en danger, appelez le 15 ou le 141, ou rapprochez-vous d'une personne de confiance.",
    },
    # a message right after the caring reply that asks for someone or is distress again: not the generic hand-over
    # ("your request no. 4… about an hour"), not the same reply word for word; {emergency} is the caring reply's line
    # with the numbers (one text holds them)
    "alert_joined": {
        "ar_f": ("أنا هنا، وقد أضفت رسالتك إلى التنبيه (رقم {n}): المؤطرون يتابعونه قبل كل شيء آخر، وسيكتب لكِ أحدهم هنا في "
              "أقرب وقت. {availability}\n{emergency}\nيمكنكِ أن تواصلي الكتابة لي هنا."),
        "ar": "أنا هنا، وقد أضفت رسالتك إلى التنبيه (رقم {n}): المؤطرون يتابعونه قبل كل شيء آخر، وسيكتب لك أحدهم هنا في "
              "أقرب وقت. {availability}\n{emergency}\nيمكنك أن تواصل(ي) الكتابة لي هنا.",
        "fr": "Je suis là, et j'ai ajouté votre message à l'alerte (n° {n}) : les tuteurs la traitent avant tout le reste, "
              "et l'un d'eux vous écrira ici dès que possible. {availability}\n{emergency}\n"
              "Vous pouvez continuer à m'écrire ici.",
    },
    # distress: the chat's reply and the forum's private word to the author ------------------------
    "distress": {
        "fr_f": ("Je suis vraiment désolé que vous viviez cela, et merci de l'avoir écrit. Je suis Rafiq, un assistant automatique : je viens d'alerter l'équipe des tuteurs, des personnes. {availability}\n"
              "Si vous êtes en danger maintenant, appelez le 15 (Protection civile) ou le 141 (SAMU), ou allez tout de suite vers une personne de confiance près de vous.\n"
              "Vous comptez, et vous n'avez pas à traverser cela seule."),
        "ar_f": ("أنا آسف حقا لما تمرين به، وشكرا لأنكِ كتبتِ لي. أنا رفيق، مساعد آلي، وقد نبّهت الآن فريق المؤطرين. {availability}\n"
              "إذا كنتِ في خطر الآن، اتصلي بالرقم 15 (الوقاية المدنية) أو 141 (الإسعاف الطبي الاستعجالي SAMU)، أو توجّهي فورا إلى شخص تثقين به قريب منك.\n"
              "أنتِ مهمة، ولستِ وحدك في هذا."),
        "ar": "أنا آسف حقا لما تمر به، وشكرا لأنك كتبت لي. أنا رفيق، مساعد آلي، وقد نبّهت الآن فريق المؤطرين. {availability}\n"
              "إذا كنت في خطر الآن، اتصل بالرقم 15 (الوقاية المدنية) أو 141 (الإسعاف الطبي الاستعجالي SAMU)، أو توجّه فورا إلى شخص تثق به قريب منك.\n"
              "أنت مهم(ة)، ولست وحدك في هذا.",
        "fr": "Je suis vraiment désolé que vous viviez cela, et merci de l'avoir écrit. Je suis Rafiq, un assistant automatique : je viens d'alerter l'équipe des tuteurs, des personnes. {availability}\n"
              "Si vous êtes en danger maintenant, appelez le 15 (Protection civile) ou le 141 (SAMU), ou allez tout de suite vers une personne de confiance près de vous.\n"
              "Vous comptez, et vous n'avez pas à traverser cela seul(e).",
    },
}
