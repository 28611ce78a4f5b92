# Builds the blind evaluation set for Rafiq: questions.jsonl and dialogues.jsonl.
# Every question and dialogue turn below was typed by hand. Content items within a variety are
# shuffled with a fixed seed so that their order does not follow the guide's section order.
import json, os, random

OUT = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------- content (question, [section ids])
CONTENT = {}

CONTENT["fr"] = [
    ("Bonjour, mon message sur le forum a été caché alors que je citais juste un proverbe en darija... comment je demande qu'on le regarde à nouveau ?", ["charter-appeal"]),
    ("Quelqu'un vend des rapports de stage déjà rédigés dans un fil du forum, c'est autorisé ça ?? je fais quoi", ["charter-no-spam"]),
    ("est ce que je peux poster sur le forum du mooc une question sur ma mutation, ou commenter le match de dimanche ?", ["charter-on-topic"]),
    ("Un collègue se moque de mes messages dans plusieurs fils depuis une semaine. Je lui réponds sur le même ton ou il y a autre chose à faire ?", ["charter-respect"]),
    ("slt, l'attestation du mooc va compter pour mon avancement d'échelon ou pas ?", ["faq-attestation-career"]),
    ("Je pars en congé de maternité en janvier. Est-ce que je peux passer dans la cohorte suivante sans perdre ce que j'ai déjà rendu ?", ["faq-change-cohort"]),
    ("j'ai fait tout le module en français, j'ai le droit de rendre le devoir en arabe ? et en anglais c'est possible ?", ["faq-language"]),
    ("Je n'ai pas d'ordinateur à la maison, juste un smartphone avec un petit forfait internet. C'est jouable pour suivre le MOOC jusqu'au bout ?", ["faq-mobile"]),
    ("ou est ce qu on trouve les videos des classes virtuelles une fois finies ? je les vois nulle part", ["faq-recordings"]),
    ("On va animer à deux une séance au CRMEF, moi et une collègue didacticienne. Comment on s'organise pour ne pas se contredire devant les stagiaires ?", ["prof-collaboration"]),
    ("Une stagiaire m'a parlé d'un problème familial qui perturbe son stage. Jusqu'où j'ai le droit d'en parler à la direction ou aux collègues ?", ["prof-ethics"]),
    ("Ancien inspecteur, je viens d'être affecté comme formateur et je me sens un peu imposteur devant des stagiaires qui sont presque des collègues. Comment trouver ma place dans ce nouveau métier ?", ["prof-identity"]),
    ("Les styles d'apprentissage visuel / auditif / kinesthésique, ça tient la route ? Et comment je repère des études sérieuses pour appuyer mes séances ?", ["prof-research-informed"]),
    ("Mon coordonnateur dit que mon module est incohérent : l'objectif c'est concevoir une grille, mais l'examen final est un QCM de définitions. Il a raison ? Comment on corrige ça ?", ["eng-alignment"]),
    ("Comment savoir si la formation continue que j'ai animée a vraiment changé ce que les profs font en classe, pas juste s'ils ont aimé ?", ["eng-evaluation-of-training"]),
    ("On me demande de transformer mon module en formule mixte présentiel + distance. Qu'est-ce que je mets en ligne et qu'est-ce que je garde pour les rencontres au centre ?", ["eng-hybrid"]),
    ("La direction provinciale veut 'une formation sur le numérique' pour les enseignants. Avant de concevoir quoi que ce soit, comment je vérifie ce dont ils ont vraiment besoin ?", ["eng-needs-analysis"]),
    ("c quoi la diff entre une compétence et un objectif opérationnel ? un exemple d'objectif bien écrit svp", ["eng-objectives-competencies"]),
    ("Je dois proposer pour l'an prochain tout le programme de formations des enseignants de ma province. Par où je commence et qu'est-ce que le document doit contenir ?", ["eng-training-plan"]),
    ("Dans mon groupe il y a un stagiaire qui parle tout le temps et coupe les autres. Comment le recadrer sans l'humilier devant tout le monde ?", ["fac-difficult-situations"]),
    ("Mes travaux en groupes c'est toujours pareil : deux qui bossent, quatre qui regardent leur téléphone. Comment mieux les organiser ?", ["fac-group-work"]),
    ("Sur un parcours de plusieurs mois, l'enthousiasme du début retombe forcément. Quels leviers pour que mes participants gardent l'envie d'apprendre ?", ["fac-motivation"]),
    ("Je termine toujours mes séances en courant, sans synthèse. Comment bien clôturer une séance ? et bien la démarrer aussi tant qu'on y est", ["fac-opening-closing"]),
    ("pour une séance de 2h comment répartir le temps entre ouverture, activités et synthèse ? je déborde à chaque fois", ["fac-time-management"]),
    ("Quand je corrige les fiches de mes stagiaires je mets plein d'annotations en rouge et ils ne les lisent même pas. Comment faire des commentaires qui servent à quelque chose ?", ["ass-feedback"]),
    ("Pour la correction du devoir entre participants, comment éviter que chacun mette 'excellent' aux copies de ses amis ?", ["ass-peer"]),
    ("Qu'est-ce qu'on met dans le portfolio d'un stagiaire du CRMEF, et comment éviter que ça devienne un classeur fourre-tout ?", ["ass-portfolio"]),
    ("comment amener mes stagiaires à juger eux-mêmes leur propre travail sans qu'ils se mettent tous 20/20 ?", ["ass-self-assessment"]),
    ("J'aimerais vérifier avec ma classe de 2e bac si une fiche d'autocorrection les aide à se relire. Comment mener ça sérieusement, étape par étape ?", ["sup-action-research"]),
    ("On veut lancer au centre des séances où un stagiaire raconte une situation vécue en stage et le groupe l'analyse. Il y a un protocole à suivre ?", ["sup-analysis-of-practice"]),
    ("On m'a demandé d'accompagner une jeune lauréate pendant sa première année dans une école rurale. C'est quoi mon rôle exactement, sachant que je ne l'évalue pas ?", ["sup-mentoring"]),
    ("après une visite de classe, comment je mène la discussion avec le stagiaire pour que ce soit utile et pas une liste de reproches ?", ["sup-post-observation-interview"]),
    ("Les journaux de bord de mes stagiaires racontent juste la séance. Comment les amener à réfléchir vraiment sur ce qu'ils ont fait ?", ["sup-reflective-practice"]),
    ("J'ai terminé tous les modules mais je ne vois pas où télécharger mon attestation. Elle apparaît quand et où exactement ?", ["dig-etakwine-attestation"]),
    ("premiere connexion sur la plateforme, je suis perdu : ou sont les modules, le forum et les documents ?", ["dig-etakwine-navigation"]),
    ("Comment je crée mon compte sur e-Takwine ? Un collègue m'a dit de faire attention à la façon dont j'écris mon nom", ["dig-etakwine-registration"]),
    ("On a parlé du modèle SAMR en réunion de filière. Concrètement, comment je choisis un outil numérique pour une séance ?", ["dig-ict-integration"]),
    ("Quand j'écris à mon tuteur pour un bug, qu'est-ce que je dois lui préciser pour qu'il puisse m'aider du premier coup ?", ["tut-asking-good-questions"]),
    ("Je suis tuteur d'un groupe et la moitié ne s'est pas connectée depuis trois semaines. Comment les relancer sans les faire fuir ?", ["tut-dropout-prevention"]),
    ("En tant que tuteur de cohorte, c'est à moi d'accueillir les nouveaux et d'envoyer les rappels d'échéance ? Combien de rappels avant une date limite ?", ["tut-organizational-role"]),
    ("On est quatre collègues du même CRMEF inscrits au MOOC, on voudrait avancer ensemble. Comment monter un petit groupe d'étude qui tienne dans la durée ?", ["tut-peer-support"]),
    ("Si Rafiq ne sait pas répondre à ma question, il se passe quoi ? elle est perdue ?", ["tut-rafiq-escalation"]),
    # extras
    ("Je surveille le bac blanc toute la semaine et je ne pourrai pas rendre le devoir du module 3 pour le 15 janvier. Je peux le déposer après ?", ["faq-late-submission"]),
    ("C'est qui mon tuteur, et comment je lui écris pour une question personnelle que je ne veux pas mettre sur le forum ?", ["faq-contact-tutor"]),
    ("formative et sommative c'est quoi la vraie différence ? le même QCM peut servir aux deux ?", ["ass-formative-vs-summative"]),
    ("J'ai mis mon fichier dans le devoir mais le statut reste 'brouillon'. Le tuteur le voit quand même ou pas ?", ["dig-etakwine-submission"]),
    ("Pour le devoir du module 4 je dois faire une grille critériée : je mets combien de critères et comment j'écris les niveaux ?", ["ass-rubrics"]),
    ("Honnêtement, combien d'heures par semaine il faut pour suivre ce MOOC ? je suis déjà débordé au centre", ["faq-weekly-hours"]),
    ("Je vais observer la classe d'une stagiaire la semaine prochaine pour la première fois. Je m'assois où, et qu'est-ce que je note pendant la séance ?", ["sup-observation"]),
    ("J'ai écrit à mon tuteur lundi et toujours rien jeudi, c'est normal ? Au bout de combien de temps je peux relancer ?", ["tut-response-times"]),
]

