"""The web API's own words, in Arabic and French (the Tutor's are in `bot.texts.chat`), and the lead-ins of a tutor's
answer relayed to a trainer who followed another's question (bot/relay.py)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "rate_limited_retry": {
        "ar": "وصلتنا رسائل كثيرة منك في وقت قصير. أعد المحاولة بعد {seconds} ثانية.",
        "fr": "Trop de messages en peu de temps. Réessayez dans {seconds} secondes.",
    },
    "web_privacy": {
        "ar": "🔒 معطياتك في هذه الصفحة\n\n"
              "ما أحتفظ به: أسئلتك (بعد إخفاء أرقام الهاتف والعناوين الإلكترونية) وأجوبتي ورأيك فيها، تحت معرّف محادثة "
              "تختاره هذه الصفحة عشوائيا (دون اسم)، والأسئلة المحالة على المؤطرين.\n"
              "لماذا: لأجيبك، ولأوصل لك جواب المؤطر(ة)، ولنعرف ما ينقص الدليل (إحصاءات دون أسماء).\n"
              "من يطلع عليها: مؤطرو المساق ومنسقوه فقط. لا تُباع ولا تُنشر.\n"
              "ويحفظ متصفحك آخر رسائل هذه المحادثة (30 رسالة) ليعرضها إذا أعدت تحميل الصفحة.\n"
              "حذف هذه المحادثة وأسئلتها (وما يحفظه المتصفح منها): ‎/forget‎",
        "fr": "🔒 Vos données sur cette page\n\n"
              "Ce que je garde : vos questions (numéros de téléphone et adresses e-mail masqués), mes réponses et votre "
              "avis, sous un identifiant de conversation tiré au hasard par cette page (aucun nom), et les questions "
              "transmises aux tuteurs.\n"
              "Pourquoi : vous répondre, vous relayer la réponse d'un tuteur, et savoir ce qui manque au guide (des "
              "chiffres sans noms).\n"
              "Qui les voit : les tuteurs et les coordinateurs du MOOC seulement. Elles ne sont ni vendues ni publiées.\n"
              "Votre navigateur garde aussi les derniers messages de cette conversation (30) pour les réafficher si vous "
              "rechargez la page.\n"
              "Effacer cette conversation et ses questions (et ce qu'en garde le navigateur) : /forget",
    },
    "web_forgotten": {
        "ar": "🗑 تم حذف هذه المحادثة وأسئلتك وأجوبتي. إذا كتبت لي من جديد فسأبدأ معك من الصفر.",
        "fr": "🗑 C'est effacé : cette conversation, vos questions et mes réponses. Si vous m'écrivez à nouveau, je "
              "repartirai de zéro.",
    },
    "web_forget_explain": {
        "ar": "سأحذف هذه المحادثة: أسئلتك وأجوبتي وآراءك فيها، والرسائل التي لم تصلك بعد، وتُمحى أسئلتك من الأسئلة "
              "المحالة على المؤطرين. لا يمكن التراجع عن ذلك.\nللتأكيد، اضغط الزر أو أرسل ‎{confirm}‎ ؛ وإلا فلا شيء "
              "يُحذف.",
        "fr": "J'effacerai cette conversation : vos questions, mes réponses et vos avis, les messages pas encore reçus, "
              "et vos questions dans les demandes transmises aux tuteurs. C'est définitif.\nPour confirmer, appuyez "
              "sur le bouton ou envoyez {confirm} ; sinon rien n'est effacé.",
    },
    "web_forget_cancelled": {
        "ar": "حسنا، لم أحذف شيئا: محادثتك وأسئلتك باقية كما هي. يمكنك حذفها متى شئت بالأمر /forget.",
        "fr": "D'accord, je n'ai rien effacé : votre conversation et vos questions restent telles quelles. Vous pourrez "
              "les effacer quand vous voudrez avec /forget.",
    },
    "web_language": {
        "ar": "حسنا، بالعربية. هذه الصفحة تحفظ اختيارك، وزرّا «العربية» و«Français» في أعلاها يغيّرانه.",
        "fr": "D'accord, en français. Cette page garde votre choix ; les boutons « العربية » et « Français » en haut "
              "le changent.",
    },
    "web_language_which": {
        "ar": "اكتب ‎/lang ar‎ للعربية أو ‎/lang fr‎ للفرنسية، أو استعمل الزرين أعلى الصفحة.",
        "fr": "Écrivez /lang fr pour le français ou /lang ar pour l'arabe, ou utilisez les boutons en haut de la page.",
    },
    "web_help": {
        "ar": "اكتب سؤالك كما يخطر لك (بالعربية أو الفرنسية أو الدارجة)، وسأجيبك من دليل المكوّن مع ذكر المصدر.\n"
              "/calendar — الجدول الزمني للمساق\n/next — الأجل أو الحصة المباشرة المقبلة\n"
              "تحت كل جواب، زر «اسأل مؤطرا» يحيل سؤالك على شخص، وجوابه يصلك في هذه الصفحة.",
        "fr": "Écrivez votre question comme elle vous vient (en français, en arabe ou en darija) : je réponds à partir du "
              "guide du formateur, en citant la source.\n/calendar — le calendrier du cours\n"
              "/next — la prochaine échéance ou classe virtuelle\n"
              "Sous chaque réponse, « Demander à un tuteur » transmet votre question à une personne ; sa réponse "
              "arrive sur cette page.",
    },
    # a tutor's answer (or its correction) to a trainer who joined another's question, or whose ticket was merged into
    # it: that question is not shown to them (bot/relay.py), so not "à votre question :" with nothing after the colon
    "tutor_answer_followed": {
        "ar": "🧑‍🏫 جواب المؤطر(ة) {tutor} عن السؤال الذي تتابعه:\n\n{answer}",
        "fr": "🧑‍🏫 Réponse de votre tuteur·rice {tutor} à la question que vous suiviez :\n\n{answer}",
    },
    "tutor_correction_followed": {
        "ar": "✏️ تصحيح من المؤطر(ة) {tutor} لجوابه(ا) عن السؤال الذي تتابعه:\n\n{answer}",
        "fr": "✏️ Correction de votre tuteur·rice {tutor} à sa réponse à la question que vous suiviez :\n\n{answer}",
    },
    # a bad query of GET /api/messages, a bad value in a console form or address (bot/channels/web/app.py): they were told
    # to send the JSON of /api/ask
    "invalid_query": {
        "ar": "الطلب غير صالح (المعاملات: {fields}). استدع GET ‎{shape}‎: ‏user معرّف المحادثة (من 16 إلى 128 حرفا لاتينيا "
              "أو رقما أو - أو _، وهو الذي يعيده ‎/api/ask‎)، وafter رقم آخر رسالة وصلتك، عدد صحيح يساوي 0 أو أكثر (0 في "
              "البداية).",
        "fr": "Requête invalide (paramètres : {fields}). Appelez GET {shape} : user est l'identifiant de la conversation "
              "(16 à 128 lettres latines, chiffres, - ou _, celui que renvoie /api/ask) et after l'id du dernier message "
              "reçu, un entier à partir de 0 (0 au début).",
    },
    "invalid_console": {
        "ar": "قيمة غير صالحة في الاستمارة أو في عنوان الصفحة (الحقول: {fields}). ارجع إلى الصفحة السابقة وصحّحها.",
        "fr": "Valeur invalide dans le formulaire ou l'adresse de la page (champs : {fields}). Revenez à la page "
              "précédente pour la corriger.",
    },
}
