"""Texts of the messages Rafiq sends on its own initiative (reminders, digest, nudges, onboarding),
and of the reminder opt-in / opt-out, in Arabic and French. Each one says it comes from Rafiq."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # reminders ------------------------------------------------------------------------------
    "rem_deadline_early": {
        "ar": "🔔 تذكير من رفيق، المساعد الآلي للمساق\n"
              "آخر أجل لتسليم «{title}» (الوحدة {n}) هو {when}، بتوقيت المغرب.\n"
              "خطوة صغيرة اليوم تكفي لتتقدم: أعد قراءة التعليمات ودوّن فكرتك الأولى.",
        "fr": "🔔 Rappel de Rafiq, l'assistant automatique du MOOC\n"
              "Le travail « {title} » (module {n}) est à rendre {when}, heure du Maroc.\n"
              "Un petit pas aujourd'hui suffit pour avancer : relisez la consigne et notez votre première idée.",
    },
    "rem_deadline_today": {
        "ar": "🔔 تذكير من رفيق، المساعد الآلي للمساق\n"
              "اليوم آخر يوم لتسليم «{title}» (الوحدة {n})، إلى غاية الساعة {time} بتوقيت المغرب.\n"
              "أنت على وشك الوصول! إذا تعثرت في شيء فاكتب لي أو اطلب مؤطرا.",
        "fr": "🔔 Rappel de Rafiq, l'assistant automatique du MOOC\n"
              "Dernier jour pour rendre « {title} » (module {n}) : jusqu'à {time} aujourd'hui, heure du Maroc.\n"
              "Vous y êtes presque ! Si quelque chose vous bloque, écrivez-moi ou demandez un tuteur.",
    },
    "rem_live_day_before": {
        "ar": "🔔 تذكير من رفيق، المساعد الآلي للمساق\n"
              "🎥 {title}\n{when}، بتوقيت المغرب.{link}\n"
              "حضّر سؤالا واحدا تود طرحه، فهذه فرصة للتبادل مع فوجك.",
        "fr": "🔔 Rappel de Rafiq, l'assistant automatique du MOOC\n"
              "🎥 {title}\n{when}, heure du Maroc.{link}\n"
              "Préparez une question à poser : c'est le moment d'échanger avec votre cohorte.",
    },
    "rem_live_hour": {
        "ar": "🔔 تذكير من رفيق، المساعد الآلي للمساق\n"
              "🎥 {title}\nتبدأ {when}.{link}",
        "fr": "🔔 Rappel de Rafiq, l'assistant automatique du MOOC\n"
              "🎥 {title}\nC'est {when}.{link}",
    },
    "link_line": {"ar": "\nالرابط: {link}", "fr": "\nLien : {link}"},
    "opt_out_hint": {"ar": "لإيقاف هذه الرسائل: /reminders_off", "fr": "Ne plus recevoir ces messages : /reminders_off"},
    # weekly digest ----------------------------------------------------------------------------
    "digest_header": {"ar": "🗓️ أسبوعك في المساق — رسالة من رفيق، المساعد الآلي",
                      "fr": "🗓️ Votre semaine dans le MOOC — un message de Rafiq, l'assistant automatique"},
    "digest_coming": {"ar": "هذا الأسبوع:", "fr": "Cette semaine :"},
    "digest_nothing": {"ar": "لا يوجد أي أجل هذا الأسبوع: فرصة جيدة للتقدم على إيقاعك.",
                       "fr": "Rien d'urgent cette semaine : un bon moment pour avancer à votre rythme."},
    "digest_changed": {"ar": "ما الجديد:", "fr": "Ce qui a changé :"},
    "digest_footer": {"ar": "أسبوعا موفقا! الجدول كاملا: /calendar", "fr": "Bonne semaine ! Tout le calendrier : /calendar"},
    "item_deadline": {"ar": "• 📝 «{title}»: {when}", "fr": "• 📝 « {title} » : {when}"},
    "item_live": {"ar": "• 🎥 {title} — {when}", "fr": "• 🎥 {title} — {when}"},
    "item_module": {"ar": "• 📂 تُفتح الوحدة {n} «{title}»: {when}", "fr": "• 📂 Ouverture du module {n} « {title} » : {when}"},
    "changed_opened": {"ar": "• فُتحت الوحدة {n} «{title}».", "fr": "• Le module {n} « {title} » a ouvert."},
    "changed_moved": {"ar": "• تغيّر موعد «{title}»: أصبح {when}، بدلا من {before}.",
                      "fr": "• La date de « {title} » a changé : désormais {when}, au lieu de {before}."},
    "changed_added": {"ar": "• أضيف إلى الجدول: «{title}»، {when}.", "fr": "• Ajouté au calendrier : « {title} », {when}."},
    "changed_removed": {"ar": "• حُذف من الجدول: «{title}».", "fr": "• Retiré du calendrier : « {title} »."},
    "changed_none": {"ar": "• لا تغيير في الجدول الزمني.", "fr": "• Pas de changement dans le calendrier."},
    # nudges -----------------------------------------------------------------------------------
    "nudge": {
        "ar": "👋 السلام عليكم، معك رفيق، المساعد الآلي للمساق.\n"
              "مر بعض الوقت منذ زيارتك الأخيرة، ويمكنك الاستئناف في أي وقت.\n"
              "{missed}\n{coming}\n"
              "خطوة صغيرة للعودة: {step} وإذا كان لديك سؤال فاكتب لي هنا.",
        "fr": "👋 Bonjour, c'est Rafiq, l'assistant automatique du MOOC.\n"
              "Cela fait un moment, et vous pouvez reprendre quand vous voulez.\n"
              "{missed}\n{coming}\n"
              "Un petit pas pour reprendre : {step} Si vous avez une question, répondez-moi ici.",
    },
    "missed": {"ar": "منذ زيارتك الأخيرة: {items}.", "fr": "Depuis votre dernière visite : {items}."},
    "missed_nothing": {"ar": "لم يفتك شيء كبير، فالوقت مناسب للعودة.",
                       "fr": "Vous n'avez rien manqué d'important : c'est le bon moment pour revenir."},
    "missed_opened": {"ar": "فُتحت الوحدة {n}", "fr": "le module {n} a ouvert"},
    "missed_live": {"ar": "جرت «{title}»", "fr": "« {title} » a eu lieu"},
    "missed_deadline": {"ar": "مرّ أجل «{title}»", "fr": "l'échéance de « {title} » est passée"},
    "missed_more": {"ar": "و{k} مواعيد أخرى", "fr": "et {k} autres dates"},
    "coming_deadline": {"ar": "الموعد القادم: «{title}»، {when}.", "fr": "À venir : « {title} », {when}."},
    "coming_nothing": {"ar": "لا يوجد أجل قريب.", "fr": "Aucune échéance proche."},
    "nudge_step": {"ar": "افتح الوحدة {n} «{title}» واقرأ أول نشاط فيها، عشر دقائق تكفي.",
                   "fr": "ouvrez le module {n} « {title} » et lisez sa première activité, dix minutes suffisent."},
    "nudge_step_none": {"ar": "ألق نظرة على الجدول الزمني: /calendar", "fr": "jetez un œil au calendrier : /calendar"},
    # onboarding -------------------------------------------------------------------------------
    "onboarding": {
        "ar": "✅ لتبدأ بشكل جيد مع رفيق، المساعد الآلي للمساق:\n"
              "1. اكتب لي بالعربية أو بالفرنسية (أو بالدارجة): أجيبك بلغتك.\n"
              "2. {reminders}\n"
              "3. قدّم نفسك في سطرين في خيط فوجك بالمنتدى{forum}.\n"
              "4. {module}\n"
              "5. {deadline}\n"
              "6. اسألني في أي وقت؛ ⁦/calendar⁩ و ⁦/next⁩ للمواعيد، واكتب «أريد مؤطرا» للتواصل مع شخص، و ⁦/privacy⁩ لمعطياتك.",
        "fr": "✅ Pour bien démarrer avec Rafiq, l'assistant automatique du MOOC :\n"
              "1. Écrivez-moi en arabe ou en français (ou en darija) : je réponds dans votre langue.\n"
              "2. {reminders}\n"
              "3. Présentez-vous en deux lignes dans le fil de votre cohorte sur le forum{forum}.\n"
              "4. {module}\n"
              "5. {deadline}\n"
              "6. Posez-moi vos questions à tout moment ; /calendar et /next pour les dates, « je veux un tuteur » pour parler à une personne, /privacy pour vos données.",
    },
    "onb_reminders": {"ar": "فعّل تذكيرات الآجال والحصص المباشرة: ⁦/reminders_on⁩",
                      "fr": "Activez les rappels des échéances et des classes virtuelles : /reminders_on"},
    "onb_reminders_here": {"ar": "اسألني عن المواعيد متى شئت: «متى آخر أجل؟» أو ⁦/next⁩ (لا أراسلك هنا من تلقاء نفسي).",
                           "fr": "Demandez-moi les dates quand vous voulez : « prochaine échéance ? » ou /next (sur cette page, je ne vous écris pas de moi-même)."},
    "reminders_not_here": {
        "ar": "على هذه الصفحة لا أستطيع أن أراسلك من تلقاء نفسي، فلا أرسل تذكيرات هنا. اسألني متى شئت: «متى آخر أجل؟» أو ⁦/next⁩ أو ⁦/calendar⁩. أما التذكيرات التلقائية فتُفعَّل في بوت تيليغرام الخاص بالمساق بالأمر ⁦/reminders_on⁩.",
        "fr": "Sur cette page, je ne peux pas vous écrire de moi-même : je n'y envoie donc pas de rappels. Demandez-moi les dates quand vous voulez : « prochaine échéance ? », /next ou /calendar. Les rappels automatiques s'activent dans le bot Telegram du MOOC, avec /reminders_on.",
    },
    "onb_module": {"ar": "افتح الوحدة الحالية: الوحدة {n} «{title}».", "fr": "Ouvrez le module en cours : module {n} « {title} »."},
    "onb_module_next": {"ar": "تُفتح الوحدة {n} «{title}» {when}.", "fr": "Le module {n} « {title} » ouvre {when}."},
    "onb_module_none": {"ar": "اطلع على الجدول الزمني: /calendar", "fr": "Consultez le calendrier : /calendar"},
    "onb_deadline": {"ar": "دوّن أول أجل: «{title}»، {when}.", "fr": "Notez la prochaine échéance : « {title} », {when}."},
    "onb_deadline_none": {"ar": "لا يوجد أجل قادم حاليا.", "fr": "Aucune échéance à venir pour l'instant."},
    "forum_link": {"ar": " ({url})", "fr": " ({url})"},
    # opt in / out -----------------------------------------------------------------------------
    "reminders_question": {"ar": "هل تريد أن أذكّرك بالآجال والحصص المباشرة؟",
                           "fr": "Voulez-vous que je vous rappelle les échéances et les classes virtuelles ?"},
    "reminders_on_button": {"ar": "🔔 تفعيل التذكيرات", "fr": "🔔 Activer les rappels"},
    "reminders_off_button": {"ar": "🔕 إيقاف التذكيرات", "fr": "🔕 Désactiver les rappels"},
    "reminders_on_done": {
        "ar": "تم! ستصلك تذكيرات الآجال والحصص المباشرة، وملخص كل يوم اثنين، ورسالة قصيرة إذا غبت مدة. للإيقاف: /reminders_off",
        "fr": "C'est noté ! Vous recevrez les rappels des échéances et des classes virtuelles, un résumé chaque lundi, et un petit mot si vous vous absentez. Pour arrêter : /reminders_off",
    },
    "reminders_off_done": {
        "ar": "تم، لن أرسل لك أي رسالة من تلقاء نفسي. أبقى رهن إشارتك متى كتبت لي. لإعادة التفعيل: /reminders_on",
        "fr": "C'est noté : je ne vous enverrai plus de messages de moi-même. Je reste là quand vous m'écrivez. Pour réactiver : /reminders_on",
    },
}