CONTENT["msa"] = [
    ("حجبت مشاركتي في المنتدى رغم انها لا تخالف اي قاعدة في رأيي، فكيف اطلب اعادة النظر في هذا القرار؟ وهل سيحسب ذلك ضدي؟", ["charter-appeal"]),
    ("ماذا يحدث لرسالتي بعد نشرها في المنتدى؟ هل يقرر رفيق وحده حذفها أو إبقاءها؟", ["charter-moderation"]),
    ("أردت أن أضع رقم هاتفي في المنتدى حتى يتصل بي الزملاء مباشرة، هل هذا مسموح؟", ["charter-personal-data"]),
    ("ما نوع المشاركات التي يستحسن نشرها في المنتدى؟ أخشى أن يبدو سؤالي بسيطا أمام الزملاء", ["charter-welcome"]),
    ("كلفت بمهمة خارج المركز مدة شهرين، هل يمكن نقلي إلى فوج آخر؟ وهل أفتح حسابا جديدا لذلك؟", ["faq-change-cohort"]),
    ("كيف أراسل المؤطر المكلف بفوجنا بخصوص وضعية صحية خاصة لا أريد نشرها؟", ["faq-contact-tutor"]),
    ("هل يجوز لي تحرير الواجبات بالعربية والمشاركة في المنتدى بالفرنسية؟ وماذا عن الكتابة بالأمازيغية؟", ["faq-language"]),
    ("مرضت الأسبوع الماضي ولم أتمكن من إيداع الواجب في وقته، هل يقبل بعد انقضاء الأجل؟", ["faq-late-submission"]),
    ("كم من الوقت ينبغي أن أخصص أسبوعيا لمتابعة هذا المساق بجدية؟", ["faq-weekly-hours"]),
    ("بعد خمس عشرة سنة في التكوين، كيف أواصل تطوير كفاياتي دون أن أنتظر ما تنظمه الوزارة من دورات؟", ["prof-continuing-development"]),
    ("انتقلت من التدريس إلى التكوين بالمركز الجهوي وأشعر بالتوتر لأني لم أعد أعرف هل أنا أستاذ أم مكون. كيف أبني صورتي المهنية الجديدة؟", ["prof-identity"]),
    ("ما الفرق بين مهام المراكز الجهوية ومركز تكوين المفتشين ومركز التوجيه والتخطيط؟ وما علاقة ذلك بالقانون الإطار؟", ["prof-institutions"]),
    ("كيف أختار دراسات علمية موثوقة أبني عليها اختياراتي في الحصص التكوينية، وأين أبحث عنها؟", ["prof-research-informed"]),
    ("ما هي المهام التي يضطلع بها المكون في المركز الجهوي غير إلقاء الدروس؟", ["prof-roles"]),
    ("أرغب في تطبيق الفصل المقلوب مع الأساتذة المتدربين، فما الخطوات؟ وماذا أفعل مع من لم يطلع على الموارد قبل الحصة؟", ["eng-flipped"]),
    ("ما الفرق بين SPOC وxMOOC؟ وأيهما يناسب فوجا صغيرا من المتدربين يحتاج إلى تتبع وإشهاد؟", ["eng-mooc-formats"]),
    ("كيف أكتب هدفا إجرائيا سليما؟ زملائي يكتبون (أن يفهم المتدرب) ويقولون إن هذا كاف", ["eng-objectives-competencies"]),
    ("عندي حصة تكوينية مدتها ثلاث ساعات يوم الاثنين المقبل، كيف أحضرها خطوة بخطوة؟", ["eng-session-preparation"]),
    ("طلب مني المدير إعداد برنامج سنوي للتكوين المستمر لفائدة أساتذة المديرية، ما العناصر التي يجب أن يتضمنها؟", ["eng-training-plan"]),
    ("أريد التخلي عن الإلقاء، ما هي الطرائق النشيطة التي تصلح مع المتدربين الراشدين وكيف أختار بينها؟", ["fac-active-methods"]),
    ("كيف أنظم حصة تدريس مصغر مع مجموعة من الأساتذة المتدربين؟ وكم دقيقة يدوم العرض؟", ["fac-micro-teaching"]),
    ("بعض المشاركين يخافون من الكتابة في المنتدى أمام المفتشين والزملاء، كيف أخفف عنهم هذا الخوف وأقوي ثقتهم؟", ["fac-online-anxiety"]),
    ("غالبا ما ينتهي وقت الحصة قبل أن أصل إلى التركيب، كيف أضبط التوقيت داخل الحصة؟", ["fac-time-management"]),
    ("ما الفرق بين شهادة المشاركة وشهادة النجاح والشارة الرقمية المفتوحة؟ وعلى ماذا تدل كل واحدة؟", ["ass-certificates-badges"]),
    ("ما هي مواصفات الملاحظات الجيدة التي أكتبها على أعمال المتدربين حتى يستفيدوا منها فعلا؟", ["ass-feedback"]),
    ("أحتاج مقارنة واضحة بين التقويم التكويني والتقويم الإجمالي من حيث التوقيت والهدف ووضعية الخطأ", ["ass-formative-vs-summative"]),
    ("كيف أبني شبكة تقويم بمعايير ومؤشرات لتقييم جذاذات الأساتذة المتدربين؟", ["ass-rubrics"]),
    ("ما الذي يجعل الامتحان النهائي في آخر المجزوءة عادلا وصادقا في قياس الكفاية؟", ["ass-summative"]),
    ("ما هي مراحل جلسة تحليل الممارسات المهنية وما دور المنشط فيها؟", ["sup-analysis-of-practice"]),
    ("طلب مني المؤطر إعداد مخطط فردي للتنمية المهنية لهذه السنة، كيف أصوغه وما هي أعمدة الجدول؟", ["sup-development-plan"]),
    ("عينت مرشدا لأستاذة جديدة في سنتها الأولى، كيف أنظم لقاءاتنا وما حدود دوري معها؟", ["sup-mentoring"]),
    ("أحتاج أداة ملاحظة لحصة في قسم متعدد المستويات، كيف أبنيها وكم بعدا أضع فيها؟", ["sup-observation-grid"]),
    ("صورت حصة من التداريب الميدانية يظهر فيها تلاميذ قاصرون، هل يجوز لي نشر الفيديو في مجموعة واتساب الفوج؟", ["dig-data-privacy", "prof-ethics"]),
    ("نسيت كلمة السر ولم تصلني رسالة الاسترجاع على بريدي، ماذا أفعل؟", ["dig-etakwine-login-password"]),
    ("كيف أنشئ حسابي في منصة إي تكوين لأول مرة وما الذي ينبغي الانتباه إليه؟", ["dig-etakwine-registration"]),
    ("ما الصيغة الأنسب لملف الواجب وما الحجم الأقصى المسموح به عند الإيداع؟", ["dig-etakwine-submission"]),
    ("ما المقصود بنموذج TPACK وكيف يساعدني في اختيار الأداة الرقمية المناسبة لحصتي؟", ["dig-ict-integration"]),
    ("ما قواعد التواصل اللائق عبر البريد الإلكتروني ومجموعات المراسلة مع الزملاء والمتدربين؟", ["dig-netiquette"]),
    ("كلفت بتنشيط منتدى المجزوءة الثالثة، كيف أجعل النقاش حيا دون أن أجيب عن كل شيء بنفسي؟", ["tut-forum-facilitation"]),
    ("ما الذي ينتظر من المؤطر عن بعد على المستوى البيداغوجي؟ وهل يقدم الحلول الجاهزة للمشاركين؟", ["tut-pedagogical-role"]),
    ("في أي حالات يحيل رفيق سؤالي على شخص من فريق التأطير بدل أن يجيب؟", ["tut-rafiq-escalation"]),
    ("بعد كم من الوقت أتوقع ردا من المؤطر على رسالتي؟ وهل يتأخر الرد في عطلة نهاية الأسبوع؟", ["tut-response-times"]),
    # extras
    ("كان عندي اجتماع في المؤسسة يوم الحصة المباشرة الخاصة بالمجزوءة الثانية ففاتتني، هل يؤثر ذلك على نجاحي في المساق؟", ["faq-missed-live"]),
    ("أين تنشر تسجيلات الحصص المباشرة وإلى متى تبقى متاحة؟", ["faq-recordings"]),
    ("متى يكون التقويم تكوينيا فعلا؟ أعطني أمثلة لتقنيات بسيطة أستعملها داخل الحصة", ["ass-formative"]),
    ("في المجزوءة الرابعة سيقيم المشاركون أعمال بعضهم بعضا، كيف أدربهم على ذلك بشكل منصف؟", ["ass-peer"]),
    ("ما الشروط المطلوبة للحصول على شهادة نهاية المساق وكيف أحملها من المنصة؟", ["dig-etakwine-attestation"]),
    ("الفيديوهات تتوقف باستمرار والصفحة لا تظهر جيدا في المتصفح، ما الحلول الممكنة؟", ["dig-etakwine-technical"]),
    ("كيف أتحقق من أن أنشطة المجزوءة وطريقة تقويمها منسجمتان مع الأهداف التي وضعتها؟", ["eng-alignment"]),
    ("كم عدد أفراد المجموعة المناسب في العمل الجماعي، وكيف أوزع الأدوار بينهم؟", ["fac-group-work"]),
]

