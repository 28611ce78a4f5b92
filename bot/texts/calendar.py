"""Texts of the organizational role's answers (/calendar, /next, calendar questions), Arabic and French."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cal_header": {"ar": "📅 الجدول الزمني — {cohort} (بتوقيت المغرب)",
                   "fr": "📅 Calendrier — {cohort} (heure du Maroc)"},
    "cal_past_modules": {"ar": "✅ الوحدات المنتهية: {numbers}", "fr": "✅ Modules terminés : {numbers}"},
    "cal_module": {"ar": "{mark} الوحدة {n} «{title}»: من {opens} إلى {closes}{current}",
                   "fr": "{mark} Module {n} « {title} » : du {opens} au {closes}{current}"},
    "cal_current": {"ar": " (الوحدة الحالية)", "fr": " (en cours)"},
    "cal_deadline": {"ar": "   📝 {title} — {when}", "fr": "   📝 {title} — {when}"},
    "cal_live": {"ar": "   🎥 {title} — {when}", "fr": "   🎥 {title} — {when}"},
    "module_deadline": {"ar": "• {title} — {when}", "fr": "• {title} — {when}"},
    "cal_over": {"ar": "انتهى المساق بالنسبة لهذا الفوج يوم {date}. شكرا على مشاركتك!",
                 "fr": "Le MOOC de cette cohorte s'est terminé le {date}. Merci pour votre participation !"},
    "cal_footer": {"ar": "المواعيد القريبة: /next", "fr": "Les prochaines dates : /next"},
    "next_header": {"ar": "⏭️ المواعيد القادمة (بتوقيت المغرب):", "fr": "⏭️ Les prochaines dates (heure du Maroc) :"},
    "next_deadline": {"ar": "📝 آخر أجل قادم: «{title}» (الوحدة {n})، {when}.",
                      "fr": "📝 Prochaine échéance : « {title} » (module {n}), {when}."},
    "named_deadline": {"ar": "📝 «{title}» (الوحدة {n}): آخر أجل للتسليم {when}.",
                       "fr": "📝 « {title} » (module {n}) : à rendre au plus tard {when}."},
    # where an assignment's exact instructions are (bot/roles/calendar_brief.py): the guide's page on submitting says
    # the assignment activity of each module holds them, and that they are the reference
    "assignment_where": {
        "ar": "أما المطلوب بالضبط (نص التعليمة وشبكة التقويم) فتجده في نشاط «الواجب» داخل الوحدة {n} على منصة e-Takwine، "
              "وتعليمة الواجب هي المرجع.",
        "fr": "Ce qui est demandé exactement (la consigne et la grille d'évaluation) se trouve dans l'activité « Devoir » "
              "du module {n} sur e-Takwine : c'est sa consigne qui fait foi."},
    "assignment_where_later": {
        "ar": "أما المطلوب بالضبط (نص التعليمة وشبكة التقويم) فستجده في نشاط «الواجب» داخل الوحدة {n} على منصة "
              "e-Takwine حين تُفتح يوم {opens}، وتعليمة الواجب هي المرجع.",
        "fr": "Ce qui est demandé exactement (la consigne et la grille d'évaluation) sera dans l'activité « Devoir » du "
              "module {n} sur e-Takwine, qui ouvre le {opens} : c'est sa consigne qui fait foi."},
    # the course's times during Ramadan (bot/ramadan_times.py); {first}, {last}: the days the legal time is behind
    "ramadan_times": {
        "ar": "📅 مواعيد الجدول الزمني بالتوقيت القانوني للمغرب، أي بالساعة التي يعرضها هاتفك. في رمضان تتأخر هذه الساعة "
              "بساعة واحدة (بالنسبة لهذا الفوج: من {first} إلى {last})، والتواريخ والساعات التي أعطيك تأخذ ذلك بعين "
              "الاعتبار: الأجل المحدد في 23:59 يبقى في 23:59 بالساعة المعمول بها آنذاك.",
        "fr": "📅 Les heures du calendrier sont à l'heure légale du Maroc, celle qu'affiche votre téléphone. Pendant le "
              "Ramadan, cette heure recule d'une heure (pour cette cohorte : du {first} au {last}) ; les dates et heures "
              "que je donne en tiennent compte : une échéance à 23h59 reste à 23h59, à l'heure en vigueur ce jour-là."},
    "ramadan_times_plain": {
        "ar": "📅 مواعيد الجدول الزمني بالتوقيت القانوني للمغرب، الذي يتغير في رمضان، أي بالساعة التي يعرضها هاتفك في "
              "يومها: التواريخ والساعات التي أعطيك هي دائما بالساعة المعمول بها آنذاك.",
        "fr": "📅 Les heures du calendrier sont à l'heure légale du Maroc, qui change pendant le Ramadan : celle "
              "qu'affiche votre téléphone le jour même. Les dates et heures que je donne sont toujours à l'heure en "
              "vigueur ce jour-là."},
    "ramadan_dates": {"ar": "خلال هذه الفترة:", "fr": "Pendant cette période :"},
    "ramadan_query": {"ar": "الآجال التوقيت القانوني للمغرب رمضان", "fr": "échéances heure légale du Maroc Ramadan"},
    "next_live": {"ar": "🎥 {title} — {when}.{link}", "fr": "🎥 {title} — {when}.{link}"},
    "live_link": {"ar": " الرابط: {link}", "fr": " Lien : {link}"},
    "next_module": {"ar": "📂 تُفتح الوحدة {n} «{title}» {when}.",
                    "fr": "📂 Le module {n} « {title} » ouvre {when}."},
    "no_deadline": {"ar": "📝 لم يعد هناك أي أجل قادم في جدول الفوج.",
                    "fr": "📝 Il n'y a plus d'échéance à venir dans le calendrier de la cohorte."},
    "no_live": {"ar": "🎥 لم تعد هناك حصة مباشرة مبرمجة.", "fr": "🎥 Il n'y a plus de classe virtuelle prévue."},
    "day_names": {"ar": "اليوم|غدا", "fr": "aujourd'hui|demain"},
    "day_live_none": {"ar": "🎥 لا توجد حصة مباشرة {day} ({date}).", "fr": "🎥 Pas de classe virtuelle {day} ({date})."},
    "day_deadline_none": {"ar": "📝 لا يوجد أجل تسليم {day} ({date}).", "fr": "📝 Aucune échéance {day} ({date})."},
    "every_live": {"ar": "🎥 الحصص المباشرة المقبلة ({count}):", "fr": "🎥 Les classes virtuelles à venir ({count}) :"},
    "module_dates": {"ar": "📂 الوحدة {n} «{title}»: مفتوحة من {opens} إلى {closes} (بتوقيت المغرب).",
                     "fr": "📂 Module {n} « {title} » : ouvert du {opens} au {closes} inclus (heure du Maroc)."},
    "module_deadlines": {"ar": "📝 آجال تسليم أعمال الوحدة {n}:", "fr": "📝 Travaux à rendre du module {n} :"},
    "module_no_deadline": {"ar": "📝 لا يوجد عمل للتسليم في الوحدة {n}.",
                           "fr": "📝 Le module {n} n'a pas de travail à rendre."},
    "module_live": {"ar": "🎥 {title} (الوحدة {n}) — {when}.{link}",
                    "fr": "🎥 {title} (module {n}) — {when}.{link}"},
    "module_no_live": {"ar": "🎥 لا توجد حصة مباشرة في الوحدة {n}.",
                       "fr": "🎥 Le module {n} n'a pas de classe virtuelle."},
    "module_unknown": {"ar": "لا أجد الوحدة {n} في الجدول الزمني (الوحدات من 1 إلى {last}). الجدول كاملا: /calendar",
                       "fr": "Je ne trouve pas de module {n} dans le calendrier (modules 1 à {last}). Tout le calendrier : /calendar"},
    "cohort_dates": {"ar": "📅 {cohort}: من {start} إلى {end}.", "fr": "📅 {cohort} : du {start} au {end}."},
    "current_module": {"ar": "📂 الوحدة الحالية: الوحدة {n} «{title}»، إلى غاية {closes}.",
                       "fr": "📂 Module en cours : module {n} « {title} », jusqu'au {closes} inclus."},
    "no_current_module": {"ar": "📂 لا توجد وحدة مفتوحة الآن.", "fr": "📂 Aucun module n'est ouvert en ce moment."},
    "past_item": {"ar": " (انتهى)", "fr": " (passé)"},
    "week_header": {"ar": "📅 هذا الأسبوع (من {first} إلى {last}، بتوقيت المغرب):",
                    "fr": "📅 Cette semaine (du {first} au {last}, heure du Maroc) :"},
    "next_week_header": {"ar": "📅 الأسبوع المقبل (من {first} إلى {last}، بتوقيت المغرب):",
                         "fr": "📅 La semaine prochaine (du {first} au {last}, heure du Maroc) :"},
    "week_none_live": {"ar": "لا توجد حصة مباشرة في هذا الأسبوع.", "fr": "Pas de classe virtuelle cette semaine-là."},
    "week_none": {"ar": "لا يوجد أجل ولا حصة مباشرة في هذا الأسبوع.",
                  "fr": "Aucune échéance ni classe virtuelle cette semaine-là."},
    "month_header": {"ar": "📅 هذا الشهر (من {first} إلى {last}، بتوقيت المغرب):",
                     "fr": "📅 Ce mois-ci (du {first} au {last}, heure du Maroc) :"},
    "next_month_header": {"ar": "📅 الشهر المقبل (من {first} إلى {last}، بتوقيت المغرب):",
                          "fr": "📅 Le mois prochain (du {first} au {last}, heure du Maroc) :"},
    "named_month_header": {"ar": "📅 شهر {month} (من {first} إلى {last}، بتوقيت المغرب):",
                           "fr": "📅 En {month} (du {first} au {last}, heure du Maroc) :"},
    "week_none_deadline": {"ar": "لا يوجد أجل في هذا الأسبوع.", "fr": "Aucune échéance cette semaine-là."},
    "month_none_deadline": {"ar": "لا يوجد أجل في هذا الشهر.", "fr": "Aucune échéance ce mois-là."},
    "month_none_live": {"ar": "لا توجد حصة مباشرة في هذا الشهر.", "fr": "Pas de classe virtuelle ce mois-là."},
    "month_none": {"ar": "لا يوجد أجل ولا حصة مباشرة في هذا الشهر.",
                   "fr": "Aucune échéance ni classe virtuelle ce mois-là."},
}
