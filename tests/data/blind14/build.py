# -*- coding: utf-8 -*-
"""Blind evaluation set for Rafiq, typed by hand. Writes questions.jsonl and dialogues.jsonl next to this file.
Content questions are shuffled within each variety with a fixed seed."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------- content: (variety, expected ids, question)
CONTENT = [
    # charter-appeal
    ("fr", ["charter-appeal"], "Mon message sur le forum a été caché alors que je citais juste un proverbe en darija. Je peux faire quoi pour le récupérer ?"),
    ("msa", ["charter-appeal"], "كيف أعترض على قرار حجب مشاركتي في المنتدى؟ وهل سيؤثر ذلك سلبا علي؟"),
    # charter-moderation
    ("msa", ["charter-moderation"], "ما هي القرارات الممكنة التي يتخذها رفيق بشان رسالة منشورة في المنتدى؟"),
    ("darija", ["charter-moderation"], "واش رفيق هو اللي كيقرر يحبس الميساج ديالي ف الفوروم ولا كاين بنادم اللي كيشوف؟"),
    # charter-no-hate
    ("darija", ["charter-no-hate"], "واحد دار نكتة على ناس واحد المدينة ف الفوروم، واش هادشي مسموح ولا ممنوع؟"),
    ("arabizi", ["charter-no-hate"], "wach n9dar nhder 3la l'égalité filles garçons f forum wla dak chi sensible w mamnou3?"),
    # charter-no-spam
    ("arabizi", ["charter-no-spam"], "chi wa7ed kaybi3 des rapports de stage wajdin f forum, wach hadchi m9bol? chno ndir?"),
    ("fr", ["charter-no-spam"], "est-ce que j'ai le droit de mettre un lien vers un site intéressant sur le forum ou ça compte comme de la pub ?"),
    # charter-on-topic
    ("fr", ["charter-on-topic"], "Peut-on parler de politique ou de sport sur le forum du cours ?"),
    ("msa", ["charter-on-topic"], "أين يجب أن أنشر سؤالي المتعلق بالمجزوءة الثانية في المنتدى؟ وماذا يحدث لرسالة لا علاقة لها بالتكوين؟"),
    # charter-personal-data
    ("msa", ["charter-personal-data"], "هل يمكنني أن أضع رقم هاتفي في المنتدى حتى يتصل بي الزملاء بسرعة؟"),
    ("darija", ["charter-personal-data"], "حطيت تصويرة ديال لاكارط ناسيونال ف الفوروم بلا ما نرد البال، شنو غادي يوقع؟"),
    # charter-respect
    ("darija", ["charter-respect"], "واحد المشارك كيتبعني ف كاع السوجيات ديال الفوروم وكيضحك عليا، شنو خاصني ندير؟"),
    ("arabizi", ["charter-respect"], "wach l insultes b darija f forum kaytm7aw 7ta homa wla ghir b l3arbiya w lfrançais?"),
    # charter-welcome
    ("arabizi", ["charter-welcome"], "chno les messages li mzyanin n7ethom f forum? bghit nchark walakin ma3rftch chno mrghoub fih"),
    ("fr", ["charter-welcome"], "Quel genre de contributions sont appréciées sur le forum ? je sais pas trop quoi poster"),
    # faq-attestation-career
    ("fr", ["faq-attestation-career"], "l'attestation du mooc va compter pour ma promotion ou pas ?"),
    ("msa", ["faq-attestation-career"], "هل يمكن احتساب شهادة هذا المساق في ملف الترقية؟ ولمن أتوجه للتأكد؟"),
    # faq-change-cohort
    ("msa", ["faq-change-cohort"], "حصلت على رخصة مرضية طويلة، هل يمكنني الانتقال الى فوج لاحق؟"),
    ("darija", ["faq-change-cohort"], "واش نقدر نبدل الفوج؟ فكرت نصايب كونط جديد ونتسجل مع فوج آخر"),
    # faq-contact-tutor
    ("darija", ["faq-contact-tutor"], "كيفاش نتواصل مع المؤطر ديالي؟ عندي مشكل شخصي وما بغيتش نكتبو ف الفوروم"),
    ("arabizi", ["faq-contact-tutor"], "fin nl9a smiyat les tuteurs dyalna? w kifach nwslhom"),
    # faq-free
    ("arabizi", ["faq-free"], "wach l mooc b flouss? chi wa7ed tlab mni 200dh bach ysajlni"),
    ("fr", ["faq-free"], "Un collègue m'a dit qu'il faut payer pour avoir l'attestation, c'est vrai ?"),
    # faq-language
    ("fr", ["faq-language"], "Je peux rédiger mon devoir en arabe alors que le forum est plutôt en français ?"),
    ("msa", ["faq-language"], "هل يسمح بكتابة المشاركات في المنتدى بالدارجة او بالامازيغية؟"),
    # faq-late-submission
    ("msa", ["faq-late-submission"], "أنا مكلف بحراسة الامتحانات هذا الأسبوع ولن أستطيع إيداع الواجب في وقته، ماذا أفعل؟"),
    ("darija", ["faq-late-submission"], "ماقدرتش نصيفط الديفوار ف الوقت، واش باقي نقدر نحطو من بعد؟"),
    # faq-missed-live
    ("darija", ["faq-missed-live"], "فاتتني الكلاس فيرتويل ديال البارح حيت كان عندي اجتماع، شنو ندير باش نعوض؟"),
    ("arabizi", ["faq-missed-live"], "ma 7dertch la classe virtuelle, wach ghadi y7ydo liya des points wla la?"),
    # faq-mobile
    ("arabizi", ["faq-mobile"], "ma3ndich pc, wach n9dar ndir l mooc kamel mn telephone?"),
    ("fr", ["faq-mobile"], "Est-ce que je peux suivre le cours sur smartphone ? J'ai un petit forfait internet"),
    # faq-recordings
    ("fr", ["faq-recordings"], "Où je peux revoir la classe virtuelle enregistrée ? et je peux la partager dans notre groupe WhatsApp ?"),
    ("msa", ["faq-recordings"], "أين تنشر تسجيلات الحصص المباشرة وإلى متى تبقى متاحة؟"),
    # faq-weekly-hours
    ("msa", ["faq-weekly-hours"], "كم من الوقت ينبغي أن أخصص أسبوعيا لمتابعة المساق؟"),
    ("darija", ["faq-weekly-hours"], "شحال د السوايع ف السيمانة خاصني نخدم ف هاد الموك؟ أنا مشغول بزاف ف السونطر"),
    # prof-collaboration
    ("darija", ["prof-collaboration"], "غادي ندير كو-أنيماسيون مع زميلة ف حصة، كيفاش نتنظمو باش ما نتناقضوش قدام الستاجيير؟"),
    ("arabizi", ["prof-collaboration"], "kifach nharmoniziw la correction binatna ana w les collègues f l'équipe?"),
    # prof-continuing-development
    ("arabizi", ["prof-continuing-development"], "ana formateur jdid f crmef, f ach khassni nkawen rasi lowel?"),
    ("fr", ["prof-continuing-development"], "Comment continuer à me former tout au long de ma carrière de formateur sans attendre les stages officiels ?"),
    # prof-ethics
    ("fr", ["prof-ethics"], "Un stagiaire m'a confié un problème familial qui touche son stage. Jusqu'où je peux en parler avec mes collègues ?"),
    ("msa", ["prof-ethics"], "ما هي الواجبات المهنية للمكون تجاه سرية نقط المتدربين وتقارير تداريبهم؟"),
    # prof-identity
    ("msa", ["prof-identity"], "انتقلت من التدريس الى التكوين بالمركز الجهوي وأشعر أنني ما زلت أستاذا، هل هذا طبيعي؟"),
    ("darija", ["prof-identity"], "من نهار وليت فورماتور وأنا كنحس بلي ماشي فبلاصتي، كيفاش نبني هوية مهنية ديال المكون؟"),
    # prof-institutions
    ("darija", ["prof-institutions"], "شنو الفرق بين CRMEF و CFIE و COPE؟ وشنو علاقة القانون الإطار 51-17 بالخدمة ديالنا؟"),
    ("arabizi", ["prof-institutions"], "la feuille de route 2022-2026 chno kat3ni bnisba l formateur?"),
    # prof-posture
    ("arabizi", ["prof-posture"], "ana dima kandir cours magistral, chno ma3na posture d'accompagnement w kifach nbdel?"),
    ("fr", ["prof-posture"], "c'est quoi concrètement accompagner les stagiaires au lieu de faire cours magistral ? on n'a plus le droit de faire un exposé ?"),
    # prof-research-informed
    ("fr", ["prof-research-informed"], "Les styles d'apprentissage visuel/auditif, c'est fiable ? je veux baser ma formation sur la recherche"),
    ("msa", ["prof-research-informed"], "كيف أستفيد من نتائج البحث التربوي في تحسين حصصي التكوينية؟ وما المصادر الموثوقة؟"),
    # prof-roles
    ("msa", ["prof-roles"], "ما الأدوار المختلفة التي يقوم بها مكون الأساتذة؟"),
    ("darija", ["prof-roles"], "أنا غير كنشرح الدروس للستاجيير، واش هادشي كافي؟ شنو هي الأدوار الأخرى ديال الفورماتور؟"),
    # prof-values
    ("darija", ["prof-values"], "شنو هي القيم اللي خاص الفورماتور يبينها للمتدربين؟ بحال التقاسم والتعاون"),
    ("arabizi", ["prof-values"], "kifach nwerri l valeurs dyal partage w ouverture l stagiaires b l'exemple machi ghir b lhadra?"),
    # eng-alignment
    ("arabizi", ["eng-alignment"], "chno howa l'alignement pédagogique dyal Biggs? 3tini methal"),
    ("fr", ["eng-alignment"], "mon objectif c'est concevoir une grille mais mon examen c'est un QCM, est-ce que c'est cohérent ?"),
    # eng-evaluation-of-training
    ("fr", ["eng-evaluation-of-training"], "Comment savoir si ma formation a vraiment changé les pratiques des profs en classe ? j'ai entendu parler de Kirkpatrick"),
    ("msa", ["eng-evaluation-of-training"], "ما هي مستويات كيركباتريك الأربعة لتقويم عدة تكوينية؟"),
    # eng-flipped
    ("msa", ["eng-flipped"], "كيف أطبق التكوين المعكوس مع متدربين لا يملك بعضهم اتصالا جيدا بالانترنت؟"),
    ("darija", ["eng-flipped"], "شنو هي لا فورماسيون إنفيرسي؟ وكيفاش ندير مع اللي ماشافوش الفيديو قبل الحصة؟"),
    # eng-hybrid
    ("darija", ["eng-hybrid"], "بغيت نصمم تكوين هجين، شنو اللي نديرو ف البريزونسيال وشنو اللي نخليوه عن بعد؟"),
    ("arabizi", ["eng-hybrid"], "kifach ndir formation hybride bla ma nzid l charge 3la les participants?"),
    # eng-mooc-formats
    ("arabizi", ["eng-mooc-formats"], "chno lfar9 bin spoc w xmooc w cmooc?"),
    ("fr", ["eng-mooc-formats"], "Pour une promo de stagiaires CRMEF qu'on doit certifier, un MOOC ou un SPOC c'est mieux ?"),
    # eng-needs-analysis
    ("fr", ["eng-needs-analysis"], "L'administration nous demande « une formation sur le numérique ». Comment savoir quel est le vrai besoin des enseignants ?"),
    ("msa", ["eng-needs-analysis"], "ما الفرق بين الطلب والرغبة والحاجة عند تحليل حاجات التكوين؟"),
    # eng-objectives-competencies
    ("msa", ["eng-objectives-competencies"], "كيف أصوغ هدفا إجرائيا جيدا؟ وهل يصح استعمال فعل يعرف او يفهم؟"),
    ("darija", ["eng-objectives-competencies"], "شنو الفرق بين الكفاية والهدف؟ وكيفاش نستعمل التصنيف ديال بلوم؟"),
    # eng-session-preparation
    ("darija", ["eng-session-preparation"], "عندي حصة ديال 3 سوايع غدا، كيفاش نوجدها خطوة بخطوة؟"),
    ("arabizi", ["eng-session-preparation"], "kifach nwjd une séance de formation? chno khass ykon f la fiche de séance?"),
    # eng-task-scenarios
    ("arabizi", ["eng-task-scenarios"], "chno howa scénario pédagogique mbni 3la tâche? w chno les composantes dyalo"),
    ("fr", ["eng-task-scenarios"], "je dois concevoir un scénario par tâches pour le devoir du module 2, c'est quoi exactement une tâche complexe ?"),
    # eng-training-plan
    ("fr", ["eng-training-plan"], "Quelles infos doit contenir un plan de formation annuel pour une direction provinciale ?"),
    ("msa", ["eng-training-plan"], "ما هي خطوات بناء مخطط التكوين؟"),
    # fac-active-methods
    ("msa", ["fac-active-methods"], "ما هي الطرائق النشيطة التي تناسب تكوين الاساتذة؟ وكيف أختار بينها؟"),
    ("darija", ["fac-active-methods"], "بغيت نبدل من الإلقاء، عطيني شي ميتودات أكتيف نخدم بيهم مع الأساتذة"),
    # fac-adult-learners
    ("darija", ["fac-adult-learners"], "شنو هي الأندراغوجيا؟ واش الكبار كيتعلمو بحال الدراري الصغار؟"),
    ("arabizi", ["fac-adult-learners"], "les stagiaires dyali 3ndhom expérience kbira w kay9awmo ay 7aja jdida, kifach nt3amel m3ahom?"),
    # fac-difficult-situations
    ("arabizi", ["fac-difficult-situations"], "3ndi wa7ed f l groupe kayakhod lkelma dima w ma kaykhlli 7ta wa7ed yhder, chno ndir?"),
    ("fr", ["fac-difficult-situations"], "Un participant conteste tout ce que je dis devant le groupe, comment réagir sans l'humilier ?"),
    # fac-group-work
    ("fr", ["fac-group-work"], "Comment organiser un travail de groupe où tout le monde participe vraiment ? j'ai toujours 1 ou 2 qui font tout"),
    ("msa", ["fac-group-work"], "كم ينبغي أن يكون عدد أفراد المجموعة؟ وما الأدوار التي يمكن توزيعها عليهم؟"),
    # fac-micro-teaching
    ("msa", ["fac-micro-teaching"], "ما هو التدريس المصغر وما هي مراحله؟"),
    ("darija", ["fac-micro-teaching"], "بغيت ندير ميكرو-أنسينيمون مع الستاجيير، واش نصورهم؟ وشحال خاص تكون المدة؟"),
    # fac-motivation
    ("darija", ["fac-motivation"], "الناس كيبداو الموك بحماس ومن بعد كيطيحو، كيفاش نحافظ على الموتيفاسيون ديالهم؟"),
    ("arabizi", ["fac-motivation"], "chno hiya théorie d'autodétermination w kifach nst3melha bach nmotivi les participants?"),
    # fac-online-anxiety
    ("arabizi", ["fac-online-anxiety"], "kan5af nkteb f forum 7it l inspecteur kay9ra, kan7es b stress, chno ndir?"),
    ("fr", ["fac-online-anxiety"], "Je stresse à chaque fois que je dois déposer quelque chose sur la plateforme, j'ai peur de mal faire. Des conseils ?"),
    # fac-opening-closing
    ("fr", ["fac-opening-closing"], "Des idées de brise-glace pour démarrer avec un nouveau groupe ? et comment bien terminer la séance ?"),
    ("msa", ["fac-opening-closing"], "كيف أختتم حصة تكوينية بشكل جيد عندما يضيق الوقت؟"),
    # fac-time-management
    ("msa", ["fac-time-management"], "كيف أوزع الوقت داخل حصة تكوينية حتى لا أضحي بالتركيب في النهاية؟"),
    ("darija", ["fac-time-management"], "ديما كيسالي الوقت قبل ما نكمل، كيفاش نتحكم ف الوقت ديال الحصة؟"),
    # ass-certificates-badges
    ("darija", ["ass-certificates-badges"], "شنو الفرق بين أتيستاسيون ديال المشاركة والسيرتيفيكا ديال النجاح والأوبن بادج؟"),
    ("arabizi", ["ass-certificates-badges"], "open badge chno howa? w wach kayswa b7al diplôme?"),
    # ass-diagnostic
    ("arabizi", ["ass-diagnostic"], "bghit ndir évaluation diagnostique f lbdya dyal module, kifach? w wach n7et 3liha note?"),
    ("fr", ["ass-diagnostic"], "À quoi sert un test diagnostique en début d'année si on ne le note pas ?"),
    # ass-feedback
    ("fr", ["ass-feedback"], "Comment rédiger un commentaire utile sur la production d'un stagiaire sans le décourager ?"),
    ("msa", ["ass-feedback"], "ما هي خصائص التغذية الراجعة الفعالة حسب هاتي وتيمبرلي؟"),
    # ass-formative-vs-summative
    ("msa", ["ass-formative-vs-summative"], "ما الفرق بين التقويم التكويني والتقويم الاجمالي؟ وكيف نجمع بينهما في مجزوءة واحدة؟"),
    ("darija", ["ass-formative-vs-summative"], "واش نفس الكويز يقدر يكون تكويني ولا إجمالي؟ مافهمتش الفرق بيناتهم"),
    # ass-formative
    ("darija", ["ass-formative"], "عطيني شي تقنيات ديال التقويم التكويني نخدم بيهم مع الستاجيير"),
    ("arabizi", ["ass-formative"], "wach l'évaluation formative khassha tkon notée? ana kan3ti note f kol contrôle w kansmih formatif"),
    # ass-peer
    ("arabizi", ["ass-peer"], "f l mooc kay9olo lina n corrigiw devoirs dyal b3diyatna, kifach had l'évaluation par les pairs katkhdem?"),
    ("fr", ["ass-peer"], "j'ai peur que l'évaluation par les pairs soit injuste, des collègues du même centre vont se noter entre eux... comment la rendre fiable ?"),
    # ass-portfolio
    ("fr", ["ass-portfolio"], "Qu'est-ce qu'on met dans le portfolio d'apprentissage d'un stagiaire ?"),
    ("msa", ["ass-portfolio"], "ما الفرق بين ملف الانجاز التعلمي وملف العرض؟ وكيف يقوم؟"),
    # ass-rubrics
    ("msa", ["ass-rubrics"], "أشتغل على واجب المجزوءة الرابعة، كيف أبني شبكة تقويم معيارية؟ وكم معيارا أختار؟"),
    ("darija", ["ass-rubrics"], "شنو الفرق بين المعيار والمؤشر ف لا گريل ديال التقويم؟"),
    # ass-self-assessment
    ("darija", ["ass-self-assessment"], "كيفاش نخلي الستاجيير يقيمو راسهم بلا ما يعطيو لراسهم نقطة على خاطرهم؟"),
    ("arabizi", ["ass-self-assessment"], "chno hiya métacognition? w chno 3la9tha b l'autoévaluation"),
    # ass-summative
    ("arabizi", ["ass-summative"], "kifach ndir évaluation sommative 3adila? chno howa tableau de spécification?"),
    ("fr", ["ass-summative"], "Quels sont les pièges d'une évaluation sommative de fin de module ?"),
    # sup-action-research
    ("fr", ["sup-action-research"], "Je veux faire une recherche-action avec ma classe de 2e bac : quelles sont les étapes ?"),
    ("msa", ["sup-action-research"], "ما هي القواعد الاخلاقية التي يجب احترامها في البحث الاجرائي؟"),
    # sup-analysis-of-practice
    ("msa", ["sup-analysis-of-practice"], "كيف تسير جلسة مجموعة تحليل الممارسات؟"),
    ("darija", ["sup-analysis-of-practice"], "الستاجيير رجعو من الستاج وعندهم مشاكل مع التلاميذ، واش نديرو معاهم جلسة ديال تحليل الممارسات؟ كيفاش؟"),
    # sup-development-plan
    ("darija", ["sup-development-plan"], "كيفاش نكتب المخطط الفردي ديال التنمية المهنية؟ شنو خاص يكون فيه؟"),
    ("arabizi", ["sup-development-plan"], "l plan individuel de développement pro, ch7al men objectif n7et fih?"),
    # sup-learning-communities
    ("arabizi", ["sup-learning-communities"], "bghina ndiro communauté d'apprentissage m3a les collègues, kifach nbdaw?"),
    ("fr", ["sup-learning-communities"], "Quelle différence entre une communauté d'apprentissage professionnelle et une réunion d'équipe classique ?"),
    # sup-mentoring
    ("fr", ["sup-mentoring"], "On m'a désigné mentor d'une enseignante débutante. Quel est mon rôle exactement ? je dois l'évaluer ?"),
    ("msa", ["sup-mentoring"], "ما هي صفات المرشد الجيد للأستاذ المبتدئ؟"),
    # sup-observation-grid
    ("msa", ["sup-observation-grid"], "كيف أبني شبكة ملاحظة لحصة في قسم متعدد المستويات؟"),
    ("darija", ["sup-observation-grid"], "شحال د الأبعاد خاص تكون ف لا گريل د لوبسيرفاسيون؟ وواش نعطي نقط من 1 ل 5؟"),
    # sup-observation
    ("darija", ["sup-observation"], "غادي نحضر حصة ديال ستاجيير ف القسم، شنو ندير قبل ووسط ومن بعد الحصة؟"),
    ("arabizi", ["sup-observation"], "f l'observation de classe, fin khassni ng3ed w chno nkteb?"),
    # sup-post-observation-interview
    ("arabizi", ["sup-post-observation-interview"], "men ba3d l visite dyal la classe, kifach ndir l'entretien m3a stagiaire?"),
    ("fr", ["sup-post-observation-interview"], "Après avoir observé une séance, comment mener l'entretien avec l'enseignant sans lui sortir une liste de défauts ?"),
    # sup-reflective-practice
    ("fr", ["sup-reflective-practice"], "C'est quoi la différence entre réflexion dans l'action et sur l'action chez Schön ?"),
    ("msa", ["sup-reflective-practice"], "ما هي أدوات تنمية الممارسة التأملية لدى الاساتذة المتدربين؟"),
    # dig-data-privacy
    ("msa", ["dig-data-privacy"], "هل يجوز لي نشر فيديو حصة صورتها في قسم فيه تلاميذ قاصرون داخل مجموعة واتساب للمتدربين؟"),
    ("darija", ["dig-data-privacy"], "شنو هو القانون 09-08؟ وشنو خاصني نعرف على المعطيات الشخصية ديال الستاجيير؟"),
    # dig-etakwine-attestation
    ("darija", ["dig-etakwine-attestation"], "كملت كاع الموديلات ومازال ماخرجاتش ليا الأتيستاسيون، علاش؟ وكيفاش نطيليشارجيها؟"),
    ("arabizi", ["dig-etakwine-attestation"], "smiti maktouba ghalta f l'attestation, chno ndir?"),
    # dig-etakwine-login-password
    ("arabizi", ["dig-etakwine-login-password"], "nsit l mot de passe dyal e-takwine, kifach nrécupérih?"),
    ("fr", ["dig-etakwine-login-password"], "Mon compte e-Takwine est bloqué après plusieurs essais et je n'ai plus accès à mon adresse mail, je fais comment ?"),
    # dig-etakwine-navigation
    ("fr", ["dig-etakwine-navigation"], "Le module 4 apparaît grisé sur mon tableau de bord, pourquoi ?"),
    ("msa", ["dig-etakwine-navigation"], "أين أجد الموارد والمنتدى داخل منصة e-Takwine؟"),
    # dig-etakwine-registration
    ("msa", ["dig-etakwine-registration"], "ما هي خطوات التسجيل في منصة e-Takwine؟"),
    ("darija", ["dig-etakwine-registration"], "بغيت نتسجل ف e-Takwine وكيقولي الإيمايل ديجا مستعمل، واش نحل كونط جديد بإيمايل آخر؟"),
    # dig-etakwine-submission
    ("darija", ["dig-etakwine-submission"], "حطيت الديفوار ف البلاتفورم ولكن المؤطر قال ليا ماشافوش، علاش؟"),
    ("arabizi", ["dig-etakwine-submission"], "ach mn format n7et bih devoir? pdf wla word? w ch7al l7ajm max?"),
    # dig-etakwine-technical
    ("arabizi", ["dig-etakwine-technical"], "les vidéos kayt9t3o lia dima w la page katbloka, chno ndir?"),
    ("fr", ["dig-etakwine-technical"], "Le bouton ne répond pas sur la plateforme et la page s'affiche mal, qui je dois contacter ?"),
    # dig-ict-integration
    ("fr", ["dig-ict-integration"], "C'est quoi le modèle SAMR ? un exemple de redéfinition en formation ?"),
    ("msa", ["dig-ict-integration"], "ماذا يعني نموذج TPACK وكيف أستعمله لاختيار أداة رقمية؟"),
    # dig-netiquette
    ("msa", ["dig-netiquette"], "ما هي قواعد اللباقة عند الكتابة في المنتدى او عبر البريد الالكتروني؟"),
    ("darija", ["dig-netiquette"], "واش الكتابة كلها بالماجيسكيل ف الميساج عيب؟ شنو هي النيتيكيت؟"),
    # dig-resources-copyright
    ("darija", ["dig-resources-copyright"], "لقيت فيديو فيه CC BY-NC-ND، واش نقدر نزيد ليه سوستيتر بالعربية؟"),
    ("arabizi", ["dig-resources-copyright"], "chno ma3na licence creative commons? w wach ay 7aja f internet n9der nakhdha?"),
    # tut-asking-good-questions
    ("arabizi", ["tut-asking-good-questions"], "kifach nkteb so2al mzyan l tuteur wla l rafiq bach yjawboni mzyan?"),
    ("fr", ["tut-asking-good-questions"], "Comment bien poser une question à Rafiq pour avoir la bonne réponse du premier coup ?"),
    # tut-dropout-prevention
    ("fr", ["tut-dropout-prevention"], "Comme tuteur, comment relancer les inscrits qui ne se connectent plus sans les faire fuir ?"),
    ("msa", ["tut-dropout-prevention"], "ما هي مؤشرات الانقطاع التي ينبغي تتبعها لدى المشاركين في المساق؟"),
    # tut-forum-facilitation
    ("msa", ["tut-forum-facilitation"], "كيف أنشط منتدى مساق مفتوح حتى يتعاون المشاركون فيما بينهم؟"),
    ("darija", ["tut-forum-facilitation"], "الفوروم ديال الموك عامر بسوجيات سميتهم عاونوني، كيفاش ننظموه؟"),
    # tut-organizational-role
    ("darija", ["tut-organizational-role"], "شنو هو الدور التنظيمي ديال المؤطر ف الموك؟"),
    ("arabizi", ["tut-organizational-role"], "jawni jouj messages fihom dates mkhtalfin dyal devoir, achmen wa7da n3tamed?"),
    # tut-pedagogical-role
    ("arabizi", ["tut-pedagogical-role"], "chno lfar9 bin chno kaydir rafiq w chno kaydir tuteur f l'accompagnement pédagogique?"),
    ("fr", ["tut-pedagogical-role"], "Quel est le rôle pédagogique du tuteur en ligne ? c'est lui qui corrige nos devoirs ?"),
    # tut-peer-support
    ("fr", ["tut-peer-support"], "Je me sens seul dans le MOOC, comment monter un groupe d'étude avec d'autres formateurs ?"),
    ("msa", ["tut-peer-support"], "كيف نكون مجموعة دراسة بين المشاركين في المساق؟ وما عدد أعضائها المناسب؟"),
    # tut-rafiq-escalation
    ("msa", ["tut-rafiq-escalation"], "متى يحيل رفيق سؤالي على مؤطر بشري؟ وكيف يصلني الجواب؟"),
    ("darija", ["tut-rafiq-escalation"], "إلا رفيق ماعرفش الجواب، شنو كيوقع للسؤال ديالي؟"),
    # tut-response-times
    ("darija", ["tut-response-times"], "شحال خاصني نتسنى باش يجاوبني المؤطر؟ سولتو هادي يومين"),
    ("arabizi", ["tut-response-times"], "rafiq kayjawb f ay wa9t? 7ta f lil w f weekend?"),
    # tut-socio-cognitive-role
    ("arabizi", ["tut-socio-cognitive-role"], "chno howa rôle socio-cognitif dyal tuteur f mooc?"),
    ("fr", ["tut-socio-cognitive-role"], "En tant que tuteur, comment entretenir le sentiment d'appartenance de participants qui bossent seuls le soir ?"),

    # ---- extra questions (8 per variety)
    ("fr", ["ass-formative-vs-summative"], "Un même QCM peut servir d'évaluation formative ET sommative ? je mélange les deux"),
    ("fr", ["dig-etakwine-submission"], "J'ai cliqué sur Enregistrer pour le devoir du module 2 vendredi soir, c'est bon ou il faut faire autre chose ?"),
    ("fr", ["tut-response-times", "faq-contact-tutor"], "Combien de temps faut-il attendre en général la réponse d'un tuteur ?"),
    ("fr", ["faq-late-submission"], "je serai malade le jour de la remise, comment obtenir une prolongation ?"),
    ("fr", ["dig-data-privacy", "tut-rafiq-escalation"], "Comment effacer tout ce que Rafiq garde sur moi ?"),
    ("fr", ["ass-rubrics"], "Pour évaluer des fiches de préparation, quels critères mettre dans la grille ? et est-ce que je peux utiliser « assez bien / très bien » comme niveaux ?"),
    ("fr", ["eng-session-preparation"], "Quelles étapes suivre pour passer d'un objectif à une séance concrète avec sa fiche ?"),
    ("fr", ["tut-rafiq-escalation", "tut-socio-cognitive-role"], "Si un collègue écrit à Rafiq qu'il va très mal moralement, qu'est-ce qui se passe ?"),

    ("msa", ["dig-etakwine-submission"], "ضغطت على زر الحفظ لكن الواجب لا يظهر كمسلم، ما السبب؟"),
    ("msa", ["faq-contact-tutor"], "ما هي القنوات المتاحة للتواصل مع المؤطر المكلف بفوجي؟"),
    ("msa", ["ass-peer"], "لماذا يطلب منا تقويم أعمال زملائنا في المساق؟ أليس هذا دور المؤطر؟"),
    ("msa", ["fac-online-anxiety"], "أشعر بالتوتر من استعمال المنصة وأخاف أن أخطئ أمام زملائي، كيف أتجاوز ذلك؟"),
    ("msa", ["dig-etakwine-login-password", "charter-no-spam"], "وصلتني رسالة باسم المنصة تطلب اسم المستخدم وكلمة المرور، ماذا أفعل؟"),
    ("msa", ["eng-alignment"], "كيف أتحقق من الانسجام بين أهداف المجزوءة وأنشطتها وطريقة تقويمها؟"),
    ("msa", ["sup-observation"], "ما الفرق بين الملاحظة الصفية والتفتيش؟"),
    ("msa", ["faq-missed-live"], "هل حضور الحصة المباشرة شرط للنجاح في المساق؟"),

    ("darija", ["faq-free"], "واش خاصني نخلص باش نتسجل ف الموك ديال الفورماتورات؟"),
    ("darija", ["dig-etakwine-login-password"], "الكونط ديالي تبلوكا من بعد ما دخلت الموديباس غالط بزاف د المرات"),
    ("darija", ["ass-peer"], "واش الزملاء غادي يشوفو سميتي ملي يصححو الديفوار ديالي؟ والنقطة كيفاش كتحسب؟"),
    ("darija", ["fac-difficult-situations"], "كاين واحد الستاجيير ديما ساكت وما مهتمش ف الحصة، كيفاش نتعامل معاه؟"),
    ("darija", ["tut-peer-support"], "بغيت ندير مجموعة ديال المراجعة مع صحابي ف الموك، شحال نكونو؟ وفين نتلاقاو؟"),
    ("darija", ["ass-summative"], "كيفاش نوجد امتحان آخر الموديل يكون عادل وماشي غير حفظ؟"),
    ("darija", ["dig-etakwine-technical"], "الكاميرا والميكرو ماخدامينش ف الكلاس فيرتويل، شنو ندير قبل ما تبدا؟"),
    ("darija", ["eng-needs-analysis"], "بغيت نعرف شنو محتاجين الأساتذة قبل ما نوجد التكوين، كيفاش نجمع المعلومات؟"),

    ("arabizi", ["ass-formative-vs-summative"], "formative w sommative, kifach njm3hom f nafs l module?"),
    ("arabizi", ["dig-etakwine-registration"], "f l'inscription, smiya w lknya nktebhom kifach? 7it ghadi ykhrjo f l'attestation"),
    ("arabizi", ["faq-late-submission"], "devoir dyal module 3 fat l ajal b sa3a, wach ba9i n9der n7to?"),
    ("arabizi", ["ass-rubrics"], "ch7al mn critère khass ykon f grille critériée?"),
    ("arabizi", ["fac-time-management"], "kifach nwzza3 lw9t f séance bach nl7a9 l synthèse?"),
    ("arabizi", ["faq-weekly-hours", "fac-time-management"], "ch7al mn sa3a f simana khassni n3ti l mooc? w kifach nnedem lw9t dyali?"),
    ("arabizi", ["charter-personal-data"], "wach n9dar n7et numero dyali f forum bach les collègues ytwaslo bia?"),
    ("arabizi", ["sup-reflective-practice"], "journal de bord dyal pratique réflexive, chno nkteb fih?"),
]

# ---------------------------------------------------------------- other kinds: {kind: {variety: [questions]}}
OTHER = {
    "out_of_scope": {
        "fr": [
            "Quelle est la meilleure recette de tajine aux pruneaux ?",
            "Qui a gagné le dernier derby Raja-Wydad ?",
            "Comment obtenir un visa Schengen pour aller en France cet été ?",
            "Quel crédit immobilier choisir quand on est fonctionnaire ?",
            "Comment faire un tableau croisé dynamique dans Excel ?",
            "Quel temps fera-t-il à Ifrane ce week-end ?",
            "Tu connais un bon garagiste à Casablanca ?",
            "Comment cultiver des tomates sur un balcon ?",
            "Comment changer l'huile de ma voiture moi-même ?",
            "Quels sont les horaires du train Al Boraq entre Tanger et Rabat ?",
        ],
        "msa": [
            "ما هي أفضل طريقة لتحضير الكسكس؟",
            "من هو هداف البطولة الوطنية لكرة القدم هذا الموسم؟",
            "كيف أستثمر مدخراتي في البورصة؟",
            "ما هي أجمل الأماكن السياحية في شفشاون؟",
            "كيف أثبت نظام ويندوز على حاسوب جديد؟",
            "ما أعراض الانفلونزا الموسمية وكيف أعالجها؟",
            "كيف أحسب الضريبة على الدخل في المغرب؟",
            "ما هو سعر صرف الأورو اليوم؟",
            "اقترح علي برنامجا رياضيا لإنقاص الوزن",
            "كيف أحجز تذكرة طيران رخيصة إلى إسطنبول؟",
        ],
        "darija": [
            "شنو هي الطريقة ديال الحريرة ديال رمضان؟",
            "شكون ربح الماتش ديال البارح؟",
            "فين نقدر نشري طوموبيل مستعملة رخيصة ف الرباط؟",
            "كيفاش ندير دارت مع الجيران بلا مشاكل؟",
            "واش كاين شي بلاصة زوينة نسافر ليها ف الصيف ف الشمال؟",
            "كيفاش نحيد الفيروس من البيسي ديالي؟",
            "شنو ندير للكحة ديال الولد الصغير؟",
            "بشحال الحولي هاد العام؟",
            "كيفاش نصاوب حلوة ديال كعب غزال؟",
            "شنو هو أحسن بنك باش نحل فيه كونط؟",
        ],
        "arabizi": [
            "chkoun ghadi yrb7 la coupe d'afrique?",
            "kifach ntyb pastilla dyal l7out?",
            "bghit nmchi l marrakech f weekend, chi riad rkhis?",
            "kifach ndir montage video f capcut?",
            "wach mzyan nchri dhab daba wla nstenna?",
            "chno ndir bach nn3s mzyan f lil?",
            "fin kayn a7san gym f agadir?",
            "kifach nakhod l permis dyal sya9a b zerba?",
            "ch7al taman dyal iphone jdid f lmaghrib?",
            "wach chi wa7ed 3ndo recette dyal msemen?",
        ],
    },
    "calendar": {
        "fr": [
            "C'est quand la date limite du devoir du module 3 ?",
            "La classe virtuelle du module 5 est à quelle heure ?",
            "Quand commence le module 6 ?",
        ],
        "msa": [
            "متى ينتهي الفوج 2026-B؟",
            "ما هو آخر أجل لإيداع الحصيلة النهائية والملف المهني؟",
            "متى تنعقد الحصة المباشرة الخاصة بالمجزوءة الثانية؟",
        ],
        "darija": [
            "إمتا كيتسد الموديل 4؟",
            "شحال كتدوم الحصة الختامية ديال الفوج؟",
            "إمتا خاصني نصيفط الديفوار ديال تحليل الحاجات؟",
        ],
        "arabizi": [
            "imta akhir ajal dyal devoir lowel f module 1?",
            "la classe virtuelle dyal module 4 f ina nhar?",
            "module 5 imta kaybda w imta kaysala?",
        ],
    },
    "human": {
        "fr": [
            "Je voudrais parler à un vrai tuteur s'il vous plaît",
            "Passez-moi un humain",
            "Est-ce que quelqu'un de l'équipe peut me répondre directement ?",
        ],
        "msa": [
            "أريد التحدث مع مؤطر بشري من فضلك",
            "هل يمكن أن تحيلني على أحد أعضاء الفريق؟",
            "لا أريد جوابا آليا، أريد شخصا حقيقيا",
        ],
        "darija": [
            "بغيت نهضر مع شي مؤطر بنادم ماشي روبو",
            "عافاك دوزني لشي واحد من الفريق",
            "واش كاين شي حد حقيقي نقدر نتكلم معاه؟",
        ],
        "arabizi": [
            "bghit nhder m3a tuteur 3afak",
            "wach kayn chi bnadem f l'équipe ndwi m3ah?",
            "3tini chi wa7ed 7a9i9i machi robot",
        ],
    },
    "social": {
        "fr": [
            "Bonjour Rafiq !",
            "Merci beaucoup, c'était très clair",
            "j'en peux plus, trop de boulot, j'ai envie de tout laisser tomber",
        ],
        "msa": [
            "السلام عليكم، مساء الخير",
            "شكرا جزيلا على المساعدة",
            "أشعر بالإحباط وأفكر في التوقف عن متابعة المساق",
        ],
        "darija": [
            "السلام، لاباس؟",
            "الله يجازيك بخير، فادتني بزاف",
            "عييت صافي، ماقديتش نتبع، بغيت نحبس",
        ],
        "arabizi": [
            "salam rafiq, labas 3lik?",
            "choukran bzaf a khoya",
            "3yit, ma9aderch nkmel had lmooc, kolchi t9al 3liya",
        ],
    },
}

# ---------------------------------------------------------------- dialogues: (variety, [(user, expect), ...])
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CAL = {"kind": "calendar"}
HUM = {"kind": "human"}
CLA = {"kind": "clarify"}

DIALOGUES = [
    # ---- fr
    ("fr", [("C'est quoi le micro-enseignement ?", A("fac-micro-teaching")),
            ("Tu peux me donner un exemple concret, avec un geste à travailler ?", EX("fac-micro-teaching"))]),
    ("fr", [("Comment ça marche l'évaluation par les pairs dans le MOOC ?", A("ass-peer")),
            ("Tu peux me redire ça en arabe pour une collègue ?", OL("ar", "ass-peer"))]),
    ("fr", [("grille ?", CLA),
            ("la grille d'observation, pour une visite de classe", CF("sup-observation-grid")),
            ("ok, et un exemple de grille pour une classe multiniveaux ?", EX("sup-observation-grid"))]),
    ("fr", [("Comment on construit une grille d'évaluation critériée ?", A("ass-rubrics")),
            ("Et le devoir sur la grille, il est à rendre quand ?", CAL)]),
    ("fr", [("Je n'arrive pas à me connecter, j'ai oublié mon mot de passe", A("dig-etakwine-login-password")),
            ("J'ai essayé, le lien ne marche toujours pas, je veux parler à quelqu'un de l'équipe", HUM)]),
    ("fr", [("Comment préparer une séance de formation de trois heures ?", A("eng-session-preparation")),
            ("Et pour le début de la séance, quelles activités d'accueil proposer ?", A("fac-opening-closing"))]),
    ("fr", [("l'attestation", CLA),
            ("comment la télécharger sur la plateforme", CF("dig-etakwine-attestation"))]),
    ("fr", [("Quand est la classe virtuelle du module 3 ?", CAL),
            ("Si je la rate, comment je rattrape ?", A("faq-missed-live"))]),
    ("fr", [("C'est quoi la formation inversée ?", A("eng-flipped")),
            ("Un exemple pour une séance au CRMEF ?", EX("eng-flipped")),
            ("Merci, et en arabe stp, pour mes stagiaires arabophones", OL("ar", "eng-flipped"))]),
    ("fr", [("Que faire si un participant monopolise la parole en séance ?", A("fac-difficult-situations")),
            ("Et sur le forum, si quelqu'un m'insulte ?", A("charter-respect")),
            ("Je préfère en parler directement avec mon tuteur", HUM)]),
    # ---- msa
    ("msa", [("ما المقصود بالتقويم التشخيصي؟", A("ass-diagnostic")),
             ("أعطني مثالا تطبيقيا في بداية مجزوءة", EX("ass-diagnostic"))]),
    ("msa", [("كيف أودع واجبا في المنصة؟", A("dig-etakwine-submission")),
             ("هل يمكنك إعادة الشرح بالفرنسية؟", OL("fr", "dig-etakwine-submission"))]),
    ("msa", [("التقويم؟", CLA),
             ("أقصد التقويم الذاتي للمتدربين", CF("ass-self-assessment")),
             ("وما مثال أداة بسيطة لذلك؟", EX("ass-self-assessment"))]),
    ("msa", [("ما هي الخطوات الأساسية لتحليل الحاجات التكوينية؟", A("eng-needs-analysis")),
             ("ومتى آخر أجل لواجب تحليل الحاجات في هذه المجزوءة؟", CAL)]),
    ("msa", [("هل يمكنني تغيير الفوج بسبب مهمة خارج المدينة؟", A("faq-change-cohort")),
             ("أريد أن أتحدث مع مؤطري مباشرة في هذا الشأن", HUM)]),
    ("msa", [("ما هو دور المرشد مع الأستاذ المبتدئ؟", A("sup-mentoring")),
             ("وكيف تجرى الملاحظة الصفية عندما يزور المرشد قسمه؟", A("sup-observation"))]),
    ("msa", [("المنتدى", CLA),
             ("أقصد كيف تتم مراقبة الرسائل والإشراف عليها", CF("charter-moderation"))]),
    ("msa", [("متى تنطلق المجزوءة الخامسة؟", CAL),
             ("وكيف أجري مقابلة بعدية مع أستاذ بعد ملاحظة حصته؟", A("sup-post-observation-interview"))]),
    ("msa", [("ما هي الممارسة التأملية؟", A("sup-reflective-practice")),
             ("مثال عن دفتر يومي بعد الحصة؟", EX("sup-reflective-practice")),
             ("أرسلها لي بالفرنسية من فضلك", OL("fr", "sup-reflective-practice"))]),
    ("msa", [("كيف أنظم العمل في مجموعات داخل الحصة؟", A("fac-group-work")),
             ("وكيف أتعامل مع متدرب غير منخرط في مجموعته؟", A("fac-difficult-situations")),
             ("أفضل أن أناقش هذه الحالة مع مؤطر", HUM)]),
    # ---- darija
    ("darija", [("شنو هي الأندراغوجيا؟", A("fac-adult-learners")),
                ("عطيني مثال ف ورشة مع أساتذة عندهم تجربة", EX("fac-adult-learners"))]),
    ("darija", [("كيفاش نتسجل ف البلاتفورم e-Takwine؟", A("dig-etakwine-registration")),
                ("عاودها ليا بالفرنسية عافاك", OL("fr", "dig-etakwine-registration"))]),
    ("darija", [("الديفوار؟", CLA),
                ("كيفاش نحطو ف البلاتفورم", CF("dig-etakwine-submission")),
                ("عطيني مثال ديال السمية ديال الفيشي", EX("dig-etakwine-submission"))]),
    ("darija", [("كيفاش نخدم بالتكوين الهجين؟", A("eng-hybrid")),
                ("والموديل ديال هندسة التكوين إمتا كيسالي؟", CAL)]),
    ("darija", [("ماعرفتش نخرج الأتيستاسيون، واحد الشرط باقي مكتوب ماتدارش", A("dig-etakwine-attestation")),
                ("درت كلشي وباقي ماخدماتش، بغيت نهضر مع شي مؤطر", HUM)]),
    ("darija", [("شنو هو التقويم بين الأقران؟", A("ass-peer")),
                ("وكيفاش نكتب فيدباك مزيان على خدمة زميل؟", A("ass-feedback"))]),
    ("darija", [("الستاج", CLA),
                ("الملاحظة ديال الستاجيير ف القسم", CF("sup-observation"))]),
    ("darija", [("إمتا اللايف ديال الموديل 4؟", CAL),
                ("فاتني اللايف اللي قبل منو، فين نلقى التسجيل؟", A("faq-recordings"))]),
    ("darija", [("شنو هو البورتفوليو؟", A("ass-portfolio")),
                ("عطيني مثال ديال شنو نحط فيه كستاجيير", EX("ass-portfolio")),
                ("ودابا بالفرنسية عافاك", OL("fr", "ass-portfolio"))]),
    ("darija", [("كيفاش نبني مخطط التكوين؟", A("eng-training-plan")),
                ("ومن بعد كيفاش نعرف واش التكوين نجح؟", A("eng-evaluation-of-training")),
                ("بغيت نتكلم مع شي حد من الفريق على هاد الموضوع", HUM)]),
    # ---- arabizi
    ("arabizi", [("chno hiya l'évaluation formative?", A("ass-formative")),
                 ("3tini exemple f la classe", EX("ass-formative"))]),
    ("arabizi", [("kifach n7mi les données personnelles dyal stagiaires?", A("dig-data-privacy")),
                 ("3awdha liya b lfrançais 3afak", OL("fr", "dig-data-privacy"))]),
    ("arabizi", [("forum?", CLA),
                 ("kifach n animer forum dyal mooc ka tuteur", CF("tut-forum-facilitation")),
                 ("3tini methal dyal message dyal simana", EX("tut-forum-facilitation"))]),
    ("arabizi", [("chno howa l'alignement pédagogique?", A("eng-alignment")),
                 ("w devoir dyal dak module imta akhir ajal?", CAL)]),
    ("arabizi", [("kifach nbdel la cohorte?", A("faq-change-cohort")),
                 ("bghit nhder m3a tuteur f had lmas2ala", HUM)]),
    ("arabizi", [("chno hiya recherche-action?", A("sup-action-research")),
                 ("w kifach ndir communauté d'apprentissage bach npartagi les résultats?", A("sup-learning-communities"))]),
    ("arabizi", [("la note?", CLA),
                 ("l'évaluation sommative dyal fin module", CF("ass-summative"))]),
    ("arabizi", [("imta kaybda module 6?", CAL),
                 ("w chno howa SAMR li kayt9ra fih?", A("dig-ict-integration"))]),
    ("arabizi", [("kifach nmotivi les participants f mooc twil?", A("fac-motivation")),
                 ("3tini exemple 3la l'appartenance", EX("fac-motivation")),
                 ("b lfrançais 3afak", OL("fr", "fac-motivation"))]),
    ("arabizi", [("chno ndir ila rafiq ma3rfch yjawbni?", A("tut-rafiq-escalation")),
                 ("w ch7al ghadi ntsna bach yjawbni tuteur?", A("tut-response-times")),
                 ("safi, 7welni daba l chi tuteur", HUM)]),
]


def main():
    rng = random.Random(20261102)
    rows = []
    for v in VARS:
        items = [(exp, q) for (vv, exp, q) in CONTENT if vv == v]
        assert len(items) == 50, (v, len(items))
        rng.shuffle(items)
        for exp, q in items:
            rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": exp, "kind": "content"})
    for kind in ["out_of_scope", "calendar", "human", "social"]:
        for v in VARS:
            for q in OTHER[kind][v]:
                rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": [], "kind": kind})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            r = {"id": "q%03d" % (i + 1), **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for i, (v, turns) in enumerate(DIALOGUES):
            d = {"id": "d%02d" % (i + 1), "lang": LANG[v], "variety": v,
                 "turns": [{"user": u, "expect": e} for u, e in turns]}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(rows), "questions,", len(DIALOGUES), "dialogues")


if __name__ == "__main__":
    main()