CONTENT["darija"] = [
    ("واش رفيق هو لي كيقرر يمسح الميساج ديالي فالمنتدى ولا كاين شي بنادم كيشوفو؟", ["charter-moderation"]),
    ("واحد الزميل كتب نكتة على ناس واحد المدينة فالفوروم، واش هادشي مقبول؟", ["charter-no-hate"]),
    ("بغيت نسول فالمنتدى على الحركة الانتقالية ديالي، واش نقدر ولا ماشي بلاصتها؟", ["charter-on-topic"]),
    ("شي واحد فالمنتدى ولا كيتبعني فكل بوسط وكيتفلى عليا، شنو ندير معاه؟", ["charter-respect"]),
    ("كيفاش نتواصل مع المؤطر ديالي؟ ما عرفتش حتى شكون هو", ["faq-contact-tutor"]),
    ("واحد صيفط ليا ميساج كيطلب ميتين درهم باش يسجلني فالمساق، واش خاصني نخلص؟", ["faq-free"]),
    ("ما لحقتش نصيفط الواجب فالوقت حيت كنت مريضة، واش مازال يقبلوه مني؟", ["faq-late-submission"]),
    ("فاتتني الحصة المباشرة البارح حيت كان عندي درس، واش غادي تحسب عليا؟", ["faq-missed-live"]),
    ("فين نلقى التسجيل ديال الحصة المباشرة لي دازت؟", ["faq-recordings"]),
    ("غادي نخدم مع زميلة فنفس الحصة، كيفاش نقسمو الخدمة بيناتنا وما نتناقضوش قدام المتدربين؟", ["prof-collaboration"]),
    ("شنو كيدير بالضبط مركز التوجيه والتخطيط التربوي؟ وشنو الفرق بينو وبين المركز الجهوي؟", ["prof-institutions"]),
    ("المتدربين ديالي كيقولو ليا بزاف ديال العروض والهضرة، كيفاش نولي نواكبهم بلا ما نبقى نحاضر؟", ["prof-posture"]),
    ("المكون فالمركز واش غير كيقري ولا عندو خدمات اخرين؟", ["prof-roles"]),
    ("شنو هي القيم لي خاص المكون يبينها فالخدمة ديالو، ماشي غير بالهضرة؟", ["prof-values"]),
    ("كيفاش نعرف واش التكوين لي درت نفع الاساتذة فالقسم ولا لا؟ ماشي غير واش عجبهم", ["eng-evaluation-of-training"]),
    ("بغيت ندير تكوين نص حضوري ونص عن بعد، كيفاش نقسم الانشطة بيناتهم؟", ["eng-hybrid"]),
    ("غدا عندي حصة ديال ثلاث سوايع مع المتدربين وانا مزروب، كيفاش نوجدها مزيان؟", ["eng-session-preparation"]),
    ("كيفاش نبني سيناريو بيداغوجي فيه مهمة حقيقية يديروها المتدربين، بحال شي مشكل واقع فالقسم؟", ["eng-task-scenarios"]),
    ("عطيني شي طرق نشيطة نخدم بيها مع المتدربين بلا ما نبقى غير كنشرح", ["fac-active-methods"]),
    ("كنحس بالضغط حيت كنكون اساتذة عندهم خبرة كثر مني، كيفاش نتعامل معاهم؟ واش الكبار كيتعلمو بحال الصغار؟", ["fac-adult-learners"]),
    ("ملي كتسالي الخدمة فالمجموعات كل مجموعة كتعاود نفس الشي فالعرض، كيفاش ننظم المجموعات والتقديم؟", ["fac-group-work"]),
    ("المساق طويل بزاف والناس بداو كيعياو، كيفاش نحافظو على الحماس ديالهم حتى للاخر؟", ["fac-motivation"]),
    ("شنو هو البادج الرقمي؟ واش كيسوى بحال الشهادة؟", ["ass-certificates-badges"]),
    ("نهار الاثنين غادي نبدا مجزوءة جديدة، بغيت نعرف المستوى ديال المتدربين قبل ما نبدا، شنو ندير؟", ["ass-diagnostic"]),
    ("مازال مخلط بين التقويم التكويني والتقويم الاجمالي، فوقاش كنستعمل كل واحد فيهم؟", ["ass-formative-vs-summative"]),
    ("عطيني امثلة ديال التقويم التكويني نقدر نديرهم وسط الحصة بلا نقط", ["ass-formative"]),
    ("شنو خاص يكون فملف الانجاز ديال الاستاذ المتدرب؟", ["ass-portfolio"]),
    ("كيفاش نخلي المتدربين يقيمو راسهم بوحدهم بطريقة معقولة؟", ["ass-self-assessment"]),
    ("شنو هو المخطط الفردي ديال التنمية المهنية وكيفاش نعمرو؟", ["sup-development-plan"]),
    ("بغينا نديرو جماعة ديال الاساتذة كيتلاقاو كل جوج سيمانات يخدمو على نتائج التلاميذ، كيفاش نبداو؟", ["sup-learning-communities"]),
    ("شنو خاص يكون فالورقة لي كنعمر ملي نمشي نشوف متدرب فالقسم؟", ["sup-observation-grid"]),
    ("اول مرة غادي نحضر حصة ديال متدرب فالقسم، شنو خاصني ندير قبل وخلال الحصة؟", ["sup-observation"]),
    ("كيفاش نعلم المتدربين يتأملو فالممارسة ديالهم ماشي غير يحكيو شنو وقع؟", ["sup-reflective-practice"]),
    ("كملت المساق ومابانتش ليا الشهادة فالمنصة، فوقاش كتخرج؟", ["dig-etakwine-attestation"]),
    ("حطيت الواجب ولكن ما عرفتش واش تصيفط ولا لا، كيفاش نتأكد؟", ["dig-etakwine-submission"]),
    ("المنصة كتبلوكا ليا والفيديوات كيوقفو كل شوية، شنو ندير وشكون نتاصل بيه؟", ["dig-etakwine-technical"]),
    ("كيفاش نكتب ميساج مزيان فالفوروم ولا فالايميل باش ما يبانش ناشف ولا قليل الادب؟", ["dig-netiquette"]),
    ("لقيت فيديو فيوتوب بغيت نترجمو ونستعملو فالتكوين، واش مسموح؟ وشنو هي رخص كرييتيف كومونز؟", ["dig-resources-copyright"]),
    ("عندي مشاركين ما دخلوش للمنصة من نهار تسجلو، كيفاش نعاود نجيبهم؟", ["tut-dropout-prevention"]),
    ("المؤطر واش هو لي خاصو يعلن على المواعيد ويفكر الناس بالآجال؟ وشنو دور رفيق فهادشي؟", ["tut-organizational-role"]),
    ("صيفطت سؤال للمؤطر من الثلاثاء وما جاوبنيش، شحال خاصني نتسنى؟", ["tut-response-times"]),
    ("كيفاش المؤطر يقدر يشجع المشاركين ويخليهم يحسو براسهم جزء من الفوج؟", ["tut-socio-cognitive-role"]),
    # extras
    ("كيفاش نتسجل فإيتكوين؟ ما عرفتش منين نصاوب الكونط", ["dig-etakwine-registration"]),
    ("ما بقيتش عاقل على المودباس ديال المنصة، كيفاش نرجعو؟", ["dig-etakwine-login-password"]),
    ("الواجب ديال المجزوءة الرابعة فيه شبكة تقويم بالمعايير، كيفاش نبنيها وشحال من معيار نحط؟", ["ass-rubrics"]),
    ("شحال ديال الوقت خاصني فالسيمانة باش نتبع المساق؟ عندي بزاف ديال الخدمة", ["faq-weekly-hours"]),
    ("واش معقول نخلي المتدربين يصححو لبعضياتهم؟ كيفاش نديرها بلا ظلم؟", ["ass-peer"]),
    ("كيفاش ندير امتحان آخر المجزوءة يكون عادل وماشي غير حفظ؟", ["ass-summative"]),
    ("سمعت على التدريس المصغر، كيفاش كيدار بالضبط مع الاساتذة المتدربين؟", ["fac-micro-teaching"]),
    ("ايلا رفيق ما عرفش يجاوبني، شكون غادي يجاوبني ومنين غادي يوصلني الجواب؟", ["tut-rafiq-escalation"]),
]

