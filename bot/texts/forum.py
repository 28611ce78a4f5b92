"""What Rafiq writes on forums (replies, notices to authors, flags) and answers to forum webhooks, ar and fr."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "similar_discussions": {"ar": "نقاشات سابقة مشابهة:", "fr": "Discussions similaires déjà ouvertes :"},
    "footer": {
        "ar": "جواب آلي مقترح من دليل المكوّن؛ يمكن للمؤطرين إتمامه أو تصحيحه.",
        "fr": "Réponse automatique tirée du guide du formateur ; les tuteurs peuvent la compléter ou la corriger.",
    },
    "relay_footer": {"ar": "— نشره رفيق نيابة عن فريق التأطير", "fr": "— Publié par Rafiq pour l'équipe des tuteurs"},
    "relay_footer_private": {"ar": "— بلّغه رفيق إليك وحدك نيابة عن فريق التأطير",
                             "fr": "— Transmis à vous seul·e par Rafiq pour l'équipe des tuteurs"},
    "mask_notice": {
        "ar": "تتضمن رسالتك معطيات شخصية (رقم هاتف أو بريد إلكتروني أو ما يشبههما). لحمايتك، طلبنا من المشرفين حجبها (ميثاق المنتدى، البند «{title}» ({section})). لتبادل معلومات الاتصال، استعمل الرسائل الخاصة.",
        "fr": "Votre message contient des données personnelles (numéro de téléphone, adresse e-mail ou autre). Pour vous protéger, nous avons demandé aux modérateurs de les masquer (charte du forum, section « {title} » ({section})). Pour échanger vos coordonnées, utilisez les messages privés.",
    },
    "mask_self_notice": {
        "ar": "تتضمن رسالتك معطيات شخصية (رقم هاتف أو بريد إلكتروني أو ما يشبههما). لا يتيح لنا هذا المنتدى حجبها: لحمايتك، عدّل رسالتك واحذفها منها (ميثاق المنتدى، البند «{title}» ({section})). لتبادل معلومات الاتصال، استعمل الرسائل الخاصة.",
        "fr": "Votre message contient des données personnelles (numéro de téléphone, adresse e-mail ou autre). Ce forum ne nous permet pas de les masquer : pour vous protéger, modifiez votre message pour les retirer (charte du forum, section « {title} » ({section})). Pour échanger vos coordonnées, utilisez les messages privés.",
    },
    # what Rafiq did about a post that breaks the charter: it flags (the forum's moderators decide) and/or
    # hands it to tutors; it never hides or withholds a post itself
    "notice_flagged": {
        "ar": "أبلغ رفيق مشرفي المنتدى عن رسالتك، لأنها {because}، وهذا ما لا يسمح به ميثاق المنتدى (البند {ref}). قد تُخفى رسالتك في انتظار قرارهم، حسب إعدادات المنتدى.{review} {appeal}",
        "fr": "Rafiq a signalé votre message aux modérateurs du forum, car {because}, ce que la charte du forum ne permet pas (section {ref}). Selon les réglages du forum, il peut être masqué en attendant leur décision.{review} {appeal}",
    },
    "notice_also_reviewed": {"ar": " وسيراجعها مؤطر أيضا.", "fr": " Un tuteur va aussi le relire."},
    "notice_reviewed": {
        "ar": "أحال رفيق رسالتك على فريق التأطير، لأنها {because}، وهذا ما لا يسمح به ميثاق المنتدى (البند {ref}). سيراجعها مؤطر ويقرر ما يلزم. {appeal}",
        "fr": "Rafiq a transmis votre message à l'équipe des tuteurs, car {because}, ce que la charte du forum ne permet pas (section {ref}). Un tuteur va le relire et décider de la suite. {appeal}",
    },
    # the reason of a flag in a few words, for the forum's moderators, after the why (bot/channels/forum/compose.py)
    "flag_motive": {"ar": "السبب: {label}", "fr": "Motif : {label}"},
    "flag_label_toxic": {"ar": "كلام جارح", "fr": "propos blessants"},
    "flag_label_hate": {"ar": "خطاب كراهية", "fr": "propos haineux"},
    "flag_label_spam": {"ar": "إشهار أو رسالة مكررة", "fr": "publicité ou message répété"},
    "flag_label_off_topic": {"ar": "خارج موضوع التكوين", "fr": "hors du sujet de la formation"},
    "flag_label_personal_data": {"ar": "معطيات شخصية يجب حجبها", "fr": "données personnelles à masquer"},
    "notice_title": {"ar": "رسالة من رفيق حول منشورك", "fr": "Message de Rafiq au sujet de votre message"},
    # errors of the webhook endpoints
    "err_not_configured": {
        "ar": "خطاف المنتدى هذا غير مفعّل على هذا الخادم (السر المشترك غير مضبوط).",
        "fr": "Ce webhook de forum n'est pas activé sur ce serveur (secret partagé non configuré).",
    },
    "err_bad_signature": {
        "ar": "التوقيع غير صالح أو مفقود: يجب أن يكون HMAC-SHA256 للمحتوى الخام بالسر المشترك.",
        "fr": "Signature absente ou invalide : elle doit être le HMAC-SHA256 du corps brut avec le secret partagé.",
    },
    "err_stale": {
        "ar": "الطابع الزمني للطلب قديم جدا أو في المستقبل؛ تحقق من ساعة الخادم المرسل.",
        "fr": "L'horodatage de la requête est trop ancien ou dans le futur ; vérifiez l'horloge du serveur émetteur.",
    },
    "err_too_large": {
        "ar": "حجم الطلب أكبر من الحد المسموح ({limit} بايت).",
        "fr": "La requête dépasse la taille autorisée ({limit} octets).",
    },
    "err_rate_limited": {
        "ar": "طلبات كثيرة من هذا المنتدى في وقت قصير؛ أعد المحاولة بعد {seconds} ثانية.",
        "fr": "Trop de requêtes de ce forum en peu de temps ; réessayez dans {seconds} s.",
    },
    "err_bad_json": {
        "ar": "المحتوى ليس JSON صالحا بترميز UTF-8.",
        "fr": "Le corps n'est pas un JSON valide encodé en UTF-8.",
    },
    "err_bad_payload": {
        "ar": "المحتوى لا يطابق الصيغة الموثقة: {detail}",
        "fr": "Le contenu ne respecte pas le format documenté : {detail}",
    },
    "err_missing_header": {
        "ar": "ترويسة مطلوبة مفقودة: {header}",
        "fr": "En-tête obligatoire manquant : {header}",
    },
    # "abc" was told the header was missing (a tester)
    "err_bad_timestamp": {
        "ar": "الترويسة X-Rafiq-Timestamp مفقودة أو ليست عددا: يجب أن تحمل وقت الإرسال بثواني يونكس (مثلا 1764500000)، "
              "وهو الوقت الموقَّع مع المحتوى.",
        "fr": "En-tête X-Rafiq-Timestamp absent ou qui n'est pas un nombre : il donne l'heure d'envoi en secondes Unix "
              "(par exemple 1764500000), celle qui est signée avec le corps.",
    },
    "forum_read_whole": {
        "ar": "النص الكامل في دليل المكوّن، القسم «{title}» [{id}].",
        "fr": "Le passage complet se trouve dans le guide du formateur, section « {title} » [{id}].",
    },
    "ev_edited": {"ar": "عدّل صاحب(ة) المنشور نصه", "fr": "message modifié par son auteur"},
}
