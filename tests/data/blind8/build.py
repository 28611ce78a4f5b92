"""Blind set 8 for Rafiq. Every question and dialogue turn below was typed by hand.
Run: python3 build.py  -> writes questions.jsonl and dialogues.jsonl next to this file."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------- content
# (variety, question, expected section ids)
CONTENT = [
    # charter-appeal
    ("fr", "Mon message sur le forum a été bloqué alors que je citais juste un proverbe en darija, comment je peux contester ça ?", ["charter-appeal"]),
    ("msa", "حُجبت مشاركتي في المنتدى وأظن أن ذلك خطأ، ما هي خطوات الطعن في قرار الإشراف وهل يضرني ذلك؟", ["charter-appeal"]),
    # charter-moderation
    ("msa", "ما الذي يحدث لمشاركتي بعد نشرها في المنتدى؟ هل يقرر رفيق وحده حذفها أم هناك أشخاص يراجعون؟", ["charter-moderation"]),
    ("darija", "شنو هي الحالات اللي ممكن يوقعو للميساج ديالي فالفوروم؟ سمعت بلي رفيق كيخبي شي ميساجات", ["charter-moderation"]),
    # charter-no-hate
    ("darija", "واحد الزميل دار نكتة على ناس شي مدينة فالفوروم، واش هادشي مسموح ولا ممنوع فالميثاق؟", ["charter-no-hate"]),
    ("arabizi", "wach n9der ndir débat 3la l'inclusion dyal tlamid en situation de handicap f forum wla ghadi ytbloka? ma bghitch ykon chi haja discriminatoire", ["charter-no-hate"]),
    # charter-no-spam
    ("arabizi", "chi wa7ed 7at f forum annonce kaybi3 rapports de stage wajdin, wach hadchi machi mamno3? o chno ndir?", ["charter-no-spam"]),
    ("fr", "est ce que j'ai le droit de partager un lien vers un site de ressources sur le forum, ou ca sera consideré comme de la pub ?", ["charter-no-spam", "charter-welcome"]),
    # charter-on-topic
    ("fr", "Je voulais lancer une discussion sur le match de samedi dans l'espace du module, c'est permis ou pas ?", ["charter-on-topic"]),
    ("msa", "هل يجوز أن أطرح في منتدى المساق سؤالا حول ملف انتقالي الإداري، أم أن ذلك خارج مواضيع التكوين؟", ["charter-on-topic"]),
    # charter-personal-data
    ("msa", "أردت أن أنشر رقم هاتفي في المنتدى ليتصل بي الزملاء بسرعة، لماذا يُمنع ذلك وما البديل؟", ["charter-personal-data"]),
    ("darija", "صورت واحد الوثيقة فيها الكود مسار ديال شي ستاجير وبغيت نحطها فالفوروم، واش كاين مشكل؟", ["charter-personal-data", "dig-data-privacy"]),
    # charter-respect
    ("darija", "واحد المشارك كيتبعني فكاع البوسطات ديالي وكيتمسخر عليا، شنو خاصني ندير؟", ["charter-respect"]),
    ("arabizi", "wach l'insulte b darija b l7rouf latin ta hiya mamno3a f forum? chi wa7ed dima kaykteb b7al haka", ["charter-respect"]),
    # charter-welcome
    ("arabizi", "chno homa les contributions li mrhba bihom f forum dyal MOOC? bghit nchareki ms ma 3rftch mnin nbda", ["charter-welcome"]),
    ("fr", "Quels genres de messages sont vraiment appréciés sur le forum ? J'ose pas poster parce que ma question est trop basique", ["charter-welcome"]),
    # faq-attestation-career
    ("fr", "Est-ce que l'attestation du MOOC va compter pour ma promotion ou mon avancement d'échelon ?", ["faq-attestation-career"]),
    ("msa", "هل تُعتمد شهادة هذا المساق في ملف الترقية؟ ومن الجهة التي ينبغي أن أسألها للحصول على جواب رسمي؟", ["faq-attestation-career"]),
    # faq-change-cohort
    ("msa", "سأكون في عطلة مرضية خلال الشهر القادم، فهل يمكنني الانتقال إلى فوج لاحق لمتابعة المساق؟", ["faq-change-cohort"]),
    ("darija", "واش نقدر نبدل الفوج؟ عندي مهمة فالخدمة وما غنقدرش نتبع مع الفوج ديالي، واش نصاوب كونط جديد؟", ["faq-change-cohort"]),
    # faq-contact-tutor
    ("darija", "كيفاش نتواصل مع التوتور ديالي؟ عندي مشكل شخصي وما بغيتش نكتبو فالفوروم", ["faq-contact-tutor"]),
    ("arabizi", "fin nl9a smiya dyal tuteur dyali o kifach nsiftlo message? ma bghitch nktb f forum l3am", ["faq-contact-tutor"]),
    # faq-free
    ("arabizi", "wach l MOOC b flous? chi wa7ed tlab mni 200 dh bach ydir liya l'inscription", ["faq-free"]),
    ("fr", "Un monsieur m'a proposé les corrigés des devoirs contre paiement, le MOOC n'est pas censé être gratuit ?", ["faq-free"]),
    # faq-language
    ("fr", "Je suis plus à l'aise en arabe, est ce que je peux rédiger mon devoir en arabe meme si sur le forum j'écris en français ?", ["faq-language"]),
    ("msa", "هل يُسمح بكتابة الواجبات باللغة الأمازيغية أو الإنجليزية، أم يجب الالتزام بالعربية أو الفرنسية؟", ["faq-language"]),
    # faq-late-submission
    ("msa", "لن أتمكن من تسليم الواجب في موعده لأنني مكلف بحراسة الامتحانات هذا الأسبوع، ماذا أفعل؟", ["faq-late-submission"]),
    ("darija", "الديفوار ديالي تعطل وما صيفطتوش فالوقت، واش مازال نقدر نحطو ولا صافي؟", ["faq-late-submission"]),
    # faq-missed-live
    ("darija", "فاتتني الحصة المباشرة البارح حيت كان عندي كور، شنو ندير باش نعوضها؟", ["faq-missed-live"]),
    ("arabizi", "rate liya la classe virtuelle dyal had simana 7it t9ta3 liya internet, wach ghadi ytsjel liya absence o kifach nrattrapi?", ["faq-missed-live"]),
    # faq-mobile
    ("arabizi", "wach n9der ntab3 MOOC kamel mn telephone? ma 3ndich pc f dar", ["faq-mobile"]),
    ("fr", "Je n'ai qu'un smartphone et un petit forfait internet, je peux suivre le mooc correctement avec ça ?", ["faq-mobile"]),
    # faq-recordings
    ("fr", "Où est-ce qu'on trouve l'enregistrement de la classe virtuelle une fois qu'elle est terminée ?", ["faq-recordings"]),
    ("msa", "هل يحق لي أن أشارك تسجيل الحصة المباشرة في مجموعة واتساب الخاصة بزملائي في المركز؟", ["faq-recordings"]),
    # faq-weekly-hours
    ("msa", "كم من الوقت أحتاج أسبوعيا لمتابعة المساق؟ جدولي في المركز مزدحم جدا", ["faq-weekly-hours"]),
    ("darija", "شحال ديال الساعات فالسيمانة خاصني نخصص للموك؟ راني خدام بزاف ومقلق", ["faq-weekly-hours"]),
    # prof-collaboration
    ("darija", "أنا وواحد الزميلة غادي ننشطو حصة مع بعض، كيفاش نقسمو الأدوار باش ما نتخلطوش قدام الستاجيرات؟", ["prof-collaboration"]),
    ("arabizi", "chno hiya la co-animation o kifach ndiro harmonisation dyal correction bin jouj formateurs?", ["prof-collaboration"]),
    # prof-continuing-development
    ("arabizi", "kifach n9der nb9a ntwer rasi comme formateur? ma kaynach des stages officiels bzaf", ["prof-continuing-development"]),
    ("fr", "A part les stages officiels, par quels moyens un formateur peut continuer a se former pendant toute sa carrière ?", ["prof-continuing-development"]),
    # prof-ethics
    ("fr", "Un stagiaire que je dois évaluer est le fils d'un ami proche, qu'est-ce que la déontologie me demande de faire ?", ["prof-ethics"]),
    ("msa", "هل يجوز لي نشر لقطة شاشة لرسالة متدرب في مجموعة الأساتذة؟ وما واجبات المكون في ما يخص السرية؟", ["prof-ethics"]),
    # prof-identity
    ("msa", "انتقلت حديثا من التدريس إلى التكوين وأشعر بأنني تائه مهنيا، كيف أبني هويتي كمكون؟", ["prof-identity"]),
    ("darija", "كنحس براسي باقي أستاذ ماشي مكون، والستاجيرات تقريبا زملاء ديالي، هادشي عادي؟ كيفاش نتجاوزو؟", ["prof-identity"]),
    # prof-institutions
    ("darija", "شنو الفرق بين CRMEF و CFIE و COPE؟ وشنو علاقة القانون الإطار 51.17 بالخدمة ديالنا كمكونين؟", ["prof-institutions"]),
    ("arabizi", "chno katbdel la feuille de route 2022-2026 f khdma dyal formateur f CRMEF?", ["prof-institutions"]),
    # prof-posture
    ("arabizi", "chno ma3na posture d'accompagnement? ana m3awed ndir cours magistral l stagiaires o safi", ["prof-posture"]),
    ("fr", "Comment arreter de faire des cours magistraux et adopter plutôt une posture qui accompagne les stagiaires ?", ["prof-posture"]),
    # prof-research-informed
    ("fr", "Où chercher des articles fiables en éducation et comment savoir si un résultat d'étude s'applique chez nous au Maroc ?", ["prof-research-informed"]),
    ("msa", "هل صحيح أن علينا ملاءمة التدريس لأنماط التعلم البصرية والسمعية؟ ماذا يقول البحث التربوي في ذلك؟", ["prof-research-informed"]),
    # prof-roles
    ("msa", "ما الأدوار التي يضطلع بها المكون في المركز إلى جانب تقديم الدروس؟", ["prof-roles"]),
    ("darija", "شنو هوما الأدوار ديال المكون؟ حاس براسي غير كنشرح الدروس وصافي", ["prof-roles"]),
    # prof-values
    ("darija", "شنو هي القيم اللي خاص المكون يبينها فالخدمة ديالو؟ سمعت على التقاسم والانفتاح", ["prof-values"]),
    ("arabizi", "kifach nwarri l stagiaires l valeur dyal partage o collaboration f l3amal machi ghir b lhdra?", ["prof-values"]),
    # eng-alignment
    ("arabizi", "chno howa l'alignement pédagogique? l'examen dyali QCM o l'objectif howa ysaybo grille, wach kayn mochkil?", ["eng-alignment"]),
    ("fr", "C'est quoi l'alignement constructif de Biggs et comment je vérifie que mon module est cohérent ?", ["eng-alignment"]),
    # eng-evaluation-of-training
    ("fr", "Comment savoir si une formation continue que j'ai animée a vraiment changé les pratiques en classe ? On m'a parlé de Kirkpatrick", ["eng-evaluation-of-training"]),
    ("msa", "ما مستويات نموذج كيركباتريك لتقويم عدة تكوينية؟ وهل يكفي استبيان الرضا في آخر التكوين؟", ["eng-evaluation-of-training"]),
    # eng-flipped
    ("msa", "كيف أطبق التكوين المعكوس مع المتدربين؟ وماذا أفعل مع من لم يطلع على الموارد قبل الحصة؟", ["eng-flipped"]),
    ("darija", "بغيت ندير الكلاس أنفيرسي مع الستاجيرات، شحال خاص تكون الفيديو وكيفاش نتأكد بلي شافوها؟", ["eng-flipped"]),
    # eng-hybrid
    ("darija", "كيفاش نصمم تكوين هجين، شي حاجة حضوري وشي حاجة عن بعد، بلا ما نزيد الضغط على الناس؟", ["eng-hybrid"]),
    ("arabizi", "bghit nconcevoir formation hybride dyal 6 semaines, chno ndir f présentiel o chno n5elli à distance?", ["eng-hybrid"]),
    # eng-mooc-formats
    ("arabizi", "chno lfar9 bin MOOC o SPOC o cMOOC o xMOOC? ma fhemtch", ["eng-mooc-formats"]),
    ("fr", "Pour former une promo de stagiaires CRMEF à l'évaluation avec un suivi individuel, vaut mieux un SPOC ou un MOOC ?", ["eng-mooc-formats"]),
    # eng-needs-analysis
    ("fr", "La direction me demande 'un stage sur le numérique'. Comment je fais une vraie analyse des besoins avant de la concevoir ?", ["eng-needs-analysis"]),
    ("msa", "ما الفرق بين الطلب والرغبة والحاجة عند تحليل الحاجات التكوينية؟", ["eng-needs-analysis"]),
    # eng-objectives-competencies
    ("msa", "كيف أصوغ هدفا إجرائيا جيدا لحصة تكوينية؟ وهل فعل يعرف مقبول في صياغته؟", ["eng-objectives-competencies"]),
    ("darija", "شنو الفرق بين الكفاية والهدف؟ وكيفاش نستعمل صنافة بلوم فالتحضير؟", ["eng-objectives-competencies"]),
    # eng-session-preparation
    ("darija", "غدا عندي حصة ديال ثلاث سوايع مع الستاجيرات، كيفاش نوجدها خطوة بخطوة؟", ["eng-session-preparation"]),
    ("arabizi", "kifach n7adar séance de formation mzyana? chno lmarahil li khassni nmchi fihom?", ["eng-session-preparation"]),
    # eng-task-scenarios
    ("arabizi", "chno howa scénario pédagogique mbni 3la tâche complexe? 3tini les composantes dyalo", ["eng-task-scenarios"]),
    ("fr", "Je veux construire une séquence basée sur une tache complexe proche du metier, quels éléments mon scénario doit il contenir ?", ["eng-task-scenarios"]),
    # eng-training-plan
    ("fr", "Je dois élaborer le plan de formation annuel pour la direction provinciale, par quoi commencer et qu'est ce qu'il faut y mettre ?", ["eng-training-plan"]),
    ("msa", "ما العناصر التي ينبغي أن يتضمنها مخطط التكوين السنوي، وكيف أربطه بفترات التداريب الميدانية؟", ["eng-training-plan"]),
    # fac-active-methods
    ("msa", "ما الطرائق النشيطة التي تناسب تكوين الأساتذة، وكيف أختار بينها؟", ["fac-active-methods"]),
    ("darija", "بغيت نبدل الطريقة ديالي ونخلي الستاجيرات يخدمو هوما، شنو هي الميطودات النشيطة اللي نقدر نستعمل؟", ["fac-active-methods"]),
    # fac-adult-learners
    ("darija", "شنو هي الأندراغوجيا؟ واش الكبار كيتعلمو بحال الصغار ولا لا؟", ["fac-adult-learners"]),
    ("arabizi", "kifach kayt3almo les adultes? 3ndi formateurs 3ndhom experience kbira o ma kay9blouch l'jadid", ["fac-adult-learners"]),
    # fac-difficult-situations
    ("arabizi", "3ndi wa7ed stagiaire kaydi lhadra kamla f séance o lakhrin saktin, kifach ntsaraf m3ah?", ["fac-difficult-situations"]),
    ("fr", "Un participant conteste tout ce que je dis devant le groupe, comment réagir sans que ça tourne au conflit ?", ["fac-difficult-situations"]),
    # fac-group-work
    ("fr", "Comment organiser un travail de groupe pour éviter que ce soit toujours les mêmes qui bossent ?", ["fac-group-work"]),
    ("msa", "كم ينبغي أن يكون عدد أفراد المجموعة في العمل الجماعي، وكيف أوزع الأدوار بينهم؟", ["fac-group-work"]),
    # fac-micro-teaching
    ("msa", "ما هو التدريس المصغر وما مراحله في التكوين الأساس بالمراكز الجهوية؟", ["fac-micro-teaching"]),
    ("darija", "كيفاش ننظم الميكرو أونسينيمون مع الستاجيرات؟ واش ضروري نصورو الحصة؟", ["fac-micro-teaching"]),
    # fac-motivation
    ("darija", "الناس فالموك بداو كيعياو من بعد الأسابيع الأولى، كيفاش نحافظ على الحماس ديالهم؟", ["fac-motivation"]),
    ("arabizi", "chno hiya théorie d'autodétermination dyal Deci o Ryan o kifach nkhdem biha bach nzid f motivation?", ["fac-motivation"]),
    # fac-online-anxiety
    ("arabizi", "ana stressé bzaf mn la plateforme o khayf nkteb f forum 9dam les inspecteurs, chno ndir?", ["fac-online-anxiety"]),
    ("fr", "Certains collègues ont peur d'écrire sur le forum en ligne, comment les rassurer et leur redonner confiance ?", ["fac-online-anxiety"]),
    # fac-opening-closing
    ("fr", "Vous avez des idées de brise-glace pour démarrer une séance avec un nouveau groupe d'adultes ?", ["fac-opening-closing"]),
    ("msa", "كيف أختتم حصة تكوينية بشكل جيد بدل أن تنتهي فجأة مع آخر نشاط؟", ["fac-opening-closing"]),
    # fac-time-management
    ("msa", "دائما ينفد مني الوقت قبل مرحلة التركيب في الحصة، كيف أدبر زمن الحصة بشكل أفضل؟", ["fac-time-management"]),
    ("darija", "كيفاش نقسم الوقت ديال سيمانة الموك باش ما نبقاش نخلي كلشي لليلة الأخيرة؟", ["fac-time-management"]),
    # ass-certificates-badges
    ("darija", "شنو الفرق بين لاطيستاسيون والسيرتيفيكا والأوبن بادج؟", ["ass-certificates-badges"]),
    ("arabizi", "open badge chno kayn fih exactement? o wach kayswa b7al diplôme?", ["ass-certificates-badges"]),
    # ass-diagnostic
    ("arabizi", "chno hiya l'évaluation diagnostique o wach khassni n3ti fiha note?", ["ass-diagnostic"]),
    ("fr", "En début de module je veux savoir ce que mes stagiaires savent déjà. Comment construire un test diagnostique utile ?", ["ass-diagnostic"]),
    # ass-feedback
    ("fr", "Comment rédiger un feedback écrit utile sur le travail d'un stagiaire sans le décourager ?", ["ass-feedback"]),
    ("msa", "ما الأسئلة الثلاثة التي ينبغي أن تجيب عنها التغذية الراجعة الجيدة؟", ["ass-feedback"]),
    # ass-formative-vs-summative
    ("msa", "ما الفرق بين التقويم التكويني والتقويم الإجمالي من حيث الوظيفة والتوقيت؟", ["ass-formative-vs-summative"]),
    ("darija", "عافاك فهمني الفرق بين التقويم التكويني والتقويم الإجمالي، غدا عندي حصة عليهم", ["ass-formative-vs-summative"]),
    # ass-formative
    ("darija", "شنو هو التقويم التكويني؟ وعطيني شي تقنيات نخدم بيها مع الستاجيرات", ["ass-formative"]),
    ("arabizi", "wach quiz li ma fih note yt7seb évaluation formative? chno lmouhim fiha?", ["ass-formative", "ass-formative-vs-summative"]),
    # ass-peer
    ("arabizi", "évaluation par les pairs f MOOC kifach katdar? o ila chi wa7ed 3tani note khayba?", ["ass-peer"]),
    ("fr", "Comment préparer mes stagiaires à s'évaluer entre eux pour que les notes ne soient pas complaisantes ?", ["ass-peer"]),
    # ass-portfolio
    ("fr", "Qu'est-ce qu'on met dans le portfolio d'un stagiaire au CRMEF et comment l'évaluer ?", ["ass-portfolio"]),
    ("msa", "ما الفرق بين ملف الإنجاز التعلمي وملف العرض والملف الرقمي؟", ["ass-portfolio"]),
    # ass-rubrics
    ("msa", "كيف أبني شبكة تقويم بالمعايير؟ وما الفرق بين المعيار والمؤشر؟", ["ass-rubrics"]),
    ("darija", "عندي الديفوار ديال الموديل 4 على الكريل ديال التقويم، كيفاش نختار الكريتير ونكتب المستويات؟", ["ass-rubrics"]),
    # ass-self-assessment
    ("darija", "كيفاش نخلي الستاجيرات يقيمو راسهم بصح، ماشي غير يعطيو لراسهم نقطة مزيانة؟", ["ass-self-assessment"]),
    ("arabizi", "chno hiya la métacognition o kifach nst3mlha f l'auto-évaluation?", ["ass-self-assessment"]),
    # ass-summative
    ("arabizi", "kifach ndir évaluation sommative 3adila f lekher dyal module?", ["ass-summative"]),
    ("fr", "Quelles conditions doit remplir une épreuve sommative de fin de module pour etre juste et fiable ?", ["ass-summative"]),
    # sup-action-research
    ("fr", "Je voudrais mener une recherche-action avec mes élèves de collège qui ne participent jamais à l'oral, quelles sont les étapes ?", ["sup-action-research"]),
    ("msa", "ما مراحل البحث الإجرائي، وهل يمكن أن يتخذ بحث نهاية التكوين بالمركز هذا الشكل؟", ["sup-action-research"]),
    # sup-analysis-of-practice
    ("msa", "كيف تُنظَّم مجموعة تحليل الممارسات المهنية وما البروتوكول المتبع فيها؟", ["sup-analysis-of-practice"]),
    ("darija", "سمعت على GEASE، شنو هو وكيفاش كتدوز جلسة تحليل الممارسات؟", ["sup-analysis-of-practice"]),
    # sup-development-plan
    ("darija", "المفتش طلب مني نوجد مخطط فردي للتنمية المهنية، شنو خاصو يكون فيه؟", ["sup-development-plan"]),
    ("arabizi", "kifach nktb plan individuel de développement professionnel? ch7al mn objectif khasso ykon?", ["sup-development-plan"]),
    # sup-learning-communities
    ("arabizi", "bghina ndiro communauté d'apprentissage professionnelle m3a les collègues dyal l'établissement, kifach nbdaw?", ["sup-learning-communities"]),
    ("fr", "Quelle différence entre une communauté d'apprentissage professionnelle et une réunion d'équipe ordinaire ?", ["sup-learning-communities"]),
    # sup-mentoring
    ("fr", "On m'a désigné mentor d'une jeune enseignante lauréate du CRMEF, c'est quoi mon rôle exactement ?", ["sup-mentoring"]),
    ("msa", "هل ينبغي للمرشد أن يشارك في تقويم الأستاذ المبتدئ من أجل الترسيم؟ وما الصفات المطلوبة فيه؟", ["sup-mentoring"]),
    # sup-observation-grid
    ("msa", "كيف أعد شبكة ملاحظة لحصة صفية؟ وكم عدد الأبعاد المناسب فيها؟", ["sup-observation-grid"]),
    ("darija", "بغيت نوجد كريل ديال الملاحظة لستاجيرات خدامين فقسم متعدد المستويات، كيفاش؟", ["sup-observation-grid"]),
    # sup-observation
    ("darija", "غدا الصباح غنمشي نشوف واحد الستاجير فالقسم ديالو، شنو خاصني ندير قبل الحصة وفوسطها؟", ["sup-observation"]),
    ("arabizi", "observation de classe kifach ndirha? fin ngles o chno nkteb f les notes?", ["sup-observation"]),
    # sup-post-observation-interview
    ("arabizi", "mn ba3d l'observation kifach ndir l'entretien m3a stagiaire? ma bghitch n3tih liste dyal les erreurs", ["sup-post-observation-interview"]),
    ("fr", "Comment mener l'entretien apres une visite de classe avec un stagiaire débutant ?", ["sup-post-observation-interview"]),
    # sup-reflective-practice
    ("fr", "C'est quoi la différence entre réflexion dans l'action et réflexion sur l'action chez Schön ?", ["sup-reflective-practice"]),
    ("msa", "ما الأدوات التي يمكن أن أقترحها على المتدربين لتنمية الممارسة التأملية لديهم؟", ["sup-reflective-practice"]),
    # dig-data-privacy
    ("msa", "صورت حصة في قسم فيه تلاميذ قاصرون لأغراض التكوين، ما القواعد التي يجب أن أحترمها بخصوص المعطيات الشخصية؟", ["dig-data-privacy", "prof-ethics"]),
    ("darija", "شنو هو القانون 09-08 وشنو كتدير اللجنة الوطنية CNDP؟", ["dig-data-privacy"]),
    # dig-etakwine-attestation
    ("darija", "كيفاش نطيليشارجي لاطيستاسيون ديال الموك من لابلاتفورم؟", ["dig-etakwine-attestation"]),
    ("arabizi", "salit ga3 les modules walakin l'attestation ma banetch liya, 3lach?", ["dig-etakwine-attestation"]),
    # dig-etakwine-login-password
    ("arabizi", "nsit mot de passe dyal e-Takwine, kifach nrécupérih?", ["dig-etakwine-login-password"]),
    ("fr", "Impossible de me connecter à e-Takwine, il me dit identifiant incorrect alors que je suis sur de mon mot de passe", ["dig-etakwine-login-password"]),
    # dig-etakwine-navigation
    ("fr", "Je me sens un peu perdu sur e-Takwine, où sont les modules, le forum et les ressources ?", ["dig-etakwine-navigation"]),
    ("msa", "لماذا تظهر لي إحدى المجزوءات باللون الرمادي في المنصة ولا أستطيع فتحها؟", ["dig-etakwine-navigation"]),
    # dig-etakwine-registration
    ("msa", "ما خطوات التسجيل في منصة e-Takwine؟ وماذا أفعل إن ظهر أن بريدي مستعمل مسبقا؟", ["dig-etakwine-registration"]),
    ("darija", "كيفاش نتسجل فلابلاتفورم e-Takwine؟ وشنو نكتب فالسمية باش تجي صحيحة فلاطيستاسيون؟", ["dig-etakwine-registration"]),
    # dig-etakwine-submission
    ("darija", "حطيت الديفوار فلابلاتفورم ولكن مكتوب عليه بروييون، واش وصل للتوتور ولا لا؟", ["dig-etakwine-submission"]),
    ("arabizi", "kifach ndepose devoir f e-Takwine? o achmen format li khassni nst3mel?", ["dig-etakwine-submission"]),
    # dig-etakwine-technical
    ("arabizi", "la vidéo dyal module kat9ta3 kol chwiya o le bouton ma kaykhdmch, chno ndir?", ["dig-etakwine-technical"]),
    ("fr", "La plateforme affiche mal les pages et le bouton d'envoi ne répond pas, je contacte qui et je vérifie quoi avant ?", ["dig-etakwine-technical"]),
    # dig-ict-integration
    ("fr", "C'est quoi le modèle SAMR et comment l'utiliser pour intégrer le numérique dans mes séances ?", ["dig-ict-integration"]),
    ("msa", "ما المقصود بنموذج TPACK وكيف يساعد المكون على اختيار الأداة الرقمية المناسبة؟", ["dig-ict-integration"]),
    # dig-netiquette
    ("msa", "ما قواعد آداب التواصل الرقمي التي ينبغي أن أعلمها للمتدربين على المنتدى وعبر البريد الإلكتروني؟", ["dig-netiquette"]),
    ("darija", "شنو هي النتيكيت؟ شي وحدين كيكتبو غير بالحروف الكبار وكيصيفطو فوكالات طوال فالكروب", ["dig-netiquette"]),
    # dig-resources-copyright
    ("darija", "لقيت واحد الفيديو فاليوتوب مكتوب عليه CC BY-NC-ND، واش نقدر نترجمو ونزيد ليه سوتيتر؟", ["dig-resources-copyright"]),
    ("arabizi", "chno ma3na licence Creative Commons BY-SA? wach n9der ntarjem fiche o n7ottha f forum?", ["dig-resources-copyright"]),
    # tut-asking-good-questions
    ("arabizi", "kifach nsowel Rafiq bach yfhemni mzyan? ana kankteb ghir 'ma khdamach' o ma kayjawbnich mzyan", ["tut-asking-good-questions"]),
    ("fr", "Comment bien formuler ma question à Rafiq ou au tuteur pour avoir une réponse utile du premier coup ?", ["tut-asking-good-questions"]),
    # tut-dropout-prevention
    ("fr", "En tant que tuteur, comment relancer les participants inactifs sans les culpabiliser ?", ["tut-dropout-prevention"]),
    ("msa", "ما العلامات التي تدل على أن مشاركا في المساق بدأ ينقطع، وكيف يمكن التدخل مبكرا؟", ["tut-dropout-prevention"]),
    # tut-forum-facilitation
    ("msa", "بصفتي مؤطرا، كيف أنشط منتدى المساق حتى يتفاعل المشاركون فيما بينهم ولا ينتظروا جوابي دائما؟", ["tut-forum-facilitation"]),
    ("darija", "كيفاش ننظم الفوروم ديال الموك؟ كاينين بزاف ديال السوجيات مكررين وعناوين بحال عاونوني", ["tut-forum-facilitation"]),
    # tut-organizational-role
    ("darija", "شنو هو الدور التنظيمي ديال المؤطر فالموك؟", ["tut-organizational-role"]),
    ("arabizi", "chno dawr tuteur f les rappels o le calendrier? o chno kaydir Rafiq f had lblasa?", ["tut-organizational-role"]),
    # tut-peer-support
    ("arabizi", "bghit ndir groupe d'étude m3a collègues dyal CRMEF, ch7al mn wa7ed o kifach nnadmoh?", ["tut-peer-support"]),
    ("fr", "Est-ce que s'entraider avec un collègue sur le devoir c'est de la triche ? Comment on organise une relecture entre pairs ?", ["tut-peer-support"]),
    # tut-pedagogical-role
    ("fr", "Sur le plan pédagogique, que fait le tuteur en ligne, et qu'est-ce qui lui revient plutôt qu'à Rafiq ?", ["tut-pedagogical-role"]),
    ("msa", "ما الذي يجب على المؤطر أن يتجنبه في دوره البيداغوجي على المنصة، كنشر التصحيحات مثلا؟", ["tut-pedagogical-role"]),
    # tut-rafiq-escalation
    ("msa", "متى يحيل رفيق سؤالي على مؤطر بشري؟ وكيف ستصلني الإجابة بعد ذلك؟", ["tut-rafiq-escalation"]),
    ("darija", "إلا رفيق ما عرفش يجاوبني، شنو كيوقع؟ واش خاصني نعاود نسول بزاف ديال المرات؟", ["tut-rafiq-escalation"]),
    # tut-response-times
    ("darija", "شحال من وقت كياخد التوتور باش يجاوب؟ سولتو هادي جوج أيام وما جاوبنيش", ["tut-response-times"]),
    ("arabizi", "f weekend wach tuteurs kayjawbo? o les commentaires 3la devoir imta kayweslo ghaliban?", ["tut-response-times"]),
    # tut-socio-cognitive-role
    ("arabizi", "chno howa rôle socio-cognitif dyal tuteur? kifach y3awen nas li 7assin rashom bou7dhom?", ["tut-socio-cognitive-role"]),
    ("fr", "Comment un tuteur peut-il entretenir le sentiment d'appartenance dans un MOOC quand chacun bosse seul le soir ?", ["tut-socio-cognitive-role"]),

    # ---- extra questions on topics trainers ask often
    ("fr", "J'ai cliqué sur Enregistrer pour mon devoir, mais est-ce qu'il est vraiment remis ? comment vérifier", ["dig-etakwine-submission"]),
    ("fr", "Un QCM peut-il servir à la fois en formatif et en sommatif ? je m'embrouille entre les deux", ["ass-formative-vs-summative"]),
    ("fr", "Mon compte est bloqué après trop d'essais et je n'ai plus accès à mon ancienne adresse mail, je fais quoi ?", ["dig-etakwine-login-password"]),
    ("fr", "Je suis malade cette semaine et mon devoir du module 3 tombe vendredi, est-ce que je peux demander un délai ?", ["faq-late-submission"]),
    ("fr", "Mon nom est mal orthographié sur l'attestation que j'ai téléchargée, comment le corriger ?", ["dig-etakwine-attestation"]),
    ("fr", "Combien de critères mettre dans une grille critériée et comment éviter les formules vagues genre 'assez bien' ?", ["ass-rubrics"]),
    ("fr", "Pour une question perso sur mon retard, je passe par où pour joindre mon tuteur, le forum ou la messagerie ?", ["faq-contact-tutor"]),
    ("fr", "3 à 4 heures par semaine c'est vraiment suffisant pour le MOOC ? comment je les répartis ?", ["faq-weekly-hours", "fac-time-management"]),
    ("msa", "ما الذي يجب التأكد منه بعد رفع الواجب على المنصة حتى يُعتبر مسلّما فعلا؟", ["dig-etakwine-submission"]),
    ("msa", "أعطني أمثلة على تقنيات للتقويم التكويني يمكن استعمالها أثناء الحصة", ["ass-formative"]),
    ("msa", "لم تسمح لي ظروفي بحضور الحصة المباشرة مساء الخميس، فكيف أستدرك ما فاتني؟", ["faq-missed-live"]),
    ("msa", "لم يصلني بريد إعادة تعيين كلمة المرور الخاصة بالمنصة، فما العمل؟", ["dig-etakwine-login-password"]),
    ("msa", "كم مقوّما ينبغي أن يصحح كل إنتاج في التقويم بين الأقران، وهل يبقى المقوّم مجهول الهوية؟", ["ass-peer"]),
    ("msa", "أنا متوتر لأن أول حصة تكوينية لي ستكون الأسبوع المقبل، فكيف أحضرها خطوة خطوة؟", ["eng-session-preparation"]),
    ("msa", "طلب مني شخص مبلغا ماليا مقابل تسليمي شهادة المساق، هل هذا أمر طبيعي؟", ["faq-free"]),
    ("msa", "الفيديوهات في المنصة لا تشتغل عندي بسبب ضعف الصبيب، ما الحلول الممكنة؟", ["dig-etakwine-technical"]),
    ("darija", "نسيت الموت دو باس ديال لابلاتفورم وما وصلنيش الإيمايل، شنو ندير؟", ["dig-etakwine-login-password"]),
    ("darija", "فين نلقى التسجيلات ديال اللايفات؟ وحتى لإمتى كيبقاو كاينين؟", ["faq-recordings"]),
    ("darija", "واش نقدر نتبع الموك من التيليفون بلا ما نسالي لانطيرنيت ديالي؟", ["faq-mobile"]),
    ("darija", "كيفاش نعطي ملاحظات للستاجير على الفيش ديالو بلا ما نحبطو؟", ["ass-feedback"]),
    ("darija", "واش لاطيستاسيون ديال هاد الموك كتحسب فالترقية؟", ["faq-attestation-career"]),
    ("darija", "التقويم بين الزملاء فالموك، واش خاصني نصحح لخرين قبل ما نشوف النقطة ديالي؟", ["ass-peer"]),
    ("darija", "شي واحد فالواتساب كيقول خاصك تخلص باش تاخد لاطيستاسيون، واش بصح؟", ["faq-free"]),
    ("darija", "الديفوار ديال الموديل 2 باقي ما كملتوش والأجل قرب، واش نقدر نطلب تمديد من المؤطر؟", ["faq-late-submission"]),
    ("arabizi", "bghit nsjel f e-Takwine o kayqoli l'adresse déjà utilisée, chno ndir?", ["dig-etakwine-registration"]),
    ("arabizi", "t9ta3 liya internet nhar deadline dyal devoir, wach y9blo liya retard?", ["faq-late-submission"]),
    ("arabizi", "ch7al mn sa3a f simana khassni nkhdem 3la MOOC?", ["faq-weekly-hours"]),
    ("arabizi", "kifach nbni grille critériée l devoir dyal module 4? ch7al mn critère?", ["ass-rubrics"]),
    ("arabizi", "3lach devoir dyali mazal brouillon f plateforme? dert enregistrer w safi", ["dig-etakwine-submission"]),
    ("arabizi", "fin kaynin enregistrements dyal les classes virtuelles? 9lbt 3lihom ma l9ithomch", ["faq-recordings"]),
    ("arabizi", "kanhess rassi bou7di f had MOOC, kayna chi tari9a nl9a groupe nkhdem m3ah?", ["tut-peer-support"]),
    ("arabizi", "bghit nbeddel cohorte 7it 3ndi congé, wach momkin?", ["faq-change-cohort"]),
]

OUT_OF_SCOPE = {
    "fr": [
        "Quand est-ce que les résultats du mouvement de mutation des formateurs seront publiés cette année ?",
        "Vous pouvez m'aider à calculer mes droits à la retraite anticipée ?",
        "Quelle est la meilleure recette de tajine aux pruneaux pour le repas de fin de formation ?",
        "Mon ordinateur portable ne s'allume plus depuis ce matin, vous savez comment le réparer ?",
        "Tu peux me traduire cette lettre en anglais pour ma demande de visa ?",
        "Qui a gagné le match du Raja hier soir ?",
        "Comment résoudre une équation du second degré ? c'est pour mon fils en 1ère bac",
        "Je voudrais savoir si mon salaire de novembre inclura le rappel de l'augmentation",
        "Rédige-moi une demande de congé administratif adressée au directeur du centre",
        "Quelle formule Excel utiliser pour calculer une moyenne pondérée dans un tableau ?",
    ],
    "msa": [
        "متى سيتم الإعلان عن نتائج مباراة التبريز هذه السنة؟",
        "كيف أحسب الضريبة على الدخل المقتطعة من أجرتي الشهرية؟",
        "ما أفضل الوجهات السياحية في شمال المغرب خلال العطلة الربيعية؟",
        "هل يمكنك أن تكتب لي قصيدة بمناسبة تقاعد زميلي؟",
        "ما موعد صرف منحة عيد الأضحى لموظفي التعليم؟",
        "كيف أثبت نظام ويندوز 11 على حاسوبي القديم؟",
        "ما شروط الترشح لمهمة التدريس بالخارج في إطار التعاون الدولي؟",
        "ما أعراض الأنفلونزا وكيف أعالجها في البيت؟",
        "ما رأيك في الوضع السياسي الحالي والانتخابات المقبلة؟",
        "كيف أحل خلافا مع جاري حول مكان ركن السيارة؟",
    ],
    "darija": [
        "إمتى غادي يخلصونا الترقية ديال العام اللي فات؟",
        "شكون اللي ربح البطولة هاد العام؟ الماتش ديال الوداد كان واعر",
        "عافاك عطيني شي وصفة ديال الحريرة خفيفة لرمضان",
        "التيليفون ديالي طاح ليه الما، كيفاش نصلحو؟",
        "بغيت نشري طوموبيل مستعملة، شنو تنصحني؟",
        "كيفاش نجدد البطاقة الوطنية ديالي؟ تسالات",
        "ولدي عندو امتحان ديال الفيزيك غدا، عاونو يفهم درس الكهرباء",
        "شنو هوما الوراق اللي خاصني باش نطلب الانتقال لمدينة أخرى؟",
        "بغيت نصايب سيفي مزيان باش نقدم فشي شركة خاصة",
        "واش كاين شي كريدي ديال السكن بفائدة مزيانة لرجال التعليم؟",
    ],
    "arabizi": [
        "imta ghadi ykhrjo natayej dyal concours dyal inspecteurs?",
        "chkon a7ssan smartphone b 2000 dh?",
        "bghit nmchi l'3omra had l3am, ch7al katkallef?",
        "3afak ktb liya rapport dyal conseil de classe dyal lycée",
        "wach l'grève dyal les syndicats ghadi tkon had simana?",
        "kifach nrécupéri compte Facebook dyali li t9rsan?",
        "salaire dyal formateur f CRMEF ch7al f échelle 11?",
        "fin kayn a7ssan restaurant f Rabat l dîner m3a l3a2ila?",
        "3tini programme dyal sport bach n9ss lwazn",
        "kifach n3mer déclaration dyal impôts online?",
    ],
}

CALENDAR = {
    "fr": [
        "C'est quand la date limite pour rendre le devoir du module 2 sur le scénario de formation ?",
        "La classe virtuelle du module 5, elle commence à quelle heure ?",
        "Quand est-ce que le module 4 ouvre ?",
    ],
    "msa": [
        "ما آخر أجل لإيداع واجب الحصيلة النهائية والملف المهني؟",
        "متى تنعقد الحصة المباشرة الختامية وكم تدوم؟",
        "في أي تاريخ تنتهي المجزوءة الثالثة؟",
    ],
    "darija": [
        "إمتى آخر أجل ديال الديفوار ديال الموديل 1؟",
        "اللايف ديال الموديل 6 شمن نهار وشمن ساعة؟",
        "إمتى كيتسد الموديل 5 ديال المواكبة؟",
    ],
    "arabizi": [
        "imta deadline dyal devoir dyal grille d'évaluation f module 4?",
        "la classe virtuelle dyal module 3 imta o f ch7al?",
        "imta kaybda MOOC o imta kaysali?",
    ],
}

HUMAN = {
    "fr": [
        "Je voudrais parler à une vraie personne de l'équipe, pas à un robot.",
        "Pouvez-vous me mettre en contact avec un tuteur humain svp ?",
        "Passez-moi quelqu'un de l'équipe pédagogique, j'ai besoin d'en discuter directement.",
    ],
    "msa": [
        "أريد التحدث مع شخص حقيقي من فريق التأطير من فضلك.",
        "هل يمكن تحويلي إلى مؤطر بشري؟",
        "لا أريد جوابا آليا، أرجو أن يتواصل معي أحد أعضاء الفريق.",
    ],
    "darija": [
        "بغيت نهضر مع شي بنادم ماشي روبو",
        "عافاك وصلني بشي مؤطر حقيقي",
        "واش كاين شي واحد من الفريق نقدر نتكلم معاه نيشان؟",
    ],
    "arabizi": [
        "bghit nhder m3a chi 7ed 7a9i9i machi robot",
        "3afak 7awelni l chi tuteur humain",
        "kayn chi wa7ed mn l'équipe n9der nhder m3ah direct?",
    ],
}

SOCIAL = {
    "fr": ["Bonjour Rafiq !", "Merci beaucoup, c'était très clair", "Bonne soirée, à demain"],
    "msa": ["السلام عليكم، كيف حالك؟", "شكرا جزيلا على المساعدة", "جزاك الله خيرا، إلى اللقاء"],
    "darija": ["سلام رفيق، لاباس عليك؟", "شكرا بزاف، الله يعطيك الصحة", "تصبح على خير"],
    "arabizi": ["salam labas?", "merci bzaf a sahbi", "bslama, nchoufok ghda"],
}

# ---------------------------------------------------------------- dialogues
def A(*s): return {"kind": "answer", "sections": list(s)}
def C(): return {"kind": "clarify"}
def CC(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}

DIALOGUES = {
    "fr": [
        [("Comment donner un retour utile à un stagiaire sur sa fiche de préparation ?", A("ass-feedback")),
         ("Tu peux me donner un exemple concret de commentaire ?", EX("ass-feedback"))],
        [("l'évaluation ?", C()),
         ("Je parlais de l'évaluation entre pairs dans le MOOC", CC("ass-peer")),
         ("Et si un collègue me met une note injuste, je fais quoi ?", A("ass-peer"))],
        [("C'est quoi la formation inversée exactement ?", A("eng-flipped")),
         ("Tu peux me répondre en arabe ? c'est pour le partager avec mes collègues", OL("ar", "eng-flipped"))],
        [("Comment observer la classe d'un stagiaire ?", A("sup-observation")),
         ("Et la grille, je la construis comment ?", A("sup-observation-grid")),
         ("Et l'entretien après, il se passe comment ?", A("sup-post-observation-interview"))],
        [("Comment je dépose mon devoir sur e-Takwine ?", A("dig-etakwine-submission")),
         ("Et celui du module 3, c'est pour quand ?", CAL)],
        [("J'ai raté la classe virtuelle hier, je fais comment pour rattraper ?", A("faq-missed-live")),
         ("Et l'enregistrement, on le trouve où ?", A("faq-recordings")),
         ("La prochaine classe virtuelle c'est quand ?", CAL)],
        [("attestation", C()),
         ("Je veux savoir comment la télécharger quand j'aurai fini le MOOC", CC("dig-etakwine-attestation")),
         ("Et est-ce qu'elle compte pour ma carrière ?", A("faq-attestation-career"))],
        [("Je ne pourrai pas rendre mon devoir à temps, est ce que je peux avoir un délai ?", A("faq-late-submission")),
         ("Ok, je préfère en parler directement avec un tuteur humain", HUM)],
        [("C'est quoi une grille d'évaluation critériée ?", A("ass-rubrics")),
         ("Donne-moi un exemple de critères pour évaluer une fiche de préparation", EX("ass-rubrics"))],
        [("groupes ?", C()),
         ("Je voulais dire comment organiser le travail en groupe pendant mes séances", CC("fac-group-work")),
         ("Explique-moi ça en arabe s'il te plait", OL("ar", "fac-group-work"))],
    ],
    "msa": [
        [("ما هو التقويم التشخيصي؟", A("ass-diagnostic")),
         ("هل يمكنك أن تعطيني مثالا عليه في مادة الرياضيات؟", EX("ass-diagnostic"))],
        [("الشبكة", C()),
         ("أقصد شبكة الملاحظة التي أستعملها عند زيارة المتدرب في القسم", CC("sup-observation-grid")),
         ("أعطني مثالا على شبكة من هذا النوع", EX("sup-observation-grid"))],
        [("ما المقصود بالممارسة التأملية؟", A("sup-reflective-practice")),
         ("أرجو أن تعيد الجواب بالفرنسية لأشاركه مع زميل لا يقرأ العربية", OL("fr", "sup-reflective-practice"))],
        [("كيف أسترجع كلمة المرور لمنصة e-Takwine؟", A("dig-etakwine-login-password")),
         ("وإذا لم يعد بإمكاني الدخول إلى بريدي القديم؟", A("dig-etakwine-login-password")),
         ("ومتى آخر أجل لواجب تحليل الحاجات في المجزوءة الثانية؟", CAL)],
        [("ما دور المرشد مع الأستاذ المبتدئ؟", A("sup-mentoring")),
         ("وماذا عن مجتمعات التعلم المهنية، كيف نطلقها في المؤسسة؟", A("sup-learning-communities")),
         ("أعطني مثالا على سؤال عمل مشترك يمكن أن تشتغل عليه", EX("sup-learning-communities"))],
        [("التقويم؟", C()),
         ("أريد أن أفهم الفرق بين التكويني والإجمالي", CC("ass-formative-vs-summative")),
         ("بالفرنسية من فضلك", OL("fr", "ass-formative-vs-summative"))],
        [("كيف أتواصل مع مؤطري؟", A("faq-contact-tutor")),
         ("أفضل أن تحولني الآن إلى مؤطر بشري مباشرة", HUM)],
        [("ما هو نموذج SAMR؟", A("dig-ict-integration")),
         ("وضّح لي ذلك بمثال من حصة في المركز", EX("dig-ict-integration"))],
        [("المنتدى", C()),
         ("أقصد ما الذي يُمنع نشره فيه من إشهار وما شابه", CC("charter-no-spam")),
         ("وماذا يحدث إذا نشر أحدهم ذلك رغم المنع؟", A("charter-no-spam", "charter-moderation"))],
        [("كيف أنظم العمل في مجموعات أثناء الحصة؟", A("fac-group-work")),
         ("وإذا كان أحد المشاركين يستحوذ على الكلام داخل المجموعة؟", A("fac-difficult-situations")),
         ("متى تنعقد الحصة المباشرة حول تقنيات تنشيط المجموعات؟", CAL)],
    ],
    "darija": [
        [("شنو هو البورتفوليو؟", A("ass-portfolio")),
         ("عطيني مثال على شنو نحط فيه", EX("ass-portfolio"))],
        [("الديفوار", C()),
         ("بغيت نعرف كيفاش نحطو فلابلاتفورم", CC("dig-etakwine-submission")),
         ("وإلا تعطلت وفاتني الأجل، شنو ندير؟", A("faq-late-submission"))],
        [("كيفاش نوجد حصة تكوينية مزيانة؟", A("eng-session-preparation")),
         ("جاوبني بالفرونسي عافاك", OL("fr", "eng-session-preparation"))],
        [("شنو هو التدريس المصغر؟", A("fac-micro-teaching")),
         ("عطيني مثال على شي حركة نخدمو عليها", EX("fac-micro-teaching")),
         ("وإمتى اللايف ديال الموديل 3؟", CAL)],
        [("لاطيستاسيون", C()),
         ("واش كتحسب فالترقية ديالي", CC("faq-attestation-career")),
         ("قولها ليا بالفرونسي عافاك", OL("fr", "faq-attestation-career"))],
        [("كيفاش نحل مشكل الكونيكسيون فلابلاتفورم؟", A("dig-etakwine-login-password")),
         ("ما خدماتش، بغيت نهضر مع شي واحد من الفريق", HUM)],
        [("شنو هو البحث الإجرائي؟", A("sup-action-research")),
         ("وشنو الفرق بينو وبين الممارسة التأملية؟", A("sup-action-research", "sup-reflective-practice")),
         ("عطيني مثال باش يبان ليا الفرق", EX("sup-action-research", "sup-reflective-practice"))],
        [("التوتور", C()),
         ("بغيت نعرف شحال كياخد باش يجاوبني", CC("tut-response-times")),
         ("عطيني مثال كيفاش نكتب ليه إلا كان الأمر مستعجل", EX("tut-response-times"))],
        [("كيفاش نحافظ على الحماس ديال الناس فموك طويل؟", A("fac-motivation")),
         ("والناس اللي وقفو وما بقاوش كيدخلو، كيفاش نرجعوهم؟", A("tut-dropout-prevention")),
         ("قولها ليا بالفرنسية", OL("fr", "tut-dropout-prevention"))],
        [("شنو هو تحليل الحاجات؟", A("eng-needs-analysis")),
         ("ومن بعد كيفاش نكتب الأهداف؟", A("eng-objectives-competencies")),
         ("عطيني مثال ديال هدف مكتوب مزيان", EX("eng-objectives-competencies"))],
    ],
    "arabizi": [
        [("chno hiya l'évaluation formative?", A("ass-formative")),
         ("3tini exemple f la classe", EX("ass-formative"))],
        [("grille?", C()),
         ("grille d'évaluation critériée dyal devoir module 4", CC("ass-rubrics")),
         ("o imta deadline dyalo?", CAL)],
        [("kifach nsjel f e-Takwine?", A("dig-etakwine-registration")),
         ("jawbni b français 3afak", OL("fr", "dig-etakwine-registration"))],
        [("chno howa le mentorat dyal les enseignants jdad?", A("sup-mentoring")),
         ("3tini exemple dyal accord ndiro m3a débutant", EX("sup-mentoring"))],
        [("observation?", C()),
         ("kifach nhder m3a stagiaire mn ba3d ma nchof séance dyalo", CC("sup-post-observation-interview")),
         ("3awdha b français 3afak", OL("fr", "sup-post-observation-interview"))],
        [("nsit mot de passe dyal plateforme", A("dig-etakwine-login-password")),
         ("mazal ma khdamch, bghit nhder m3a chi 7ed mn l'équipe", HUM)],
        [("wach n9der n7et numéro dyali f forum?", A("charter-personal-data")),
         ("w ila t7abes message dyali b ghalat, kifach nconteste?", A("charter-appeal")),
         ("3tini exemple kifach nktb contestation", EX("charter-appeal"))],
        [("kifach nconcevoir formation hybride?", A("eng-hybrid")),
         ("w classe inversée, chno lfar9 binhom?", A("eng-flipped", "eng-hybrid")),
         ("b français 3afak", OL("fr", "eng-flipped", "eng-hybrid"))],
        [("ana tal9a", C()),
         ("ma fhemtch fin kaynin les modules o forum f plateforme", CC("dig-etakwine-navigation")),
         ("w la classe virtuelle dyal module 1 imta?", CAL)],
        [("chno lfar9 bin dawr Rafiq o dawr tuteur?", A("tut-pedagogical-role")),
         ("imta Rafiq kaydowwz la question l tuteur?", A("tut-rafiq-escalation")),
         ("3tini exemple", EX("tut-rafiq-escalation"))],
    ],
}

# ---------------------------------------------------------------- write
def main():
    rows = []
    for v in VARS:
        for var, q, exp in CONTENT:
            if var == v:
                rows.append(("content", v, q, exp))
    for kind, src in (("out_of_scope", OUT_OF_SCOPE), ("calendar", CALENDAR), ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for q in src[v]:
                rows.append((kind, v, q, []))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (kind, v, q, exp) in enumerate(rows):
            f.write(json.dumps({"id": "q%03d" % (i + 1), "question": q, "lang": LANG[v], "variety": v,
                                "expected": exp, "kind": kind}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        n = 0
        for v in VARS:
            for d in DIALOGUES[v]:
                n += 1
                f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                    "turns": [{"user": u, "expect": e} for u, e in d]}, ensure_ascii=False) + "\n")
    print(len(rows), "questions,", n, "dialogues")

if __name__ == "__main__":
    main()