CONTENT["arabizi"] = [
    ("wach normal chi wa7ed ykteb f forum blagues 3la nas dyal chi region? ana t9ele9t bzaf mn had l97ar", ["charter-no-hate"]),
    ("kayn wa7ed kay7et nafs lmessage f ga3 les fils w fih liens bzaf, chno kaydiro f had l7ala?", ["charter-no-spam"]),
    ("wach n9der n7et numero dyali wla RIB f forum bach chi collegue ysifet lia chi 7aja?", ["charter-personal-data"]),
    ("chno homa les messages li mrhba bihom f forum? bghit npartagi des ressources dyali", ["charter-welcome"]),
    ("salam, wach l'attestation dyal had lmooc kat7seb f tar9iya wla la?", ["faq-attestation-career"]),
    ("wach lmooc b flous? chi wa7ed talb mni nkhelles bach nakhod l'attestation", ["faq-free"]),
    ("ma9dertch n7der l classe virtuelle lbare7 7it kan 3andi cours, chno ndir daba?", ["faq-missed-live"]),
    ("n9der ntabe3 lmooc ghir b telephone? ma3andich PC", ["faq-mobile"]),
    ("ch7al dyal sa3at f simana khassni n3ti l had lmooc?", ["faq-weekly-hours"]),
    ("kifach n9der nkemmel ntkewwen ana b rasi comme formateur, machi ghir les stages officiels?", ["prof-continuing-development"]),
    ("wach n9der n3ti les notes dyal chi stagiaire l collegues f salle des profs? wla n7et screenshot dyal message dyalo f groupe?", ["prof-ethics"]),
    ("bghit nbeddel la posture dyali, mab9itch bghit ndir cours magistral, kifach nwakeb les stagiaires?", ["prof-posture"]),
    ("chno homa les valeurs li khass formateur ykoun fihom, partage w collaboration... kifach nbayenhom f lkhedma?", ["prof-values"]),
    ("l'objectif dyali howa y concevoiw grille mais l'examen QCM, wach hada machi coherent? kifach nrbet bin objectifs, activites w evaluation?", ["eng-alignment"]),
    ("kifach ndir classe inversee m3a stagiaires? chno n3tihom 9bel seance?", ["eng-flipped"]),
    ("chno lfar9 bin cMOOC w xMOOC? bghit ndir chi 7aja l formateurs dyal bzaf dyal centres ychariw tajarib dyalhom", ["eng-mooc-formats"]),
    ("kifach n3ref b9a9 chno khass lasatida 9bel ma nsayeb formation? ghir n3tihom questionnaire?", ["eng-needs-analysis"]),
    ("bghit nsayeb scenario fih tache complexe l stagiaires, chno les elements li khasshom ykouno fih?", ["eng-task-scenarios"]),
    ("l andragogie chno hiya? kifach lkbar kayt3elmo mokhtalif 3la sghar?", ["fac-adult-learners"]),
    ("wa7ed stagiaire dima kay contester kolchi f seance w kaykhle9 tension, kifach nt3amel m3ah?", ["fac-difficult-situations"]),
    ("micro-enseignement ch7al d d9aye9 w ch7al mn wa7ed f groupe? w wach nsawer?", ["fac-micro-teaching"]),
    ("ana khayef nkteb f forum 7it kaynin inspecteurs kay9raw, kan7ess b stress kbir, chno ndir?", ["fac-online-anxiety"]),
    ("kifach nbda seance m3a groupe jdid? bghit chi brise-glace machi bsala", ["fac-opening-closing"]),
    ("bghit ndir test diagnostique f bdaya dyal module, wach n3ti nou9at? w kifach nst3mel les resultats?", ["ass-diagnostic"]),
    ("wach l'evaluation formative khassha tkoun mnoota? chno hiya b dabt?", ["ass-formative"]),
    ("f lmooc kayna evaluation par les pairs, kifach katkhdem w ch7al mn wa7ed kaysse7e7 nafs copie?", ["ass-peer"]),
    ("chno lfar9 bin critere w indicateur f grille d'evaluation?", ["ass-rubrics"]),
    ("l'evaluation sommative kifach ndirha tkoun 3adla w valide?", ["ass-summative"]),
    ("bghit ndir recherche-action f classe dyali, chno les etapes? w wach khassni autorisation mn direction?", ["sup-action-research"]),
    ("chno hiya communaute d'apprentissage professionnelle w chno tfre9 3la reunion 3adiya?", ["sup-learning-communities"]),
    ("ghadi nmchi n observer stagiaire ghedda, fin nglas w chno nkteb?", ["sup-observation"]),
    ("mn b3d visite de classe, ch7al khass ydom l'entretien m3a stagiaire w chno l'ordre dyalo?", ["sup-post-observation-interview"]),
    ("chno hiya loi 09-08? w wach n9der n7et liste dyal stagiaires b nou9at f drive partage?", ["dig-data-privacy"]),
    ("compte dyali tbloka mn b3d ma dkhelt mot de passe ghalat bzaf dyal lmerrat, chno ndir?", ["dig-etakwine-login-password"]),
    ("fin nl9a le fil dyal module 3 f plateforme? w 3lach module 5 mbayen gris?", ["dig-etakwine-navigation"]),
    ("la page dyal e-Takwine makatchargach 3andi f chrome, w ma3reftch m3a mn ntwasel", ["dig-etakwine-technical"]),
    ("chno ma3na CC BY-NC-ND? n9der nmodifier video 3andha had licence?", ["dig-resources-copyright"]),
    ("kifach nkteb so2al l Rafiq bach yfhemni mzyan mn lowel?", ["tut-asking-good-questions"]),
    ("ana tuteur w forum dyal cohorte dyali mayet, 7ta wa7ed ma kaykteb, kifach n7yih?", ["tut-forum-facilitation"]),
    ("tuteur wach khasso y3ti corriges l participants wla ghir yfesser w ywajjeh?", ["tut-pedagogical-role"]),
    ("kan7ess rasi bo7di f had lmooc, kifach nl9a groupe d'etude nkhdem m3ah?", ["tut-peer-support"]),
    ("ka tuteur, kifach nkhelli nass y7esso b rassom jouz mn groupe w ma yfechlouch? chno les messages li khassni nkteb?", ["tut-socio-cognitive-role"]),
    # extras
    ("bghit ncreer compte f e-Takwine, 9alouli l'adresse deja utilisee, nsayeb wa7ed akhor b email akhor?", ["dig-etakwine-registration"]),
    ("chno format li mzyan l devoir w ch7al max dyal taille? fichier dyali fih 35 Mo", ["dig-etakwine-submission"]),
    ("ghadi nt3ttel f devoir 7it 3andi surveillance dyal examens, chno ndir?", ["faq-late-submission"]),
    ("fin nl9a smiya dyal tuteur dyali w kifach nsiftlo message prive?", ["faq-contact-tutor"]),
    ("formative w sommative, chno lfar9 binathom b ikhtisar?", ["ass-formative-vs-summative"]),
    ("kifach n3ti feedback l stagiaires ykoun mfid, machi ghir 'bien' w 'a revoir'?", ["ass-feedback"]),
    ("smiti ktbouha ghalat f l'attestation, kifach nsa77e7ha 9bel ma ntelechargiha?", ["dig-etakwine-attestation"]),
    ("3andi seance dyal 3 sa3at nhar lkhmis, kifach nwajedha w n9sem lwa9t mn lowel l lakher?", ["eng-session-preparation"]),
]

