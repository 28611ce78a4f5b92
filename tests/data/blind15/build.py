"""Blind evaluation set for the bilingual trainer-guide assistant (Rafiq).

All items below were typed by hand. Running this file writes questions.jsonl and dialogues.jsonl
next to it, in the order checked by validate.py:
  kinds (content, out_of_scope, calendar, human, social) x varieties (fr, msa, darija, arabizi).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------------------------------------
# Content questions: (question, [expected section ids]); the first id is the main one.
# ---------------------------------------------------------------------------------------------
CONTENT = {}

CONTENT["fr"] = [
    ("mon message sur le forum a été bloqué alors que je citais juste un proverbe en darija... je peux faire quoi pour qu'on le remette ?", ["charter-appeal"]),
    ("c qui qui décide de supprimer un post sur le forum, le robot ou une vraie personne ?", ["charter-moderation"]),
    ("Un collègue a posté une blague sur les gens d'une certaine région, c'est toléré sur le forum ou pas ?", ["charter-no-hate"]),
    ("qqn propose sur le forum des rapports de stage tout prêts contre 200dh, c normal ça ??", ["charter-no-spam"]),
    ("est ce que je peux poser une question sur ma mutation dans le forum du mooc ?", ["charter-on-topic"]),
    ("Je voulais mettre mon numéro de tel dans un post pour que les collègues m'appellent directement, ça pose un souci ?", ["charter-personal-data"]),
    ("Un participant me répond toujours sur un ton moqueur, dans plusieurs discussions différentes. Je dois réagir comment ?", ["charter-respect"]),
    ("qu'est ce qui est apprécié sur le forum ? on peut raconter une séance ratée par exemple ?", ["charter-welcome"]),
    ("l'attestation du mooc elle va compter pour ma promotion ou pas du tout ?", ["faq-attestation-career"]),
    ("Je pars en mission deux mois en février, est-ce que je peux basculer sur la cohorte suivante ?", ["faq-change-cohort"]),
    ("comment joindre mon tuteur pour une situation perso ? je veux pas l'écrire sur le forum", ["faq-contact-tutor"]),
    ("faut il payer qqch pour s'inscrire ou pour avoir l'attestation ?", ["faq-free"]),
    ("je peux rédiger mon devoir en arabe ou c'est obligatoirement en francais ?", ["faq-language"]),
    ("J'ai la surveillance des examens toute la semaine au centre, je ne pourrai pas rendre le devoir à temps. Je fais comment ?", ["faq-late-submission"]),
    ("j'ai raté la classe virtuelle d'hier à cause d'une réunion, c'est grave pour la validation ?", ["faq-missed-live"]),
    ("on peut suivre le mooc uniquement avec le smartphone ? j'ai pas de pc à la maison", ["faq-mobile"]),
    ("où sont rangés les enregistrements des séances en direct ?", ["faq-recordings"]),
    ("combien de temps par semaine il faut consacrer au mooc en gros ?", ["faq-weekly-hours"]),
    ("Avec une collègue on doit co-animer une séance au CRMEF de Fès, comment se partager le travail sans se marcher sur les pieds ?", ["prof-collaboration"]),
    ("à part les stages officiels, comment je peux continuer à me former en tant que formateur ?", ["prof-continuing-development"]),
    ("Une stagiaire m'a confié un problème familial qui touche son stage. J'ai le droit d'en parler aux collègues ?", ["prof-ethics"]),
    ("j'étais prof de maths pendant 15 ans et je suis formateur depuis septembre, je me sens un peu imposteur devant les stagiaires, c'est normal ?", ["prof-identity"]),
    ("c'est quoi exactement la mission du CFIE par rapport au CRMEF et au COPE ?", ["prof-institutions"]),
    ("posture d'accompagnement au lieu du cours magistral, concrètement ça donne quoi en séance ?", ["prof-posture"]),
    ("les styles d'apprentissage visuel auditif kinesthésique, c'est prouvé ou c'est un mythe ?", ["prof-research-informed"]),
    ("quels sont les différents rôles d'un formateur d'enseignants ?", ["prof-roles"]),
    ("partage, collaboration, ouverture : comment transmettre ces valeurs aux stagiaires sans faire la morale ?", ["prof-values"]),
    ("alignement constructif de Biggs ?", ["eng-alignment"]),
    ("je dois évaluer une formation continue que j'ai animée, un questionnaire de satisfaction à la fin ça suffit ?", ["eng-evaluation-of-training"]),
    ("Comment mettre en place une classe inversée quand une partie des stagiaires a une mauvaise connexion ?", ["eng-flipped"]),
    ("Je conçois un module moitié présentiel moitié à distance, comment répartir les activités entre les deux ?", ["eng-hybrid"]),
    ("spoc ou mooc, lequel choisir pour une promo de 40 stagiaires qu'on doit suivre et certifier ?", ["eng-mooc-formats"]),
    ("la direction provinciale me demande une formation sur le numérique pour les profs, comment savoir ce dont ils ont vraiment besoin avant de commencer ?", ["eng-needs-analysis"]),
    ("comment rédiger un objectif opérationnel correct ? mes stagiaires écrivent toujours comprendre ou connaitre", ["eng-objectives-competencies"]),
    ("je prépare ma toute première séance de 3h au centre, quelles étapes je dois suivre ?", ["eng-session-preparation"]),
    ("c'est quoi un scénario pédagogique basé sur une tâche complexe ? vous avez un exemple ?", ["eng-task-scenarios"]),
    ("comment construire un plan de formation sur l'année pour les enseignants d'une direction provinciale ?", ["eng-training-plan"]),
    ("quelles méthodes actives je peux utiliser avec les stagiaires à part le travail de groupe ?", ["fac-active-methods"]),
    ("andragogie knowles", ["fac-adult-learners"]),
    ("dans mon groupe il y a un stagiaire qui monopolise la parole tout le temps, comment le gérer sans le vexer ?", ["fac-difficult-situations"]),
    ("Mes travaux de groupe tournent mal, c'est toujours les mêmes qui bossent. Des conseils ?", ["fac-group-work"]),
    ("micro-enseignement : ça dure combien de minutes et devant combien de collègues ?", ["fac-micro-teaching"]),
    ("différence formative / sommative svp, j'ai une séance demain matin", ["ass-formative-vs-summative"]),
    ("comment construire une grille critériée ? je mets combien de critères ?", ["ass-rubrics"]),
    ("j'ai déposé mon devoir mais le tuteur me dit qu'il ne le voit pas ??", ["dig-etakwine-submission"]),
    ("mot de passe oublié sur e-takwine et le mail de réinitialisation n'arrive jamais", ["dig-etakwine-login-password"]),
    ("dans quels cas Rafiq passe ma question à un vrai tuteur ?", ["tut-rafiq-escalation"]),
    ("je vais observer une stagiaire en classe la semaine prochaine, je me mets où et je note quoi ?", ["sup-observation"]),
    ("évaluation entre pairs dans le mooc : comment éviter que tout le monde mette excellent à tout le monde ?", ["ass-peer"]),
    ("je n'arrive jamais à finir mes séances à l'heure, je sacrifie toujours la synthèse. des astuces pour gérer le temps ?", ["fac-time-management"]),
]

CONTENT["msa"] = [
    ("كيف احافظ على دافعية المتدربين في تكوين يمتد لعدة اسابيع؟ الحماس ينخفض بعد الاسبوع الثاني", ["fac-motivation"]),
    ("بعض الزملاء يخافون من الكتابة في المنتدى لان المفتشين يقرؤون ما نكتب، كيف نطمئنهم؟", ["fac-online-anxiety"]),
    ("ما الانشطة المناسبة لافتتاح اول حصة مع مجموعة جديدة من المتدربين؟", ["fac-opening-closing"]),
    ("كيف انظم اسبوعا من المساق للمشاركين: كم دقيقة لكل نشاط وكم ساعة في المجموع؟", ["fac-time-management"]),
    ("ما الفرق بين شهادة المشاركة وشهادة النجاح والشارة الرقمية المفتوحة؟", ["ass-certificates-badges"]),
    ("اريد بناء اختبار تشخيصي في بداية المجزوءة، هل اضع عليه نقطة؟", ["ass-diagnostic"]),
    ("كيف اكتب ملاحظات مفيدة على اعمال المتدربين دون ان احبطهم؟", ["ass-feedback"]),
    ("هل يمكن ان يكون الاختبار نفسه تكوينيا مرة واجماليا مرة اخرى؟", ["ass-formative-vs-summative"]),
    ("ما المقصود بالتقويم التكويني؟ اريد تقنيات بسيطة استعملها داخل الحصة", ["ass-formative"]),
    ("هل التقويم بين الاقران موثوق؟ وكم مقيما نحتاج لكل عمل؟", ["ass-peer"]),
    ("ماذا يضع الاستاذ المتدرب في ملف الانجاز؟", ["ass-portfolio"]),
    ("ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),
    ("كيف ادرب المتدربين على تقويم اعمالهم بانفسهم؟ وهل احتسب ذلك في النقطة النهائية؟", ["ass-self-assessment"]),
    ("ما شروط امتحان نهائي عادل في اخر المجزوءة؟", ["ass-summative"]),
    ("اؤطر متدربا يريد انجاز بحث اجرائي حول تلاميذ لا يراجعون اوراقهم، ما المراحل التي يتبعها؟", ["sup-action-research"]),
    ("كيف ننظم جلسة لتحليل الممارسات بعد عودة المتدربين من التدريب الميداني؟", ["sup-analysis-of-practice"]),
    ("كيف اعد مخططا فرديا لتنميتي المهنية خلال هذه السنة الدراسية؟", ["sup-development-plan"]),
    ("نريد تاسيس مجتمع تعلم مهني بين اساتذة اللغة العربية في الاعدادية، من اين نبدا؟", ["sup-learning-communities"]),
    ("ما دور الاستاذ المرشد مع مدرس جديد في سنته الاولى؟ وهل يشارك في تقييمه؟", ["sup-mentoring"]),
    ("كيف ابني شبكة ملاحظة لقسم متعدد المستويات؟", ["sup-observation-grid"]),
    ("هل الملاحظة الصفية هي نفسها التفتيش؟", ["sup-observation"]),
    ("كيف أدير اللقاء مع المتدربة بعد ملاحظة حصتها؟ من يتكلم اولا؟", ["sup-post-observation-interview"]),
    ("ما هي الممارسة التاملية عند دونالد شون؟", ["sup-reflective-practice"]),
    ("صورت حصة في القسم يظهر فيها تلاميذ قاصرون، هل يمكنني نشر الفيديو في مجموعة الواتساب الخاصة بالمتدربين؟", ["dig-data-privacy"]),
    ("انهيت كل المجزوءات، كيف احمل شهادة النجاح من المنصة؟", ["dig-etakwine-attestation"]),
    ("لا استطيع الدخول الى المنصة، تظهر رسالة ان كلمة المرور خاطئة رغم انني متاكدة منها", ["dig-etakwine-login-password"]),
    ("لا اجد منتدى المجزوءة الثالثة داخل المنصة، اين يوجد؟", ["dig-etakwine-navigation"]),
    ("كيف اسجل في منصة e-Takwine لاول مرة؟", ["dig-etakwine-registration"]),
    ("ما صيغة الملف المقبولة عند ايداع الواجب وما الحجم الاقصى المسموح به؟", ["dig-etakwine-submission"]),
    ("مقاطع الفيديو تتوقف باستمرار في المنصة، ماذا افعل؟", ["dig-etakwine-technical"]),
    ("ما هو نموذج SAMR؟", ["dig-ict-integration"]),
    ("ما قواعد الكتابة اللائقة في المنتدى وفي البريد الالكتروني؟", ["dig-netiquette"]),
    ("وجدت فيديو على الانترنت برخصة CC BY-NC-ND، هل يحق لي ترجمته الى العربية؟", ["dig-resources-copyright"]),
    ("كيف اصوغ سؤالي للمؤطر حتى يفهم المشكل من اول مرة؟", ["tut-asking-good-questions"]),
    ("بصفتي مؤطرا، كيف اتعامل مع المشاركين الذين لم يدخلوا المنصة منذ تسجيلهم؟", ["tut-dropout-prevention"]),
    ("كيف انشط منتدى المساق حتى لا يبقى فارغا؟", ["tut-forum-facilitation"]),
    ("ما هو الدور التنظيمي للمؤطر في التكوين عن بعد؟", ["tut-organizational-role"]),
    ("ما الذي يتكفل به المؤطر البشري وما الذي يتركه لرفيق في الجانب البيداغوجي؟", ["tut-pedagogical-role"]),
    ("اريد تكوين مجموعة دراسة مع زملاء من المركز، كم عدد الاعضاء المناسب؟", ["tut-peer-support"]),
    ("ماذا يحدث عندما لا يعرف رفيق الجواب عن سؤالي؟", ["tut-rafiq-escalation"]),
    ("بعد كم من الوقت يجيب المؤطر عادة؟", ["tut-response-times", "faq-contact-tutor"]),
    ("كيف يدعم المؤطر احساس المشاركين بالانتماء الى المجموعة في المساق؟", ["tut-socio-cognitive-role"]),
    ("ما الخطوات لتحضير حصة تكوينية مدتها ثلاث ساعات؟", ["eng-session-preparation"]),
    ("ما الفرق بين الكفاية والهدف الاجرائي؟", ["eng-objectives-competencies"]),
    ("مرضت ولم اتمكن من ايداع الواجب في وقته، هل يقبل متاخرا؟", ["faq-late-submission"]),
    ("هل يجوز للمكون ان يقدم دروسا خصوصية مؤدى عنها لمتدربيه؟", ["prof-ethics"]),
    ("اعطني امثلة على الطرائق النشيطة في تكوين الاساتذة", ["fac-active-methods"]),
    ("ما معنى الانسجام بين الاهداف والانشطة والتقويم في مجزوءة تكوينية؟", ["eng-alignment"]),
    ("فاتتني الحصة المباشرة بسبب انقطاع الانترنت، هل يؤثر ذلك على نجاحي في المساق؟", ["faq-missed-live"]),
    ("ما الادوار التي يقوم بها المكون في المركز الجهوي لمهن التربية والتكوين؟", ["prof-roles"]),
]

CONTENT["darija"] = [
    ("تخبى ليا واحد الميساج فالمنتدى وأنا ما درت والو، كيفاش نعترض على هاد القرار؟", ["charter-appeal"]),
    ("واش رفيق هو اللي كيمسح الميساجات ديال المنتدى ولا شي واحد من الفريق؟", ["charter-moderation"]),
    ("شي واحد كتب نكتة على الناس ديال واحد المدينة فالفوروم، واش هادشي مسموح؟", ["charter-no-hate"]),
    ("كاين شي واحد كيبيع فالمنتدى تقارير التدريب واجدين، نجاوبو ولا شنو؟", ["charter-no-spam"]),
    ("واش نقدر نهضر على الكورة ولا السياسة فالمنتدى ديال الموك؟", ["charter-on-topic"]),
    ("حطيت النمرة ديالي فالمنتدى ولقيت الأرقام تخباو، علاش؟", ["charter-personal-data"]),
    ("واحد المشارك كيتفلا عليا فكل بوسط كنكتبو، شنو ندير؟", ["charter-respect"]),
    ("شنو هوما الحوايج اللي مرحب بيها فالمنتدى؟", ["charter-welcome"]),
    ("واش الشهادة ديال الموك غادي تحسب ليا فالترقية؟", ["faq-attestation-career"]),
    ("عندي كونجي ديال الولادة، واش نقدر نبدل الفوج ونكمل مع الفوج الجاي؟", ["faq-change-cohort"]),
    ("فين نلقى الطوتور ديالي؟ بغيت نتواصل معاه", ["faq-contact-tutor"]),
    ("واحد طلب مني 300 درهم باش يسجلني فالموك، واش خاصني نخلص؟", ["faq-free"]),
    ("واش نقدر نكتب بالدارجة فالمنتدى؟", ["faq-language"]),
    ("الدوفوار ديالي غادي يتعطل بزاف حيت كنت مريضة، واش غادي يقبلوه من بعد الأجل؟", ["faq-late-submission"]),
    ("ما قدرتش نحضر للحصة المباشرة، شنو ندير دابا؟", ["faq-missed-live"]),
    ("واش نقدر نتبع الموك غير من التيليفون؟", ["faq-mobile"]),
    ("فين نلقى التسجيل ديال الحصة المباشرة اللي فاتتني؟", ["faq-recordings"]),
    ("شحال ديال الساعات فالسيمانة خاصني نخصص للموك؟", ["faq-weekly-hours"]),
    ("أنا وواحد الزميل غادي ننشطو حصة مع بعض، كيفاش نقسمو الخدمة بيناتنا؟", ["prof-collaboration"]),
    ("كيفاش نطور راسي كمكون من غير التكوينات الرسمية ديال الوزارة؟", ["prof-continuing-development"]),
    ("واش عادي نحط سكرين ديال ميساج ديال متدرب فالفيسبوك؟", ["prof-ethics"]),
    ("كنت أستاذ ووليت مكون، ومازال كنحس براسي أستاذ قدام المتدربين، كيفاش نبني الهوية ديالي كمكون؟", ["prof-identity"]),
    ("شنو الفرق بين المركز الجهوي ومركز تكوين المفتشين ومركز التوجيه والتخطيط؟ وشنو دور كل واحد؟", ["prof-institutions"]),
    ("المدير بغاني نبدل من الإلقاء للمواكبة، شنو كتعني هاد المواكبة فالحصة؟", ["prof-posture"]),
    ("كيفاش نستعمل البحث التربوي فالتكوين ديالي؟ وفين نقلب على مقالات موثوقة؟", ["prof-research-informed"]),
    ("شنو هوما الأدوار ديال المكون؟ كنحس راسي غير كنلقي الدروس", ["prof-roles"]),
    ("شنو هي القيم اللي خاص المكون يدوزها للمتدربين؟", ["prof-values"]),
    ("كيفاش نتأكد بلي الامتحان ديالي متناسق مع الأهداف والأنشطة اللي درنا؟", ["eng-alignment"]),
    ("كيفاش نقيم واحد التكوين اللي درت للأساتذة؟ سمعت بشي حاجة سميتها كيركباتريك", ["eng-evaluation-of-training"]),
    ("شنو هو التكوين المعكوس؟ واش ينفع مع المتدربين ديالنا؟", ["eng-flipped"]),
    ("بغيت نصاوب تكوين هجين، شنو ندير حضوري وشنو ندير عن بعد؟", ["eng-hybrid"]),
    ("شنو الفرق بين الموك والسبوك؟", ["eng-mooc-formats"]),
    ("كيفاش نعرف الحاجيات ديال الأساتذة قبل ما نوجد التكوين؟", ["eng-needs-analysis"]),
    ("كيفاش نكتب هدف إجرائي مزيان؟", ["eng-objectives-competencies"]),
    ("عندي حصة غدا فالمركز وما وجدت والو، منين نبدا؟", ["eng-session-preparation"]),
    ("كيفاش نصاوب سيناريو بيداغوجي مبني على مهمة؟", ["eng-task-scenarios"]),
    ("طلبو مني نوجد مخطط التكوين ديال العام كامل، شنو خاصو يكون فيه؟", ["eng-training-plan"]),
    ("عطيني شي طرق نشيطة نخدم بيها مع المتدربين بلا ما نبقى غير نشرح", ["fac-active-methods"]),
    ("الكبار ماشي بحال الدراري، كيفاش كيتعلمو الراشدين؟", ["fac-adult-learners"]),
    ("واحد المتدرب ديما كيعارضني قدام الجماعة، كيفاش نتعامل معاه؟", ["fac-difficult-situations"]),
    ("كيفاش نقسم المتدربين لمجموعات ونعطيهم أدوار؟", ["fac-group-work"]),
    ("شنو هو التدريس المصغر وكيفاش كيدار؟", ["fac-micro-teaching"]),
    ("كملت الموك كامل وما بانتش ليا الشهادة فالمنصة، علاش؟", ["dig-etakwine-attestation"]),
    ("كيفاش نتسجل فإيتكوين؟ ما لقيتش فين", ["dig-etakwine-registration"]),
    ("البلاتفورم ما خدامش عندي، الصفحة ما كتحلش، شنو ندير؟", ["dig-etakwine-technical"]),
    ("كنخاف نكتب فالمنتدى وما كنعرفش نستعمل المنصة مزيان، كنحس براسي متأخر على الآخرين", ["fac-online-anxiety"]),
    ("كنكتب بزاف ديال الملاحظات على الأوراق والمتدربين ما كيقراوهاش، فين الغلط؟", ["ass-feedback"]),
    ("سولت الطوتور هادي يومين وما جاوبنيش، عادي؟", ["tut-response-times", "faq-contact-tutor"]),
    ("عطاوني أستاذة جديدة نرافقها فعامها الأول، شنو هو الدور ديالي معاها؟", ["sup-mentoring"]),
    ("شنو هو التقويم التشخيصي؟ واش كيتنقط؟", ["ass-diagnostic"]),
]

CONTENT["arabizi"] = [
    ("kifach n5li les stagiaires motivés f formation twila? ba3d simana 2 kaybdaw yt9ata3o", ["fac-motivation"]),
    ("kan7ess b stress mli kandkhol l plateforme, kan5af nghlat 9dam s7abi, wach normal?", ["fac-online-anxiety"]),
    ("chi brise-glace mzyan bach nbda session m3a groupe jdid?", ["fac-opening-closing"]),
    ("dima kaysali lia lwe9t 9bel ma ndir synthèse, kifach nnadem lwe9t dyal séance?", ["fac-time-management"]),
    ("chno howa open badge w ach lfar9 binou w bin certificat?", ["ass-certificates-badges"]),
    ("bghit ndir test diagnostique f lbdya dyal module, kifach nbnih?", ["ass-diagnostic"]),
    ("kifach n3ti feedback mzyan l stagiaire 3la la fiche dyalo?", ["ass-feedback"]),
    ("lfar9 bin formative w sommative 3afak", ["ass-formative-vs-summative"]),
    ("evaluation formative chno hiya b tfsil", ["ass-formative"]),
    ("evaluation par les pairs f mooc kifach katkhdem? chkoun li kay9ayem?", ["ass-peer"]),
    ("portfolio chno n7et fih ana stagiaire f crmef", ["ass-portfolio"]),
    ("bghit nsayeb grille critériée l fiche de préparation, ch7al mn critère ndir?", ["ass-rubrics"]),
    ("kifach n3alem les stagiaires y9aymo rashom? autoevaluation", ["ass-self-assessment"]),
    ("examen final dyal module kifach ykoun 3adil?", ["ass-summative"]),
    ("recherche-action chno hiya w chno les étapes dyalha?", ["sup-action-research"]),
    ("groupe d'analyse de pratiques kifach kaydar? ch7al mn wa7ed fih?", ["sup-analysis-of-practice"]),
    ("plan de développement professionnel kifach nktbo?", ["sup-development-plan"]),
    ("bghina ndiro communauté d'apprentissage bin les profs dyal lfrançais f lycée, mnin nbdaw?", ["sup-learning-communities"]),
    ("ana mentor dyal prof jdid, wach ana li ghadi n9aymo f la titularisation?", ["sup-mentoring"]),
    ("kifach nsayeb grille d'observation? ch7al mn indicateur?", ["sup-observation-grid"]),
    ("ghadi nmchi nchof stagiaire f l9ism, fin ngles w ach nkteb?", ["sup-observation"]),
    ("entretien ba3d l'observation, kifach ndiro m3a stagiaire?", ["sup-post-observation-interview"]),
    ("pratique réflexive, chi outils n3tihom l stagiaires?", ["sup-reflective-practice"]),
    ("wach n9der n7et liste dyal les stagiaires b les notes dyalhom f drive partagé?", ["dig-data-privacy"]),
    ("fin nl9a attestation dyali f e-takwine? kmlt kolchi", ["dig-etakwine-attestation"]),
    ("nsit mot de passe dyal e-takwine kifach nrecuperih", ["dig-etakwine-login-password"]),
    ("module 4 ban lia gris f plateforme, 3lach?", ["dig-etakwine-navigation"]),
    ("salam, kifach ntsjel f e-takwine? ma l9itch lien", ["dig-etakwine-registration"]),
    ("devoir: drt enregistrer w safi, wach wsel l tuteur?", ["dig-etakwine-submission"]),
    ("la vidéo kat9ta3 lia kol chwiya, chno ndir?", ["dig-etakwine-technical"]),
    ("chno howa TPACK?", ["dig-ict-integration"]),
    ("chno hiya la nétiquette? kifach nkteb f forum b adab", ["dig-netiquette"]),
    ("wach n9der nakhod tsawer mn google w n7thom f support dyali?", ["dig-resources-copyright"]),
    ("kifach nsowel Rafiq bach yfhamni mzyan?", ["tut-asking-good-questions"]),
    ("3andi bzaf dyal les inscrits ma kaydkhloch, kifach nrelanciwhom bla ma nzid fiha?", ["tut-dropout-prevention"]),
    ("forum dyal mooc khawi, kifach n7yih?", ["tut-forum-facilitation"]),
    ("tuteur chno dorou f tanzim w calendrier w rappels?", ["tut-organizational-role"]),
    ("tuteur wach khaso y3ti corrigés wla la?", ["tut-pedagogical-role"]),
    ("bghit ndir groupe d'étude m3a s7abi f crmef, kifach nnadmoh?", ["tut-peer-support"]),
    ("wach Rafiq kaydwz soual dyali l tuteur ila ma 3rfch ljawab?", ["tut-rafiq-escalation"]),
    ("ch7al kaykhed tuteur bach yjawb?", ["tut-response-times", "faq-contact-tutor"]),
    ("kifach tuteur y9wi sentiment d'appartenance f groupe online?", ["tut-socio-cognitive-role"]),
    ("wach mooc b flous wla fabor?", ["faq-free"]),
    ("wach n9der ntb3 kolchi mn telephone? ma3ndich pc", ["faq-mobile"]),
    ("wach n9der nbdel cohorte? 3andi mission", ["faq-change-cohort"]),
    ("kifach ntwasel m3a tuteur dyali?", ["faq-contact-tutor"]),
    ("wach n9der n7et numero dyali f forum?", ["charter-personal-data"]),
    ("fin kayn enregistrement dyal classe virtuelle?", ["faq-recordings"]),
    ("ch7al mn sa3a f simana khassni l mooc?", ["faq-weekly-hours"]),
    ("micro-enseignement: n3awdo séance mra khra? kifach kaydar?", ["fac-micro-teaching"]),
]

# ---------------------------------------------------------------------------------------------
# Other kinds: expected is always [].
# ---------------------------------------------------------------------------------------------
OUT_OF_SCOPE = {
    "fr": [
        "quand est-ce que le rappel de salaire des formateurs sera versé ?",
        "comment demander ma mutation vers le CRMEF de Marrakech ?",
        "j'ai des migraines depuis une semaine, vous me conseillez quel médicament ?",
        "comment faire un publipostage sur Word pour les convocations des stagiaires ?",
        "c'est quoi la meilleure recette de pastilla au poulet ?",
        "quel temps il va faire à Ifrane ce week-end ?",
        "les résultats du concours des inspecteurs sortent quand cette année ?",
        "comment configurer Google Classroom pour mes élèves du lycée ?",
        "le Raja a gagné hier soir ?",
        "Combien coûte un visa pour la France en ce moment ?",
    ],
    "msa": [
        "متى سيتم صرف منحة المردودية للمكونين هذه السنة؟",
        "ما هي مسطرة طلب الانتقال من مركز جهوي الى اخر؟",
        "اعاني من الام في الظهر بسبب الجلوس الطويل، ما العلاج المناسب؟",
        "كيف استعمل برنامج اكسل لحساب معدلات التلاميذ تلقائيا؟",
        "ما هي عاصمة استراليا؟",
        "كيف احصل على قرض سكني بفائدة منخفضة؟",
        "ما شروط التقاعد النسبي لموظفي وزارة التربية الوطنية؟",
        "كيف اصمم موقعا الكترونيا شخصيا بووردبريس؟",
        "من فاز بكاس امم افريقيا الاخيرة؟",
        "ما هي مواعيد امتحانات الباكالوريا لهذه السنة؟",
    ],
    "darija": [
        "إمتى غادي تخرج الزيادة فالخلصة ديال المكونين؟",
        "بغيت نطلب الانتقال لمراكش، كيفاش ندير الموطاسيون؟",
        "عندي الضغط والطبيب عطاني دوا، واش كيدير شي أعراض جانبية؟",
        "كيفاش نحيد الفيروس من البيسي ديالي؟",
        "شنو نطيب لعشا الليلة؟",
        "واش كاين شي كريدي للموظفين بلا فايدة؟",
        "كيفاش نجدد البطاقة الوطنية ديالي؟",
        "شكون ربح الماتش ديال البارح؟",
        "كيفاش نخدم بالكانفا باش نصاوب أفيش زوين؟",
        "فين نقدر نقري ولدي دروس الدعم فالرياضيات؟",
    ],
    "arabizi": [
        "imta ghadi tkhroj lkhlsa dyal had chhar?",
        "kifach ndir demande dyal mutation l casa?",
        "kan3ani mn l'insomnie, chi dwa mzyan?",
        "kifach nsayeb PowerPoint b animations zwinin?",
        "chkoun ghadi yrba7 lbotola had l3am?",
        "fin nl9a appartement l kra f Fès 9rib l centre?",
        "kifach n7ell compte Instagram jdid?",
        "wach kayn chi concours dyal l'agrégation had l3am?",
        "chno lmeteo ghedda f Tanger?",
        "bghit ndir dossier dyal retraite, fin nmchi?",
    ],
}

CALENDAR = {
    "fr": [
        "c'est quand la date limite du devoir du module 2 sur le scénario ?",
        "la classe virtuelle du module 5 c'est à quelle heure ?",
        "le module 4 ouvre quand ?",
    ],
    "msa": [
        "متى ينتهي اجل ايداع واجب المجزوءة الاولى؟",
        "متى تنطلق المجزوءة السادسة؟",
        "ما موعد الحصة المباشرة الختامية للفوج؟",
    ],
    "darija": [
        "فوقاش آخر أجل ديال الدوفوار ديال المجزوءة 4؟",
        "الحصة المباشرة ديال المجزوءة 3 فوقاش؟",
        "إمتى كيسالي الموك؟",
    ],
    "arabizi": [
        "imta deadline dyal devoir module 5?",
        "live dyal module 6 m3a ch7al?",
        "module 2 imta kaybda?",
    ],
}

HUMAN = {
    "fr": [
        "je voudrais parler à un tuteur humain svp",
        "Passez-moi une vraie personne, le robot ne comprend pas ma situation",
        "est-ce qu'un membre de l'équipe peut me répondre directement ?",
    ],
    "msa": [
        "اريد التحدث مع مؤطر بشري من فضلك",
        "هل يمكن تحويل سؤالي الى احد اعضاء الفريق البيداغوجي؟",
        "احتاج شخصا حقيقيا ليساعدني في وضعيتي",
    ],
    "darija": [
        "بغيت نهضر مع شي طوتور بنادم ماشي روبو",
        "عافاك دوزني لشي واحد من الفريق",
        "واش كاين شي حد حقيقي نهضر معاه؟",
    ],
    "arabizi": [
        "bghit nhdr m3a tuteur 3afak",
        "3tini chi bnadem machi robot",
        "momkin chi wa7ed mn l'équipe yt3awn m3aya?",
    ],
}

SOCIAL = {
    "fr": [
        "Bonjour Rafiq !",
        "merci beaucoup, ça m'a bien aidé",
        "j'en peux plus, trop de boulot au centre, je crois que je vais lâcher le mooc",
    ],
    "msa": [
        "السلام عليكم",
        "شكرا جزيلا على المساعدة",
        "اشعر بالاحباط ولم اعد قادرا على المتابعة",
    ],
    "darija": [
        "سلام، لاباس عليك؟",
        "الله يجازيك بخير، فاديتيني بزاف",
        "عييت صافي، ما بقيتش قادر نكمل هاد الموك",
    ],
    "arabizi": [
        "salam labas?",
        "merci bzaf a sat",
        "3yit bzaf, bghit nkhli had lmooc",
    ],
}

# ---------------------------------------------------------------------------------------------
# Dialogues: 10 per variety; each turn is (user text, expect dict).
# ---------------------------------------------------------------------------------------------
def A(*s): return {"kind": "answer", "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLAR = {"kind": "clarify"}

DIALOGUES = {}

DIALOGUES["fr"] = [
    [("c'est quoi une grille d'évaluation critériée exactement ?", A("ass-rubrics")),
     ("tu peux me donner un exemple concret pour une fiche de préparation ?", EX("ass-rubrics")),
     ("tu peux me l'expliquer en arabe pour mes collègues ?", OL("ar", "ass-rubrics"))],
    [("grille ?", CLAR),
     ("je parle de la grille pour observer un stagiaire en classe", CF("sup-observation-grid")),
     ("ok donne-moi un exemple pour une classe multiniveaux", EX("sup-observation-grid"))],
    [("je dois rendre le devoir du module 3 mais j'ai un problème familial, je peux le rendre en retard ?", A("faq-late-submission")),
     ("et si la plateforme plante juste avant l'heure limite ?", A("faq-late-submission", "dig-etakwine-technical")),
     ("bon je préfère en parler directement avec mon tuteur", HUM)],
    [("c'est quand la date limite pour le devoir sur la grille d'évaluation ?", CAL),
     ("et la classe virtuelle de ce module c'est quel jour ?", CAL),
     ("autre chose : pour l'évaluation par les pairs, on voit sa note à quel moment ?", A("ass-peer"))],
    [("comment savoir ce dont les enseignants ont besoin avant de monter une formation ?", A("eng-needs-analysis")),
     ("au fait, c'est quoi la différence entre xMOOC et cMOOC ?", A("eng-mooc-formats")),
     ("tu peux me le redire en arabe stp", OL("ar", "eng-mooc-formats"))],
    [("c'est quoi l'autoévaluation au juste ?", A("ass-self-assessment")),
     ("et l'évaluation par les pairs ?", A("ass-peer")),
     ("laquelle des deux je peux compter dans la note finale ?", A("ass-self-assessment", "ass-peer"))],
    [("attestation ?", CLAR),
     ("est-ce qu'elle compte pour l'avancement", CF("faq-attestation-career")),
     ("dis-le moi en arabe", OL("ar", "faq-attestation-career")),
     ("et le mooc se termine quand exactement ?", CAL)],
    [("comment mener l'entretien après avoir observé une stagiaire ?", A("sup-post-observation-interview")),
     ("donne-moi un exemple de question pour démarrer", EX("sup-post-observation-interview")),
     ("autre question, comment on lance un groupe d'analyse de pratiques au retour de stage ?", A("sup-analysis-of-practice")),
     ("merci, mais je voudrais quand même en discuter avec un tuteur", HUM)],
    [("je n'arrive pas à me connecter à e-takwine depuis ce matin", A("dig-etakwine-login-password")),
     ("et si je n'ai plus accès à mon ancienne adresse mail ?", A("dig-etakwine-login-password")),
     ("je risque de rater le dépôt du module 6, c'est pour quand déjà ?", CAL)],
    [("un participant se moque de moi dans plusieurs fils du forum, je fais quoi ?", A("charter-respect")),
     ("je veux qu'une personne de l'équipe s'en occupe", HUM)],
]

DIALOGUES["msa"] = [
    [("ما هو التدريس المصغر؟", A("fac-micro-teaching")),
     ("اعطني مثالا تطبيقيا مع متدربي التعليم الابتدائي", EX("fac-micro-teaching")),
     ("هل يمكنك اعادة الشرح بالفرنسية؟", OL("fr", "fac-micro-teaching"))],
    [("التقويم", CLAR),
     ("اقصد التقويم التشخيصي في بداية السنة", CF("ass-diagnostic")),
     ("مثال من مادة الرياضيات من فضلك", EX("ass-diagnostic"))],
    [("كيف امنح شارة رقمية مفتوحة للمشاركين؟", A("ass-certificates-badges")),
     ("واذا اردت منح شهادة نجاح بدل الشارة، على ماذا تشهد؟", A("ass-certificates-badges")),
     ("افضل ان اتحدث مع مؤطر في هذا الموضوع", HUM)],
    [("متى تفتح المجزوءة الخامسة؟", CAL),
     ("وما موعد الحصة المباشرة الخاصة بها؟", CAL),
     ("سؤال اخر: كيف احضر لزيارة متدرب داخل القسم؟", A("sup-observation"))],
    [("كيف اساعد المشاركين الذين يشعرون بالقلق من استعمال المنصة؟", A("fac-online-anxiety")),
     ("بالمناسبة، كيف اختار رخصة للمورد الذي اشاركه في المنتدى؟", A("dig-resources-copyright")),
     ("اكتب لي ذلك بالفرنسية", OL("fr", "dig-resources-copyright"))],
    [("ما الفرق بين شبكة الملاحظة وشبكة التقويم بالمعايير؟", A("sup-observation-grid", "ass-rubrics")),
     ("ايهما استعمل عند زيارة متدرب في القسم لغرض تكويني؟", A("sup-observation-grid"))],
    [("المنصة", CLAR),
     ("لا اجد اين اودع الواجب", CF("dig-etakwine-submission")),
     ("ترجم لي الخطوات بالفرنسية", OL("fr", "dig-etakwine-submission")),
     ("ومتى اخر اجل لواجب تحليل الحاجات؟", CAL)],
    [("كيف اكتب يوميات مهنية بعد كل حصة؟", A("sup-reflective-practice")),
     ("اعطني نموذجا لاسئلة هذه اليوميات", EX("sup-reflective-practice")),
     ("وكيف اختار موضوعا لبحث اجرائي مع زملائي؟", A("sup-action-research")),
     ("اريد ان يراجع مؤطر موضوعي قبل ان ابدا", HUM)],
    [("لم يصلني رابط تفعيل الحساب بعد التسجيل", A("dig-etakwine-registration")),
     ("واذا ظهرت رسالة ان البريد مستعمل من قبل؟", A("dig-etakwine-registration")),
     ("ومتى تبدا الدورة اصلا؟", CAL)],
    [("كم مرة يجب ان اراسل المشارك المنقطع؟", A("tut-dropout-prevention")),
     ("حولني الى مؤطر من فضلك", HUM)],
]

DIALOGUES["darija"] = [
    [("شنو هو التقويم التكويني؟", A("ass-formative")),
     ("عطيني شي مثال فالقسم", EX("ass-formative")),
     ("قولها ليا بالفرنسية عافاك", OL("fr", "ass-formative"))],
    [("الشهادة", CLAR),
     ("كيفاش نطلعها من المنصة", CF("dig-etakwine-attestation")),
     ("عطيني مثال على الشروط اللي خاصني نكمل", EX("dig-etakwine-attestation"))],
    [("واحد المتدرب ما باغيش يخدم مع المجموعة، شنو ندير؟", A("fac-difficult-situations")),
     ("وإلا كانو المجموعات كبار وكاين اللي كيتخبى؟", A("fac-group-work")),
     ("بغيت نهضر مع مؤطر فهاد الموضوع", HUM)],
    [("فوقاش كيتحل المودول 2؟", CAL),
     ("والدوفوار ديالو فوقاش خاصو يتسلم؟", CAL),
     ("سؤال آخر: كيفاش نحلل الحاجيات قبل ما نوجد السيناريو؟", A("eng-needs-analysis"))],
    [("كيفاش نوجد حصة ديال تلت سوايع؟", A("eng-session-preparation")),
     ("وبالمناسبة، كيفاش نفتح الحصة مع مجموعة جديدة؟", A("fac-opening-closing")),
     ("عاودها ليا بالفرنسية", OL("fr", "fac-opening-closing"))],
    [("شنو الفرق بين الموك والسبوك والسيموك؟", A("eng-mooc-formats")),
     ("شكون فيهم مناسب لفوج ديال 30 متدرب خاصنا نشهدو ليهم؟", A("eng-mooc-formats"))],
    [("الفوج", CLAR),
     ("بغيت نبدل الفوج حيت عندي مهمة", CF("faq-change-cohort")),
     ("قولها بالفرنسية", OL("fr", "faq-change-cohort")),
     ("وفوقاش كيسالي الفوج ديالي؟", CAL)],
    [("كيفاش نخدم بالقسم المعكوس مع المتدربين؟", A("eng-flipped")),
     ("عطيني مثال على حصة", EX("eng-flipped")),
     ("وشنو هو التكوين الهجين؟", A("eng-hybrid")),
     ("بغيت شي مؤطر يشوف معايا المشروع ديالي", HUM)],
    [("ما قدرتش نحمل الدوفوار، كيقولي الملف كبير بزاف", A("dig-etakwine-submission")),
     ("وإلا كان فيديو ديال الحصة؟", A("dig-etakwine-submission")),
     ("وفوقاش آخر أجل ديال دوفوار المودول 3؟", CAL)],
    [("شي واحد كيبيع الدوفوارات واجدين فالمنتدى، شنو ندير؟", A("charter-no-spam")),
     ("بغيت نهضر مع شي حد من الفريق", HUM)],
]

DIALOGUES["arabizi"] = [
    [("chno hiya la pratique réflexive?", A("sup-reflective-practice")),
     ("3tini exemple", EX("sup-reflective-practice")),
     ("gulha lia b lfrançais", OL("fr", "sup-reflective-practice"))],
    [("evaluation?", CLAR),
     ("la sommative f akhir module", CF("ass-summative")),
     ("3tini mital dyal examen mzyan", EX("ass-summative"))],
    [("wach n9der n9ra mooc ghir b telephone?", A("faq-mobile")),
     ("w ila kan forfait dyali sghir?", A("faq-mobile")),
     ("bghit nhdr m3a tuteur", HUM)],
    [("classe virtuelle dyal module 4 imta?", CAL),
     ("w devoir dyal dak module?", CAL),
     ("so2al akhor: kifach nsayeb grille critériée?", A("ass-rubrics"))],
    [("kifach nn3ch forum dyal mooc?", A("tut-forum-facilitation")),
     ("b lmonasaba, wach Rafiq kayfhem darija?", A("faq-language", "tut-asking-good-questions")),
     ("3awdha b lfrançais", OL("fr", "faq-language", "tut-asking-good-questions"))],
    [("chno lfar9 bin evaluation diagnostique w formative?", A("ass-diagnostic", "ass-formative")),
     ("ama fihom li ndir f lbdya dyal l3am?", A("ass-diagnostic"))],
    [("tuteur", CLAR),
     ("bghit n3ref ch7al kaykhed bach yjawb", CF("tut-response-times")),
     ("3awdha b lfrançais 3afak", OL("fr", "tut-response-times")),
     ("w live dyal module 5 imta?", CAL)],
    [("kifach ndir groupe d'étude m3a zmlai?", A("tut-peer-support")),
     ("3tini exemple dyal organisation", EX("tut-peer-support")),
     ("w chno howa dor tuteur m3a li ma kaydkhlouch?", A("tut-dropout-prevention")),
     ("bghit tuteur y3awenni f had lmochkil", HUM)],
    [("ma kaywsalnich email d'activation", A("dig-etakwine-registration")),
     ("w ila kant adresse deja utilisée?", A("dig-etakwine-registration")),
     ("imta kaybda module 1?", CAL)],
    [("wach n9der nposti video dyal tlamed f forum?", A("dig-data-privacy")),
     ("bghit nhdr m3a chi bnadem", HUM)],
]


def main():
    qs = []
    for kind, table in (("content", CONTENT), ("out_of_scope", OUT_OF_SCOPE), ("calendar", CALENDAR),
                        ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for item in table[v]:
                if kind == "content":
                    text, exp = item
                else:
                    text, exp = item, []
                qs.append({"id": "q%03d" % (len(qs) + 1), "question": text, "lang": LANG[v],
                           "variety": v, "expected": exp, "kind": kind})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")

    ds = []
    for v in VARS:
        for turns in DIALOGUES[v]:
            ds.append({"id": "d%02d" % (len(ds) + 1), "lang": LANG[v], "variety": v,
                       "turns": [{"user": u, "expect": e} for u, e in turns]})
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in ds:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions and {len(ds)} dialogues")


if __name__ == "__main__":
    main()
