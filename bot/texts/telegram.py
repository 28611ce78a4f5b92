"""What the Telegram channel says (onboarding, commands, privacy, /forget, the command menu), ar and fr.

Texts are plain: the renderer escapes them for Telegram's HTML.
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # onboarding ---------------------------------------------------------------------------------
    "welcome": {
        "ar": "مرحبا! أنا رفيق، المساعد الآلي لمكوّني المساق (ولست شخصا). أجيب عن أسئلتك حول دليل المكوّن "
              "والجدول الزمني مع ذكر المصدر، وأحيل ما لا أعرفه على مؤطر(ة).\n\n"
              "لأتذكر لغتك ومركزك وفوجك، أحتفظ ببعض المعطيات عنك (التفاصيل: /privacy، والحذف في أي وقت: /forget). "
              "هل توافق؟\n\nيمكنك طرح سؤالك الآن مباشرة، حتى قبل إكمال هذه الخطوات.",
        "fr": "Bonjour ! Je suis Rafiq, l'assistant automatique des formateurs du MOOC (pas une personne). "
              "Je réponds à vos questions sur le guide du formateur et le calendrier en citant la source, "
              "et je transmets à un tuteur ce que je ne sais pas.\n\n"
              "Pour retenir votre langue, votre centre et votre cohorte, je garde quelques données vous concernant "
              "(détails : /privacy ; suppression à tout moment : /forget). Êtes-vous d'accord ?\n\n"
              "Vous pouvez aussi poser votre question tout de suite, sans attendre la fin de ces étapes.",
    },
    "consent_yes": {"ar": "✅ أوافق", "fr": "✅ J'accepte"},
    "consent_no": {"ar": "لا، شكرا", "fr": "Non merci"},
    "consent_declined": {
        "ar": "مفهوم: لن أحتفظ بمركزك ولا بفوجك ولن أرسل لك تذكيرات. أسئلتك تبقى محفوظة (بعد إخفاء الأرقام "
              "والعناوين) لأجيبك ولكي يتابعها المؤطرون، ويمكنك حذفها في أي وقت: /forget",
        "fr": "Entendu : je ne garde ni votre centre ni votre cohorte, et je ne vous enverrai pas de rappels. "
              "Vos questions restent enregistrées (numéros et adresses masqués) pour vous répondre et pour que les "
              "tuteurs puissent les reprendre ; /forget les efface à tout moment.",
    },
    "choose_lang": {
        "ar": "بأي لغة تفضل أن أجيبك؟ · Dans quelle langue voulez-vous mes réponses ?",
        "fr": "Dans quelle langue voulez-vous mes réponses ? · بأي لغة تفضل أن أجيبك؟",
    },
    # the language buttons name each language in itself
    "choose_lang_ar": {"ar": "العربية", "fr": "العربية"},
    "choose_lang_fr": {"ar": "Français", "fr": "Français"},
    "lang_set": {"ar": "حسنا، سأجيبك بالعربية.", "fr": "Très bien, je vous répondrai en français."},
    "choose_centre": {"ar": "في أي مركز تعمل(ين)؟", "fr": "Dans quel centre exercez-vous ?"},
    "centre_other": {"ar": "مركز آخر", "fr": "Autre centre"},
    "choose_cohort": {"ar": "ما هو فوجك في المساق؟", "fr": "Quelle est votre cohorte dans le MOOC ?"},
    "cohort_other": {"ar": "فوج آخر / لا أعرف", "fr": "Autre / je ne sais pas"},
    "onboarding_done": {"ar": "شكرا، تم تسجيل اختياراتك.", "fr": "Merci, c'est noté."},
    "welcome_back": {
        "ar": "مرحبا من جديد! اطرح سؤالك مباشرة، أو اكتب /help لرؤية الأوامر. لتغيير اللغة: /lang",
        "fr": "Bon retour ! Posez directement votre question, ou tapez /help pour voir les commandes. "
              "Pour changer de langue : /lang",
    },
    # commands -----------------------------------------------------------------------------------
    "help": {
        "ar": "اكتب سؤالك كما هو (بالعربية أو الفرنسية أو الدارجة) وسأجيبك مع ذكر المصدر.\n\n"
              "/ask سؤالك — طرح سؤال\n/calendar — الجدول الزمني للمساق\n/next — الأجل أو الحصة المقبلة\n"
              "/tutor — التواصل مع مؤطر(ة) بشري(ة)\n/lang — تغيير لغة الأجوبة\n"
              "/reminders_on و /reminders_off — تفعيل التذكيرات أو إيقافها\n"
              "/privacy — ما أحتفظ به عنك\n/forget — حذف معطياتك\n/start — البداية من جديد",
        "fr": "Écrivez votre question telle quelle (en arabe, en français ou en darija) : je réponds en citant "
              "la source.\n\n/ask votre question — poser une question\n/calendar — le calendrier du MOOC\n"
              "/next — la prochaine échéance ou classe virtuelle\n/tutor — parler à un tuteur humain\n"
              "/lang — changer la langue des réponses\n"
              "/reminders_on et /reminders_off — activer ou couper les rappels\n"
              "/privacy — ce que je garde sur vous\n/forget — effacer vos données\n/start — recommencer",
    },
    "ask_usage": {
        "ar": "اكتب سؤالك بعد الأمر، مثلا: /ask ما هو التقويم التكويني؟",
        "fr": "Écrivez votre question après la commande, par exemple : /ask Comment préparer une séance ?",
    },
    "tutor_usage": {
        "ar": "اكتب سؤالك للمؤطر(ة) بعد الأمر، مثلا: /tutor لم أتمكن من إيداع عملي",
        "fr": "Écrivez votre question pour le tuteur après la commande, par exemple : "
              "/tutor je n'arrive pas à déposer mon travail",
    },
    "no_calendar": {
        "ar": "الجدول الزمني غير متوفر حاليا. اسأل مؤطرك: /tutor",
        "fr": "Le calendrier n'est pas disponible pour l'instant. Demandez à votre tuteur : /tutor",
    },
    "text_only": {
        "ar": "لا أقرأ إلا الرسائل المكتوبة حاليا. اكتب سؤالك من فضلك.",
        "fr": "Je ne lis que les messages écrits pour l'instant. Écrivez votre question, s'il vous plaît.",
    },
    "unknown_command": {
        "ar": "لا أعرف هذا الأمر. اكتب /help لرؤية الأوامر، أو اطرح سؤالك مباشرة.",
        "fr": "Je ne connais pas cette commande. Tapez /help pour la liste, ou posez directement votre question.",
    },
    "tutor_sent": {"ar": "أُحيل سؤالك على مؤطر(ة).", "fr": "Question transmise à un tuteur."},
    "not_yours": {"ar": "هذا الزر ليس لك.", "fr": "Ce bouton ne vous concerne pas."},
    "expired": {"ar": "لم يعد هذا الزر صالحا.", "fr": "Ce bouton n'est plus valable."},
    # privacy ------------------------------------------------------------------------------------
    "privacy": {
        "ar": "🔒 معطياتك مع رفيق\n\n"
              "ما أحتفظ به: معرّفك واسمك على تيليغرام، لغتك، مركزك وفوجك إن اخترتهما، موافقتك، اختيارك للتذكيرات، "
              "أسئلتك (بعد إخفاء أرقام الهاتف والعناوين الإلكترونية) وأجوبتي ورأيك فيها، والأسئلة المحالة على المؤطرين.\n"
              "لماذا: لأجيبك بلغتك، ولأحيل أسئلتك على مؤطر(ة) وأوصل لك جوابه، ولأرسل التذكيرات إن طلبتها، "
              "ولنعرف ما ينقص الدليل (إحصاءات دون أسماء).\n"
              "إلى متى: ما دمت تستعمل رفيق خلال التكوين، إلى أن تطلب الحذف.\n"
              "من يطلع عليها: مؤطرو المساق ومنسقوه فقط، عند معالجة الأسئلة المحالة وفي الإحصاءات. لا تُباع ولا تُنشر.\n"
              "حذف كل شيء: /forget",
        "fr": "🔒 Vos données avec Rafiq\n\n"
              "Ce que je garde : votre identifiant et votre nom Telegram, votre langue, votre centre et votre cohorte si "
              "vous les avez choisis, votre accord, votre choix pour les rappels, vos questions (numéros de téléphone et "
              "adresses e-mail masqués), mes réponses et votre avis, et les questions transmises aux tuteurs.\n"
              "Pourquoi : pour vous répondre dans votre langue, transmettre vos questions à un tuteur et vous relayer sa "
              "réponse, vous envoyer des rappels si vous le demandez, et savoir ce qui manque au guide (statistiques "
              "sans noms).\n"
              "Combien de temps : tant que vous utilisez Rafiq pendant la formation, jusqu'à ce que vous demandiez "
              "l'effacement.\n"
              "Qui les voit : seulement les tuteurs et les coordinateurs du MOOC, pour traiter les questions transmises "
              "et dans les statistiques. Elles ne sont ni vendues ni publiées.\n"
              "Tout effacer : /forget",
    },
    # forget -------------------------------------------------------------------------------------
    "forget_explain": {
        "ar": "سأحذف كل ما أحتفظ به عنك: ملفك (اللغة، المركز، الفوج، الموافقة، التذكيرات)، سجل أسئلتك وأجوبتي، "
              "آراءك، الرسائل التي لم تُرسل بعد، ومتابعتك للأسئلة المحالة؛ وتُمحى أسئلتك من التذكرات لدى المؤطرين. "
              "لا يمكن التراجع عن ذلك. هل تؤكد؟",
        "fr": "Je vais effacer tout ce que je garde sur vous : votre profil (langue, centre, cohorte, accord, rappels), "
              "l'historique de vos questions et de mes réponses, vos avis, les messages pas encore envoyés et votre "
              "suivi des questions transmises ; le texte de vos questions est retiré des tickets des tuteurs. "
              "C'est définitif. Confirmez-vous ?",
    },
    "forget_yes": {"ar": "🗑 نعم، احذف معطياتي", "fr": "🗑 Oui, tout effacer"},
    "forget_no": {"ar": "إلغاء", "fr": "Annuler"},
    "forget_done": {
        "ar": "تم حذف معطياتك. إذا كتبت لي من جديد فسأبدأ معك من الصفر.",
        "fr": "Vos données sont effacées. Si vous m'écrivez à nouveau, je repartirai de zéro.",
    },
    "forget_cancelled": {"ar": "حسنا، لم أحذف شيئا.", "fr": "D'accord, rien n'a été effacé."},
    # command menu -------------------------------------------------------------------------------
    "cmd_start": {"ar": "البداية والتعريف برفيق", "fr": "Démarrer et découvrir Rafiq"},
    "cmd_help": {"ar": "كيف أستعمل رفيق", "fr": "Comment utiliser Rafiq"},
    "cmd_ask": {"ar": "طرح سؤال", "fr": "Poser une question"},
    "cmd_calendar": {"ar": "الجدول الزمني للمساق", "fr": "Le calendrier du MOOC"},
    "cmd_next": {"ar": "الأجل أو الحصة المقبلة", "fr": "La prochaine échéance ou classe virtuelle"},
    "cmd_tutor": {"ar": "التواصل مع مؤطر(ة)", "fr": "Parler à un tuteur"},
    "cmd_lang": {"ar": "تغيير اللغة", "fr": "Changer de langue"},
    "cmd_privacy": {"ar": "ما أحتفظ به عنك", "fr": "Ce que je garde sur vous"},
    "cmd_forget": {"ar": "حذف معطياتي", "fr": "Effacer mes données"},
    "cmd_reminders_on": {"ar": "تفعيل التذكيرات", "fr": "Activer les rappels"},
    "cmd_reminders_off": {"ar": "إيقاف التذكيرات", "fr": "Couper les rappels"},
}