# ---------------------------------------------------------------- other kinds (questions only)
OUT_OF_SCOPE = {
    "fr": [
        "Quand sortent les résultats du concours d'accès au CFIE cette année ?",
        "Tu peux me donner une recette de msemen rapide pour ce soir ?",
        "C'est quand la meilleure saison pour visiter Chefchaouen avec ma famille ?",
        "Quel temps il fera à Ifrane ce week-end ? on a une journée de formation là-bas",
        "Comment faire une RECHERCHEV dans Excel pour fusionner deux listes ?",
        "Quel ordinateur portable pas cher tu me conseilles pour moins de 5000 dh ?",
        "Tu peux me résumer le programme officiel de maths de 5e année primaire chapitre par chapitre ?",
        "Qui a gagné le derby Raja-Wydad hier soir ?",
        "Peux-tu corriger les fautes de ma lettre de demande de congé ?",
        "Combien coûte un billet de train Oujda-Rabat en première classe ?",
    ],
    "msa": [
        "ما هي شروط الترشح لمباراة التبريز هذه السنة؟",
        "كيف أعرب جملة: كان الطالب مجتهدا؟",
        "ما أفضل فندق قريب من محطة القطار بالرباط؟",
        "ما هي مراحل إعداد ملف الحج لهذا العام؟",
        "كيف أعالج ألم الظهر الناتج عن الجلوس الطويل أمام الحاسوب؟",
        "اقترح علي رواية مغربية معاصرة أقرؤها في العطلة",
        "كيف أكتب برنامجا بلغة بايثون يحسب معدلات التلاميذ؟",
        "ما سعر صرف الأورو مقابل الدرهم اليوم؟",
        "كيف أحصل على قرض سكني بفائدة منخفضة؟",
        "ترجم لي هذه الفقرة من الإنجليزية إلى العربية من فضلك",
    ],
    "darija": [
        "شكون ربح الماتش ديال المنتخب البارح؟",
        "عطيني وصفة ديال الطاجين بالبرقوق",
        "فين نلقى دار للكرا فطنجة قريبة للمركز؟",
        "كيفاش نجدد البطاقة الوطنية ديالي؟",
        "شحال كيسوى تيليفون سامسونغ جديد؟",
        "واش غادي تشتا هاد الويكاند فمراكش؟",
        "عاوني نكتب كلمة فالعرس ديال ختي",
        "كيفاش نخلص الضريبة ديال الطوموبيل فالانترنيت؟",
        "شنو هي احسن مدرسة خاصة لولدي فالقنيطرة؟",
        "كيفاش نحيد الفيروس من البيسي ديالي؟",
    ],
    "arabizi": [
        "ch7al taman lbenzine lyouma?",
        "3tini recette dyal pastilla dyal l7out",
        "kifach n3mer declaration dyal les impots online?",
        "fin kayn a7sen hotel f Agadir pas cher?",
        "kifach ndir visa l France, chno les papiers?",
        "wach ghadi tchta ghedda f Fes?",
        "3tini chi film mezyan ntfarraj fih f weekend",
        "kifach nt3allem l'anglais b sor3a? chi application?",
        "ch7al kayswa PC portable HP jdid?",
        "kifach ndir dossier dyal remboursement CNOPS bach yrj3oli flousi?",
    ],
}

