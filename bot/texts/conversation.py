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
    "rest_hint": {"ar": "➕ لقراءة الباقي، اكتب «الباقي».", "fr": "➕ Pour lire la suite, écrivez « la suite »."},
}
