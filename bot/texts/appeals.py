"""Appeals of moderation decisions ("je conteste", "أطعن"): what the author is told, what tutors see on the ticket."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "appeal_received_forum": {
        "ar": "توصل رفيق بطعنك في قرار الإشراف على رسالتك. أحيل الطعن على فريق التأطير (الطلب رقم {number}): سيقرأ مؤطر "
              "رسالتك وتوضيحك قبل أن يقرر، وسيصلك جوابه هنا.",
        "fr": "Rafiq a bien reçu votre contestation de la décision de modération sur votre message. Elle est transmise "
              "à l'équipe des tuteurs (demande n° {number}) : un tuteur lira votre message et votre explication avant "
              "de décider, et sa réponse vous parviendra ici.",
    },
    "appeal_received_chat": {
        "ar": "حسنا، سجلت طعنك في ردي على رسالتك وأحلته على فريق التأطير: سيقرأ مؤطر(ة) رسالتك وتوضيحك ثم يجيبك هنا{eta}.",
        "fr": "C'est noté : votre contestation de ma réponse à votre message est transmise à l'équipe des tuteurs. Un "
              "tuteur lira votre message et votre explication, puis vous répondra ici{eta}.",
    },
    "appeal_joined_chat": {
        "ar": "حسنا، أضفت طعنك إلى الطلب رقم {number} الذي يراجع فيه مؤطر(ة) رسالتك: سيقرؤه قبل أن يقرر، وسيصلك الجواب هنا.",
        "fr": "C'est noté : votre contestation est jointe à la demande n° {number}, où un tuteur relit votre message. "
              "Il la lira avant de décider, et sa réponse vous parviendra ici.",
    },
    "tutor_closed_appeal": {
        "ar": "قرأ(ت) مؤطر(ة) رسالتك «{question}» وطعنك فيها، وقرر(ت) الإبقاء على قرار الإشراف (البند «{title}» ({section}) "
              "من ميثاق المنتدى). يمكنك نشر رسالة جديدة تحترم الميثاق.",
        "fr": "Un tuteur a lu votre message « {question} » et votre contestation, et a décidé de maintenir la décision "
              "de modération (section « {title} » ({section}) de la charte du forum). Vous pouvez publier un nouveau "
              "message qui respecte la charte.",
    },
    # the console
    "reason_appeal": {"ar": "طعن في قرار الإشراف", "fr": "contestation d'une décision de modération"},
    "ev_appealed": {"ar": "طعن صاحب(ة) الرسالة في القرار", "fr": "l'auteur conteste la décision"},
    "ev_appeal_seen": {"ar": "قُرئ الطعن", "fr": "contestation lue"},
    "appeal_pending": {
        "ar": "صاحب(ة) الرسالة يطعن في القرار: اقرأ(ي) الطعن أسفله قبل الإغلاق.",
        "fr": "L'auteur conteste la décision : lisez sa contestation ci-dessous avant de clore.",
    },
    "appeal_seen_box": {"ar": "قرأت الطعن، والقرار باق", "fr": "J'ai lu la contestation, la décision est maintenue"},
    # the tutors' Telegram group: Close pressed on a ticket whose appeal no tutor has read (bot/closing.py)
    "tg_appeal_unseen_short": {"ar": "⛔ لم تُغلق: طعن لم يُقرأ بعد", "fr": "⛔ Non clos : contestation non lue"},
    "tg_appeal_unseen": {
        "ar": "⛔ لم تُغلق التذكرة رقم {number}: صاحب(ة) الرسالة يطعن في القرار، ولم يقرأ أي مؤطر طعنه بعد. اقرأ(ي) الطعن "
              "في صفحة التذكرة على لوحة التحكم، ثم أغلقها هناك بعد التأشير على «{box}»: {link}",
        "fr": "⛔ Ticket #{number} non clos : l'auteur conteste la décision et aucun tuteur n'a encore lu sa "
              "contestation. Lisez-la sur la page du ticket dans la console, puis closez-le là-bas en cochant "
              "« {box} » : {link}",
    },
    "msg_appeal_unseen": {
        "ar": "لم تُغلق التذكرة: صاحب(ة) الرسالة يطعن في القرار. اقرأ(ي) الطعن ثم أكد(ي) ذلك قبل الإغلاق.",
        "fr": "Ticket non clos : l'auteur conteste la décision. Lisez sa contestation, puis confirmez-le avant de clore.",
    },
}