CALENDAR = {
    "fr": [
        "C'est quand la date limite du devoir sur la grille d'évaluation critériée ?",
        "La classe virtuelle du module 5 commence à quelle heure ?",
        "Le module 6 ouvre quel jour ?",
    ],
    "msa": [
        "متى تنتهي المجزوءة الثالثة؟",
        "ما موعد الحصة المباشرة الختامية للفوج؟",
        "ما آخر أجل لإيداع خطة مواكبة الأستاذ المتدرب؟",
    ],
    "darija": [
        "فوقاش خاصني نصيفط تحليل الحاجات التكوينية؟",
        "فوقاش الحصة المباشرة ديال المجزوءة الثانية؟",
        "فوقاش كيسالي المساق كامل؟",
    ],
    "arabizi": [
        "imta akhir ajal dyal portrait professionnel f module 1?",
        "live dyal module 6 f ach mn sa3a?",
        "module 4 imta kayt7el?",
    ],
}

HUMAN = {
    "fr": [
        "Je voudrais parler à un vrai tuteur, pas à un robot svp",
        "Pouvez-vous transmettre ma demande à une personne de l'équipe ? c'est un cas particulier",
        "passez moi un humain",
    ],
    "msa": [
        "أريد التحدث إلى مؤطر بشري من فضلك",
        "هل يمكن أن يتواصل معي أحد أعضاء فريق التأطير؟",
        "حولني إلى شخص حقيقي",
    ],
    "darija": [
        "بغيت نهضر مع شي بنادم ماشي روبو",
        "عافاك وصلني بالمؤطر ديالي",
        "كاين شي واحد من الفريق نقدر نهضر معاه؟",
    ],
    "arabizi": [
        "bghit nhder m3a tuteur 7a9i9i 3afak",
        "3tini chi bnadem mn l'equipe",
        "wach momkin t7welni l chi wa7ed mn les tuteurs?",
    ],
}

