"""Every message of the corpus package, in French and Arabic, keyed by a short code.

Parameters are filled with `str.format`; they carry file names, ids and values, never prose,
so one set of parameters serves both languages.
"""
from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # reading a section file or a document
    "encoding": ("le fichier n'est pas en UTF-8 ({reason} à l'octet {position}) : réenregistrez-le en UTF-8",
                 "الملف ليس بترميز UTF-8 ({reason} عند البايت {position}): أعد حفظه بترميز UTF-8"),
    "no-front-matter": ("pas d'en-tête : le fichier doit commencer par une ligne '---'",
                        "لا توجد ترويسة: يجب أن يبدأ الملف بسطر '---'"),
    "unclosed-front-matter": ("l'en-tête n'est pas fermé par une ligne '---'",
                              "الترويسة غير مغلقة بسطر '---'"),
    "yaml": ("l'en-tête n'est pas du YAML valide (ligne {line}) : {problem}",
             "الترويسة ليست YAML صالحا (السطر {line}): {problem}"),
    "not-mapping": ("l'en-tête doit être une suite de lignes « clé: valeur » (par exemple id: ...)",
                    "يجب أن تكون الترويسة أسطرا بصيغة «مفتاح: قيمة» (مثلا id: ...)"),
    "missing-key": ("l'en-tête n'a pas de '{key}' (ou il est vide)",
                    "الترويسة لا تحتوي على '{key}' (أو أنه فارغ)"),
    "bad-questions": ("'questions' doit être une liste de phrases (- \"Comment ... ?\")",
                      "يجب أن تكون 'questions' قائمة من الجمل (- \"كيف ...؟\")"),
    "bad-lang": ("langue '{lang}' inconnue : utilisez {allowed}",
                 "اللغة '{lang}' غير معروفة: استعمل {allowed}"),
    "lang-mismatch": ("le fichier est en '{lang}' alors que '{expected}' est demandé",
                      "لغة الملف '{lang}' بينما المطلوب '{expected}'"),
    "unsupported-extension": ("type de fichier '{ext}' non pris en charge (.md, .html, .htm, .pdf, .docx)",
                              "نوع الملف '{ext}' غير مدعوم (.md و.html و.htm و.pdf و.docx)"),
    "unreadable": ("impossible de lire ce fichier {fmt} : {detail}",
                   "تعذرت قراءة ملف {fmt} هذا: {detail}"),
    "no-text": ("aucun texte trouvé dans ce document (PDF scanné ? il faut d'abord une reconnaissance de caractères)",
                "لم يوجد أي نص في هذه الوثيقة (ملف PDF ممسوح ضوئيا؟ يلزم التعرف الضوئي على الحروف أولا)"),
    "io": ("fichier illisible : {detail}", "تعذر فتح الملف: {detail}"),
    # calendar.yaml
    "cal-yaml": ("calendar.yaml n'est pas du YAML valide (ligne {line}) : {problem}",
                 "الملف calendar.yaml ليس YAML صالحا (السطر {line}): {problem}"),
    "cal-not-mapping": ("calendar.yaml doit être une liste de clés (timezone, cohort, modules...)",
                        "يجب أن يكون calendar.yaml قائمة مفاتيح (timezone وcohort وmodules...)"),
    "cal-missing-key": ("{where} : la clé '{key}' manque ou est vide", "{where}: المفتاح '{key}' مفقود أو فارغ"),
    "cal-not-list": ("'{key}' doit être une liste (- id: ...)", "يجب أن يكون '{key}' قائمة (- id: ...)"),
    "cal-not-item": ("{where} doit être un élément avec des clés (id: ..., title_fr: ...)",
                     "يجب أن يكون {where} عنصرا بمفاتيح (id: ... وtitle_fr: ...)"),
    "cal-unknown-timezone": ("fuseau horaire '{tz}' inconnu : utilisez un nom de la base tz, par exemple Africa/Casablanca",
                             "المنطقة الزمنية '{tz}' غير معروفة: استعمل اسما من قاعدة tz، مثل Africa/Casablanca"),
    "cal-bad-date": ("{where} : '{key}' = '{value}' n'est pas une date AAAA-MM-JJ",
                     "{where}: '{key}' = '{value}' ليس تاريخا بصيغة YYYY-MM-DD"),
    "cal-bad-datetime": ("{where} : '{key}' = '{value}' n'est pas une heure locale AAAA-MM-JJTHH:MM",
                         "{where}: '{key}' = '{value}' ليس وقتا محليا بصيغة YYYY-MM-DDTHH:MM"),
    "cal-offset-given": ("{where} : '{key}' = '{value}' porte un décalage horaire ; écrivez l'heure locale sans décalage, le fuseau du calendrier s'applique",
                         "{where}: '{key}' = '{value}' يتضمن فارق توقيت؛ اكتب الوقت المحلي دون فارق، وستطبق المنطقة الزمنية للتقويم"),
    "cal-nonexistent-time": ("{where} : {value} n'existe pas à {tz} (changement d'heure) ; choisissez une autre heure",
                             "{where}: الوقت {value} غير موجود في {tz} (تغيير الساعة)؛ اختر وقتا آخر"),
    "cal-ambiguous-time": ("{where} : {value} a lieu deux fois à {tz} (retour d'une heure) ; choisissez une autre heure",
                           "{where}: الوقت {value} يتكرر مرتين في {tz} (تأخير الساعة)؛ اختر وقتا آخر"),
    "cal-ends-before-start": ("{where} : la fin ({end}) est avant le début ({start})",
                              "{where}: النهاية ({end}) قبل البداية ({start})"),
    "cal-closes-before-opens": ("{where} : le module ferme ({closes}) avant d'ouvrir ({opens})",
                                "{where}: تغلق الوحدة ({closes}) قبل أن تفتح ({opens})"),
    "cal-unknown-module": ("{where} : le module '{module}' n'existe pas dans 'modules' (connus : {known})",
                           "{where}: الوحدة '{module}' غير موجودة في 'modules' (المعروفة: {known})"),
    "cal-duplicate-id": ("{where} : l'identifiant '{id}' est déjà utilisé", "{where}: المعرف '{id}' مستعمل من قبل"),
    "cal-duplicate-number": ("{where} : le numéro de module {number} est déjà utilisé",
                             "{where}: رقم الوحدة {number} مستعمل من قبل"),
    "cal-bad-number": ("{where} : 'number' doit être un entier positif, pas '{value}'",
                       "{where}: يجب أن يكون 'number' عددا صحيحا موجبا، وليس '{value}'"),
    "cal-bad-duration": ("{where} : 'duration_minutes' doit être un entier entre 1 et 1440, pas '{value}'",
                         "{where}: يجب أن يكون 'duration_minutes' عددا صحيحا بين 1 و1440، وليس '{value}'"),
    "cal-bad-link": ("{where} : le lien '{value}' doit commencer par https:// ou http://",
                     "{where}: يجب أن يبدأ الرابط '{value}' بـ https:// أو http://"),
    # corpus check
    "chk-no-root": ("le dossier '{root}' n'existe pas", "المجلد '{root}' غير موجود"),
    "chk-no-sections": ("aucune section trouvée (dossiers guide/, charter/, faq/ avec des fichiers .md)",
                        "لم يوجد أي قسم (مجلدات guide/ وcharter/ وfaq/ تحتوي على ملفات .md)"),
    "chk-duplicate-id": ("l'identifiant '{id}' ({lang}, {kind}) est déjà utilisé par {other}",
                         "المعرف '{id}' ({lang}، {kind}) مستعمل من قبل في {other}"),
    "chk-missing-translation": ("la section '{id}' existe en {have} mais pas en {missing}",
                                "القسم '{id}' موجود بـ{have} وغير موجود بـ{missing}"),
    "chk-faq-single-language": ("l'entrée de FAQ '{id}' n'existe qu'en {have} : ajoutez la version {missing} ou écrivez 'single_language: true' dans l'en-tête",
                                "مدخل الأسئلة الشائعة '{id}' موجود بـ{have} فقط: أضف نسخة بـ{missing} أو اكتب 'single_language: true' في الترويسة"),
    "chk-empty-section": ("la section est vide (aucun texte après l'en-tête)", "القسم فارغ (لا نص بعد الترويسة)"),
    "chk-too-short": ("section courte : {words} mots (moins de {limit}) ; elle sera peu utile aux réponses",
                      "قسم قصير: عدد كلماته {words} (الحد الأدنى المستحسن {limit})؛ سيفيد الأجوبة قليلا"),
    "chk-too-long": ("section trop longue : {words} mots (plus de {limit}) ; découpez-la",
                     "قسم طويل جدا: عدد كلماته {words} (الحد الأقصى {limit})؛ قسمه إلى أقسام أصغر"),
    "chk-too-big": ("fichier trop gros : {size_kb} Ko (plus de {limit_kb} Ko)",
                    "الملف كبير جدا: حجمه {size_kb} كيلوبايت (الحد الأقصى {limit_kb} كيلوبايت)"),
    "chk-long-question": ("question trop longue ({chars} caractères, plus de {limit}) : gardez-la courte, "
                          "comme un formateur l'écrirait",
                          "سؤال طويل جدا ({chars} حرفا، أكثر من {limit})؛ اجعله قصيرا كما يكتبه المكوّن"),
    "chk-bad-id": ("l'identifiant '{id}' devrait n'avoir que lettres, chiffres, '-', '_' ou '.' (sans espace)",
                   "يستحسن أن يتكون المعرف '{id}' من حروف وأرقام و'-' و'_' و'.' فقط (دون مسافات)"),
    "chk-ignored-file": ("fichier ignoré : seuls les fichiers .md sont lus ici", "ملف متجاهل: تقرأ هنا ملفات .md فقط"),
    # report labels
    "lbl-error": ("ERREUR", "خطأ"),
    "lbl-warning": ("AVERTISSEMENT", "تنبيه"),
    "lbl-summary": ("{errors} erreur(s), {warnings} avertissement(s)", "عدد الأخطاء: {errors}، عدد التنبيهات: {warnings}"),
    "lbl-stats": ("{kind} ({lang}) : {sections} section(s), {words} mots",
                  "{kind} ({lang}): عدد الأقسام {sections}، عدد الكلمات {words}"),
    "lbl-calendar": ("calendrier : {modules} module(s), {assignments} devoir(s), {live} séance(s) en direct",
                     "التقويم: عدد الوحدات {modules}، عدد الواجبات {assignments}، عدد الحصص المباشرة {live}"),
    "lang-ar": ("arabe", "العربية"),
    "lang-fr": ("français", "الفرنسية"),
}


def render(code: str, lang: str = "fr", /, **params: Any) -> str:
    """The message `code` in `lang` ("ar" or anything else for French), filled with `params`."""
    fr, ar = MESSAGES.get(code, (code, code))
    template = ar if lang == "ar" else fr
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def both(code: str, /, **params: Any) -> dict[str, str]:
    """The message `code` in both languages: {"fr": ..., "ar": ...}."""
    return {"fr": render(code, "fr", **params), "ar": render(code, "ar", **params)}
