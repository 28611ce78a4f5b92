# -*- coding: utf-8 -*-
"""Blind evaluation set blind19 for Rafiq. Every item below was typed by hand.
Run: python3 build.py  -> writes questions.jsonl and dialogues.jsonl next to this file."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------- content
# (question, [main section, optional second section])

CONTENT_FR = [
    ("Mon message sur le forum a été caché alors que je citais juste un proverbe en darija. Je peux faire quoi pour qu'il soit remis ?", ["charter-appeal"]),
    ("qqn vend des rapports de stage deja rediges dans le fil du module 2, c'est permis ça ??", ["charter-no-spam"]),
    ("Pourquoi mon post sur les élections a été retiré du forum ? c'était pas méchant du tout", ["charter-on-topic"]),
    ("Je suis nouvelle et je n'ose pas trop poster. Quel genre de contributions est apprécié sur le forum ?", ["charter-welcome"]),
    ("est ce que l'attestation du mooc sera prise en compte pour ma promotion ?", ["faq-attestation-career"]),
    ("Faut-il payer quelque chose pour participer au MOOC ?", ["faq-free"]),
    ("Je peux rédiger mon devoir en français alors que la plupart de mes collègues écrivent en arabe ?", ["faq-language"]),
    ("Je n'ai pas d'ordinateur à la maison, je peux suivre le cours uniquement avec mon smartphone ?", ["faq-mobile"]),
    ("ou sont les replays des classes virtuelles??", ["faq-recordings"]),
    ("Comment continuer à me former comme formateur sans attendre que le ministère organise des stages ?", ["prof-continuing-development"]),
    ("Un des stagiaires que je dois évaluer est le fils de mon cousin. Comment je gère ça ?", ["prof-ethics"]),
    ("posture d'accompagnement vs cours magistral : concrètement ça change quoi dans mes séances ?", ["prof-posture"]),
    ("Les styles d'apprentissage visuel / auditif / kinesthésique, c'est prouvé scientifiquement ou pas ?", ["prof-research-informed"]),
    ("Mes objectifs parlent de concevoir des séquences mais mon examen final est un QCM de définitions. C'est un problème ?", ["eng-alignment"]),
    ("modele de Kirkpatrick, les 4 niveaux svp", ["eng-evaluation-of-training"]),
    ("Quelle différence entre un SPOC et un MOOC classique ?", ["eng-mooc-formats"]),
    ("La direction provinciale me demande une formation « sur le numérique » pour les profs. Comment savoir ce dont ils ont vraiment besoin avant de concevoir quoi que ce soit ?", ["eng-needs-analysis"]),
    ("Comment construire un scénario pédagogique autour d'une tâche complexe et réaliste ?", ["eng-task-scenarios"]),
    ("je dois élaborer le plan de formation annuel pour les enseignants de ma province, il doit contenir quoi exactement ?", ["eng-training-plan"]),
    ("Un stagiaire monopolise la parole à chaque séance et les autres se taisent. Des conseils ?", ["fac-difficult-situations"]),
    ("Travail de groupe : comment éviter qu'une seule personne fasse tout le boulot pendant que les autres regardent ?", ["fac-group-work"]),
    ("Plusieurs de mes participants ont peur d'écrire sur le forum devant leurs collègues et leurs inspecteurs. Comment les mettre en confiance ?", ["fac-online-anxiety"]),
    ("des idées de brise-glace pour démarrer avec un groupe que je ne connais pas ?", ["fac-opening-closing"]),
    ("Evaluation diagnostique en debut de module : faut il la noter ?", ["ass-diagnostic"]),
    ("Comment rédiger des commentaires vraiment utiles sur les fiches de préparation de mes stagiaires ?", ["ass-feedback"]),
    ("Evaluation par les pairs dans le MOOC : combien de personnes vont corriger mon devoir ?", ["ass-peer"]),
    ("C'est quoi un portfolio et qu'est-ce qu'un stagiaire du CRMEF doit mettre dedans ?", ["ass-portfolio"]),
    ("Comment rendre l'épreuve de fin de module plus juste et plus fiable pour les stagiaires ?", ["ass-summative"]),
    ("Avec deux collègues on veut mener une recherche-action sur la participation orale en classe. On commence par quoi ?", ["sup-action-research"]),
    ("C'est quoi une CAP (communauté d'apprentissage professionnelle) et comment en lancer une dans mon établissement ?", ["sup-learning-communities"]),
    ("je vais accompagner une jeune lauréate du CRMEF pendant sa première année, c quoi mon rôle de mentor ?", ["sup-mentoring"]),
    ("Après avoir observé la séance d'un stagiaire, comment je mène l'entretien qui suit ?", ["sup-post-observation-interview"]),
    ("Schön : réflexion dans l'action et réflexion sur l'action, vous pouvez m'expliquer simplement ?", ["sup-reflective-practice"]),
    ("mdp oublié sur e-takwine et le mail de réinitialisation n'arrive pas", ["dig-etakwine-login-password"]),
    ("Je ne trouve pas le fil de discussion du module 2 sur la plateforme, il est où ?", ["dig-etakwine-navigation"]),
    ("Les vidéos coupent tout le temps sur e-Takwine, qu'est-ce que je peux faire ?", ["dig-etakwine-technical"]),
    ("SAMR et TPACK, ça sert à quoi pour un formateur ?", ["dig-ict-integration"]),
    ("Comment poser ma question à Rafiq pour avoir une réponse précise du premier coup ?", ["tut-asking-good-questions"]),
    ("Je suis tuteur : comment relancer les inscrits qui ne se connectent plus sans les culpabiliser ?", ["tut-dropout-prevention"]),
    ("Rafiq répond à quoi exactement, et qu'est-ce qui reste au tuteur humain ?", ["tut-pedagogical-role", "tut-rafiq-escalation"]),
    ("je voudrais monter un petit groupe d'étude avec des collègues du MOOC, comment on s'organise ?", ["tut-peer-support"]),
    ("Comment un tuteur peut-il entretenir le sentiment d'appartenance des participants quand chacun travaille seul le soir ?", ["tut-socio-cognitive-role"]),
    ("quelle diff entre eval formative et sommative ?", ["ass-formative-vs-summative"]),
    ("J'ai déposé mon devoir mais le statut affiche toujours brouillon, c'est normal ?", ["dig-etakwine-submission"]),
    ("Je suis malade cette semaine et je ne pourrai pas rendre le devoir du module 3 à temps. Qu'est-ce que je dois faire ?", ["faq-late-submission"]),
    ("Comment garder mes stagiaires motivés sur une formation qui dure plusieurs mois ?", ["fac-motivation"]),
    ("Demain je vais observer la classe d'une stagiaire. Je me mets où et je note quoi ?", ["sup-observation"]),
    ("Combien de critères mettre dans une grille d'évaluation critériée ?", ["ass-rubrics"]),
    ("Comment je télécharge mon attestation quand le MOOC est fini ?", ["dig-etakwine-attestation"]),
    ("comment je contacte mon tuteur ? je connais meme pas son nom", ["faq-contact-tutor"]),
]

CONTENT_MSA = [
    ("كيف أعترض على قرار إخفاء مشاركتي في المنتدى؟ أظن أن المشرف لم يفهم قصدي", ["charter-appeal"]),
    ("ما الذي يحدث لمشاركتي بعد نشرها في المنتدى؟ هل يراجعها أحد قبل أن تظهر؟", ["charter-moderation"]),
    ("هل يسمح بنشر مواضيع عن كرة القدم او السياسة في منتدى المساق؟", ["charter-on-topic"]),
    ("نشرت رقم هاتفي في المنتدى ليتصل بي الزملاء، فلماذا ظهر الرقم مخفيا؟", ["charter-personal-data", "charter-moderation"]),
    ("هل يمكن الاعتماد على شهادة هذا المساق في ملف الترقية؟", ["faq-attestation-career"]),
    ("حصلت على رخصة مرضية طويلة، هل استطيع الالتحاق بالفوج الموالي؟", ["faq-change-cohort"]),
    ("هل يجوز لي أن أكتب الواجبات باللغة الأمازيغية؟", ["faq-language"]),
    ("ماذا يحدث اذا تأخرت في ايداع الواجب عن الموعد المحدد؟", ["faq-late-submission"]),
    ("إلى متى تبقى تسجيلات الحصص المباشرة متاحة؟ وهل يمكنني نشرها في مجموعة الواتساب الخاصة بمركزنا؟", ["faq-recordings"]),
    ("كم من الوقت أحتاج أسبوعيا لمتابعة المساق؟ جدول عملي مزدحم جدا", ["faq-weekly-hours"]),
    ("ما هي الواجبات المهنية للمكون فيما يخص سرية المعلومات المتعلقة بالمتدربين؟", ["prof-ethics"]),
    ("انتقلت من التدريس الى التكوين هذه السنة وأشعر أنني ما زلت أستاذا لا مكونا، كيف أبني هويتي المهنية الجديدة؟", ["prof-identity"]),
    ("كيف أعتمد على نتائج البحث التربوي في اختياراتي التكوينية بدل العادة؟", ["prof-research-informed"]),
    ("ما هي الادوار التي يقوم بها المكون في المركز الجهوي؟", ["prof-roles"]),
    ("كيف نقيس أثر دورة تكوينية على ممارسات الأساتذة داخل الفصل؟", ["eng-evaluation-of-training"]),
    ("ما المقصود بالتكوين المعكوس وكيف أطبقه مع الأساتذة المتدربين؟", ["eng-flipped"]),
    ("ما الفرق بين الطلب التكويني والحاجة التكوينية؟", ["eng-needs-analysis"]),
    ("كيف أصوغ هدفا اجرائيا قابلا للملاحظة؟", ["eng-objectives-competencies"]),
    ("ما العناصر التي ينبغي أن يتضمنها مخطط تكوين سنوي؟", ["eng-training-plan"]),
    ("اقترح علي طرائق نشيطة أستعملها بدل العرض النظري", ["fac-active-methods"]),
    ("كم عدد الأفراد المناسب في كل مجموعة أثناء العمل الجماعي؟ وكيف أوزع الأدوار بينهم؟", ["fac-group-work"]),
    ("ما هو التدريس المصغر وما مراحله؟", ["fac-micro-teaching"]),
    ("كيف أختم حصة تكوينية بطريقة جيدة بدل التوقف عند آخر نشاط؟", ["fac-opening-closing"]),
    ("دائما ينفد الوقت قبل مرحلة التركيب في حصصي، كيف أدبر زمن الحصة؟", ["fac-time-management"]),
    ("ما هي مواصفات التغذية الراجعة الفعالة؟", ["ass-feedback"]),
    ("ما الفرق بين التقويم التكويني والتقويم الاجمالي؟ وهل يمكن الجمع بينهما في مجزوءة واحدة؟", ["ass-formative-vs-summative"]),
    ("ما هو ملف الانجاز وكيف يتم تقويمه؟", ["ass-portfolio"]),
    ("ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),
    ("ما خطوات البحث الإجرائي؟ أريد أن أؤطر به بحوث التخرج للأساتذة المتدربين", ["sup-action-research"]),
    ("كيف تسير جلسة تحليل الممارسات المهنية؟", ["sup-analysis-of-practice"]),
    ("ما الفرق بين المرشد والمفتش في مرافقة الأستاذ الجديد؟", ["sup-mentoring"]),
    ("كيف أعد شبكة ملاحظة لحصة دراسية؟", ["sup-observation-grid"]),
    ("ما الأدوات التي تساعد الأستاذ المتدرب على التأمل في ممارسته؟", ["sup-reflective-practice"]),
    ("هل يجوز تصوير التلاميذ أثناء حصة التدريب ونشر الفيديو؟", ["dig-data-privacy", "prof-ethics"]),
    ("اين اجد الموارد والمراجع الخاصة بكل مجزوءة في المنصة؟", ["dig-etakwine-navigation"]),
    ("كيف أسجل في منصة إيتكوين لأول مرة؟", ["dig-etakwine-registration"]),
    ("كيف أختار الأداة الرقمية المناسبة لحصتي التكوينية؟", ["dig-ict-integration"]),
    ("ما قواعد الكتابة المهذبة في المنتديات والبريد الإلكتروني؟", ["dig-netiquette"]),
    ("بعض المسجلين لم يدخلوا المنصة منذ أسبوعين، كيف أتعامل معهم بصفتي مؤطرا؟", ["tut-dropout-prevention"]),
    ("كيف أنشط منتدى المساق حتى يتفاعل المشاركون فيما بينهم؟", ["tut-forum-facilitation"]),
    ("هل يسمح بالعمل مع زملاء في مجموعة دراسة؟ وهل يمكننا انجاز الواجب معا؟", ["tut-peer-support"]),
    ("متى يحول رفيق سؤالي الى مؤطر بشري؟", ["tut-rafiq-escalation"]),
    ("ما خصائص التقويم التكويني؟ وهل ينبغي أن تحتسب نقطته؟", ["ass-formative"]),
    ("لم أفهم لماذا يطلب مني تقويم واجبات زملائي، ما فائدة ذلك؟", ["ass-peer"]),
    ("نسيت كلمة السر ولا استطيع الدخول للمنصة", ["dig-etakwine-login-password"]),
    ("فاتتني الحصة المباشرة بسبب اجتماع في المركز، هل يؤثر ذلك على نجاحي؟", ["faq-missed-live", "faq-recordings"]),
    ("ما خطوات تحضير حصة تكوينية مدتها ثلاث ساعات؟", ["eng-session-preparation"]),
    ("كيف أنتقل من أسلوب المحاضرة إلى أسلوب المواكبة مع المتدربين؟", ["prof-posture"]),
    ("هل التسجيل في المساق بالمجان ام هناك رسوم؟", ["faq-free"]),
    ("كم يجب أن تدوم المقابلة بعد ملاحظة الحصة وما مراحلها؟", ["sup-post-observation-interview"]),
]

CONTENT_DARIJA = [
    ("شكون لي كيقرر يتمسح شي ميساج من الفوروم؟ رفيق ولا شي واحد من الفريق؟", ["charter-moderation"]),
    ("واحد فالفوروم دار نكتة على ناس واحد المدينة، واش هادشي مقبول؟", ["charter-no-hate"]),
    ("واش نقدر نحط نمرة التيليفون ديالي فالفوروم باش يتاصلو بيا الزملاء؟", ["charter-personal-data"]),
    ("واحد المشارك كيتبعني فكل موضوع وكيضحك عليا، شنو ندير؟", ["charter-respect"]),
    ("بغيت نبدل الفوج حيت عندي مهمة فهاد الشهور، واش ممكن؟", ["faq-change-cohort"]),
    ("كيفاش نتواصل مع المؤطر ديالي على حاجة شخصية؟", ["faq-contact-tutor"]),
    ("الديفوار ديال المجزوءة 2 ما لحقتش نصيفطو فالوقت، واش باقي ممكن؟", ["faq-late-submission"]),
    ("ما قدرتش نحضر للحصة المباشرة البارح، كيفاش نعوضها؟", ["faq-missed-live"]),
    ("شحال ديال الوقت خاصني نخصص فالسيمانة للموك؟", ["faq-weekly-hours"]),
    ("كيفاش نديرو التنشيط المشترك أنا وواحد الزميل فنفس الحصة بلا ما نتخالفو قدام المتدربين؟", ["prof-collaboration"]),
    ("عاد تعينت مكون وكنحس براسي باقي أستاذ، واش هادشي عادي؟", ["prof-identity"]),
    ("شنو الفرق بين المراكز الجهوية ومركز تكوين المفتشين ومركز التوجيه والتخطيط؟", ["prof-institutions"]),
    ("شنو هوما الأدوار ديال المكون؟ واش غير يشرح الدروس؟", ["prof-roles"]),
    ("علاش كيقولو المكون خاصو يبارطاجي الموارد ديالو مع الزملاء؟", ["prof-values"]),
    ("الكلاس أنفيرسي فالتكوين، كيفاش نطبقها وخا بعض المتدربين الكونيكسيون ديالهم ضعيفة؟", ["eng-flipped"]),
    ("بغيت نصمم تكوين هجين، شنو ندير حضوري وشنو ندير عن بعد؟", ["eng-hybrid"]),
    ("شنو الفرق بين الكفاية والهدف؟ ديما كنتلف فيهم", ["eng-objectives-competencies"]),
    ("غدا عندي حصة تكوينية ديال 3 سوايع، كيفاش نوجدها خطوة بخطوة؟", ["eng-session-preparation"]),
    ("عطيني شي طرق نشيطة نخدم بيها مع الأساتذة المتدربين بلا ما نبقى غير نهضر", ["fac-active-methods"]),
    ("شنو هي الأندراغوجيا؟ وكيفاش كيتعلمو الكبار؟", ["fac-adult-learners"]),
    ("التدريس المصغر واش خاص نصورو بالفيديو؟ وشحال كيدوم؟", ["fac-micro-teaching"]),
    ("المتدربين ديالي كيبداو بحماس ومن بعد كيعياو، كيفاش نحافظ على الدافعية ديالهم؟", ["fac-motivation"]),
    ("كيفاش نقسم الوقت ديال سيمانة فالموك على الأنشطة؟", ["fac-time-management"]),
    ("شنو الفرق بين الأتيستاسيون والبادج الرقمي؟", ["ass-certificates-badges"]),
    ("واش نفس الكويز يقدر يكون تقويم تكويني ولا إجمالي؟ ما فهمتش الفرق", ["ass-formative-vs-summative", "ass-formative"]),
    ("شنو هو التقويم التكويني؟ وعطيني شي تقنيات ديالو", ["ass-formative"]),
    ("بغيت نصاوب شبكة تقويم بالمعايير لجذاذات المتدربين، منين نبدا؟", ["ass-rubrics"]),
    ("كيفاش نخلي المتدربين يقيمو راسهم بوحدهم؟ واش نحسبها فالنقطة؟", ["ass-self-assessment"]),
    ("شنو هي القواعد ديال مجموعة تحليل الممارسات؟ ما بغيتهاش تولي محكمة", ["sup-analysis-of-practice"]),
    ("المخطط الفردي للتنمية المهنية، شنو خاصو يكون فيه؟", ["sup-development-plan"]),
    ("شبكة الملاحظة ديال الحصة شحال فيها من بعد؟ وواش نعطي نقط من 1 ل 5؟", ["sup-observation-grid"]),
    ("غادي نمشي نلاحظ حصة ديال أستاذ متدرب، شنو ندير قبل الحصة وفيها؟", ["sup-observation"]),
    ("شنو هو القانون 09-08؟ وشنو علاقتو بالمعطيات ديال المتدربين؟", ["dig-data-privacy"]),
    ("كملت كلشي والشهادة ما بانتش ليا فالبلاتفورم، علاش؟", ["dig-etakwine-attestation"]),
    ("بغيت نتسجل فإيتكوين وكيقولي الإيميل ديالي مستعمل، واش نصاوب حساب جديد؟", ["dig-etakwine-registration"]),
    ("كيفاش نحط الديفوار فالبلاتفورم؟ واش بالوورد ولا بي دي إف؟", ["dig-etakwine-submission"]),
    ("واش عيب نكتب الميساج كامل بالماجيسكول فالفوروم؟", ["dig-netiquette"]),
    ("لقيت فيديو فيوتوب مزيان، واش نقدر نترجمو ونحطو فالفوروم؟", ["dig-resources-copyright"]),
    ("بزاف ديال المواضيع المكررة فالفوروم والناس تالفين، كيفاش نرتبو كمؤطر؟", ["tut-forum-facilitation"]),
    ("شنو خدمة المؤطر من ناحية التنظيم والمواعيد؟", ["tut-organizational-role"]),
    ("إلا رفيق ما عرفش الجواب، شنو كيوقع للسؤال ديالي؟", ["tut-rafiq-escalation"]),
    ("شحال خاصني نتسنى باش يجاوبني المؤطر؟", ["tut-response-times"]),
    ("واش نقدر نتبع الموك من التيليفون؟ ما عنديش بيسي", ["faq-mobile"]),
    ("التقويم التشخيصي فبداية العام، كيفاش نستغل النتائج ديالو؟", ["ass-diagnostic"]),
    ("فين نلقى التسجيل ديال الحصة المباشرة؟", ["faq-recordings"]),
    ("الخدمة فالمجموعات ديما كيخدم فيها غير واحد والباقي كيتفرجو، شنو الحل؟", ["fac-group-work"]),
    ("كيفاش نعطي ملاحظات للمتدرب على الخدمة ديالو بلا ما نحبطو؟", ["ass-feedback"]),
    ("المجزوءة 3 باينة ليا رمادية وما كتحلش، علاش؟", ["dig-etakwine-navigation"]),
    ("شنو معنى الانسجام بين الأهداف والأنشطة والتقويم؟", ["eng-alignment"]),
    ("واش هاد الشهادة ديال الموك كتحسب فالترقية ولا غير ورقة؟", ["faq-attestation-career", "ass-certificates-badges"]),
]

CONTENT_ARABIZI = [
    ("wach mamnou3 ndiro blagues 3la nass chi region f forum?", ["charter-no-hate"]),
    ("chi wa7ed kaybi3 devoirs tout faits f forum, wach hadchi m9boul? o chno ndir?", ["charter-no-spam"]),
    ("chi wa7d sebni f forum b darija, kifach nreagi?", ["charter-respect"]),
    ("chno homa les messages li mrehb bihom f forum dyal MOOC?", ["charter-welcome"]),
    ("kifach ntwasel m3a tuteur dyali?", ["faq-contact-tutor"]),
    ("wash l MOOC b flous wla fabor?", ["faq-free"]),
    ("fatetni la classe virtuelle dial lbare7, chno ndir?", ["faq-missed-live", "faq-recordings"]),
    ("n9der ntb3 lvideos w forum mn telephone? forfait dyali kaytsala bzrba", ["faq-mobile"]),
    ("kifach nkhdmo f equipe dyal formateurs bach nsaybo module m3a b3diyatna?", ["prof-collaboration"]),
    ("bghit ntwer rasi f lkhdma dyal formateur, mnin nbda? ghir les stages?", ["prof-continuing-development"]),
    ("la loi-cadre 51-17 w la vision 2015-2030, chno katbdel f lkhdma dyal formateur?", ["prof-institutions"]),
    ("chno ya3ni posture d'accompagnement? ma b9itch ndir cours magistral?", ["prof-posture"]),
    ("les valeurs dyal formateur b7al partage w ouverture, kifach nbinhom f lkhdma dyali?", ["prof-values"]),
    ("alignement pedagogique 3nd Biggs, chno howa?", ["eng-alignment"]),
    ("formation hybride: kifach nkhelet presentiel m3a distanciel bla ma tkon charge zayda?", ["eng-hybrid"]),
    ("cMOOC vs xMOOC chno lfar9?", ["eng-mooc-formats"]),
    ("kifach nwjed seance de formation? 3tini les etapes", ["eng-session-preparation"]),
    ("scenario pedagogique b taches, chno lazm ykon fih?", ["eng-task-scenarios"]),
    ("Knowles w andragogie, kifach kayt3lmo lkbar?", ["fac-adult-learners"]),
    ("3ndi stagiaire kaycontesti kolchi li kan9ol f seance, kifach nt3amel m3ah?", ["fac-difficult-situations"]),
    ("motivation dyal stagiaires kat7bet mn b3d chi simanat, chno ndir?", ["fac-motivation"]),
    ("kan7ess b stress mli kankteb f forum, khayfa nghlet 9dam lcollegues", ["fac-online-anxiety"]),
    ("open badge chno howa w chno kaythbet?", ["ass-certificates-badges"]),
    ("evaluation diagnostique: kifach nsayb test sghir f bdya dyal module?", ["ass-diagnostic"]),
    ("chno hiya l'evaluation formative b lfhama?", ["ass-formative"]),
    ("evaluation par les pairs: ila chi wa7ed 3tani note ma3endhach m3na, n9der ntalb revision?", ["ass-peer"]),
    ("autoevaluation w metacognition, kifach nkhdm bihom m3a stagiaires?", ["ass-self-assessment"]),
    ("evaluation sommative wach hiya nefs l7aja b7al certificative?", ["ass-summative"]),
    ("plan individuel de developpement, kifach nktbo? 3tini exemple d objectif", ["sup-development-plan"]),
    ("bghina ndiro communaute d'apprentissage f l'etablissement, kifach nbdaw?", ["sup-learning-communities"]),
    ("observation de classe: chno ndir pendant la seance? fin ngles?", ["sup-observation"]),
    ("entretien post-observation, kifach nbda m3a stagiaire bla ma nje7o?", ["sup-post-observation-interview"]),
    ("l'attestation dyal e-takwine fiha ghalat f smiti, kifach nsl7ha?", ["dig-etakwine-attestation"]),
    ("compte dyali tbloka mn b3d ma dkhlt mot de passe ghalet bzaf d lmerat, chno ndir?", ["dig-etakwine-login-password"]),
    ("fichier dyal devoir kbir bzaf (video), ma bghach ytla3, chno ndir?", ["dig-etakwine-submission"]),
    ("bouton ma khdamch f plateforme, jrbt kolchi, chkon ncontacti?", ["dig-etakwine-technical"]),
    ("licence CC BY-NC-ND chno kat3ni? n9der nmontiha w nzid sous-titres?", ["dig-resources-copyright"]),
    ("kifach nkteb so2al mzyan l Rafiq bach yfhamni?", ["tut-asking-good-questions"]),
    ("role organisationnel dyal tuteur, chno kaydir b dbt?", ["tut-organizational-role"]),
    ("wach tuteur kay3ti corriges dyal devoirs wla ghir kaychre7?", ["tut-pedagogical-role"]),
    ("ch7al khass ntsna jawab dyal tuteur f weekend?", ["tut-response-times"]),
    ("ana tuteur w kaybano lia participants m9l9in w m3iyin, kifach nchj3hom?", ["tut-socio-cognitive-role"]),
    ("bghit nsjel f e-takwine, chno khassni n3mer f formulaire?", ["dig-etakwine-registration"]),
    ("ch7al mn sa3a f simana khass l MOOC?", ["faq-weekly-hours"]),
    ("wach n9der nsift devoir m3a9el? kont mrid", ["faq-late-submission"]),
    ("kifach nkteb niveaux f grille d'evaluation bla ma nkhdm ghir b 'bien' w 'tres bien'?", ["ass-rubrics"]),
    ("micro-enseignement, chno homa les etapes dyalo?", ["fac-micro-teaching"]),
    ("analyse des besoins: kifach njm3 donnees mn 3nd les enseignants?", ["eng-needs-analysis"]),
    ("portfolio d'apprentissage vs portfolio de presentation, chno lfar9?", ["ass-portfolio"]),
    ("ila tlbt tuteur mn Rafiq, wach khassni n3awd so2al mn lowel?", ["tut-rafiq-escalation"]),
]

# ---------------------------------------------------------------- out of scope (5 near misses, then 5 unrelated)
OOS = {
    "fr": [
        "Quand est-ce que les résultats du mouvement de mutation des formateurs seront publiés cette année ?",
        "On m'a retenu une somme sur mon salaire ce mois-ci, à qui je m'adresse ?",
        "Comment saisir les notes des élèves sur Massar ?",
        "comment faire un publipostage sur Word pour envoyer les convocations aux stagiaires ?",
        "À quel âge un formateur du CRMEF part-il à la retraite ?",
        "recette du tajine aux pruneaux svp",
        "Qui a gagné le match du Raja hier soir ?",
        "Quel temps fera-t-il à Ifrane ce week-end ?",
        "Tu me conseilles quel téléphone à moins de 3000 dh ?",
        "Quelle est la capitale de l'Australie ?",
    ],
    "msa": [
        "كيف أطلب تعويضات التنقل عن المهام التي أقوم بها خارج المركز؟",
        "متى تجرى مباراة الترقية بالشهادة هذه السنة؟",
        "كيف أسترجع مصاريف العلاج من التعاضدية العامة للتربية الوطنية؟",
        "كيف أنشئ جدولا في برنامج إكسيل يحسب معدلات المتدربين تلقائيا؟",
        "ما هي مسطرة طلب رخصة استثنائية لأداء مناسك الحج؟",
        "ما افضل طريقة لإنقاص الوزن بسرعة؟",
        "اكتب لي قصيدة قصيرة عن فصل الربيع",
        "ما هو موعد القطار من الرباط الى فاس صباح الغد؟",
        "من هو مؤلف رواية الخبز الحافي؟",
        "كم يبلغ عدد سكان الصين؟",
    ],
    "darija": [
        "فوقاش غادي يخرجو نتائج الحركة الانتقالية ديال المكونين؟",
        "الزيادة فالأجرة ديال رجال التعليم فوقاش غادي تبان؟",
        "كيفاش نطلب شهادة العمل من الإدارة ديال المركز؟",
        "الطوموبيل ديالي خسرات وما غاديش نوصل للمركز غدا، شنو نقول للمدير؟",
        "كيفاش نخدم بكانفا باش نصاوب أفيش للنشاط ديال المؤسسة؟",
        "شنو نطيب اليوم للعشا؟",
        "شكون ربح الماتش ديال البارح؟",
        "بغيت نمشي لشفشاون فالعطلة، فين نزور؟",
        "كيفاش نصلح الماشينة ديال الصابون ملي كتحبس؟",
        "عطيني نكتة تضحكني شوية",
    ],
    "arabizi": [
        "kifach ndir demande de mutation l chi CRMEF akhor?",
        "imta ghadi ykhrjo les resultats dyal examen d'aptitude professionnelle?",
        "salaire dyali t9ta3 mno chi flous had chhar, 3lach?",
        "kifach nkhdm b Google Classroom m3a tlamed dyali f l'ecole?",
        "wach 3ndi l7a9 f conge ila tzad lia wld?",
        "chno a7san film ntfrj fih lyoum?",
        "kifach nwjed msemen mwerre9?",
        "ch7al taman dyal iphone jdid f lmghrib?",
        "chkoun rba7 coupe d'afrique lakhra?",
        "terjem lia had jomla l anglais: ana fer7an bzaf",
    ],
}

# ---------------------------------------------------------------- calendar, human, social
CAL = {
    "fr": [
        "C'est quand la date limite du devoir du module 2 sur le scénario de formation ?",
        "La classe virtuelle du module 4, c'est quel jour et à quelle heure ?",
        "le module 5 ouvre quand ?",
    ],
    "msa": [
        "متى ينتهي أجل إيداع واجب المجزوءة الرابعة؟",
        "ما موعد الحصة المباشرة الختامية للمساق؟",
        "متى تفتح المجزوءة السادسة؟",
    ],
    "darija": [
        "فوقاش اللايف ديال المجزوءة الخامسة؟",
        "آخر أجل ديال البورتريه المهني فوقاش؟",
        "إمتى كيسالي الموك ديالنا؟",
    ],
    "arabizi": [
        "imta deadline dyal devoir m3?",
        "live dyal module 6 imta w f ch7al?",
        "module 2 imta kayt7el?",
    ],
}

HUMAN = {
    "fr": [
        "Je voudrais parler à un tuteur humain svp",
        "Passez-moi une vraie personne, pas un robot.",
        "Mettez-moi en relation avec mon tuteur, j'ai besoin de lui parler directement.",
    ],
    "msa": [
        "أريد التحدث مع مؤطر بشري من فضلك",
        "حول سؤالي الى أحد المؤطرين",
        "أريد التواصل مع شخص حقيقي وليس مع روبوت",
    ],
    "darija": [
        "بغيت نهضر مع شي مؤطر دابا",
        "عافاك وصلني بشي بنادم ماشي روبو",
        "دوز السؤال ديالي للمؤطر ديالي",
    ],
    "arabizi": [
        "bghit nhder m3a tuteur",
        "3afak bghit chi bnadem machi robot",
        "wasselni b tuteur dyali daba",
    ],
}

SOCIAL = {
    "fr": [
        "Merci beaucoup, c'était très clair !",
        "Bonsoir Rafiq",
        "je suis un peu découragé, j'ai l'impression de ne pas avancer",
    ],
    "msa": [
        "شكرا جزيلا على المساعدة",
        "السلام عليكم، مساء الخير",
        "أشعر بالتعب وبأنني متأخر عن الجميع",
    ],
    "darija": [
        "الله يجازيك بخير، فهمت دابا",
        "سلام، لاباس عليك؟",
        "عييت صافي، حاس براسي ما غاديش نقدر نكمل",
    ],
    "arabizi": [
        "chokran bzaf khouya",
        "salam labas 3lik?",
        "7assa rassi m3atla bzaf f had lmooc, ma b9itch 3arfa wach nkmel",
    ],
}

# ---------------------------------------------------------------- dialogues
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CL = {"kind": "clarify"}
CAL_ = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = {
    "fr": [
        [("Comment fonctionne l'évaluation par les pairs sur e-Takwine ?", A("ass-peer")),
         ("Tu peux me donner un exemple concret de commentaire à laisser sur le travail d'un collègue ?", EX("ass-peer"))],
        [("c'est quoi la classe inversée appliquée à la formation des enseignants ?", A("eng-flipped")),
         ("Tu peux me le réexpliquer en arabe ? c'est pour un collègue arabophone", OL("ar", "eng-flipped"))],
        [("la grille", CL),
         ("Celle qui sert à observer une séance de stagiaire en classe", CF("sup-observation-grid")),
         ("Tu aurais un exemple d'indicateur bien formulé ?", EX("sup-observation-grid"))],
        [("attestation", CL),
         ("Je veux dire comment la récupérer sur la plateforme à la fin", CF("dig-etakwine-attestation"))],
        [("Comment préparer une séance de formation de trois heures ?", A("eng-session-preparation")),
         ("Et pour le début de la séance, je fais quoi dans le premier quart d'heure ?", A("fac-opening-closing"))],
        [("Quand s'ouvre le module 3 ?", CAL_),
         ("Et la classe virtuelle de ce module, c'est quand ?", CAL_)],
        [("Je n'arrive pas à me connecter, mon mot de passe est refusé", A("dig-etakwine-login-password")),
         ("J'ai tout essayé, ça ne marche toujours pas. Je veux parler à quelqu'un de l'équipe.", HUM)],
        [("comment on dépose un devoir sur la plateforme ?", A("dig-etakwine-submission")),
         ("ok merci. et c'est pour quand deja le devoir du module 4 ?", CAL_)],
        [("Différence entre évaluation formative et sommative ?", A("ass-formative-vs-summative")),
         ("Un exemple dans le cadre d'un MOOC ?", EX("ass-formative-vs-summative")),
         ("Tu peux me redonner tout ça en arabe svp", OL("ar", "ass-formative-vs-summative"))],
        [("comment conduire un entretien après une observation de classe ?", A("sup-post-observation-interview")),
         ("et pendant l'observation elle-même, je dois noter quoi ?", A("sup-observation"))],
    ],
    "msa": [
        [("ما هو التقويم التشخيصي؟", A("ass-diagnostic")),
         ("أعطني مثالا عمليا من فضلك", EX("ass-diagnostic"))],
        [("كيف أصوغ أهدافا إجرائية لحصة تكوينية؟", A("eng-objectives-competencies")),
         ("هل يمكنك إعادة الجواب بالفرنسية؟", OL("fr", "eng-objectives-competencies"))],
        [("التقويم", CL),
         ("أقصد أن يقوم المتدربون أعمال بعضهم البعض", CF("ass-peer")),
         ("أريد نفس الشرح باللغة الفرنسية", OL("fr", "ass-peer"))],
        [("الملاحظة", CL),
         ("أعني المقابلة التي تجرى مع الأستاذ بعد ملاحظة حصته", CF("sup-post-observation-interview")),
         ("هل من مثال على سؤال أبدأ به هذه المقابلة؟", EX("sup-post-observation-interview"))],
        [("ما هو التدريس المصغر؟", A("fac-micro-teaching")),
         ("وكيف أقدم ملاحظاتي للمتدرب بعد ذلك دون أن أحبطه؟", A("ass-feedback"))],
        [("متى آخر أجل لإيداع واجب تحليل الحاجات التكوينية؟", CAL_),
         ("وما موعد الحصة المباشرة لنفس المجزوءة؟", CAL_)],
        [("لم تصلني رسالة تفعيل الحساب بعد التسجيل في المنصة", A("dig-etakwine-registration")),
         ("انتظرت يومين ولم يصل شيء، أريد التحدث مع مؤطر", HUM)],
        [("كيف أحصل على شهادة إتمام المساق؟", A("dig-etakwine-attestation")),
         ("وهل تنفعني هذه الشهادة في الترقية؟", A("faq-attestation-career"))],
        [("ما المقصود بالإرشاد المهني للأساتذة الجدد؟", A("sup-mentoring")),
         ("متى آخر أجل لتسليم واجب خطة المواكبة؟", CAL_)],
        [("ما هي مجتمعات التعلم المهنية؟", A("sup-learning-communities")),
         ("أعطني مثالا على سؤال يشتغل عليه أعضاؤها", EX("sup-learning-communities")),
         ("هل يمكنك ترجمة هذا الجواب إلى الفرنسية؟", OL("fr", "sup-learning-communities"))],
    ],
    "darija": [
        [("شنو هي الممارسة التأملية؟", A("sup-reflective-practice")),
         ("عطيني شي مثال عافاك", EX("sup-reflective-practice"))],
        [("كيفاش نصاوب شبكة تقويم بالمعايير؟", A("ass-rubrics")),
         ("عاودها ليا بالفرنسية عافاك", OL("fr", "ass-rubrics"))],
        [("الشهادة", CL),
         ("قصدت واش كتنفع فالترقية", CF("faq-attestation-career")),
         ("بغيت جواب رسمي، دوزني لشي مؤطر", HUM)],
        [("المجموعات", CL),
         ("الخدمة فالمجموعات وسط الحصة مع المتدربين", CF("fac-group-work")),
         ("عطيني مثال على مهمة مزيانة نعطيها للمجموعة", EX("fac-group-work"))],
        [("ما لحقتش الحصة المباشرة، كيفاش نعوضها؟", A("faq-missed-live")),
         ("وفين نلقى التسجيل ديالها؟", A("faq-recordings"))],
        [("فوقاش كيسالي أجل الديفوار ديال المجزوءة 3؟", CAL_),
         ("واللايف ديال نفس المجزوءة فوقاش؟", CAL_)],
        [("الفيديوات كيتقطعو ليا فالبلاتفورم", A("dig-etakwine-technical")),
         ("والو ما تصلح، بغيت نهضر مع شي بنادم", HUM)],
        [("شنو الفرق بين MOOC و SPOC؟", A("eng-mooc-formats")),
         ("عطيني مثال فين نستعمل كل واحد فيهم", EX("eng-mooc-formats"))],
        [("كيفاش نحضر تحليل الحاجات قبل ما نصمم التكوين؟", A("eng-needs-analysis")),
         ("ومن بعد، كيفاش نبني مخطط التكوين على هاد الحاجات؟", A("eng-training-plan")),
         ("بالفرنسية عافاك", OL("fr", "eng-training-plan"))],
        [("شنو هو الدور البيداغوجي ديال المؤطر؟", A("tut-pedagogical-role")),
         ("وفوقاش اللايف ديال التأطير عن بعد؟", CAL_)],
    ],
    "arabizi": [
        [("kifach ndir evaluation formative f seance?", A("ass-formative")),
         ("3tini exemple 3afak", EX("ass-formative"))],
        [("groupe d'analyse de pratiques kifach kaymchi?", A("sup-analysis-of-practice")),
         ("3awdha lia b francais", OL("fr", "sup-analysis-of-practice"))],
        [("evaluation", CL),
         ("9sdt evaluation dyal dispositif de formation kamel, machi dyal stagiaires", CF("eng-evaluation-of-training")),
         ("3tini chi exemple", EX("eng-evaluation-of-training"))],
        [("role tuteur", CL),
         ("role dyalo f motivation w bach ma y7essch participant bo7do", CF("tut-socio-cognitive-role"))],
        [("kifach nsjel f e-takwine?", A("dig-etakwine-registration")),
         ("w ila nsit mot de passe mn b3d?", A("dig-etakwine-login-password"))],
        [("imta deadline dyal bilan final w portfolio?", CAL_),
         ("w la classe de cloture imta?", CAL_)],
        [("wach n9der nkteb devoir b darija?", A("faq-language")),
         ("bghit nakked m3a tuteur, wasselni bih", HUM)],
        [("kifach nwjed plan de formation?", A("eng-training-plan")),
         ("chi exemple 3afak", EX("eng-training-plan")),
         ("w b francais?", OL("fr", "eng-training-plan"))],
        [("kifach ndir co-animation m3a zamil?", A("prof-collaboration")),
         ("w ila tkhalefna f chi haja 9dam stagiaires?", A("prof-collaboration"))],
        [("wach l MOOC fabor wla la?", A("faq-free")),
         ("chi wa7ed tleb mni flous bach ysift lia attestation, chno ndir?", A("faq-free", "charter-no-spam"))],
    ],
}

# ---------------------------------------------------------------- write
VARS = ["fr", "msa", "darija", "arabizi"]
CONTENT = {"fr": CONTENT_FR, "msa": CONTENT_MSA, "darija": CONTENT_DARIJA, "arabizi": CONTENT_ARABIZI}

rows = []
for v in VARS:
    assert len(CONTENT[v]) == 50, (v, len(CONTENT[v]))
    for q, exp in CONTENT[v]:
        rows.append((q, v, exp, "content"))
for kind, table, n in (("out_of_scope", OOS, 10), ("calendar", CAL, 3), ("human", HUMAN, 3), ("social", SOCIAL, 3)):
    for v in VARS:
        assert len(table[v]) == n, (kind, v)
        for q in table[v]:
            rows.append((q, v, [], kind))

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, v, exp, kind) in enumerate(rows, 1):
        f.write(json.dumps({"id": "q%03d" % i, "question": q, "lang": LANG[v], "variety": v,
                            "expected": exp, "kind": kind}, ensure_ascii=False) + "\n")

n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        assert len(DIALOGUES[v]) == 10, v
        for d in DIALOGUES[v]:
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                "turns": [{"user": u, "expect": e} for u, e in d]}, ensure_ascii=False) + "\n")
print("wrote", len(rows), "questions and", n, "dialogues")