SOCIAL = {
    "fr": [
        "Bonsoir Rafiq !",
        "Merci beaucoup, c'était très clair",
        "je suis découragée, j'ai l'impression que je n'y arriverai jamais",
    ],
    "msa": [
        "السلام عليكم ورحمة الله",
        "شكرا جزيلا على المساعدة",
        "لقد تعبت كثيرا وأفكر في التوقف عن المساق",
    ],
    "darija": [
        "صباح الخير رفيق",
        "الله يخليك، شكرا بزاف",
        "عييت صافي، ما بقاتش عندي الجهد نكمل",
    ],
    "arabizi": [
        "salam labas 3lik?",
        "choukran bzaf khouya",
        "3yit mn had lmooc, mab9itch 9ader",
    ],
}

# ---------------------------------------------------------------- dialogues
def A(u, *s): return {"user": u, "expect": {"kind": "answer", "sections": list(s)}}
def EX(u, *s): return {"user": u, "expect": {"kind": "same_topic_example", "sections": list(s)}}
def OL(u, lang, *s): return {"user": u, "expect": {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}}
def CL(u): return {"user": u, "expect": {"kind": "clarify"}}
def CC(u, *s): return {"user": u, "expect": {"kind": "confirm_clarification", "sections": list(s)}}
def CAL(u): return {"user": u, "expect": {"kind": "calendar"}}
def HUM(u): return {"user": u, "expect": {"kind": "human"}}

DIALOGUES = {}

DIALOGUES["fr"] = [
    [A("Comment on construit une grille pour observer un stagiaire en classe ?", "sup-observation-grid"),
     EX("Tu peux me donner un exemple concret d'indicateur observable pour ça ?", "sup-observation-grid")],
    [CL("portfolio ?"),
     CC("oui, je veux savoir ce qu'un stagiaire doit mettre dedans", "ass-portfolio"),
     OL("tu peux me redire ça en arabe pour mes collègues arabophones ?", "ar", "ass-portfolio")],
    [A("C'est quoi exactement une évaluation diagnostique ?", "ass-diagnostic"),
     A("et dans un MOOC, je la fais comment ?", "ass-diagnostic"),
     EX("donne-moi un exemple dans une discipline précise", "ass-diagnostic")],
    [A("Je commence le devoir sur l'analyse des besoins. Comment on analyse les besoins d'un public de stagiaires ?", "eng-needs-analysis"),
     CAL("et c'est pour quand déjà, ce devoir ?")],
    [A("Comment mener l'entretien après avoir observé une séance d'un stagiaire ?", "sup-post-observation-interview"),
     EX("un exemple de question pour ouvrir cet entretien ?", "sup-post-observation-interview"),
     HUM("ok merci, je préfère quand même en parler avec un tuteur, tu peux lui transmettre ?")],
    [CL("attestation"),
     CC("non je parle de comment la récupérer sur la plateforme", "dig-etakwine-attestation"),
     A("et elle comptera pour mon avancement ?", "faq-attestation-career")],
    [CAL("la classe virtuelle du module 3 c'est quand ?"),
     A("je ne pourrai pas y être, qu'est-ce que je fais si je la rate ?", "faq-missed-live"),
     A("et l'enregistrement, je le trouverai où ?", "faq-recordings")],
    [A("Comment relancer un participant qui ne se connecte plus ?", "tut-dropout-prevention"),
     OL("peux-tu me donner la même réponse en arabe ?", "ar", "tut-dropout-prevention")],
    [A("Quelle différence entre cMOOC et xMOOC ?", "eng-mooc-formats"),
     A("et le SPOC dans tout ça, il convient à quoi ?", "eng-mooc-formats"),
     EX("un exemple de situation où je le choisirais ?", "eng-mooc-formats")],
    [CL("le forum"),
     CC("je veux savoir ce qu'on a le droit d'y poster", "charter-welcome", "charter-on-topic"),
     A("et si mon message est caché à tort, je fais comment ?", "charter-appeal")],
]

DIALOGUES["msa"] = [
    [A("ما هو التقويم التكويني باختصار؟", "ass-formative"),
     OL("هل يمكنك إعادة الشرح نفسه بالفرنسية؟", "fr", "ass-formative")],
    [CL("الشبكة"),
     CC("أقصد شبكة التقويم بالمعايير التي نقيم بها أعمال المتدربين", "ass-rubrics"),
     CAL("ومتى آخر أجل لإيداع واجب هذه الشبكة؟")],
    [A("كيف أنشط منتدى المساق حتى يتفاعل المشاركون؟", "tut-forum-facilitation"),
     EX("أعطني مثالا على رسالة أسبوعية أفتتح بها النقاش", "tut-forum-facilitation")],
    [A("كيف أحمي المعطيات الشخصية للمتدربين في عملي اليومي؟", "dig-data-privacy"),
     A("وماذا عن حقي في حذف ما يحتفظ به رفيق عني؟", "dig-data-privacy"),
     HUM("أريد أن أتأكد من هذا مع أحد المؤطرين")],
    [A("ما هي خطوات البحث الإجرائي في القسم؟", "sup-action-research"),
     EX("أعطني مثالا على مشكلة محدودة تصلح لهذا البحث", "sup-action-research"),
     OL("والآن الشرح نفسه بالفرنسية من فضلك", "fr", "sup-action-research")],
    [CAL("متى تفتح المجزوءة الخامسة؟"),
     A("وكيف أرافق أستاذا جديدا في سنته الأولى كما تتناوله هذه المجزوءة؟", "sup-mentoring"),
     EX("مثال على اتفاق أولي بين المرشد والمدرس الجديد", "sup-mentoring")],
    [CL("الواجب"),
     CC("أقصد كيف أودعه في المنصة", "dig-etakwine-submission"),
     A("وإذا لم أستطع إيداعه في الوقت المحدد؟", "faq-late-submission")],
    [A("ما الفرق بين الملاحظة الصفية والتفتيش؟", "sup-observation"),
     A("وكيف أبني الأداة التي أسجل فيها ما ألاحظه؟", "sup-observation-grid"),
     OL("أعد لي هذا الجواب بالفرنسية", "fr", "sup-observation-grid")],
    [A("كيف أفتتح حصة تكوينية مع مجموعة لا يعرف أفرادها بعضهم؟", "fac-opening-closing"),
     EX("أعطني مثالا على نشاط لكسر الجليد لا يحرج المشاركين", "fac-opening-closing")],
    [A("كم يستغرق رد المؤطر عادة؟", "tut-response-times"),
     HUM("انتظرت أكثر من ذلك بكثير، حولني إلى مؤطر من فضلك")],
]

