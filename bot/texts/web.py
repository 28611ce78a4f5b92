"""The web API's own words, in Arabic and French (the Tutor's are in `bot.texts.chat`)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "rate_limited_retry": {
        "ar": "وصلتنا رسائل كثيرة منك في وقت قصير. أعد المحاولة بعد {seconds} ثانية.",
        "fr": "Trop de messages en peu de temps. Réessayez dans {seconds} secondes.",
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
}
