# -*- coding: utf-8 -*-
"""Blind evaluation set blind22 for Rafiq.

Every question, every dialogue turn and every expected section id below was typed by hand.
The code only numbers the items (q001..., d01...), and fills in `lang` and `variety` from the list
an item sits in. Nothing is generated, paraphrased or translated by code.

Run: python3 build.py  -> writes questions.jsonl and dialogues.jsonl next to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------------------------------------
# CONTENT questions: (question, [main section id, optional second id])
# ---------------------------------------------------------------------------------------------
CONTENT = {}

CONTENT["fr"] = [
    ("mon message sur le forum a ete cache alors que j'ai rien dit de mal, je peux contester comment ?", ["charter-appeal"]),
    ("un collegue a poste une blague sur les gens d'une certaine ville, c'est tolere sur le forum??", ["charter-no-hate"]),
    ("est ce qu'on peut parler du match d'hier ou de politique dans le forum du mooc", ["charter-on-topic"]),
    ("qlq1 s'en prend a moi dans plusieurs fils du forum, je lui reponds ou pas ?", ["charter-respect"]),
    ("l'attestation du mooc elle sert a qqch pour la promotion ou non", ["faq-attestation-career"]),
    ("je suis malade depuis 10 jours, comment joindre mon tuteur pour expliquer ma situation en prive", ["faq-contact-tutor"]),
    ("est ce que je peux rediger mon devoir en anglais ?", ["faq-language"]),
    ("jai raté la classe virtuelle d'hier a cause d'une reunion au centre, je peux la revoir ou ?", ["faq-missed-live", "faq-recordings"]),
    ("enregistrements des sessions live ils sont publies ou", ["faq-recordings"]),
    ("co-animation a deux formateurs, comment on se repartit le travail sans se marcher dessus", ["prof-collaboration"]),
    ("un stagiaire me confie un souci familial qui pese sur son stage, qu'est ce que je fais sur le plan deontologique", ["prof-ethics"]),
    ("loi cadre 51-17 et vision strategique 2015-2030, concretement ca change quoi pour nous au crmef ?", ["prof-institutions"]),
    ("les styles d'apprentissage visuel / auditif / kinesthesique c'est prouvé ou c'est un mythe ?", ["prof-research-informed"]),
    ("valeurs du formateur partage collaboration ouverture", ["prof-values"]),
    ("modele de kirkpatrick les 4 niveaux", ["eng-evaluation-of-training"]),
    ("on me demande de monter une formation moitie en presentiel moitie a distance, je commence par quoi", ["eng-hybrid"]),
    ("difference entre la demande de formation et le besoin reel ?", ["eng-needs-analysis"]),
    ("j'ai une seance de 3h jeudi avec des stagiaires du primaire, quel deroulé minuté vous conseillez", ["eng-session-preparation"]),
    ("plan de formation sur une annee pour une direction provinciale : quelles etapes ?", ["eng-training-plan"]),
    ("andragogie knowles c quoi en bref", ["fac-adult-learners"]),
    ("travail en groupe : combien de personnes par groupe et quels roles donner ?", ["fac-group-work"]),
    ("mes stagiaires decrochent au bout de 3 semaines de formation, comment garder leur motivation sur la duree", ["fac-motivation"]),
    ("idees de brise-glace pour une premiere seance avec des adultes qui se connaissent pas", ["fac-opening-closing"]),
    ("open badge vs certificat de reussite, quelle difference ?", ["ass-certificates-badges"]),
    ("comment ecrire un retour sur la fiche de prep d'un stagiaire qui lui serve vraiment", ["ass-feedback"]),
    ("evaluation formative : exemples de techniques rapides en seance", ["ass-formative"]),
    ("quoi mettre dans le portfolio d'un enseignant stagiaire ?", ["ass-portfolio"]),
    ("autoevaluation metacognition outils simples pour mes stagiaires", ["ass-self-assessment"]),
    ("les etapes d'une recherche action pour un prof de college", ["sup-action-research"]),
    ("plan individuel de developpement professionnel, y a un modele ?", ["sup-development-plan"]),
    ("je viens d'etre designé mentor d'un prof debutant, c quoi mon role exactement ? je dois aussi l'evaluer ?", ["sup-mentoring"]),
    ("avant d'aller voir un stagiaire en classe, qu'est ce que je dois fixer avec lui ?", ["sup-observation"]),
    ("schon reflexion dans l'action / sur l'action", ["sup-reflective-practice"]),
    ("comment telecharger mon attestation sur etakwine et est ce quelle compte pour l'avancement", ["dig-etakwine-attestation", "faq-attestation-career"]),
    ("le module 3 apparait grisé, je peux pas cliquer dessus", ["dig-etakwine-navigation"]),
    ("j'ai mis mon fichier mais le statut reste brouillon, le tuteur le voit ??", ["dig-etakwine-submission"]),
    ("SAMR", ["dig-ict-integration"]),
    ("une video en CC BY-NC-ND je peux la sous-titrer en arabe pour ma seance ?", ["dig-resources-copyright"]),
    ("comment relancer les inscrits qui se connectent plus sans les brusquer", ["tut-dropout-prevention"]),
    ("le role organisationnel du tuteur en ligne ca consiste en quoi", ["tut-organizational-role"]),
    ("je cherche un groupe d'etude avec des collegues de mon centre, comment on s'organise ?", ["tut-peer-support"]),
    ("en combien de temps un tuteur repond normalement ? j'ai ecrit avant hier", ["tut-response-times"]),
    ("grille criteriee : combien de criteres au max ?", ["ass-rubrics"]),
    ("mdp oublié e-takwine", ["dig-etakwine-login-password"]),
    ("je suis en surveillance d'examens le jour de la remise, je peux rendre le devoir quelques jours apres ?", ["faq-late-submission"]),
    ("formative / sommative la diff svp", ["ass-formative-vs-summative"]),
    ("micro-enseignement comment ca se deroule", ["fac-micro-teaching"]),
    ("je peux mettre mon numero de tel dans mon post pour que les collegues m'appellent direct ?", ["charter-personal-data"]),
    ("entretien apres la visite de classe, comment je le mene ?", ["sup-post-observation-interview"]),
    ("un participant monopolise la parole pendant tous mes ateliers, que faire", ["fac-difficult-situations"]),
]

CONTENT["msa"] = [
    ("كيف أعترض على حجب مشاركتي في المنتدى؟", ["charter-appeal"]),
    ("شخص ينشر في المنتدى عروضا لبيع تقارير تدريب جاهزة، هل هذا مقبول؟", ["charter-no-spam"]),
    ("نشرت صورة وثيقة يظهر فيها رقم البطاقة الوطنية لأحد المتدربين، ماذا سيحدث؟", ["charter-personal-data"]),
    ("هل يعاقب من يسخر من زميل في المنتدى حتى لو كتب بالدارجة؟", ["charter-respect"]),
    ("أريد الانتقال إلى فوج آخر بسبب مهمة إدارية، هل هذا ممكن؟", ["faq-change-cohort"]),
    ("هل التسجيل في المساق بمقابل مادي؟", ["faq-free"]),
    ("هل يلزمني كتابة الواجب بالعربية أم يجوز بالفرنسية؟", ["faq-language"]),
    ("هل أستطيع متابعة المساق بالهاتف فقط دون حاسوب؟", ["faq-mobile"]),
    ("كم من الوقت أحتاج أسبوعيا لمتابعة المساق؟", ["faq-weekly-hours"]),
    ("كيف ننسق التنشيط المشترك بين مكونين في الحصة نفسها؟", ["prof-collaboration"]),
    ("ما زلت أشعر أنني أستاذ لا مكوّن بعد تعييني في المركز، كيف أبني هويتي المهنية؟", ["prof-identity"]),
    ("ما المقصود بوضعية المواكبة بدل الإلقاء؟", ["prof-posture"]),
    ("كيف أوظف نتائج البحث التربوي في حصصي، وأين أجد مصادر موثوقة؟", ["prof-research-informed"]),
    ("ما معنى المواءمة البنائية عند بيغز؟", ["eng-alignment"]),
    ("كيف أطبق القسم المعكوس مع الأساتذة المتدربين؟", ["eng-flipped"]),
    ("ما مبادئ تصميم تكوين يمزج بين الحضوري والتعلم عن بعد؟", ["eng-hybrid"]),
    ("كيف أصوغ هدفا إجرائيا جيدا؟", ["eng-objectives-competencies"]),
    ("ما عناصر السيناريو البيداغوجي المبني على مهمة مركبة؟", ["eng-task-scenarios"]),
    ("ماذا ينبغي أن يتضمن مخطط تكوين سنوي لفائدة أساتذة مديرية إقليمية؟", ["eng-training-plan"]),
    ("متدرب يعترض على كل ما أقوله أمام المجموعة، كيف أتصرف معه؟", ["fac-difficult-situations"]),
    ("ما مراحل التدريس المصغر؟", ["fac-micro-teaching"]),
    ("نظرية التحديد الذاتي والدافعية في تكوين يمتد عدة أسابيع", ["fac-motivation"]),
    ("كيف أوزع زمن الحصة حتى يبقى وقت للتركيب في النهاية؟", ["fac-time-management"]),
    ("ما الغاية من التقويم التشخيصي في بداية المجزوءة؟ وهل تسند فيه نقطة؟", ["ass-diagnostic"]),
    ("ما خصائص التغذية الراجعة الفعالة حسب هاتي وتيمبرلي؟", ["ass-feedback"]),
    ("كيف أنظم تقويما بين الأقران في مساق عن بعد؟", ["ass-peer"]),
    ("ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),
    ("كيف أدرب المتدربين على تقويم أعمالهم بأنفسهم؟", ["ass-self-assessment"]),
    ("كيف يسير بروتوكول مجموعة تحليل الممارسات؟", ["sup-analysis-of-practice"]),
    ("كيف نؤسس مجتمع تعلم مهني بين أساتذة الإعدادية؟", ["sup-learning-communities"]),
    ("ما الصفات المطلوبة في مرشد الأستاذ المبتدئ؟", ["sup-mentoring"]),
    ("كيف أدير الحوار مع الأستاذ المتدرب بعد حضور حصته؟", ["sup-post-observation-interview"]),
    ("هل يجوز تصوير التلاميذ أثناء حصة التدريب ونشر المقطع مع الزملاء؟", ["dig-data-privacy", "prof-ethics"]),
    ("متى تصبح شهادة الإتمام متاحة للتحميل؟", ["dig-etakwine-attestation"]),
    ("خطوات إنشاء حساب في منصة e-Takwine", ["dig-etakwine-registration"]),
    ("الفيديوهات لا تعمل في المنصة والصفحة تتجمد، ما الحل؟", ["dig-etakwine-technical"]),
    ("ما هو نموذج TPACK؟", ["dig-ict-integration"]),
    ("كيف أكتب سؤالي لرفيق حتى يفهمه جيدا؟", ["tut-asking-good-questions"]),
    ("كيف أجعل منتدى المساق حيويا ولا يبقى فارغا؟", ["tut-forum-facilitation"]),
    ("ما المهام التنظيمية للمؤطر عن بعد؟", ["tut-organizational-role"]),
    ("متى ينقل رفيق سؤالي إلى مؤطر بشري؟", ["tut-rafiq-escalation"]),
    ("كيف يعزز المؤطر شعور المشاركين بالانتماء إلى المجموعة؟", ["tut-socio-cognitive-role"]),
    ("ما المقصود بالتقويم التكويني؟", ["ass-formative"]),
    ("شروط تقويم إجمالي منصف في نهاية المجزوءة", ["ass-summative"]),
    ("ما دور الملاحظ داخل القسم أثناء الحصة؟ هل يتدخل؟", ["sup-observation"]),
    ("ما صيغة الملف المناسبة للواجب وما حجمه الأقصى؟", ["dig-etakwine-submission"]),
    ("فاتتني الحصة المباشرة بسبب انقطاع الإنترنت، هل يؤثر ذلك على نجاحي؟", ["faq-missed-live"]),
    ("ما الطرق المتاحة للتواصل مع المؤطر؟", ["faq-contact-tutor"]),
    ("ما الأدوار التي يضطلع بها مكون الأساتذة؟", ["prof-roles"]),
    ("كيف أوزع الأدوار داخل مجموعات العمل؟", ["fac-group-work"]),
]

CONTENT["darija"] = [
    ("رفيق كيفاش كيقرر واش يخبي شي ميساج ف الفوروم؟", ["charter-moderation"]),
    ("واش نقدرو نهضرو ف الفوروم على الادماج ديال التلاميذ اللي عندهم إعاقة ولا ممنوع؟", ["charter-no-hate"]),
    ("حطيت كابتور فيه الكود مسار ديال واحد المتدرب ف الفوروم، شنو غادي يوقع؟", ["charter-personal-data"]),
    ("شنو الحوايج اللي مرحب بيهم ف الفوروم؟", ["charter-welcome"]),
    ("الشهادة ديال الموك واش كتحسب ف الترقية؟", ["faq-attestation-career"]),
    ("واحد طلب مني فلوس باش يسجلني ف الموك، عادي هادشي؟", ["faq-free"]),
    ("ماقدرتش نسالي الواجب ف الوقت حيت كنت مريضة، شنو ندير؟", ["faq-late-submission"]),
    ("فاتتني الحصة المباشرة البارح، واش غادي يأثر عليا؟", ["faq-missed-live"]),
    ("شحال من ساعة ف السيمانة خاصني نعطي للموك؟", ["faq-weekly-hours"]),
    ("كيفاش نطور راسي كمكون بلا ما نتسنى غير الفورماسيون الرسمية؟", ["prof-continuing-development"]),
    ("واحد الستاجير قريب ليا ف العائلة، واش نقدر نقيمو؟", ["prof-ethics"]),
    ("بغيت نبدل الطريقة ديالي من الالقاء للمواكبة، كيفاش نبدا؟", ["prof-posture"]),
    ("شنو هوما الأدوار ديال المكون ف المركز؟", ["prof-roles"]),
    ("القيم ديال المكون بحال التقاسم والتعاون، كيفاش نطبقهم بصح؟", ["prof-values"]),
    ("القسم المقلوب كيفاش نخدم بيه؟", ["eng-flipped"]),
    ("شنو الفرق بين MOOC و SPOC؟", ["eng-mooc-formats"]),
    ("كيفاش ندير تحليل الحاجات قبل ما نبدا شي تكوين؟", ["eng-needs-analysis"]),
    ("سيناريو بيداغوجي بالمهام، عطيني المكونات ديالو", ["eng-task-scenarios"]),
    ("شنو هي الطرق النشيطة اللي نقدر نخدم بيها مع الأساتذة المتدربين؟", ["fac-active-methods"]),
    ("الكبار واش كيتعلمو بحال الصغار؟ سمعت على الاندراغوجيا", ["fac-adult-learners"]),
    ("التدريس المصغر شحال خاصو يدوم؟", ["fac-micro-teaching"]),
    ("كنخاف نكتب ف الفوروم حيت المفتش كيقرا، عادي هاد الإحساس؟", ["fac-online-anxiety"]),
    ("كيفاش نختم الحصة مزيان وماشي غير نسالي النشاط ونمشي؟", ["fac-opening-closing"]),
    ("التقويم التشخيصي واش كنعطيو فيه نقطة؟", ["ass-diagnostic"]),
    ("الفرق بين التكويني و الإجمالي باختصار", ["ass-formative-vs-summative"]),
    ("عطيني تقنيات ديال التقويم التكويني نخدم بيهم ف الحصة", ["ass-formative"]),
    ("بغيت نصاوب شبكة تقويم بالمعايير، منين نبدا؟", ["ass-rubrics"]),
    ("الامتحان ف اللخر ديال المجزوءة كيفاش نخليه عادل؟", ["ass-summative"]),
    ("البحث الاجرائي شنو هي المراحل ديالو؟", ["sup-action-research"]),
    ("بغينا ندير جماعة ديال الأساتذة نتلاقاو كل جوج سيمانات نخدمو على التلاميذ، كيفاش نبداو؟", ["sup-learning-communities"]),
    ("شبكة الملاحظة كيفاش نوجدها قبل ما نمشي نزور الستاجير ف القسم؟", ["sup-observation-grid", "sup-observation"]),
    ("فين نقعد ملي نحضر حصة ديال ستاجير؟ وشنو نكتب؟", ["sup-observation"]),
    ("فيديو فيه تلاميذ صغار، نقدر نرسلو ف الكروب ديال الواتساب ديال الأساتذة؟", ["dig-data-privacy"]),
    ("نسيت المودباس ديال e-Takwine", ["dig-etakwine-login-password"]),
    ("فين نلقى الفوروم ديال الموديل 2 ف المنصة؟", ["dig-etakwine-navigation"]),
    ("المنصة ماكتحلش عندي مزيان والبوطونة ماكتخدمش", ["dig-etakwine-technical"]),
    ("كيفاش نكتب ميساج ف الفوروم بلا ما يبان ناشف ولا قليل الأدب؟", ["dig-netiquette"]),
    ("لقيت فيديو زوين ف يوتوب، نقدر نقطع منو ونستعملو ف التكوين؟", ["dig-resources-copyright"]),
    ("انا تيتور، كيفاش نحيي الفوروم؟ حتى واحد ماكيكتب", ["tut-forum-facilitation"]),
    ("شنو خاص المؤطر يدير من الناحية البيداغوجية وشنو كيتكلف بيه رفيق؟", ["tut-pedagogical-role"]),
    ("بغيت ندير كروب ديال المراجعة مع صحابي ف المركز، كيفاش نتنظمو؟", ["tut-peer-support"]),
    ("كيفاش نعاون المشاركين يحسو براسهم ماشي بوحدهم ف الموك؟", ["tut-socio-cognitive-role"]),
    ("كيفاش نتسجل ف e-Takwine؟ أول مرة", ["dig-etakwine-registration"]),
    ("كيفاش نسيفط الدوفوار ف المنصة؟ وإلا فاتني الأجل شنو؟", ["dig-etakwine-submission", "faq-late-submission"]),
    ("نقدر نتبع الموك غير بالتيليفون؟", ["faq-mobile"]),
    ("فين كيتحطو التسجيلات ديال الحصص المباشرة؟", ["faq-recordings"]),
    ("كيفاش نوجد حصة تكوينية ديال 3 سوايع خطوة بخطوة؟", ["eng-session-preparation"]),
    ("التقويم بين الزملاء واش كيخدم ف الموك؟ وكيفاش؟", ["ass-peer"]),
    ("ديما كيسالي ليا الوقت قبل الخلاصة ديال الحصة، شنو ندير؟", ["fac-time-management"]),
    ("نقدر نبدل الفوج؟ عندي كونجي ديال الولادة", ["faq-change-cohort"]),
]

CONTENT["arabizi"] = [
    ("kifach kayt9ra lmessage dyali f forum? chkoun li kayqrar ykhbih?", ["charter-moderation"]),
    ("wa7d kaybi3 rapports de stage jahzin f forum, chno ndir?", ["charter-no-spam"]),
    ("wach n9der nhder 3la mutation dyali f forum dyal mooc?", ["charter-on-topic"]),
    ("chno li mzyan nchareh f forum? bghit npartagi des ressources", ["charter-welcome"]),
    ("bghit nbdel l cohorte, 3ndi mission f had l9ant", ["faq-change-cohort"]),
    ("kifach ntwasel m3a tuteur dyali?", ["faq-contact-tutor"]),
    ("fatni delai dyal devoir b nhar wa7ed, wach mazal n9der nsifto?", ["faq-late-submission"]),
    ("wach kayna application mobile dyal e-takwine?", ["faq-mobile"]),
    ("fin nl9a l'enregistrement dyal classe virtuelle?", ["faq-recordings"]),
    ("formation continue dyal formateur, mnin n9der nt3elem ktar?", ["prof-continuing-development"]),
    ("identite professionnelle dyal formateur chno hiya? 7assni ba9i prof", ["prof-identity"]),
    ("chno lfar9 bin CRMEF w CFIE w COPE?", ["prof-institutions"]),
    ("les roles dyal formateur, 3tini liste", ["prof-roles"]),
    ("alignement pedagogique chno howa? objectifs w activites w evaluation", ["eng-alignment"]),
    ("kifach n9iyem formation li drt? questionnaire de satisfaction wach kafi?", ["eng-evaluation-of-training"]),
    ("cMOOC w xMOOC chno lfar9?", ["eng-mooc-formats"]),
    ("kifach nktb objectif operationnel mzyan b verbe d'action", ["eng-objectives-competencies"]),
    ("bghit nwjed seance dyal formation, 3tini les etapes", ["eng-session-preparation"]),
    ("methodes actives: etude de cas, jeu de role... chno n5tar?", ["fac-active-methods"]),
    ("3ndi stagiaire ma mhtamch, dima f tilifon dyalo w ma kaysharekch", ["fac-difficult-situations"]),
    ("travail de groupe kaybqa wa7d ghir howa li khdam, kifach n7el had lmochkil?", ["fac-group-work"]),
    ("kan7ass b stress m3a plateforme, kankhaf nghlet 9dam collegues", ["fac-online-anxiety"]),
    ("chhal dyal lwe9t nkhsses l kol activite f seance?", ["fac-time-management"]),
    ("open badges chno homa?", ["ass-certificates-badges"]),
    ("formative vs sommative chno lfar9 binathom", ["ass-formative-vs-summative"]),
    ("evaluation par les pairs kifach nkhliwha 3adla?", ["ass-peer"]),
    ("portfolio dyal stagiaire, chno ndir fih?", ["ass-portfolio"]),
    ("evaluation sommative chno hiya?", ["ass-summative"]),
    ("GEASE chno howa?", ["sup-analysis-of-practice"]),
    ("plan individuel de developpement, kifach n3mro?", ["sup-development-plan"]),
    ("grille d'observation, chhal mn dimension n7et fiha?", ["sup-observation-grid"]),
    ("entretien mora la visite, chno ngoul l stagiaire lowel?", ["sup-post-observation-interview"]),
    ("journal de bord w pratique reflexive, kifach nbda?", ["sup-reflective-practice"]),
    ("ma9dertch nd5ol l e-takwine, compte bloqué", ["dig-etakwine-login-password"]),
    ("inscription f e-takwine, ma wslnich lien d'activation", ["dig-etakwine-registration"]),
    ("devoir m2 kifach nsifto? PDF wla word?", ["dig-etakwine-submission"]),
    ("netiquette chno hiya?", ["dig-netiquette"]),
    ("kifach nsowel rafiq bach yfhmni mzyan?", ["tut-asking-good-questions"]),
    ("bzaf dyal les inscrits ma kayrj3ouch, kifach nrelanciwhom?", ["tut-dropout-prevention"]),
    ("tuteur wach khasso y3ti corrigé l participants?", ["tut-pedagogical-role"]),
    ("imta rafiq kaydwez so2al dyali l tuteur?", ["tut-rafiq-escalation"]),
    ("chhal khassni ntsena jwab dyal tuteur?", ["tut-response-times"]),
    ("attestation ma banetch liya, w kolchi mkemmel 3ndi", ["dig-etakwine-attestation"]),
    ("grille d'evaluation criteriee, 3tini exemple dyal criteres", ["ass-rubrics"]),
    ("wach lmooc b flous?", ["faq-free"]),
    ("video ma katkhdemch f plateforme, dima katw9ef", ["dig-etakwine-technical"]),
    ("chhal mn sa3a f simana khass l mooc?", ["faq-weekly-hours"]),
    ("feedback kifach n3tih bla ma n7bet stagiaire", ["ass-feedback"]),
    ("attestation dyal mooc wach katzid f tarqiya?", ["faq-attestation-career"]),
    ("fin kaynin les ressources f e-takwine?", ["dig-etakwine-navigation"]),
]

# ---------------------------------------------------------------------------------------------
# OUT OF SCOPE: first five near misses (pay, transfers, other platforms, exams the guide does not
# cover), last five clearly unrelated.
# ---------------------------------------------------------------------------------------------
OOS = {}
OOS["fr"] = [
    "quand est ce que les indemnites de deplacement pour les visites de stage seront versees ?",
    "procedure de mutation vers un crmef d'une autre region, quels papiers ?",
    "comment creer une classe sur google classroom pour mes stagiaires",
    "date du concours d'acces au cycle des inspecteurs cette annee ?",
    "mon salaire de formateur est calcule sur quelle echelle apres la promotion",
    "recette du msemen facile svp",
    "resultat du derby raja wydad ?",
    "il va faire quel temps demain a fes",
    "comment changer la batterie de ma voiture moi meme",
    "traduis moi ce poeme de darwich en anglais",
]
OOS["msa"] = [
    "متى تصرف التعويضات عن ساعات التكوين المستمر؟",
    "ما هي مسطرة المشاركة في الحركة الانتقالية الخاصة بالمكونين؟",
    "كيف أنشئ اجتماعا على منصة Teams لتلاميذي؟",
    "ما مواضيع مباراة التبريز لهذه السنة؟",
    "متى تعلن نتائج امتحان الكفاءة المهنية؟",
    "ما عاصمة أستراليا؟",
    "كيف أحضر الكسكس بالخضر؟",
    "اكتب لي قصيدة قصيرة عن البحر",
    "كم سعر غرام الذهب اليوم في الدار البيضاء؟",
    "ما علاج الصداع النصفي؟",
]
OOS["darija"] = [
    "فوقاش غادي تخرج لائحة الانتقالات ديال هاد العام؟",
    "الخلصة ديال هاد الشهر تعطلات، علاش؟",
    "كيفاش نخدم بكلاسروم ديال جوجل مع التلاميذ ديالي؟",
    "شحال كيخلصو على الساعات الإضافية ف المركز؟",
    "امتحان الكفاءة المهنية فوقاش غادي يدوز؟",
    "عطيني شي وصفة ديال الحريرة",
    "شكون ربح الماتش ديال البارح؟",
    "بغيت نشري طوموبيل مستعملة، شنو تنصحني؟",
    "الجو كيف غادي يكون غدا ف طنجة؟",
    "كيفاش نحيد الكريدي ديال البنك قبل الوقت؟",
]
OOS["arabizi"] = [
    "imta ghatkhrej nata2ij l7araka lintiqaliya?",
    "salaire dyal les formateurs imta ghaytzad?",
    "kifach nkhdem b zoom m3a tlamed dyali f lycee?",
    "concours d'agregation imta had l3am?",
    "chhal kaykhelsouna 3la les heures sup f centre?",
    "3tini chi wasfa dyal tajine b l7out",
    "ach kayn f netflix mzyan had simana?",
    "match dyal lmontakhab imta?",
    "kifach nt3elem nsog f chhar?",
    "bghit nsafer l turkiya, chno lwra9 li khasni?",
]

# ---------------------------------------------------------------------------------------------
# CALENDAR questions about this cohort's dates (answered from calendar.yaml, not the guide)
# ---------------------------------------------------------------------------------------------
CAL = {}
CAL["fr"] = [
    "date limite du devoir du module 2 sur le scenario ?",
    "la classe virtuelle du module 4 c'est quel jour et a quelle heure",
    "le mooc se termine quand exactement pour notre cohorte",
]
CAL["msa"] = [
    "متى تفتح المجزوءة الثالثة؟",
    "ما آخر أجل لإيداع واجب بناء شبكة التقويم؟",
    "في أي ساعة تبدأ الحصة المباشرة الخاصة بالمواكبة المهنية؟",
]
CAL["darija"] = [
    "فوقاش كيتسد الموديل 1؟",
    "الحصة المباشرة الختامية امتى بالضبط؟",
    "الواجب ديال الموديل 5 امتى خاصو يتسيفط؟",
]
CAL["arabizi"] = [
    "imta kaybda module 6?",
    "deadline dyal bilan final w portfolio imta?",
    "live dyal module 3 m3a ch7al?",
]

# ---------------------------------------------------------------------------------------------
# HUMAN: explicit requests to talk to a human tutor
# ---------------------------------------------------------------------------------------------
HUMAN = {}
HUMAN["fr"] = [
    "je veux parler a un vrai tuteur svp",
    "passez moi un humain, le bot comprend rien a mon cas",
    "mettez moi en contact avec un tuteur maintenant",
]
HUMAN["msa"] = [
    "أريد التحدث مع مؤطر بشري من فضلك",
    "حوّل سؤالي إلى أحد المؤطرين",
    "لا أريد جوابا آليا، أريد التواصل مع شخص",
]
HUMAN["darija"] = [
    "بغيت نهضر مع شي تيتور بنادم",
    "عطيني شي واحد من الفريق نهضر معاه",
    "وصلني بالمؤطر ديالي عافاك",
]
HUMAN["arabizi"] = [
    "bghit nhder m3a tuteur 7a9i9i",
    "3tini chi bnadem machi robot",
    "dwzni l tuteur 3afak daba",
]

# ---------------------------------------------------------------------------------------------
# SOCIAL: thanks, greetings, mild discouragement
# ---------------------------------------------------------------------------------------------
SOCIAL = {}
SOCIAL["fr"] = [
    "merci beaucoup rafiq tu m'as sauvé la soiree",
    "bonsoir",
    "franchement je suis un peu decourage, ce module est lourd",
]
SOCIAL["msa"] = [
    "شكرا جزيلا على المساعدة",
    "السلام عليكم، مساء الخير",
    "أشعر ببعض الإحباط، كان الأسبوع متعبا",
]
SOCIAL["darija"] = [
    "الله يجازيك بخير",
    "سلام، لاباس عليك؟",
    "عييت شوية، بزاف عليا هادشي",
]
SOCIAL["arabizi"] = [
    "merci bzzaf a rafiq",
    "salam 3likom, labas?",
    "tfchelt chwiya, 3yit mn had lmodule",
]


# ---------------------------------------------------------------------------------------------
# DIALOGUES (hand-typed turns; the small helpers below only wrap hand-typed section ids)
# ---------------------------------------------------------------------------------------------
def ANS(*s): return {"kind": "answer", "sections": list(s)}
def CLAR(): return {"kind": "clarify"}
def CONF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
def CALK(): return {"kind": "calendar"}
def HUM(): return {"kind": "human"}

DIALOGUES = [
    # ------------------------------- fr -------------------------------
    ("fr", [
        ("grille", CLAR()),
        ("la grille d'observation, pour une visite de stage", CONF("sup-observation-grid")),
        ("tu peux me donner un exemple concret ?", EX("sup-observation-grid")),
        ("ok merci. et l'entretien juste apres, je commence par quoi ?", ANS("sup-post-observation-interview")),
    ]),
    ("fr", [
        ("c quoi la difference entre formative et sommative deja", ANS("ass-formative-vs-summative")),
        ("tu peux me le redire en arabe, c'est pour des stagiaires arabophones", OL("ar", "ass-formative-vs-summative")),
        ("top. sinon le devoir du module 4 c'est pour quand ?", CALK()),
    ]),
    ("fr", [
        ("mot de passe oublie et le lien de reinitialisation arrive jamais", ANS("dig-etakwine-login-password")),
        ("j'ai regardé dans les spams, rien. je recree un compte avec mon autre adresse gmail ?", ANS("dig-etakwine-registration")),
        ("bon ca marche toujours pas... 3afak je veux un tuteur humain", HUM()),
    ]),
    ("fr", [
        ("bonjour, je prepare un atelier sur l'andragogie pour des inspecteurs au cfie, par ou je commence", ANS("fac-adult-learners")),
        ("safi, et pour ouvrir l'atelier, un brise glace qui fait pas colonie de vacances ?", ANS("fac-opening-closing")),
        ("un exemple ?", EX("fac-opening-closing")),
    ]),
    ("fr", [
        ("l'attestation", CLAR()),
        ("je veux savoir si elle compte pour ma promotion", CONF("faq-attestation-career")),
        ("d'accord. et si mon nom est mal orthographié dessus ?", ANS("dig-etakwine-attestation")),
    ]),
    ("fr", [
        ("la classe virtuelle du module 5 c'est a quelle heure ?", CALK()),
        ("je pourrai pas y etre, j'ai cours a ce moment la. ca bloque la validation ?", ANS("faq-missed-live")),
        ("et l'enregistrement il sera mis ou ?", ANS("faq-recordings")),
    ]),
    ("fr", [
        ("comment on organise une evaluation par les pairs dans un mooc", ANS("ass-peer")),
        ("et si tout le monde met excellent par complaisance entre collegues du meme centre ?", ANS("ass-peer")),
        ("donne moi un exemple de commentaire de pair bien fait", EX("ass-peer")),
    ]),
    ("fr", [
        ("un stagiaire fait rien dans son groupe et reste sur son telephone tout le temps", ANS("fac-difficult-situations")),
        ("et s'il conteste carrement mes remarques devant tout le monde ?", ANS("fac-difficult-situations")),
        ("wakha merci. autre chose, la fiche d'animation du module 3 c'est a rendre quand ?", CALK()),
    ]),
    ("fr", [
        ("evaluation ?", CLAR()),
        ("l'evaluation diagnostique en debut de module", CONF("ass-diagnostic")),
        ("tu peux me l'expliquer en arabe stp", OL("ar", "ass-diagnostic")),
    ]),
    ("fr", [
        ("je suis nouvelle formatrice au crmef, je me sens pas legitime et je sur-prepare tous mes cours", ANS("prof-identity")),
        ("tu parles d'un credo, ca ressemble a quoi concretement ?", EX("prof-identity")),
        ("et pour continuer a me former en parallele, des pistes ?", ANS("prof-continuing-development")),
        ("ok, je prefere en discuter avec quelqu'un de l'equipe, tu peux me passer un tuteur ?", HUM()),
    ]),
    # ------------------------------- msa -------------------------------
    ("msa", [
        ("الشبكة", CLAR()),
        ("أقصد شبكة التقويم بالمعايير للواجب", CONF("ass-rubrics")),
        ("وكم معيارا يكفي؟ وهل أضع لها أوزانا؟", ANS("ass-rubrics")),
        ("هل يمكن أن تعطيني الجواب نفسه بالفرنسية؟", OL("fr", "ass-rubrics")),
    ]),
    ("msa", [
        ("ما الذي يميز التقويم التكويني عن الإجمالي؟ (formative / sommative)", ANS("ass-formative-vs-summative")),
        ("أعطني مثالا على الجمع بينهما في مساق على المنصة", EX("ass-formative-vs-summative")),
        ("وما آخر أجل لواجب المجزوءة الرابعة؟", CALK()),
    ]),
    ("msa", [
        ("كيف أسجل في منصة e-Takwine؟", ANS("dig-etakwine-registration")),
        ("مرت ساعة ولم يصلني رابط التفعيل", ANS("dig-etakwine-registration")),
        ("ما زالت المشكلة قائمة، أريد التحدث إلى مؤطر", HUM()),
    ]),
    ("msa", [
        ("أنا مرشد لأستاذة مبتدئة في مدرسة قروية بعيدة، كيف أنظم مواكبتها؟", ANS("sup-mentoring")),
        ("وهل يصح أن أشارك في تقويم ترسيمها؟", ANS("sup-mentoring")),
        ("وإذا أردت حضور إحدى حصصها، على ماذا أتفق معها قبل ذلك؟", ANS("sup-observation")),
    ]),
    ("msa", [
        ("متى تنطلق الحصة المباشرة للمجزوءة الثانية؟", CALK()),
        ("وإذا لم أتمكن من الحضور، أين أجد تسجيلها؟", ANS("faq-recordings", "faq-missed-live")),
        ("أعد الجواب بالفرنسية من فضلك", OL("fr", "faq-recordings", "faq-missed-live")),
    ]),
    ("msa", [
        ("التقويم", CLAR()),
        ("التقويم الذاتي للمتدربين", CONF("ass-self-assessment")),
        ("مثال على أداة بسيطة أستعملها معهم؟", EX("ass-self-assessment")),
    ]),
    ("msa", [
        ("أريد تصميم تكوين هجين مدته ستة أسابيع", ANS("eng-hybrid")),
        ("وماذا أضع في الشق عن بعد؟ فيديوهات فقط؟", ANS("eng-hybrid")),
        ("وما الفرق بينه وبين القسم المعكوس؟", ANS("eng-flipped", "eng-hybrid")),
        ("مثال من فضلك", EX("eng-flipped", "eng-hybrid")),
    ]),
    ("msa", [
        ("مساء الخير، ألاحظ أن المتدربين يفقدون حماسهم بعد الأسابيع الأولى", ANS("fac-motivation")),
        ("وكيف أراسل من انقطعوا تماما عن المنصة؟", ANS("tut-dropout-prevention")),
        ("وكم مرة أراسلهم دون أن أزعجهم؟", ANS("tut-dropout-prevention")),
    ]),
    ("msa", [
        ("ما هو الانسجام البيداغوجي؟", ANS("eng-alignment")),
        ("وكيف أكتب الأهداف بأفعال يمكن ملاحظتها؟", ANS("eng-objectives-competencies")),
        ("بالفرنسية لو سمحت", OL("fr", "eng-objectives-competencies")),
    ]),
    ("msa", [
        ("شخص في المنتدى يعرض بيع تصحيحات الواجبات مقابل المال", ANS("charter-no-spam", "faq-free")),
        ("وإذا حُجبت مشاركة لي أنا عن خطأ، كيف أعترض؟", ANS("charter-appeal")),
        ("لا أثق في القرار الآلي، أريد مؤطرا بشريا يراجع الأمر", HUM()),
    ]),
    # ------------------------------- darija -------------------------------
    ("darija", [
        ("الدوفوار", CLAR()),
        ("كيفاش نسيفطو ف المنصة", CONF("dig-etakwine-submission")),
        ("و إلا تعطلت شي يوم ولا جوج، واش يقبلوه؟", ANS("faq-late-submission")),
        ("امتى الأجل ديال الواجب الأول ف الموديل 2؟", CALK()),
    ]),
    ("darija", [
        ("شنو هي الملاحظة الصفية وكيفاش ندير الزيارة للستاجير؟", ANS("sup-observation")),
        ("عطيني مثال", EX("sup-observation")),
        ("قولها ليا بالفرنسية عافاك باش نبعتها لزميلتي", OL("fr", "sup-observation")),
    ]),
    ("darija", [
        ("سلام، عندي حصة غدا مع الستاجيرات وبغيت نخدم بالطرق النشيطة", ANS("fac-active-methods")),
        ("والخدمة ف المجموعات، شحال ندير ف كل كروب؟", ANS("fac-group-work")),
        ("و إلا واحد فيهم كيهضر بوحدو وكياكل الوقت؟", ANS("fac-difficult-situations")),
    ]),
    ("darija", [
        ("المنصة", CLAR()),
        ("ماقدرتش ندخل، كيقولي الكونط تبلوكا", CONF("dig-etakwine-login-password")),
        ("بغيت نهضر مع شي واحد من الفريق ماشي روبو", HUM()),
    ]),
    ("darija", [
        ("فاتتني الحصة المباشرة ديال الموديل 4", ANS("faq-missed-live")),
        ("والتسجيل ديالها فين نلقاه؟", ANS("faq-recordings")),
        ("والحصة الجاية امتى؟ مابغيتش تفوتني", CALK()),
    ]),
    ("darija", [
        ("كنحس براسي بوحدي ف هاد الموك، حتى واحد ماكيجاوبني", ANS("tut-peer-support")),
        ("كيفاش نديرو كروب ديال الدراسة مع شي زملاء؟", ANS("tut-peer-support")),
        ("عطيني مثال ديال التنظيم ديال الكروب", EX("tut-peer-support")),
    ]),
    ("darija", [
        ("البورتفوليو شنو نحط فيه؟", ANS("ass-portfolio")),
        ("واش نقدر نحط فيه تصاور ديال التلاميذ؟", ANS("ass-portfolio", "dig-data-privacy")),
        ("بالفرنسية عافاك", OL("fr", "ass-portfolio", "dig-data-privacy")),
    ]),
    ("darija", [
        ("التكوين المعكوس كيفاش كيخدم؟", ANS("eng-flipped")),
        ("و إلا شي ستاجيرات ماشافوش الفيديو قبل الحصة؟", ANS("eng-flipped")),
        ("و الكونيكسيون ضعيفة عندهم ف العالم القروي، شنو ندير؟", ANS("eng-flipped", "eng-hybrid")),
    ]),
    ("darija", [
        ("شحال خاصني نخدم ف السيمانة؟ عندي بزاف ديال الخدمة ف المركز", ANS("faq-weekly-hours")),
        ("وإلا ماقدرتش نكمل مع هاد الفوج، نقدر نبدلو؟", ANS("faq-change-cohort")),
        ("وصلني بالمؤطر نشرح ليه الحالة ديالي", HUM()),
    ]),
    ("darija", [
        ("الشهادة", CLAR()),
        ("واش كتحسب ف الترقية", CONF("faq-attestation-career")),
        ("والشارات الرقمية، واش بحالها بحال الشهادة؟", ANS("ass-certificates-badges")),
        ("عطيني مثال ديال شارة", EX("ass-certificates-badges")),
    ]),
    # ------------------------------- arabizi -------------------------------
    ("arabizi", [
        ("tuteur", CLAR()),
        ("kifach ntwasel m3ah", CONF("faq-contact-tutor")),
        ("w chhal kay3tel bach yjawb?", ANS("tut-response-times")),
        ("3awedha b lfrancais 3afak", OL("fr", "tut-response-times")),
    ]),
    ("arabizi", [
        ("salam, bghit ntsjel f e-takwine, fin kayn lien d'inscription?", ANS("dig-etakwine-registration")),
        ("w ila l'email dyali deja msta3mel?", ANS("dig-etakwine-registration")),
        ("merci, w module 1 imta kaybda?", CALK()),
    ]),
    ("arabizi", [
        ("grille d'evaluation kifach nbniha?", ANS("ass-rubrics")),
        ("3tini exemple 3la fiche de preparation dyal stagiaire", EX("ass-rubrics")),
        ("w l'observation dyal classe, nkhdem b nafs lgrille?", ANS("sup-observation-grid")),
    ]),
    ("arabizi", [
        ("observation", CLAR()),
        ("l'entretien mora l'observation", CONF("sup-post-observation-interview")),
        ("w ila stagiaire jdid bzaf, nkoun directif m3ah?", ANS("sup-post-observation-interview")),
        ("f lfrancais 3afak", OL("fr", "sup-post-observation-interview")),
    ]),
    ("arabizi", [
        ("devoir dyal module 2 mabghach ytsift, bouton grisé", ANS("dig-etakwine-technical", "dig-etakwine-submission")),
        ("w ila fatni delai b sbab had lmochkil?", ANS("faq-late-submission")),
        ("bghit nhder m3a tuteur daba, urgent", HUM()),
    ]),
    ("arabizi", [
        ("recherche action chno hiya", ANS("sup-action-research")),
        ("3tini exemple dyal problème", EX("sup-action-research")),
        ("w ila bghit nkhdem m3a collegues f jma3a kol simana?", ANS("sup-learning-communities")),
    ]),
    ("arabizi", [
        ("imta live dyal module 6?", CALK()),
        ("tutorat en ligne, chno dor dyal tuteur f forum?", ANS("tut-forum-facilitation")),
        ("w rafiq wach kayjawb f forum b rasso?", ANS("tut-forum-facilitation")),
    ]),
    ("arabizi", [
        ("micro enseignement chhal kaydom?", ANS("fac-micro-teaching")),
        ("w n9der nsawer stagiaires b tilifon?", ANS("fac-micro-teaching", "dig-data-privacy")),
        ("3awdha b lfrancais", OL("fr", "fac-micro-teaching", "dig-data-privacy")),
    ]),
    ("arabizi", [
        ("forum", CLAR()),
        ("wach n9der n7et numero dyali f forum", CONF("charter-personal-data")),
        ("w ila chi wa7d sebni f forum?", ANS("charter-respect")),
    ]),
    ("arabizi", [
        ("plan de formation kifach nbnih?", ANS("eng-training-plan")),
        ("w analyse des besoins 9bel, kifach?", ANS("eng-needs-analysis")),
        ("3tini exemple", EX("eng-needs-analysis")),
        ("ok, 3tini tuteur nhder m3ah 3la projet dyali", HUM()),
    ]),
]


def main():
    rows = []
    blocks = [("content", CONTENT), ("out_of_scope", OOS), ("calendar", CAL), ("human", HUMAN),
              ("social", SOCIAL)]
    for kind, table in blocks:
        for v in VARS:
            for item in table[v]:
                if kind == "content":
                    text, exp = item
                else:
                    text, exp = item, []
                rows.append({"id": "q%03d" % (len(rows) + 1), "question": text, "lang": LANG[v],
                             "variety": v, "expected": list(exp), "kind": kind})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    ds = []
    for i, (v, turns) in enumerate(DIALOGUES):
        ds.append({"id": "d%02d" % (i + 1), "lang": LANG[v], "variety": v,
                   "turns": [{"user": u, "expect": e} for u, e in turns]})
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in ds:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions and {len(ds)} dialogues")


if __name__ == "__main__":
    main()