DIALOGUES["darija"] = [
    [A("شنو هي الشارة الرقمية المفتوحة؟", "ass-certificates-badges"),
     OL("عاود شرحها ليا بالفرنسية عافاك", "fr", "ass-certificates-badges")],
    [CL("التسجيل"),
     CC("كنقصد التسجيل فالمنصة ديال إيتكوين", "dig-etakwine-registration"),
     A("ودابا نسيت كلمة السر، كيفاش نرجعها؟", "dig-etakwine-login-password")],
    [A("كيفاش نوجد حصة تكوينية من الاول للاخر؟", "eng-session-preparation"),
     EX("عطيني مثال ديال توزيع الوقت فحصة ديال ثلاث سوايع", "eng-session-preparation")],
    [A("شنو هو التدريس المصغر؟", "fac-micro-teaching"),
     CAL("والحصة المباشرة ديال المجزوءة ديال التنشيط فوقاش؟")],
    [A("كيفاش ننظم الخدمة فالمجموعات مع المتدربين؟", "fac-group-work"),
     EX("عطيني مثال ديال الأدوار لي نعطي لكل واحد", "fac-group-work"),
     OL("وبالفرنسية؟", "fr", "fac-group-work")],
    [CL("المؤطر"),
     CC("بغيت نعرف كيفاش نتواصل معاه", "faq-contact-tutor"),
     HUM("صافي وصلني بيه دابا عافاك")],
    [A("كيفاش ندير جلسة تحليل الممارسات مع المتدربين؟", "sup-analysis-of-practice"),
     A("وشنو هي القواعد لي خاص تحترم فالجلسة؟", "sup-analysis-of-practice"),
     EX("عطيني مثال ديال وضعية نقدرو نحللوها", "sup-analysis-of-practice")],
    [CAL("فوقاش آخر أجل ديال الواجب ديال المجزوءة الثالثة؟"),
     A("وكيفاش نتأكد بلي تصيفط مزيان ملي نحطو؟", "dig-etakwine-submission")],
    [A("المتدربين ديالي فقدو الحماس، شنو ندير باش يرجعو؟", "fac-motivation"),
     EX("عطيني مثال ملموس على الاستقلالية لي قلتي", "fac-motivation")],
    [A("شنو هي الكفاية وشنو الفرق بينها وبين الهدف؟", "eng-objectives-competencies"),
     OL("قولها ليا بالفرنسية", "fr", "eng-objectives-competencies")],
]

DIALOGUES["arabizi"] = [
    [A("chno hiya la pratique reflexive?", "sup-reflective-practice"),
     EX("3tini mital dyal journal de bord", "sup-reflective-practice")],
    [CL("l'attestation"),
     CC("ah kan9sed kifach ntelechargiha mn plateforme", "dig-etakwine-attestation"),
     OL("3awed 9olha lia b francais", "fr", "dig-etakwine-attestation")],
    [A("kifach n3ti feedback mzyan l stagiaires?", "ass-feedback"),
     A("w f distance, f forum wla f devoir, kifach?", "ass-feedback"),
     EX("3tini mital dyal commentaire spécifique", "ass-feedback")],
    [A("chno hiya classe inversee?", "eng-flipped"),
     CAL("w live dyal module dyal l'ingenierie imta?")],
    [CL("mot de passe"),
     CC("nsit lmot de passe dyal e-Takwine", "dig-etakwine-login-password"),
     HUM("lien ma khdemch, bghit chi wa7ed mn l'equipe y3awenni")],
    [A("kifach nsayeb formation hybride?", "eng-hybrid"),
     EX("3tini mital dyal module dyal 6 simanat", "eng-hybrid")],
    [A("wach n9der nkteb b darija f forum?", "faq-language"),
     OL("3awedha b francais 3afak", "fr", "faq-language")],
    [A("kifach nt3amel m3a stagiaire ma mhtamch f seance?", "fac-difficult-situations"),
     A("w ila kan kay contesti lformateur 9oddam ga3?", "fac-difficult-situations"),
     EX("3tini jomla n9olha lih f had l7ala", "fac-difficult-situations")],
    [CAL("classe virtuelle dyal module 5 f ach mn sa3a?"),
     A("ila fatetni chno ndir?", "faq-missed-live"),
     A("w fin nl9a tasjil dyalha?", "faq-recordings")],
    [A("chno lfar9 bin mentor w inspecteur m3a prof jdid?", "sup-mentoring"),
     OL("b francais 3afak", "fr", "sup-mentoring")],
]

# ---------------------------------------------------------------- write
def main():
    rng = random.Random(13)
    rows = []
    def add(kind, v, text, exp):
        rows.append({"id": "q%03d" % (len(rows) + 1), "question": text, "lang": LANG[v],
                     "variety": v, "expected": exp, "kind": kind})
    for v in VARS:
        items = list(CONTENT[v]); rng.shuffle(items)
        for text, exp in items: add("content", v, text, exp)
    for kind, table in (("out_of_scope", OUT_OF_SCOPE), ("calendar", CALENDAR), ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for text in table[v]: add(kind, v, text, [])
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ds = []
    for v in VARS:
        for turns in DIALOGUES[v]:
            ds.append({"id": "d%02d" % (len(ds) + 1), "lang": LANG[v], "variety": v, "turns": turns})
    with open(os.path.join(OUT, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in ds: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(rows), "questions,", len(ds), "dialogues")

if __name__ == "__main__":
    main()
