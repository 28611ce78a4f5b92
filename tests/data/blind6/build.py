# -*- coding: utf-8 -*-
"""Blind evaluation set 6 for Rafiq. All data below is hand-written.

Run: python3 build.py  -> writes questions.jsonl and dialogues.jsonl next to this file.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------------------
# CONTENT questions: (variety, question, expected ids). Grouped by the main
# section they target; "# T" marks questions that hold a word which could
# mislead a keyword router (tutor, dates/when, feelings, thanks, money...)
# while still asking for guide content.
# ---------------------------------------------------------------------------
CONTENT = [
    # ---- charter ----
    ("fr", "Mon message sur le forum a été caché alors qu'il n'avait rien de méchant, je peux faire quoi pour qu'on le revoie ?", ["charter-appeal"]),
    ("darija", "الميساج ديالي تحبس فالمنتدى وأنا ما درت والو، كيفاش نعترض على هاد القرار؟", ["charter-appeal"]),
    ("arabizi", "chno ndir ila ktbt chi 7aja f forum w t7aydat bla sbab?", ["charter-appeal"]),

    ("msa", "كيف تتم مراقبة الرسائل المنشورة في منتدى المساق؟ ومن يقرر حذفها نهائيا؟", ["charter-moderation"]),
    ("arabizi", "chno kaydir Rafiq m3a les messages dyal forum? wach howa li kay7ydhom?", ["charter-moderation"]),

    ("fr", "Un collègue a posté une blague sur les gens de Fès, c'est accepté sur le forum ?", ["charter-no-hate"]),
    ("msa", "هل يسمح بفتح نقاش حول المساواة بين الفتيات والفتيان في المنتدى، أم يعد موضوعا ممنوعا؟", ["charter-no-hate"]),

    ("darija", "واحد حط فالمنتدى كيبيع رابورات ديال الستاج واجدين، واش هادشي مسموح؟", ["charter-no-spam"]),
    ("arabizi", "wa7ed sift lina f forum lien kay9ol bach tdir mutation khass tkhelles, chno ndir?", ["charter-no-spam"]),  # T (mutation/money)

    ("fr", "Est-ce que je peux poser une question sur ma mutation ou mon salaire dans le forum du MOOC ?", ["charter-on-topic"]),  # T
    ("msa", "ما هي المواضيع التي يجوز طرحها في منتدى المساق؟ وهل يمكن الحديث فيه عن كرة القدم؟", ["charter-on-topic"]),

    ("darija", "واش نقدر نحط النمرة ديال التيليفون ديالي فالمنتدى باش يتاصلو بيا الزملاء؟", ["charter-personal-data"]),
    ("arabizi", "7titt capture d'écran fiha code Massar dyal wa7ed stagiaire f forum, wach mamnou3?", ["charter-personal-data"]),

    ("fr", "Quelqu'un m'envoie des messages privés sans arrêt et se moque de moi dans plusieurs fils, c'est toléré ?", ["charter-respect"]),
    ("msa", "زميل يسخر من مداخلاتي في المنتدى باستمرار، كيف أتصرف؟", ["charter-respect"]),
    ("arabizi", "ila chi wa7ed sebb chi 7ed b darija f forum, wach kayt7ayed message dyalo?", ["charter-respect"]),

    ("darija", "شنو هوما الحوايج اللي مرحب بيهم نشاركهم فالمنتدى؟", ["charter-welcome"]),
    ("arabizi", "wach momkin nkteb f forum ghir bach nchkor chi wa7ed 3awnni? wla ghir les questions?", ["charter-welcome"]),  # T (thanks)

    # ---- FAQ ----
    ("fr", "Est-ce que l'attestation du MOOC va m'aider pour ma promotion ?", ["faq-attestation-career"]),
    ("darija", "الشهادة ديال هاد الموك واش كتحسب فالترقية ولا لا؟", ["faq-attestation-career"]),

    ("msa", "أنا في عطلة مرضية طويلة، هل أستطيع الانتقال إلى فوج لاحق؟", ["faq-change-cohort"]),
    ("arabizi", "momkin nbeddel l cohorte? 3ndi mission had chhar w ma ghadich nlle7e9", ["faq-change-cohort"]),

    ("fr", "Comment je fais pour joindre mon tuteur quand c'est une question personnelle ?", ["faq-contact-tutor"]),  # T
    ("darija", "فين نلقى السمية ديال الطوتور ديالي وكيفاش نتواصل معاه؟", ["faq-contact-tutor"]),  # T

    ("msa", "هل التسجيل في المساق مؤدى عنه؟", ["faq-free"]),
    ("arabizi", "wa7ed tleb mni 200 dh bach y3tini l'attestation, wach lMOOC machi bl flouss?", ["faq-free"]),  # T (money)

    ("fr", "Je peux rendre mon devoir en arabe même si le forum est plutôt en français ?", ["faq-language"]),
    ("darija", "واش نقدر نكتب بالدارجة فالمنتدى؟", ["faq-language"]),

    ("msa", "مرضت ولن أستطيع تسليم الواجب في وقته، هل يقبل بعد انتهاء الأجل؟", ["faq-late-submission"]),
    ("arabizi", "fatni deadline dyal devoir b nhar, wach mazal n9der nsifto?", ["faq-late-submission"]),  # T (deadline)

    ("fr", "J'ai raté la classe virtuelle d'hier à cause d'une réunion, c'est grave ?", ["faq-missed-live"]),
    ("darija", "فاتني اللايف ديال البارح حيت كان عندي كور، شنو ندير دابا؟", ["faq-missed-live"]),

    ("msa", "هل يمكن متابعة الدروس من الهاتف الذكي دون حاسوب؟", ["faq-mobile"]),
    ("arabizi", "ma3ndich PC, wach n9der ntab3 lMOOC ghir b telephone?", ["faq-mobile"]),
    ("darija", "واش كاين شي أبليكاسيون ديال البلاتفورم فالتيليفون؟", ["faq-mobile"]),

    ("fr", "Où est-ce que je trouve la vidéo enregistrée de la dernière classe virtuelle ?", ["faq-recordings"]),
    ("darija", "فين كيحطو التسجيلات ديال اللايفات؟ ونقدر نبارطاجيهم فالواتساب؟", ["faq-recordings"]),

    ("msa", "كم من الوقت أحتاج أسبوعيا لمتابعة المساق؟", ["faq-weekly-hours"]),
    ("arabizi", "ch7al mn sa3a f simana khassni n3ti l had lMOOC?", ["faq-weekly-hours"]),
    ("darija", "راني ضايع مع هاد الموك، شحال من ساعة خاصني نخدم فالسيمانة؟", ["faq-weekly-hours"]),  # T (feeling)

    # ---- profession ----
    ("fr", "On va co-animer une séance à deux formateurs la semaine prochaine, comment bien se répartir les rôles ?", ["prof-collaboration"]),
    ("darija", "كيفاش نخدمو جوج مكونين فحصة وحدة بلا ما نتناقضو قدام المتدربين؟", ["prof-collaboration"]),

    ("msa", "كيف يمكن للمكون أن يواصل تطوير كفاياته طيلة مساره المهني؟", ["prof-continuing-development"]),
    ("arabizi", "ana formateur jdid f CRMEF, f chno khassni ntkawwen lowl?", ["prof-continuing-development"]),

    ("fr", "Un stagiaire m'a confié un souci personnel qui perturbe son stage, comment réagir sans trahir sa confiance ?", ["prof-ethics"]),
    ("darija", "واش عادي نعطي دروس خصوصية بالفلوس للمتدربين ديالي؟", ["prof-ethics"]),

    ("msa", "أشعر أنني ما زلت أستاذا أكثر مني مكونا، كيف أبني هويتي المهنية الجديدة؟", ["prof-identity"]),  # T (feeling)
    ("arabizi", "chno hiya l'identité professionnelle dyal formateur?", ["prof-identity"]),

    ("fr", "Quelle est la différence entre CRMEF, CFIE et COPE ?", ["prof-institutions"]),
    ("darija", "شنو كيبدل القانون الإطار 51.17 فالخدمة ديال المكون؟", ["prof-institutions"]),

    ("msa", "ما معنى أن يتخلى المكون عن أسلوب المحاضرة ليصبح مرافقا للمتدربين؟", ["prof-posture"]),
    ("arabizi", "kifach nw9ef nkon ghir kan9ra f séance w nbda nwakeb les stagiaires?", ["prof-posture"]),

    ("fr", "Les styles d'apprentissage visuel ou auditif, c'est prouvé scientifiquement ?", ["prof-research-informed"]),
    ("darija", "فين نقلب على أبحاث تربوية موثوقة باش نبني عليها التكوين ديالي؟", ["prof-research-informed"]),

    ("msa", "ما هي الأدوار التي يقوم بها مكون الأساتذة؟", ["prof-roles"]),
    ("arabizi", "chno homa les rôles dyal formateur f CRMEF?", ["prof-roles"]),
    ("fr", "Je suis complètement perdu entre concepteur, animateur, évaluateur... Ça fait quoi exactement, un formateur ?", ["prof-roles"]),  # T (feeling)

    ("fr", "Quelles valeurs un formateur devrait-il montrer à ses stagiaires par sa façon de travailler ?", ["prof-values"]),
    ("darija", "علاش خاص المكون يبارطاجي الفيشات ديالو مع الزملاء؟", ["prof-values"]),

    # ---- engineering ----
    ("msa", "ما هو الانسجام البيداغوجي حسب بيغز؟", ["eng-alignment"]),
    ("fr", "Mes stagiaires apprennent des définitions par cœur alors que je veux qu'ils sachent construire des grilles ; je crois que mon examen ne colle pas à mes objectifs. Comment vérifier ?", ["eng-alignment"]),
    ("msa", "كيف أتحقق من أن أهداف المجزوءة وأنشطتها وطريقة تقويمها متناسقة فيما بينها؟", ["eng-alignment"]),

    ("darija", "كيفاش نعرف واش الفورماسيون اللي درت جابت نتيجة بصح؟", ["eng-evaluation-of-training"]),
    ("arabizi", "chno howa model dyal Kirkpatrick?", ["eng-evaluation-of-training"]),
    ("msa", "ما هي المستويات الأربعة لتقويم التكوين عند كيركباتريك؟", ["eng-evaluation-of-training"]),

    ("fr", "C'est quoi une classe inversée ?", ["eng-flipped"]),
    ("msa", "كيف أتعامل مع المتدربين الذين لم يشاهدوا الفيديو قبل الحصة في التكوين المعكوس؟", ["eng-flipped"]),

    ("darija", "بغيت نصاوب فورماسيون فيها الحضوري وعن بعد، كيفاش نربط بيناتهم؟", ["eng-hybrid"]),
    ("arabizi", "chno l far9 bin formation hybride w ghir n7ett documents f plateforme?", ["eng-hybrid"]),

    ("fr", "Quelle différence entre un SPOC et un MOOC ?", ["eng-mooc-formats"]),
    ("msa", "ما الفرق بين xMOOC وcMOOC؟ ومتى نختار كل واحد منهما؟", ["eng-mooc-formats"]),
    ("darija", "شنو الفرق بين MOOC و SPOC؟ وشكون فيهم يصلاح لفوج ديال المتدربين؟", ["eng-mooc-formats"]),

    ("darija", "كيفاش نعرف شنو محتاجين الأساتذة قبل ما نوجد ليهم تكوين؟", ["eng-needs-analysis"]),
    ("arabizi", "l'administration bghat formation 3la numérique, wach hadak howa besoin? kifach ndir analyse des besoins?", ["eng-needs-analysis"]),

    ("fr", "Comment écrire un objectif opérationnel correct ? Je mets toujours « comprendre » ou « connaître »...", ["eng-objectives-competencies"]),
    ("msa", "ما الفرق بين الكفاية والهدف الإجرائي؟", ["eng-objectives-competencies"]),
    ("arabizi", "kifach nktb objectifs b taxonomie de Bloom?", ["eng-objectives-competencies"]),

    ("darija", "عندي حصة ديال 3 سوايع غدا مع المتدربين، كيفاش نوجدها؟", ["eng-session-preparation"]),  # T (tomorrow)
    ("arabizi", "kifach nprepari séance de formation mzyana? 3tini les étapes", ["eng-session-preparation"]),

    ("fr", "C'est quoi un scénario pédagogique centré sur une tâche complexe et réaliste ?", ["eng-task-scenarios"]),
    ("msa", "كيف أصمم سيناريو تكوينيا يقوم على مهمة قريبة من الواقع المهني؟", ["eng-task-scenarios"]),

    ("darija", "المديرية طلبات مني نوجد مخطط التكوين ديال العام كامل، منين نبدا؟", ["eng-training-plan"]),
    ("arabizi", "chno khass ykon f plan de formation dyal 3am kaml?", ["eng-training-plan"]),

    # ---- facilitation ----
    ("fr", "Donne-moi des méthodes actives que je peux utiliser avec des enseignants stagiaires.", ["fac-active-methods"]),
    ("msa", "ما هي الطرائق النشيطة وكيف أختار من بينها؟", ["fac-active-methods"]),
    ("darija", "كيفاش نختار الطريقة النشيطة اللي تناسب الهدف ديال الحصة؟", ["fac-active-methods"]),

    ("darija", "شنو هي الأندراغوجيا؟", ["fac-adult-learners"]),
    ("arabizi", "les adultes kayt3elmo b7al drari sghar? chno khassni nrd lbal mno?", ["fac-adult-learners"]),

    ("fr", "Un stagiaire monopolise la parole à chaque séance, les autres n'osent plus rien dire. Que faire ?", ["fac-difficult-situations"]),
    ("msa", "كيف أتصرف مع متدرب يعترض على كل ما أقوله أمام المجموعة؟", ["fac-difficult-situations"]),

    ("darija", "فالخدمة فمجموعات ديما كاين واحد كيخدم والباقي كيتفرجو، كيفاش نتنظمها؟", ["fac-group-work"]),
    ("arabizi", "ch7al mn wa7ed khass ykon f groupe bach ykon travail de groupe mzyan?", ["fac-group-work"]),

    ("fr", "Comment organiser une séance de micro-enseignement au CRMEF ?", ["fac-micro-teaching"]),
    ("msa", "ما هو التدريس المصغر؟", ["fac-micro-teaching"]),
    ("arabizi", "kifach ndir micro-enseignement m3a les stagiaires dyali?", ["fac-micro-teaching"]),

    ("darija", "المتدربين ديالي فالموك كيبداو بحماس ومن بعد كيطفاو، كيفاش نحافظ على الدافعية ديالهم؟", ["fac-motivation"]),
    ("arabizi", "chno kat9ol théorie de l'autodétermination 3la motivation?", ["fac-motivation"]),

    ("fr", "Je suis stressée à l'idée d'écrire sur le forum devant mes collègues et mon inspecteur, c'est normal ?", ["fac-online-anxiety"]),  # T (feeling)
    ("msa", "بعض المشاركين يخافون من استعمال المنصة، كيف أطمئنهم وأقوي ثقتهم بأنفسهم؟", ["fac-online-anxiety"]),
    ("arabizi", "ana m9ale9 bzaf mn forum, kan7chem nkteb 9dam l'inspecteur dyali", ["fac-online-anxiety"]),  # T (feeling)

    ("darija", "عطيني شي فكرة باش نبدا الحصة مع مجموعة جديدة، وكيفاش نختمها مزيان", ["fac-opening-closing"]),
    ("arabizi", "kifach nsedd séance? dima kaysali lwe9t w ma kandir ta synthèse", ["fac-opening-closing"]),
    ("msa", "أنا متوتر جدا قبل أول حصة تكوينية لي، كيف أفتتحها بشكل جيد؟", ["fac-opening-closing"]),  # T (feeling)

    ("fr", "Je dépasse toujours le temps prévu pendant mes séances, des astuces ?", ["fac-time-management"]),
    ("msa", "كيف أوزع زمن الحصة بين الأنشطة دون أن أضحي بالتركيب في النهاية؟", ["fac-time-management"]),
    ("arabizi", "imta khassni ndir synthèse f séance w ch7al mn we9t n3tiha?", ["fac-time-management", "fac-opening-closing"]),  # T (imta)

    # ---- assessment ----
    ("darija", "شنو الفرق بين لاتيستاسيون ديال الحضور والسرتيفيكا ديال النجاح والبادج؟", ["ass-certificates-badges"]),
    ("fr", "C'est quoi un open badge exactement ?", ["ass-certificates-badges"]),
    ("darija", "شنو هوما البادجات المفتوحة وشنو كيتبتو؟", ["ass-certificates-badges"]),

    ("msa", "متى نلجأ إلى التقويم التشخيصي وما الغرض منه؟", ["ass-diagnostic"]),  # T (when)
    ("arabizi", "wach évaluation diagnostique khassha tkon b note?", ["ass-diagnostic"]),
    ("fr", "Avant de lancer un nouveau module, comment savoir ce que mes stagiaires maîtrisent déjà ?", ["ass-diagnostic"]),

    ("fr", "Comment faire des commentaires utiles sur les fiches de préparation de mes stagiaires ?", ["ass-feedback"]),
    ("darija", "كيفاش نعطي فيدباك للمتدرب بلا ما نحبطو؟", ["ass-feedback"]),
    ("fr", "Le feedback, je le donne quand : avant la note, après, ou sans note ?", ["ass-feedback"]),  # T (quand)

    ("msa", "ما الذي يميز التقويم التكويني عن الإجمالي؟", ["ass-formative-vs-summative"]),
    ("darija", "عافاك فكرني فالفرق بين التقويم التكويني والإجمالي، راني تلفت", ["ass-formative-vs-summative"]),  # T (feeling)

    ("fr", "C'est quoi l'évaluation formative ?", ["ass-formative"]),
    ("arabizi", "3tini chi techniques dyal évaluation formative n9der ndirhom f séance", ["ass-formative"]),
    ("darija", "إمتى خاص ندير التقويم التكويني؟ فالأول ولا فالوسط ديال التعلم؟", ["ass-formative"]),  # T (imta)

    ("msa", "كيف أنظم عملية يقوم فيها المتدربون بتقويم أعمال بعضهم البعض؟", ["ass-peer"]),
    ("fr", "Dans un MOOC, faire noter les copies par les autres participants, ça marche vraiment ? Les notes sont souvent trop gentilles.", ["ass-peer"]),

    ("darija", "شنو خاص يكون فالبورتفوليو ديال الأستاذ المتدرب؟", ["ass-portfolio"]),
    ("arabizi", "chno howa portfolio d'apprentissage?", ["ass-portfolio"]),
    ("fr", "Mon tuteur m'a conseillé de tenir un portfolio, ça sert à quoi au juste ?", ["ass-portfolio"]),  # T (tuteur)

    ("fr", "Comment construire une grille critériée pour corriger des productions écrites ?", ["ass-rubrics"]),
    ("msa", "ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),

    ("darija", "كيفاش نخلي المتدربين يقيمو راسهم بوحدهم؟", ["ass-self-assessment"]),
    ("arabizi", "chno ma3na métacognition?", ["ass-self-assessment"]),
    ("msa", "ما المقصود بالتقويم الذاتي، ولماذا هو مهم في التكوين عن بعد؟", ["ass-self-assessment"]),

    ("fr", "Quand utilise-t-on l'évaluation sommative et comment la rendre équitable ?", ["ass-summative"]),  # T (quand)
    ("msa", "ما هو التقويم الإجمالي؟", ["ass-summative"]),
    ("arabizi", "chno hiya l'évaluation sommative w fo9ach kandiroha?", ["ass-summative"]),  # T (fo9ach)

    # ---- supervision ----
    ("darija", "بغيت ندير بحث إجرائي مع القسم ديالي، شنو هوما المراحل؟", ["sup-action-research"]),
    ("arabizi", "recherche-action chno hiya w kifach nbdaha?", ["sup-action-research"]),
    ("arabizi", "tuteur dyali 9al lia nchof recherche-action l mémoire, wach tsla7?", ["sup-action-research"]),  # T (tuteur)

    ("fr", "Comment mener une séance d'analyse de pratiques en groupe avec mes stagiaires au retour de stage ?", ["sup-analysis-of-practice"]),
    ("msa", "ما هي مراحل بروتوكول GEASE لتحليل الممارسات؟", ["sup-analysis-of-practice"]),

    ("darija", "كيفاش نوجد المخطط الفردي ديال التطوير المهني ديالي؟", ["sup-development-plan"]),
    ("arabizi", "plan individuel dyal développement pro, chno fih?", ["sup-development-plan"]),

    ("fr", "On voudrait créer une communauté d'apprentissage entre collègues, comment démarrer ?", ["sup-learning-communities"]),
    ("msa", "ما الذي يميز مجتمع التعلم المهني عن اجتماع عادي للفريق؟", ["sup-learning-communities"]),

    ("darija", "غادي نكون مرشد لأستاذة جديدة خرجات من السيرميف، شنو هو الدور ديالي؟", ["sup-mentoring"]),
    ("arabizi", "chno howa mentorat dyal les enseignants jdad?", ["sup-mentoring"]),

    ("fr", "Comment construire une grille d'observation de classe ?", ["sup-observation-grid"]),
    ("msa", "ما أنواع شبكات الملاحظة التي يمكن استعمالها أثناء زيارة القسم؟", ["sup-observation-grid"]),
    ("darija", "كيفاش نوجد شبكة الملاحظة قبل ما نمشي نزور القسم؟", ["sup-observation-grid"]),

    ("darija", "غادي نمشي نحضر حصة عند أستاذ متدرب، فين نجلس وشنو نكتب؟", ["sup-observation"]),
    ("arabizi", "observation de classe, chno ndir 9bel séance?", ["sup-observation"]),

    ("fr", "Comment mener l'entretien après avoir observé une séance ?", ["sup-post-observation-interview"]),
    ("msa", "كيف أدير الحوار مع الأستاذ بعد أن أحضر حصته؟", ["sup-post-observation-interview"]),
    ("fr", "L'entretien après une visite, on le fait quand : le jour même ou la semaine d'après ?", ["sup-post-observation-interview"]),  # T (quand)

    ("darija", "شنو هي الممارسة التأملية؟", ["sup-reflective-practice"]),
    ("arabizi", "kifach n3awn les stagiaires ykteb journal de bord réflexif?", ["sup-reflective-practice"]),

    # ---- digital / platform ----
    ("fr", "Est-ce que je peux filmer des élèves mineurs pendant une visite de stage ?", ["dig-data-privacy", "prof-ethics"]),
    ("msa", "ما هو القانون 09.08 وما علاقته بعمل المكون؟", ["dig-data-privacy"]),
    ("msa", "هل يمكنني أن أطلب حذف كل ما يحتفظ به رفيق عن محادثاتي؟", ["dig-data-privacy", "tut-rafiq-escalation"]),

    ("darija", "كيفاش نطيليشارجي الشهادة ديالي من الپلاتفورم؟", ["dig-etakwine-attestation"]),
    ("arabizi", "smiti mktouba ghalat f l'attestation, chno ndir?", ["dig-etakwine-attestation"]),
    ("arabizi", "chno homa les conditions bach nakhod l'attestation dyal lMOOC?", ["dig-etakwine-attestation"]),

    ("fr", "J'ai oublié mon mot de passe e-Takwine et il est 23h, comment je le récupère ?", ["dig-etakwine-login-password"]),  # T (hour)
    ("msa", "لا أستطيع الدخول إلى حسابي في المنصة رغم أنني متأكد من كلمة المرور", ["dig-etakwine-login-password"]),
    ("msa", "وصلتني رسالة تطلب مني معلومات الدخول إلى حسابي في e-Takwine، هل هي فعلا من المنصة؟", ["dig-etakwine-login-password"]),

    ("darija", "فين نلقى الفوروم ديال الموديل 3 فالپلاتفورم؟", ["dig-etakwine-navigation"]),
    ("arabizi", "module dyali ba9i gris f plateforme, 3lach?", ["dig-etakwine-navigation"]),

    ("fr", "Comment créer mon compte sur e-Takwine ?", ["dig-etakwine-registration"]),
    ("arabizi", "salam, kifach ndir l'inscription f e-Takwine? lien d'activation ma wslnich", ["dig-etakwine-registration"]),

    ("msa", "كيف أودع واجبي في المنصة؟ وما هي صيغة الملف الأنسب؟", ["dig-etakwine-submission"]),
    ("darija", "صيفطت الديفوار ولكن مكتوب عليه برويون، واش وصل للطوتور؟", ["dig-etakwine-submission"]),  # T (tuteur)

    ("fr", "Les vidéos du module coupent tout le temps, qu'est-ce que je peux faire ?", ["dig-etakwine-technical"]),
    ("arabizi", "bouton ma kaytclikach f plateforme, chkon n3ayet lih?", ["dig-etakwine-technical"]),

    ("msa", "ما هو نموذج SAMR؟", ["dig-ict-integration"]),
    ("darija", "كيفاش نختار أداة رقمية مناسبة للحصة ديالي؟", ["dig-ict-integration"]),

    ("fr", "C'est quoi la nétiquette ?", ["dig-netiquette"]),
    ("arabizi", "kifach nkteb message mzyan f groupe whatsapp dyal stagiaires bla ma yban 9a7?", ["dig-netiquette"]),
    ("msa", "كيف أكتب رسالة مهذبة وواضحة إلى زملائي في المنتدى؟", ["dig-netiquette"]),

    ("msa", "هل يمكنني ترجمة فيديو منشور بترخيص CC BY-NC-ND وإعادة نشره؟", ["dig-resources-copyright"]),
    ("fr", "Une image trouvée sur Google, je peux la mettre dans mes diapos de formation ?", ["dig-resources-copyright"]),
    ("arabizi", "les licences Creative Commons, chno ma3na BY w NC?", ["dig-resources-copyright"]),

    # ---- online tutoring ----
    ("darija", "كيفاش نكتب سؤال مزيان لرفيق باش يفهمني؟", ["tut-asking-good-questions"]),
    ("fr", "Comment bien formuler ma question au tuteur pour avoir une réponse rapide ?", ["tut-asking-good-questions"]),  # T (tuteur)

    ("msa", "كيف أتعامل مع المشاركين الذين توقفوا عن الدخول إلى المساق؟", ["tut-dropout-prevention"]),
    ("arabizi", "kifach nrelanci les participants li ghabo bla ma n9el9hom?", ["tut-dropout-prevention"]),
    ("msa", "أنا قلق لأن نصف المشاركين في مجموعتي لم يدخلوا المنصة منذ أسبوعين، ماذا أفعل؟", ["tut-dropout-prevention"]),  # T (feeling)

    ("fr", "Je dois faire vivre le forum de mon module, des conseils ?", ["tut-forum-facilitation"]),
    ("darija", "كيفاش نحيي الفوروم ديال الموك وندير النقاش يمشي؟", ["tut-forum-facilitation"]),

    ("msa", "ما هو الدور التنظيمي للمؤطر في التكوين عن بعد؟", ["tut-organizational-role"]),  # T (tutor)
    ("arabizi", "chno kaydir tuteur f jiha dyal l'organisation w les rappels?", ["tut-organizational-role"]),  # T (tutor)
    ("msa", "متى ينبغي للمؤطر أن يذكر المشاركين بالآجال، وكم مرة؟", ["tut-organizational-role"]),  # T (when/deadlines)

    ("fr", "Sur le plan pédagogique, il fait quoi exactement, le tuteur en ligne ?", ["tut-pedagogical-role"]),  # T (tuteur)
    ("darija", "شنو الفرق بين الخدمة ديال رفيق والخدمة ديال الطوتور فالشرح والتصحيح؟", ["tut-pedagogical-role"]),  # T

    ("msa", "كيف أكون مجموعة دراسة مع زملاء من نفس المركز؟", ["tut-peer-support"]),
    ("arabizi", "bghit ndir groupe d'étude m3a s7abi f lMOOC, ch7al mn wa7ed?", ["tut-peer-support"]),
    ("darija", "الطوتور قالي نشارك فشي مجموعة ديال المراجعة، كيفاش نكونها؟", ["tut-peer-support"]),  # T (tuteur)

    ("fr", "Dans quels cas Rafiq transmet ma question à un humain ?", ["tut-rafiq-escalation"]),  # T (humain)
    ("darija", "إمتى رفيق كيدوز السؤال للمؤطر؟", ["tut-rafiq-escalation"]),  # T (imta + tutor)

    ("msa", "كم من الوقت يستغرق المؤطر للرد على سؤالي؟", ["tut-response-times"]),  # T
    ("arabizi", "ch7al kayt3tel tuteur bach yjawb? sifet lih mn lbar7", ["tut-response-times"]),  # T

    ("fr", "Le côté socio-cognitif du travail du tuteur, ça veut dire quoi ?", ["tut-socio-cognitive-role"]),
    ("darija", "كيفاش الطوتور يقدر يحسس المشاركين بلي ماشي بوحدهم فالموك؟", ["tut-socio-cognitive-role"]),
]

# ---------------------------------------------------------------------------
OUT_OF_SCOPE = [
    ("fr", "Quand est-ce que le salaire des formateurs sera versé ce mois-ci ?"),
    ("fr", "Comment demander une attestation de travail à la direction régionale ?"),
    ("fr", "Quel est le programme de l'examen professionnel pour passer à l'échelle suivante ?"),
    ("fr", "Combien touche un formateur de CRMEF en indemnités de déplacement pour les visites de stage ?"),
    ("fr", "Comment créer une classe sur Google Classroom ?"),
    ("fr", "Tu peux me conseiller un bon restaurant à Rabat pour ce soir ?"),
    ("fr", "Quels sont les coefficients des matières au bac sciences maths ?"),
    ("fr", "Comment calculer ma pension si je pars en retraite anticipée ?"),
    ("fr", "Qui a gagné la dernière Coupe d'Afrique des nations ?"),
    ("fr", "Le mot de passe du wifi du centre ne marche plus, tu le connais ?"),

    ("msa", "متى ستصدر نتائج الحركة الانتقالية الخاصة بالمكونين؟"),
    ("msa", "كم عدد ساعات العمل القانونية للمكون في المركز الجهوي أسبوعيا؟"),
    ("msa", "ما هي عاصمة كندا؟"),
    ("msa", "كيف أحصل على شهادة الأجرة من مصلحة الموارد البشرية؟"),
    ("msa", "كيف أنشئ اجتماعا على منصة Microsoft Teams؟"),
    ("msa", "ما هي مدة رخصة الولادة بالنسبة للموظفات في قطاع التعليم؟"),
    ("msa", "هل يمكنك أن تقترح علي وصفة طاجين سهلة؟"),
    ("msa", "ما هو مقرر الرياضيات للسنة الثانية باكالوريا علوم تجريبية؟"),
    ("msa", "كم تبلغ قيمة التعويض عن التنقل في مهام التأطير الميداني؟"),
    ("msa", "من هو مؤلف رواية اللص والكلاب؟"),

    ("darija", "إمتى غادي يخلصونا التعويضات ديال الستاج؟"),
    ("darija", "شحال كيشد المكون فالسيرميف فالشهر؟"),
    ("darija", "شحال ديال الأيام ديال الكونجي كيتعطاو للمكونين فالعام؟"),
    ("darija", "شنو أحسن تيليفون نشري بثلاثة آلاف درهم؟"),
    ("darija", "واش كاين شي كريدي ديال السكن خاص بموظفين التعليم؟"),
    ("darija", "كيفاش نسجل ولدي فمدرسة خصوصية فالرباط؟"),
    ("darija", "شكون ربح الماتش ديال البارح؟"),
    ("darija", "عاوني نكتب طلب رخصة استثنائية للمدير ديال المركز"),
    ("darija", "كيفاش نخدم بكانفا باش نصاوب أفيش ديال النشاط؟"),
    ("darija", "البادج ديال الباركينغ ديال المركز تحرق ليا، فين نجددو؟"),

    ("arabizi", "imta ghadi ykhrjo natija dyal mouvement dyal had l3am?"),
    ("arabizi", "ch7al kaykhlsou formateur f COPE?"),
    ("arabizi", "kifach n3mr déclaration dyal impôts online?"),
    ("arabizi", "3tini recette dyal msemen 3afak"),
    ("arabizi", "wach kayn chi concours dyal inspecteurs had l3am w imta?"),
    ("arabizi", "kifach nsowb compte f ChatGPT?"),
    ("arabizi", "ch7al kayn mn kilometre bin Fes w Meknes?"),
    ("arabizi", "wach l'attestation dyal sokna katkhrej mn l9iyada wla mn lbaladiya?"),
    ("arabizi", "l'évaluation dyal tomobil dyali ch7al katswa f assurance?"),
    ("arabizi", "mot de passe dyal Massar dyal weldi tnsa, kifach nrecuperih?"),
]

CALENDAR = [
    ("fr", "C'est pour quand le devoir du module 2 sur le scénario de formation ?"),
    ("fr", "La classe virtuelle du module 5, elle commence à quelle heure ?"),
    ("fr", "Le module 4 ouvre quel jour ?"),
    ("msa", "متى ينتهي أجل إيداع الواجب الخاص بشبكة التقويم؟"),
    ("msa", "في أي يوم ستنعقد الحصة المباشرة الختامية للمساق؟"),
    ("msa", "متى يبدأ المساق ومتى ينتهي بالنسبة لفوجنا؟"),
    ("darija", "إمتى آخر أجل ديال الديفوار ديال الموديل 3؟"),
    ("darija", "اللايف ديال الموديل 6 إمتى وفاش من ساعة؟"),
    ("darija", "إمتى كيتسد الموديل 5؟"),
    ("arabizi", "imta deadline dyal portrait professionnel f module 1?"),
    ("arabizi", "live dyal module 4 imta w f ch7al?"),
    ("arabizi", "module 6 imta kaybda w imta kaysali?"),
]

HUMAN = [
    ("fr", "Je voudrais parler à un vrai tuteur, pas à un robot."),
    ("fr", "Pouvez-vous me mettre en relation avec une personne de l'équipe pédagogique ?"),
    ("fr", "Passe-moi un humain stp"),
    ("msa", "أريد التحدث مع مؤطر بشري من فضلك"),
    ("msa", "هل يمكن أن تحولني إلى أحد أعضاء الفريق البيداغوجي؟"),
    ("msa", "أفضل أن يجيبني شخص حقيقي"),
    ("darija", "بغيت نهضر مع شي مؤطر ماشي روبو"),
    ("darija", "عافاك وصلني بشي واحد من الفريق"),
    ("darija", "عيط ليا على الطوتور ديالي، بغيت نتكلم معاه نيشان"),
    ("arabizi", "bghit nhder m3a chi insan 7a9i9i 3afak"),
    ("arabizi", "wsselni b tuteur dyali daba"),
    ("arabizi", "mabghitch robot, bghit chi wa7ed mn l'équipe"),
]

SOCIAL = [
    ("fr", "Merci beaucoup, c'était très clair !"),
    ("fr", "Bonsoir Rafiq"),
    ("fr", "Bonne soirée, à demain"),
    ("msa", "شكرا جزيلا على المساعدة"),
    ("msa", "السلام عليكم ورحمة الله"),
    ("msa", "إلى اللقاء، يوما سعيدا"),
    ("darija", "الله يجازيك بخير، عاونتيني بزاف"),
    ("darija", "صباح الخير، لاباس عليك؟"),
    ("darija", "يالله بسلامة، نتلاقاو"),
    ("arabizi", "choukran bzaf khouya"),
    ("arabizi", "salam cv?"),
    ("arabizi", "bslama, tsbe7 3la khir"),
]

# ---------------------------------------------------------------------------
# DIALOGUES
def A(u, *s): return {"user": u, "expect": {"kind": "answer", "sections": list(s)}}
def EX(u, *s): return {"user": u, "expect": {"kind": "same_topic_example", "sections": list(s)}}
def OL(u, lang, *s): return {"user": u, "expect": {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}}
def CL(u): return {"user": u, "expect": {"kind": "clarify"}}
def CF(u, *s): return {"user": u, "expect": {"kind": "confirm_clarification", "sections": list(s)}}
def CAL(u): return {"user": u, "expect": {"kind": "calendar"}}
def HUM(u): return {"user": u, "expect": {"kind": "human"}}

DIALOGUES = {
    "fr": [
        [A("Comment on construit une grille critériée pour noter des travaux ?", "ass-rubrics"),
         EX("Tu peux me donner un exemple concret ?", "ass-rubrics")],
        [A("Un stagiaire conteste tout ce que je dis en séance, je fais comment ?", "fac-difficult-situations"),
         OL("Et en arabe, s'il te plaît ?", "ar", "fac-difficult-situations")],
        [CL("l'évaluation"),
         CF("celle qu'on fait au tout début pour voir les prérequis", "ass-diagnostic"),
         EX("un exemple ?", "ass-diagnostic")],
        [A("C'est quoi l'observation de classe ?", "sup-observation"),
         A("Et l'entretien qui suit, on le mène comment ?", "sup-post-observation-interview"),
         EX("donne-moi un exemple de question à poser à l'enseignant", "sup-post-observation-interview")],
        [A("Comment je dépose mon devoir sur e-Takwine ?", "dig-etakwine-submission"),
         CAL("Et il faut le rendre quand, le devoir du module 3 ?")],
        [CL("la grille"),
         CF("celle pour observer une classe", "sup-observation-grid"),
         OL("en arabe stp", "ar", "sup-observation-grid")],
        [A("C'est quoi l'évaluation formative ?", "ass-formative"),
         A("et pour la sommative ?", "ass-summative"),
         A("au fond, qu'est-ce qui les distingue et comment on les combine ?", "ass-formative-vs-summative")],
        [A("J'ai oublié mon mot de passe e-Takwine", "dig-etakwine-login-password"),
         HUM("J'ai tout essayé, ça ne marche toujours pas. Je veux parler à quelqu'un de l'équipe.")],
        [A("Comment garder des participants motivés sur un MOOC de plusieurs mois ?", "fac-motivation"),
         EX("Tu peux illustrer avec un cas concret ?", "fac-motivation")],
        [CL("l'attestation"),
         CF("comment la récupérer sur la plateforme", "dig-etakwine-attestation"),
         A("et est-ce qu'elle compte pour mon avancement ?", "faq-attestation-career")],
    ],
    "msa": [
        [A("ما هو التقويم التكويني؟", "ass-formative"),
         EX("أعطني مثالا", "ass-formative")],
        [A("كيف أحضر حصة تكوينية؟", "eng-session-preparation"),
         OL("بالفرنسية من فضلك", "fr", "eng-session-preparation")],
        [CL("التقويم"),
         CF("أقصد أن يقوم المتدربون بتقويم أعمال بعضهم", "ass-peer"),
         EX("هل يمكن أن توضح ذلك بمثال؟", "ass-peer")],
        [CL("دور المؤطر"),
         CF("الدور المتعلق بالتحفيز والإحساس بالانتماء إلى المجموعة", "tut-socio-cognitive-role"),
         OL("أريد الجواب نفسه بالفرنسية", "fr", "tut-socio-cognitive-role")],
        [A("ما هي الممارسة التأملية؟", "sup-reflective-practice"),
         A("وكيف أشجع المتدربين عليها؟", "sup-reflective-practice"),
         EX("أعطني مثالا على أسئلة يكتبها المتدرب في دفتره بعد الحصة", "sup-reflective-practice")],
        [A("ما المقصود بتحليل الحاجات التكوينية؟", "eng-needs-analysis"),
         A("وبعد ذلك، كيف أبني مخطط التكوين السنوي؟", "eng-training-plan")],
        [A("كيف أتعامل مع متدرب غير منخرط في أنشطة المجموعة؟", "fac-difficult-situations"),
         EX("وضح لي أكثر بمثال من الواقع", "fac-difficult-situations")],
        [A("لم أتمكن من حضور الحصة المباشرة، ماذا أفعل؟", "faq-missed-live"),
         CAL("ومتى الحصة المباشرة الخاصة بالمجزوءة الرابعة؟")],
        [A("ما المقصود بالتكوين الهجين؟", "eng-hybrid"),
         OL("بالفرنسية لو سمحت", "fr", "eng-hybrid")],
        [CL("الشهادة"),
         CF("أقصد الفرق بين شهادة المشاركة والشارة الرقمية المفتوحة", "ass-certificates-badges"),
         HUM("هذا لا يكفيني، أريد أن أكلم مؤطرا بشريا")],
    ],
    "darija": [
        [A("شنو هو التدريس المصغر؟", "fac-micro-teaching"),
         EX("عطيني مثال", "fac-micro-teaching")],
        [A("كيفاش نوجد شبكة ديال التقويم بالمعايير؟", "ass-rubrics"),
         OL("بالفرنسية عافاك", "fr", "ass-rubrics")],
        [CL("التقويم"),
         CF("ديك اللي كنديرو فالأول باش نعرفو شنو عارفين", "ass-diagnostic"),
         A("وديك اللي كتكون فالأخير؟", "ass-summative")],
        [CL("الملاحظة"),
         CF("الهضرة اللي كتكون مع الأستاذ من بعد الحصة", "sup-post-observation-interview"),
         EX("عطيني مثال على شي سؤال نبدا بيه", "sup-post-observation-interview")],
        [A("كيفاش نتنظم الخدمة فمجموعات مع المتدربين؟", "fac-group-work"),
         EX("عطيني مثال ديال شي مهمة تصلاح للمجموعة", "fac-group-work")],
        [A("نسيت المودباس ديال e-Takwine", "dig-etakwine-login-password"),
         HUM("درت كلشي وباقي ما خدامش، بغيت نهضر مع شي بنادم")],
        [A("شنو هي الأندراغوجيا؟", "fac-adult-learners"),
         OL("بالفرنسية", "fr", "fac-adult-learners")],
        [A("كيفاش نعاون أستاذ مبتدئ فالعام الأول ديالو؟", "sup-mentoring"),
         A("ومنين نمشي نحضر عندو فالقسم، شنو خاصني نلاحظ؟", "sup-observation"),
         OL("قولها ليا بالفرنسية عافاك", "fr", "sup-observation")],
        [A("كيفاش نصيفط الديفوار فالپلاتفورم؟", "dig-etakwine-submission"),
         CAL("وإمتى آخر أجل ديال الديفوار ديال السيناريو فالموديل 2؟")],
        [CL("المؤطر"),
         CF("الدور ديالو فالشرح والتعليق على الخدمات ديالنا", "tut-pedagogical-role"),
         EX("عطيني مثال", "tut-pedagogical-role")],
    ],
    "arabizi": [
        [A("chno hiya l'évaluation formative?", "ass-formative"),
         EX("3tini chi mital", "ass-formative")],
        [A("kifach nprepari séance de formation?", "eng-session-preparation"),
         OL("b lfransawiya 3afak", "fr", "eng-session-preparation")],
        [CL("lmo2atir"),
         CF("dor dyalo f tanDim w les rappels dyal les dates", "tut-organizational-role"),
         EX("3tini mital", "tut-organizational-role")],
        [CL("la grille"),
         CF("grille dyal ta9wim b les critères", "ass-rubrics"),
         OL("b lfrançais 3afak", "fr", "ass-rubrics")],
        [A("kifach nt3amel m3a stagiaire li kaychedd lkelma dima f séance?", "fac-difficult-situations"),
         A("w kifach nnadem travail de groupe bach kolchi ykhdem?", "fac-group-work")],
        [A("chno howa l plan individuel dyal développement professionnel?", "sup-development-plan"),
         EX("3tini mital dyal objectif nktbo fih", "sup-development-plan")],
        [A("nsit mot de passe dyal e-Takwine", "dig-etakwine-login-password"),
         HUM("ma khdamch walo, bghit nhder m3a chi tuteur 7a9i9i")],
        [A("chno hiya classe inversée?", "eng-flipped"),
         A("w kifach ndirha m3a stagiaires li ma 3ndhomch connexion mzyana?", "eng-flipped"),
         OL("b lfransawiya", "fr", "eng-flipped")],
        [CL("l'évaluation"),
         CF("li kaydirha stagiaire l rasso", "ass-self-assessment"),
         EX("zidni chi explication b mital", "ass-self-assessment")],
        [A("fatetni séance live dyal module 3, chno ndir?", "faq-missed-live"),
         CAL("w live dyal module 4 imta?")],
    ],
}


def main():
    rows = []
    def add(kind, items):
        for v in VARS:
            for it in items:
                if it[0] != v:
                    continue
                exp = it[2] if kind == "content" else []
                rows.append({"question": it[1], "lang": LANG[v], "variety": v, "expected": exp, "kind": kind})
    add("content", CONTENT)
    add("out_of_scope", [(v, q) for v, q in OUT_OF_SCOPE])
    add("calendar", CALENDAR)
    add("human", HUMAN)
    add("social", SOCIAL)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            r = {"id": "q%03d" % (i + 1), **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        n = 0
        for v in VARS:
            for turns in DIALOGUES[v]:
                n += 1
                f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v, "turns": turns}, ensure_ascii=False) + "\n")
    c = Counter(v for v, _, _ in CONTENT)
    print("content per variety:", dict(c), "total", len(CONTENT), "questions", len(rows))


if __name__ == "__main__":
    main()
