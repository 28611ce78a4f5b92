"""What the `rafiq` command prints for its operator, in Arabic and French (both are printed)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cli_no_folder": {"ar": "المجلد غير موجود: {path}", "fr": "Dossier introuvable : {path}"},
    "cli_bad_questions": {"ar": "تعذرت قراءة ملف الأسئلة: {problem}", "fr": "Fichier de questions illisible : {problem}"},
    "cli_error": {"ar": "خطأ: {problem}", "fr": "Erreur : {problem}"},
    # a RAFIQ_* variable no setting reads: printed at start-up, then ignored
    "cli_unknown_variable": {
        "ar": "تنبيه: المتغير {variable} غير معروف وسيتم تجاهله. هل تقصد {suggestion}؟",
        "fr": "Attention : la variable {variable} est inconnue et sera ignorée. Vouliez-vous dire {suggestion} ?"},
    "cli_unknown_variable_plain": {
        "ar": "تنبيه: المتغير {variable} غير معروف وسيتم تجاهله (لائحة المتغيرات في README.md).",
        "fr": "Attention : la variable {variable} est inconnue et sera ignorée (la liste des variables est dans "
              "README.md)."},
    # start-up failures (bot.errors.StartupError): what is wrong, and the variable to change; exit code 2
    "cli_bad_setting": {
        "ar": "قيمة غير صالحة: {variable}={value} ({problem}). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} ({problem}). Corrigez la variable {variable} puis relancez."},
    "cli_bad_setting_int": {
        "ar": "قيمة غير صالحة: {variable}={value} (المطلوب عدد صحيح). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (un nombre entier est attendu). Corrigez la variable "
              "{variable} puis relancez."},
    "cli_bad_setting_number": {
        "ar": "قيمة غير صالحة: {variable}={value} (المطلوب عدد). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (un nombre est attendu). Corrigez la variable {variable} "
              "puis relancez."},
    "cli_bad_setting_bool": {
        "ar": "قيمة غير صالحة: {variable}={value} (المطلوب true أو false). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (true ou false est attendu). Corrigez la variable {variable} "
              "puis relancez."},
    "cli_bad_setting_min": {
        "ar": "قيمة غير صالحة: {variable}={value} (على الأقل {limit}). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (au moins {limit}). Corrigez la variable {variable} puis relancez."},
    "cli_bad_setting_max": {
        "ar": "قيمة غير صالحة: {variable}={value} (على الأكثر {limit}). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (au plus {limit}). Corrigez la variable {variable} puis relancez."},
    "cli_bad_setting_choice": {
        "ar": "قيمة غير صالحة: {variable}={value} (القيم الممكنة: {choices}). صحّح المتغير {variable} ثم أعد المحاولة.",
        "fr": "Valeur invalide : {variable}={value} (valeurs possibles : {choices}). Corrigez la variable "
              "{variable} puis relancez."},
    "cli_port_taken": {
        "ar": "المنفذ {port} على {host} مستعمل من طرف برنامج آخر (ربما رفيق آخر يعمل). اختر منفذا آخر عبر "
              "المتغير RAFIQ_HTTP_PORT (أو ‎--port‎)، أو أوقف البرنامج الآخر.",
        "fr": "Le port {port} sur {host} est déjà pris par un autre programme (un autre Rafiq tourne peut-être). "
              "Choisissez un autre port avec la variable RAFIQ_HTTP_PORT (ou --port), ou arrêtez l'autre programme."},
    "cli_port_refused": {
        "ar": "تعذر الاستماع على {host}:{port} ({reason}). غيّر RAFIQ_HTTP_HOST أو RAFIQ_HTTP_PORT "
              "(المنافذ أقل من 1024 تتطلب صلاحيات المدير).",
        "fr": "Impossible d'écouter sur {host}:{port} ({reason}). Changez RAFIQ_HTTP_HOST ou RAFIQ_HTTP_PORT "
              "(un port sous 1024 demande les droits d'administrateur)."},
    "cli_corpus_missing": {
        "ar": "مجلد الدليل {path} غير موجود أو ليس مجلدا. صحّح المتغير RAFIQ_CORPUS_DIR.",
        "fr": "Le dossier du guide {path} n'existe pas ou n'est pas un dossier. Corrigez la variable RAFIQ_CORPUS_DIR."},
    "cli_corpus_unreadable": {
        "ar": "تعذرت قراءة مجلد الدليل {path} ({reason}). امنح صلاحية القراءة، أو اختر مجلدا آخر عبر "
              "المتغير RAFIQ_CORPUS_DIR.",
        "fr": "Le dossier du guide {path} est illisible ({reason}). Donnez le droit de lecture, ou choisissez "
              "un autre dossier avec la variable RAFIQ_CORPUS_DIR."},
    "cli_data_dir_unwritable": {
        "ar": "تعذرت الكتابة في مجلد البيانات {path} ({reason}). صحّح المتغير RAFIQ_DATA_DIR أو صلاحياته.",
        "fr": "Impossible d'écrire dans le dossier de données {path} ({reason}). Corrigez la variable "
              "RAFIQ_DATA_DIR ou ses droits."},
    "cli_database_unreachable": {
        "ar": "تعذر الاتصال بقاعدة البيانات {value} ({reason}). تحقق من أن الخادم يعمل، أو صحّح المتغير "
              "RAFIQ_DATABASE_URL.",
        "fr": "Base de données injoignable : {value} ({reason}). Vérifiez que son serveur tourne, ou corrigez "
              "la variable RAFIQ_DATABASE_URL."},
    "cli_database_url_invalid": {
        "ar": "عنوان قاعدة البيانات {value} غير صالح ({reason}). صحّح المتغير RAFIQ_DATABASE_URL "
              "(مثال: sqlite:///var/rafiq.db أو postgresql+psycopg://user:pass@host/db).",
        "fr": "L'adresse de base de données {value} n'est pas valide ({reason}). Corrigez la variable "
              "RAFIQ_DATABASE_URL (ex. sqlite:///var/rafiq.db ou postgresql+psycopg://user:pass@host/db)."},
    "cli_server_unreachable": {
        "ar": "تعذر الوصول إلى خادم رفيق على {value} ({reason}). شغّل ‎rafiq serve‎ أو صحّح المتغير "
              "RAFIQ_SERVER_URL (أو احذفه ليجيب الأمر بنفسه).",
        "fr": "Le serveur Rafiq {value} ne répond pas ({reason}). Lancez `rafiq serve`, ou corrigez la variable "
              "RAFIQ_SERVER_URL (ou retirez-la pour que la commande réponde elle-même)."},
    # `rafiq doctor` (bot/doctor.py): what was found, and `doctor_fix_*`: what to do
    "doctor_settings_ok": {"ar": "الإعدادات ‎RAFIQ_*‎ مقروءة (النموذج: {embedder}).",
                           "fr": "Réglages RAFIQ_* lus (modèle : {embedder})."},
    "doctor_data_dir_ok": {"ar": "مجلد البيانات {path} قابل للكتابة.", "fr": "Dossier de données {path} accessible en écriture."},
    "doctor_corpus_ok": {"ar": "الدليل {path}: {n} قسما.", "fr": "Guide {path} : {n} sections."},
    "doctor_corpus_invalid": {"ar": "في الدليل {path} ملف غير صالح ({problem}).",
                              "fr": "Le guide {path} contient un fichier invalide ({problem})."},
    "doctor_fix_corpus_check": {"ar": "شغّل ‎rafiq corpus check {path}‎ لمعرفة الملف والسطر.",
                                "fr": "Lancez `rafiq corpus check {path}` pour savoir quel fichier et quelle ligne."},
    "doctor_index_missing": {"ar": "لا يوجد فهرس في {path} بعد؛ سيُبنى عند أول تشغيل (قد يستغرق دقائق).",
                             "fr": "Pas encore d'index dans {path} ; il sera construit au premier démarrage "
                                   "(plusieurs minutes)."},
    "doctor_index_missing_seeded": {"ar": "لا يوجد فهرس في {path} بعد؛ سيُبنى في ثوان من المتجهات المرفقة "
                                          "({embedder}، الدليل {hash}).",
                                    "fr": "Pas encore d'index dans {path} ; il sera construit en quelques secondes à "
                                          "partir des vecteurs fournis ({embedder}, guide {hash})."},
    "doctor_index_other_embedder": {"ar": "الفهرس في {path} مبني بالنموذج {built}، بينما RAFIQ_EMBEDDER هو {embedder}.",
                                    "fr": "L'index de {path} a été construit avec {built}, mais RAFIQ_EMBEDDER "
                                          "vaut {embedder}."},
    "doctor_index_stale": {"ar": "الفهرس في {path} مبني من دليل آخر ({built}، والحالي {hash}).",
                           "fr": "L'index de {path} a été construit sur un autre état du guide ({built}, "
                                 "actuel {hash})."},
    "doctor_index_ok": {"ar": "الفهرس {path}: {chunks} مقطعا، {embedder}، الدليل {hash}، {mb} ميغابايت.",
                        "fr": "Index {path} : {chunks} passages, {embedder}, guide {hash}, {mb} Mo."},
    "doctor_fix_index": {"ar": "شغّل ‎rafiq index‎ (أو ‎rafiq serve‎ الذي يبنيه في الخلفية).",
                         "fr": "Lancez `rafiq index` (ou `rafiq serve`, qui le construit en arrière-plan)."},
    "doctor_uncalibrated": {"ar": "لا توجد معايرة للثقة للنموذج {embedder}: عتبة محايدة مستعملة.",
                            "fr": "Aucune calibration de la confiance pour {embedder} : un seuil neutre est utilisé."},
    "doctor_fix_calibrate": {"ar": "شغّل ‎rafiq calibrate‎ على أسئلة معلّمة.",
                             "fr": "Lancez `rafiq calibrate` sur des questions étiquetées."},
    "doctor_database_new": {"ar": "قاعدة البيانات {value} غير موجودة بعد؛ ستُنشأ عند أول تشغيل.",
                            "fr": "La base {value} n'existe pas encore ; elle sera créée au premier démarrage."},
    "doctor_database_ok": {"ar": "قاعدة البيانات {value} تجيب.", "fr": "La base de données {value} répond."},
    "doctor_migrations_ok": {"ar": "مخطط قاعدة البيانات محدَّث ({revision}).",
                             "fr": "Schéma de la base à jour ({revision})."},
    "doctor_migrations_empty": {"ar": "قاعدة البيانات فارغة؛ ستُنشأ الجداول ({revision}) عند التشغيل.",
                                "fr": "Base vide ; les tables ({revision}) seront créées au démarrage."},
    "doctor_migrations_behind": {"ar": "مخطط قاعدة البيانات في المراجعة {current}، والأحدث {revision}.",
                                 "fr": "Schéma de la base à la révision {current}, la plus récente est {revision}."},
    "doctor_fix_migrate": {"ar": "‎rafiq serve‎ (أو ‎rafiq ask‎) يرقّي المخطط تلقائيا؛ احفظ نسخة احتياطية قبل ذلك.",
                           "fr": "`rafiq serve` (ou `rafiq ask`) met le schéma à jour tout seul ; faites une "
                                 "sauvegarde avant."},
    "doctor_telegram_off": {"ar": "تيليغرام غير مفعّل (RAFIQ_TELEGRAM_TOKEN غير محدد).",
                            "fr": "Telegram désactivé (RAFIQ_TELEGRAM_TOKEN n'est pas défini)."},
    "doctor_telegram_token_form": {"ar": "RAFIQ_TELEGRAM_TOKEN ليس على شكل رمز بوت (123456:ABC…).",
                                   "fr": "RAFIQ_TELEGRAM_TOKEN n'a pas la forme d'un jeton de bot (123456:ABC…)."},
    "doctor_fix_token": {"ar": "انسخ الرمز كما أعطاه ‎@BotFather‎ في RAFIQ_TELEGRAM_TOKEN.",
                         "fr": "Copiez le jeton donné par @BotFather dans RAFIQ_TELEGRAM_TOKEN."},
    "doctor_telegram_refused": {"ar": "خادم Bot API ‏{url} رفض الرمز.", "fr": "Le Bot API {url} refuse le jeton."},
    "doctor_telegram_unreachable": {"ar": "تعذر الوصول إلى Bot API على {url} ({reason}).",
                                    "fr": "Bot API injoignable à {url} ({reason})."},
    "doctor_fix_telegram_api": {"ar": "تحقق من الشبكة، أو من RAFIQ_TELEGRAM_API_URL إن كنت تستعمل خادما محليا.",
                                "fr": "Vérifiez le réseau, ou RAFIQ_TELEGRAM_API_URL si vous utilisez un serveur local."},
    "doctor_telegram_ok": {"ar": "Bot API ‏{url} يجيب: البوت ‎@{bot}‎.", "fr": "Le Bot API {url} répond : bot @{bot}."},
    "doctor_tutor_chat_missing": {"ar": "RAFIQ_TUTOR_CHAT_ID غير محدد: لن تصل التذاكر إلى مجموعة المؤطرين.",
                                  "fr": "RAFIQ_TUTOR_CHAT_ID n'est pas défini : les tickets n'iront à aucun groupe "
                                        "de tuteurs."},
    "doctor_fix_tutor_chat": {"ar": "ضع في RAFIQ_TUTOR_CHAT_ID معرّف مجموعة المؤطرين (رقم سالب، مثل ‎-100123…‎).",
                              "fr": "Mettez dans RAFIQ_TUTOR_CHAT_ID l'identifiant du groupe des tuteurs "
                                    "(négatif, ex. -100123…)."},
    "doctor_webhook_secret_missing": {"ar": "RAFIQ_TELEGRAM_WEBHOOK_URL محدد بدون RAFIQ_TELEGRAM_WEBHOOK_SECRET.",
                                      "fr": "RAFIQ_TELEGRAM_WEBHOOK_URL est défini sans RAFIQ_TELEGRAM_WEBHOOK_SECRET."},
    "doctor_fix_webhook": {"ar": "ضع سرا عشوائيا طويلا في RAFIQ_TELEGRAM_WEBHOOK_SECRET.",
                           "fr": "Mettez un long secret aléatoire dans RAFIQ_TELEGRAM_WEBHOOK_SECRET."},
    "doctor_forum_incomplete": {"ar": "المنتدى {forum} مضبوط جزئيا؛ ينقص: {missing}.",
                                "fr": "Forum {forum} configuré à moitié ; il manque : {missing}."},
    "doctor_fix_forum": {"ar": "حدد المتغيرات الناقصة ({missing})، أو احذف الأخرى لإيقاف {forum}.",
                         "fr": "Définissez les variables manquantes ({missing}), ou retirez les autres pour "
                               "désactiver {forum}."},
    "doctor_forum_ok": {"ar": "المنتدى {forum} مضبوط.", "fr": "Forum {forum} configuré."},
    "doctor_forum_off": {"ar": "لا يوجد منتدى مضبوط (روابط المنتديات تجيب 503).",
                         "fr": "Aucun forum configuré (les points d'entrée des forums répondent 503)."},
    "doctor_secret_weak": {"ar": "{variable} قصير جدا أو قيمة مثال.", "fr": "{variable} est trop court ou une valeur d'exemple."},
    "doctor_fix_secret": {"ar": "ضع في {variable} سرا عشوائيا من 32 حرفا على الأقل (مثلا ‎openssl rand -hex 32‎).",
                          "fr": "Mettez dans {variable} un secret aléatoire d'au moins 32 caractères "
                                "(ex. `openssl rand -hex 32`)."},
    "doctor_secret_key_file": {"ar": "RAFIQ_SECRET_KEY غير محدد: يُستعمل مفتاح عشوائي محفوظ في {path}.",
                               "fr": "RAFIQ_SECRET_KEY n'est pas défini : une clé aléatoire gardée dans {path} "
                                     "est utilisée."},
    "doctor_fix_secret_key": {"ar": "مع عدة خوادم أو في الإنتاج، ضع نفس السر في RAFIQ_SECRET_KEY على كل خادم.",
                              "fr": "Avec plusieurs serveurs ou en production, mettez le même secret dans "
                                    "RAFIQ_SECRET_KEY partout."},
    "doctor_console_tokens_bad": {"ar": "حسابات لوحة المؤطرين غير صالحة: {names} (الشكل: اسم:دور:رمز من 12 حرفا على الأقل).",
                                  "fr": "Comptes de la console invalides : {names} (forme nom:rôle:jeton d'au moins "
                                        "12 caractères)."},
    "doctor_fix_console": {"ar": "صحّح RAFIQ_CONSOLE_TOKENS، مثلا ‎karim:tutor:<رمز طويل>‎.",
                           "fr": "Corrigez RAFIQ_CONSOLE_TOKENS, ex. karim:tutor:<jeton long>."},
    "doctor_console_off": {"ar": "لوحة المؤطرين بدون حسابات (RAFIQ_CONSOLE_TOKENS فارغ).",
                           "fr": "Console des tuteurs sans compte (RAFIQ_CONSOLE_TOKENS est vide)."},
    "doctor_console_ok": {"ar": "لوحة المؤطرين: {n} حسابات.", "fr": "Console des tuteurs : {n} comptes."},
    "doctor_summary_ok": {"ar": "لا شيء يمنع التشغيل.", "fr": "Rien n'empêche de démarrer."},
    "doctor_summary_bad": {"ar": "يجب إصلاح الأخطاء أعلاه قبل التشغيل.", "fr": "Corrigez les erreurs ci-dessus avant de démarrer."},
}
