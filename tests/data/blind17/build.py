"""Hand-written blind evaluation set for Rafiq (blind17).

Every question and dialogue turn below was typed by hand. Running this script only
serialises the lists into questions.jsonl and dialogues.jsonl next to it."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ------------------------------------------------------------------ content
CONTENT = {}

CONTENT["fr"] = [
    ("Mon message sur le forum a ete cache alors que je citais juste un proverbe en darija. Je peux faire quoi pour qu'il soit remis ?", ["charter-appeal"]),
    ("qqn a poste une annonce pour vendre des rapports de stage deja rediges sur le forum, c'est autorisé ??", ["charter-no-spam"]),
    ("On peut parler de foot ou de politique dans le forum du mooc ou pas", ["charter-on-topic"]),
    ("Je suis nouvelle. Qu'est-ce qui est apprécié comme contributions sur le forum ? Raconter une séance ratée, ça passe ?", ["charter-welcome"]),
    ("l'attestation du mooc va m'aider pour la promotion de grade ?", ["faq-attestation-career"]),
    ("On m'a demandé 200 dh pour valider mon inscription au MOOC, c normal ??", ["faq-free"]),
    ("je peux rediger le devoir du module 2 en francais et intervenir sur le forum en arabe ?", ["faq-language"]),
    ("Je n'ai pas d'ordinateur à la maison, juste un smartphone. Ça suffit pour suivre le cours ?", ["faq-mobile"]),
    ("ou sont les videos des classes virtuelles deja passees", ["faq-recordings"]),
    ("A part les stages officiels de l'AREF, comment je peux continuer à progresser comme formateur tout au long de ma carrière ?", ["prof-continuing-development"]),
    ("Un stagiaire que je dois évaluer est le fils d'un ami proche. Je fais quoi ?", ["prof-ethics"]),
    ("comment arrêter de faire des exposés de 2h et plutot laisser les stagiaires construire leurs competences en agissant ?", ["prof-posture"]),
    ("les styles d'apprentissage visuel auditif kinesthesique c'est prouvé ? je veux appuyer mes seances sur des etudes serieuses", ["prof-research-informed"]),
    ("Mon examen final est un QCM de définitions alors que l'objectif du module était de concevoir des outils... c'est incohérent non ?", ["eng-alignment"]),
    ("kirkpatrick 4 niveaux formation continue", ["eng-evaluation-of-training"]),
    ("SPOC ou xMOOC pour une promo de stagiaires qu'on doit certifier ?", ["eng-mooc-formats"]),
    ("La direction provinciale nous demande une formation « sur le numérique ». Par où commencer pour savoir ce dont les enseignants ont vraiment besoin ?", ["eng-needs-analysis"]),
    ("comment concevoir une sequence autour d'une tache complexe proche du metier au lieu d'exercices isolés", ["eng-task-scenarios"]),
    ("Je dois préparer pour ma direction le programme annuel des actions de formation continue. Quelles rubriques prévoir pour chaque action ?", ["eng-training-plan"]),
    ("Un participant monopolise la parole à chaque séance et les autres se taisent. Comment gérer ça sans le vexer ?", ["fac-difficult-situations"]),
    ("travail en groupes : combien de personnes par groupe et quels roles leur donner ?", ["fac-group-work"]),
    ("Plusieurs collègues ont peur d'écrire sur le forum parce que leurs inspecteurs le lisent. Comment les rassurer ?", ["fac-online-anxiety"]),
    ("idees de brise-glace pour le 1er jour avec un nouveau groupe de stagiaires?", ["fac-opening-closing"]),
    ("test en debut d'annee pour reperer les prerequis, faut il le noter ?", ["ass-diagnostic"]),
    ("Comment rédiger mes commentaires sur les fiches de mes stagiaires pour qu'ils les aident vraiment à progresser ?", ["ass-feedback"]),
    ("évaluation entre pairs dans un mooc : comment éviter que tout le monde se mette 20/20 ?", ["ass-peer"]),
    ("Quoi mettre dans le dossier où un enseignant stagiaire rassemble ses productions et ses réflexions pendant l'année au CRMEF ?", ["ass-portfolio"]),
    ("J'ai l'impression que mon épreuve de fin de module ne teste que la mémoire. Comment la rendre plus juste ?", ["ass-summative"]),
    ("memoire de fin de formation sous forme de recherche action : quelles etapes ?", ["sup-action-research"]),
    ("Avec des profs de français du collège on veut se réunir régulièrement pour améliorer la compréhension de l'écrit des élèves, à partir de leurs copies. Comment organiser ce groupe ?", ["sup-learning-communities"]),
    ("je vais accompagner une laureate du CRMEF pendant sa première année dans une école rurale, c quoi mon rôle exactement ?", ["sup-mentoring"]),
    ("Après avoir vu la séance d'un stagiaire, comment mener la discussion avec lui sans le démolir ?", ["sup-post-observation-interview"]),
    ("journal de bord des stagiaires apres chaque seance en stage : quelles questions leur faire écrire ?", ["sup-reflective-practice"]),
    ("j'ai oublié mon mdp e-takwine et le mail de réinitialisation n'arrive pas", ["dig-etakwine-login-password"]),
    ("Je viens de me connecter pour la première fois et je suis perdu : où est le fil de discussion du module 1 ?", ["dig-etakwine-navigation"]),
    ("les vidéos coupent tout le temps sur la plateforme, que faire ?", ["dig-etakwine-technical"]),
    ("SAMR c'est quoi ? avec un exemple en formation d'enseignants svp", ["dig-ict-integration"]),
    ("Comment formuler ce que je demande à Rafiq pour avoir une réponse qui colle ?", ["tut-asking-good-questions"]),
    ("Je suis tuteur, 15 inscrits ne se sont jamais connectés depuis le début. Comment les relancer sans les harceler ?", ["tut-dropout-prevention"]),
    ("en tant que tuteur, est-ce que je dois publier les corrigés des activités ? c'est quoi mon rôle sur le contenu ?", ["tut-pedagogical-role"]),
    ("Je me sens seul dans ce MOOC. Comment monter un petit groupe de travail avec des collègues de ma région ?", ["tut-peer-support"]),
    ("Comme tuteur en ligne, comment soutenir le moral des participants qui bossent seuls le soir après leur journée au centre ?", ["tut-socio-cognitive-role"]),
    ("J'ai mis mon devoir mais le statut affiche toujours brouillon. Le tuteur le voit ou pas ?", ["dig-etakwine-submission"]),
    ("je serai en surveillance d'examens toute la semaine, je pourrai pas rendre le devoir à temps, je fais comment?", ["faq-late-submission"]),
    ("premiere visite en classe d'un stagiaire demain, je me mets ou et je note quoi ?", ["sup-observation"]),
    ("grille critériée : combien de critères et comment écrire les niveaux ?", ["ass-rubrics"]),
    ("Un quiz noté chaque semaine sans retour ni correction, on peut appeler ça de l'évaluation formative ?", ["ass-formative"]),
    ("Comment je récupère l'attestation à la fin, et est-ce que les RH vont la prendre en compte pour ma carrière ?", ["dig-etakwine-attestation", "faq-attestation-career"]),
    ("inscription e-takwine : quel nom mettre ? si je fais une faute elle sera sur l'attestation ?", ["dig-etakwine-registration"]),
    ("Je veux construire un outil pour observer comment un stagiaire gère les groupes en classe multiniveaux. Combien d'indicateurs mettre ?", ["sup-observation-grid"]),
]

CONTENT["msa"] = [
    ("حُجب منشوري في المنتدى وأرى أن القرار غير منصف، كيف أطلب إعادة النظر فيه؟", ["charter-appeal"]),
    ("من يقرر حذف رسالة من المنتدى بشكل نهائي: المساعد الآلي أم شخص من الفريق؟", ["charter-moderation"]),
    ("نشر زميل في المنتدى موضوعا عن الانتخابات والأحزاب، هل هذا مسموح به؟", ["charter-on-topic"]),
    ("هل يمكنني كتابة رقم هاتفي في المنتدى ليتصل بي الزملاء بسرعة؟", ["charter-personal-data"]),
    ("هل تحتسب شهادة هذا المساق في الترقي أو في ملف الترشح لمنصب مسؤولية؟", ["faq-attestation-career"]),
    ("حصلت على رخصة مرضية طويلة، هل يمكنني الالتحاق بالفوج القادم دون ان افقد ما انجزته؟", ["faq-change-cohort"]),
    ("هل يسمح بكتابة الواجب بالامازيغية او بالانجليزية؟", ["faq-language"]),
    ("هل تقبل المنصة الواجب بعد انتهاء الأجل المحدد؟", ["faq-late-submission"]),
    ("إلى متى تبقى تسجيلات الحصص المباشرة متاحة؟ وهل يجوز نشرها في مجموعة واتساب المؤسسة؟", ["faq-recordings"]),
    ("كم ساعة في الأسبوع يتطلب هذا التكوين تقريبا؟", ["faq-weekly-hours"]),
    ("زميل ينشر لقطات شاشة لرسائل المتدربين على فيسبوك، أليس هذا مخالفا لواجبات المكون؟", ["prof-ethics"]),
    ("انتقلت من التدريس الى التكوين في المركز الجهوي واشعر انني ما زلت استاذا لا مكونا، كيف اتجاوز هذا الشعور؟", ["prof-identity"]),
    ("كيف أختار دراسات موثوقة في علوم التربية وأقرأها بعين نقدية قبل أن أعتمد عليها مع المتدربين؟", ["prof-research-informed"]),
    ("ما هي المهام المختلفة التي يضطلع بها مكون الأساتذة في المراكز الجهوية؟", ["prof-roles"]),
    ("كيف أعرف إن كان التكوين الذي قدمته قد غير فعلا ما يفعله الأساتذة في أقسامهم؟", ["eng-evaluation-of-training"]),
    ("القسم المقلوب في تكوين الأساتذة: ما المدة المناسبة للفيديو وماذا أفعل مع من لم يشاهده؟", ["eng-flipped"]),
    ("ما الفرق بين الطلب التكويني والحاجة التكوينية؟", ["eng-needs-analysis"]),
    ("كيف اصوغ هدفا اجرائيا قابلا للملاحظة؟ وهل فعل يفهم مناسب؟", ["eng-objectives-competencies"]),
    ("أحتاج إلى برمجة سنوية لعدة عمليات تكوين مستمر في المديرية، ما العناصر التي يجب أن تتضمنها؟", ["eng-training-plan"]),
    ("أي الطرائق النشيطة تصلح لتكوين الأساتذة، وكيف أختار بينها حسب الهدف؟", ["fac-active-methods"]),
    ("في العمل ضمن مجموعات يترك المتدربون شخصا واحدا ينجز كل شيء، كيف أتفادى ذلك؟", ["fac-group-work"]),
    ("التدريس المصغر: كم دقيقة يستغرق وكم زميلا يحضر؟", ["fac-micro-teaching"]),
    ("كيف أختم حصة تكوينية بشكل جيد بدل أن تنتهي فجأة مع آخر نشاط؟", ["fac-opening-closing"]),
    ("دائما ينفد الوقت قبل مرحلة التركيب في حصصي، كيف أوزع المدة على الأنشطة؟", ["fac-time-management"]),
    ("ما خصائص التغذية الراجعة الفعالة كما بينها هاتي؟", ["ass-feedback"]),
    ("ما الفرق بين التقويم التكويني والاجمالي", ["ass-formative-vs-summative"]),
    ("ملف الانجاز المهني للاستاذ المتدرب: ماذا يتضمن وكيف يقيم؟", ["ass-portfolio"]),
    ("أريد بناء أداة معيارية لتقييم جذاذات المتدربين، ما المعايير التي يمكن اعتمادها؟", ["ass-rubrics"]),
    ("ما مراحل البحث الاجرائي؟", ["sup-action-research"]),
    ("بعد عودة المتدربين من التداريب يحكون مواقف صعبة عاشوها، كيف أنظم جلسة جماعية لتحليلها وفق بروتوكول واضح؟", ["sup-analysis-of-practice"]),
    ("هل يجوز للأستاذ المرشد أن يشارك في تقييم ترسيم الأستاذ الجديد الذي يرافقه؟", ["sup-mentoring"]),
    ("أداة الملاحظة الصفية: ما الفرق بين شبكة التواتر والشبكة الوصفية؟", ["sup-observation-grid"]),
    ("كيف أنمي لدى الأساتذة المتدربين القدرة على التأمل في ممارستهم بعد كل حصة؟", ["sup-reflective-practice"]),
    ("صورت حصة في مؤسسة التطبيق يظهر فيها تلاميذ قاصرون، هل يمكنني مشاركتها في مجموعة المتدربين؟", ["dig-data-privacy"]),
    ("أين أجد الموارد والمراجع القابلة للتحميل داخل المنصة؟", ["dig-etakwine-navigation"]),
    ("لم تصلني رسالة التفعيل بعد التسجيل في منصة التكوين", ["dig-etakwine-registration"]),
    ("ما هو نموذج TPACK وكيف يساعدني في اختيار أداة رقمية لحصتي؟", ["dig-ict-integration"]),
    ("ما آداب الكتابة في البريد الالكتروني والمنتديات حتى لا تفهم رسالتي بشكل خاطئ؟", ["dig-netiquette"]),
    ("كيف أكتشف مبكرا المشاركين الذين بدأوا ينقطعون عن المساق؟", ["tut-dropout-prevention"]),
    ("بصفتي مؤطرا، كيف أجعل المنتدى حيا ومنظما دون أن أجيب عن كل شيء بنفسي؟", ["tut-forum-facilitation"]),
    ("نريد تكوين مجموعة دراسة من أربعة زملاء في نفس المركز، كيف ننظم لقاءاتنا؟", ["tut-peer-support"]),
    ("متى يحول رفيق سؤالي الى مؤطر بشري؟", ["tut-rafiq-escalation"]),
    ("اغلق حسابي بعد عدة محاولات خاطئة لكلمة المرور", ["dig-etakwine-login-password"]),
    ("ما صيغة الملف المفضلة عند ايداع الواجب وما الحجم الاقصى المسموح؟", ["dig-etakwine-submission"]),
    ("ما الذي ينبغي الاتفاق عليه مع الأستاذ قبل حضور حصته؟", ["sup-observation"]),
    ("كم يدوم اللقاء الذي يلي الزيارة الصفية وما هي مراحله؟", ["sup-post-observation-interview"]),
    ("لماذا لا تظهر نقطتي في التقويم بين الأقران قبل أن أصحح أعمال الآخرين؟", ["ass-peer"]),
    ("أعطني تقنيات بسيطة للتقويم التكويني أثناء الحصة", ["ass-formative"]),
    ("كيف أضمن أن يكون الامتحان النهائي للوحدة منصفا وصادقا؟", ["ass-summative"]),
    ("تعطلت المنصة ليلة آخر أجل ولم أتمكن من رفع الواجب، ماذا أفعل؟", ["faq-late-submission", "dig-etakwine-technical"]),
]

CONTENT["darija"] = [
    ("علاش الميساج ديالي فالمنتدى ما بانش حتى يشوفو شي واحد؟", ["charter-moderation"]),
    ("واحد دار نكتة على ناس شي مدينة فالفوروم وكلشي ضحك، واش هادشي مقبول؟", ["charter-no-hate"]),
    ("بغيت نحط تصويرة ديال لاكارط ناسيونال فالفوروم باش يعاونوني فمشكل، واش نقدر؟", ["charter-personal-data"]),
    ("واحد الزميل كيتبعني فكاع المواضيع وكيتمسخر عليا، شنو ندير؟", ["charter-respect"]),
    ("واش نقدر ندوز للفوج الجاي حيت عندي بزاف ديال الخدمة فالمركز هاد الدورة؟", ["faq-change-cohort"]),
    ("كيفاش نتواصل مع التيتور ديالي وشحال كيتعطل باش يجاوب؟", ["faq-contact-tutor", "tut-response-times"]),
    ("مرضت وما غاديش نلحق نسلم الدوفوار فالوقت، شنو ندير؟", ["faq-late-submission"]),
    ("فاتتني الحصة المباشرة البارح، واش هادشي غادي يأثر على النجاح ديالي؟", ["faq-missed-live"]),
    ("شحال خاصني من وقت فالسيمانة باش نتبع الموك؟", ["faq-weekly-hours"]),
    ("أنا وزميلة غادي نديرو co-animation لحصة، كيفاش نتفاهمو باش ما نتناقضوش قدام الطلبة؟", ["prof-collaboration"]),
    ("حاس براسي باقي أستاذ ماشي مكون، واش هادشي عادي؟", ["prof-identity"]),
    ("شنو الفرق بين المركز الجهوي ومركز تكوين المفتشين ومركز التوجيه والتخطيط؟", ["prof-institutions"]),
    ("المكون فالمركز واش خدمتو غير يعطي الدروس ولا كاين حوايج خرين كيديرهم؟", ["prof-roles"]),
    ("التقاسم والتعاون عند المكون، كيفاش نطبقهم فالواقع ماشي غير كلام؟", ["prof-values"]),
    ("شنو هو الفصل المقلوب؟ وكيفاش نخدم بيه مع الطلبة الأساتذة؟", ["eng-flipped"]),
    ("بغيت نصاوب تكوين فيه الحضوري وعن بعد، كيفاش نقسم الأنشطة بيناتهم؟", ["eng-hybrid"]),
    ("تصنيف بلوم واش مهم فكتابة الأهداف؟", ["eng-objectives-competencies"]),
    ("عندي حصة ديال 3 سوايع غدا مع المتدربين، كيفاش نوجدها خطوة بخطوة؟", ["eng-session-preparation"]),
    ("دراسة الحالة ولعب الأدوار، إمتى نستعمل كل وحدة فيهم؟", ["fac-active-methods"]),
    ("الكبار ماشي بحال الدراري الصغار فالتعلم، شنو هوما المبادئ ديال نولز؟", ["fac-adult-learners"]),
    ("الميكرو تدريس كيفاش كيدوز؟ واش خاص نصورو الطالب؟", ["fac-micro-teaching"]),
    ("الطلبة فالتكوين الطويل كيعياو فالنص، كيفاش نحافظ على الحماس ديالهم؟", ["fac-motivation"]),
    ("كنبدا الحصة ومكنلحقش نكملها، بغيت شي طريقة نقسم بيها الوقت", ["fac-time-management"]),
    ("شنو الفرق بين الأوبن بادج والشهادة ديال النجاح؟", ["ass-certificates-badges"]),
    ("واش الكويز اللي كندوزو فالنص ديال الوحدة تكويني ولا إجمالي؟ كيفاش نفرق بيناتهم؟", ["ass-formative-vs-summative"]),
    ("التقويم التكويني واش خاصو يتنقط؟", ["ass-formative"]),
    ("كيفاش نكتب المستويات فشبكة التقويم بلا ما نقول غير مزيان وحسن؟", ["ass-rubrics"]),
    ("بغيت الطلبة يحكمو على الخدمة ديالهم بوحدهم، كيفاش نعاونهم يوليو مستقلين؟", ["ass-self-assessment"]),
    ("البروتوكول ديال GEASE شنو هو؟", ["sup-analysis-of-practice"]),
    ("خاصني نوجد خطة شخصية ديال التطور المهني ديالي لهاد العام، كيفاش؟", ["sup-development-plan"]),
    ("بغيت نصاوب شبكة باش نلاحظ الأستاذ المتدرب فالقسم، شحال من مؤشر نحط؟", ["sup-observation-grid"]),
    ("ملي كنحضر حصة ديال متدرب كنكتب غير الأحكام، كيفاش نسجل الوقائع؟", ["sup-observation"]),
    ("القانون 09-08 شنو علاقتو بالخدمة ديالي كمكون؟", ["dig-data-privacy"]),
    ("الشهادة ديال الموك ما بانتش ليا فالمنصة واخا ساليت كلشي", ["dig-etakwine-attestation"]),
    ("المنصة كتقولي الإيميل مستعمل، واش نصاوب حساب جديد بإيميل آخر؟", ["dig-etakwine-registration"]),
    ("رفعت الدوفوار ولكن ما عرفتش واش تصيفط ولا لا", ["dig-etakwine-submission"]),
    ("كيفاش نكتب ميساج مزيان فالفوروم بلا ما يبان ناشف ولا قاصح؟", ["dig-netiquette"]),
    ("لقيت فيديو فيوتيوب، واش نقدر نقطعو ونزيد عليه ترجمة ونعطيه للطلبة؟", ["dig-resources-copyright"]),
    ("أنا تيتور، الفوروم عامر بالمواضيع المعاودة وبعناوين بحال عاونوني، كيفاش ننظمو؟", ["tut-forum-facilitation"]),
    ("شنو خاص التيتور يدير من جهة التنظيم، بحال التذكير بالآجال والترحيب بالجداد؟", ["tut-organizational-role"]),
    ("إلى رفيق ما عرفش الجواب، شنو كيوقع للسؤال ديالي؟", ["tut-rafiq-escalation"]),
    ("الملاحظات على الدوفوار شحال كيتعطلو باش يرجعو؟", ["tut-response-times"]),
    ("نسيت المودباس ديال المنصة", ["dig-etakwine-login-password"]),
    ("شبكة التقويم: شنو الفرق بين المعيار والمؤشر؟", ["ass-rubrics"]),
    ("من بعد ما شفت الحصة ديال المتدرب، شكون اللي خاصو يهضر الأول فاللقاء؟", ["sup-post-observation-interview"]),
    ("التقويم بين الزملاء فالموك، شحال من واحد كيصحح كل خدمة؟", ["ass-peer"]),
    ("فين نلقى التسجيل ديال الحصة المباشرة اللي دازت؟", ["faq-recordings"]),
    ("الموديل 3 باين ليا رمادي وما كيتحلش، علاش؟", ["dig-etakwine-navigation"]),
    ("غادي نمشي نشوف متدربة فالقسم السيمانة الجاية، شنو ندير قبل الزيارة وكيفاش نوجد الشبكة ديال الملاحظة؟", ["sup-observation", "sup-observation-grid"]),
    ("التقويم التشخيصي فبداية العام، شنو نديرو بالنتائج ديالو؟", ["ass-diagnostic"]),
]

CONTENT["arabizi"] = [
    ("wach ndiro blagues 3la les formatrices f forum? chi wa7ed dar wa7da w kolchi d7ak", ["charter-no-hate"]),
    ("kayn wa7ed kaypubli nfs l message f 10 dyal les fils, ma3ndoch l7a9 non?", ["charter-no-spam"]),
    ("wa7ed sb9ni b klam khayb f forum, wach nrd 3lih b nfs tari9a?", ["charter-respect"]),
    ("chno homa les posts li mr7ba bihom f forum? bghit nchark chi ressource", ["charter-welcome"]),
    ("kifach nwsl l tuteur dyali? fin kayn smito?", ["faq-contact-tutor"]),
    ("wach l mooc bl flous ola free?", ["faq-free"]),
    ("ma9dertch ndkhl l classe virtuelle 7it kan 3ndi cours, wach ghadi ykhserni? w fin nchofha mn b3d?", ["faq-missed-live", "faq-recordings"]),
    ("n9der ntb3 kolchi mn tele? kaysali liya forfait bzf b les videos", ["faq-mobile"]),
    ("kifach nkhdmo ka equipe dyal formateurs 3la module wa7ed bla ma kol wa7ed ydir ghir partie dyalo?", ["prof-collaboration"]),
    ("ana formateur jdid f crmef, f ach khasni nbda nt9wa w ntkwen?", ["prof-continuing-development"]),
    ("chno kaytbdl lina f lkhdma m3a loi-cadre 51-17 w feuille de route?", ["prof-institutions"]),
    ("kifach nwli n3awn stagiaires ybniw rasshom machi ghir n9ra cours magistral?", ["prof-posture"]),
    ("chno homa l9iyam li khass formateur ywrrihom l stagiaires b l3amal machi b lhdra?", ["prof-values"]),
    ("alignement pédagogique chno howa? ach kayrbt bin objectifs w activités w évaluation?", ["eng-alignment"]),
    ("formation hybride: kifach nrbt bin présentiel w distanciel bla ma nzid charge?", ["eng-hybrid"]),
    ("cmooc w xmooc chno lfar9?", ["eng-mooc-formats"]),
    ("kifach nwjd fiche dyal séance de formation? chno khass ykon fiha?", ["eng-session-preparation"]),
    ("bghit nsawb scénario 3la wa7d tâche complexe l stagiaires, chno les composantes?", ["eng-task-scenarios"]),
    ("andragogie chno hiya? kifach t3awni m3a stagiaires kbar", ["fac-adult-learners"]),
    ("wa7d stagiaire dima kay3arad m3aya 9dam lgroupe, kifach nt3aml m3ah?", ["fac-difficult-situations"]),
    ("deci w ryan, autonomie w compétence w appartenance, kifach nkhdem bihom f formation twila?", ["fac-motivation"]),
    ("kankhaf nkteb f forum, kan7ss b rasi ana li m2khar 3la kolchi", ["fac-online-anxiety"]),
    ("wach attestation dyal suivi katbyen belli 3ndi compétence?", ["ass-certificates-badges"]),
    ("éval diagnostique f bdya dyal module, kifach nsawb test sghir?", ["ass-diagnostic"]),
    ("3tini des techniques d'éval formative bhal les ardoises w cartons", ["ass-formative"]),
    ("évaluation par les pairs: kifach n3lmhom y9ymo b grille bla complaisance?", ["ass-peer"]),
    ("autoévaluation wach ndkhlha f la note finale?", ["ass-self-assessment"]),
    ("l'examen final dyal module kaytsab9 ghir l7fd, kifach nrdo yqiyem compétence?", ["ass-summative"]),
    ("bghit ndir plan dyal tatawor dyali had l3am, chhal mn objectif n7t fih?", ["sup-development-plan"]),
    ("CAP communauté d'apprentissage, chno katfr9 3la réunion 3adiya dyal équipe?", ["sup-learning-communities"]),
    ("observation de classe wach hiya inspection? stagiaire khayf mni ghadi nji nchof l9ism dyalo", ["sup-observation"]),
    ("mn b3d visite dyal classe, kifach ndir l'entretien m3a stagiaire?", ["sup-post-observation-interview"]),
    ("fin nl9a l attestation dyal mooc? bghit ntelechargiha pdf", ["dig-etakwine-attestation"]),
    ("ma9dertch ndkhl l e-takwine, kaygoli identifiant ghalat", ["dig-etakwine-login-password"]),
    ("kifach n7et devoir f plateforme? bouton ajouter travail mabanch", ["dig-etakwine-submission"]),
    ("page kat7bs w bouton ma kayclickich f chrome, chno ndir?", ["dig-etakwine-technical"]),
    ("cc by-nc-nd ya3ni chno? wach n9der ntrjm video li 3ndha had licence", ["dig-resources-copyright"]),
    ("kifach nkteb so2al l tuteur bach yfhmni mn lwla?", ["tut-asking-good-questions"]),
    ("ana tuteur, chno dawri f l'organisation: rappels, calendrier, accueil dyal jdad?", ["tut-organizational-role"]),
    ("chno lfar9 bin chno kaydir rafiq w chno kaydir tuteur f l contenu dyal cours?", ["tut-pedagogical-role"]),
    ("chhal dyal lwe9t bach yrj3o les commentaires 3la devoir?", ["tut-response-times"]),
    ("kifach tuteur y3awn participants y7esso b rashom machi bo7dhom f mooc?", ["tut-socio-cognitive-role"]),
    ("wach n9der nsift devoir m2khar b nhar?", ["faq-late-submission"]),
    ("inscription f e-takwine, ach n3mr f la cohorte?", ["dig-etakwine-registration"]),
    ("grille d'éval: critères minimaux w critères de perfectionnement chno hiya?", ["ass-rubrics"]),
    ("grille d'observation: chronogramme dyal temps de parole kifach?", ["sup-observation-grid"]),
    ("formative vs sommative, nfs l qcm ymken ykon bjoj?", ["ass-formative-vs-summative"]),
    ("fin kayn forum f plateforme? ma l9itoch", ["dig-etakwine-navigation"]),
    ("chhal mn sa3a f simana khassni? ana 3ndi bzf dyal lkhdma f centre", ["faq-weekly-hours"]),
    ("feedback 3la devoirs dyal stagiaires, kifach ykon mfid machi ghir 'à revoir'?", ["ass-feedback"]),
]

# ------------------------------------------------------------------ out of scope (5 near misses, 5 unrelated)
OOS = {
    "fr": [
        "Quand est-ce que le rappel de salaire des formateurs promus en 2025 sera versé ?",
        "Comment demander ma mutation du CRMEF de Fès vers celui d'Agadir ?",
        "quelles sont les dates du concours d'accès au cycle des inspecteurs cette annee",
        "Comment faire un publipostage Word + Excel pour envoyer les convocations aux stagiaires ?",
        "Comment obtenir une attestation de travail auprès de l'AREF ?",
        "Recette de la harira pour ce soir svp",
        "Qui a gagné le match Raja Wydad hier ?",
        "quel temps fera-t-il à Ifrane ce week-end",
        "Tu peux m'écrire un poème d'anniversaire pour ma femme ?",
        "Mon frigo fait un bruit bizarre depuis ce matin, c'est grave ?",
    ],
    "msa": [
        "متى تصرف التعويضات عن التكوين المستمر للمكونين؟",
        "ما شروط المشاركة في الحركة الانتقالية لهذه السنة؟",
        "ما هي المراجع المعتمدة لمباراة ولوج مركز تكوين مفتشي التعليم؟",
        "كيف أنشئ قسما افتراضيا على Google Classroom؟",
        "كيف أحصل على رخصة إدارية لأداء مناسك الحج؟",
        "ما عاصمة أستراليا؟",
        "اكتب لي قصيدة في رثاء جدي رحمه الله",
        "ما هي أعراض نقص فيتامين د عند الكبار؟",
        "كيف أحسب الزكاة على مدخراتي في البنك؟",
        "من فاز بكأس أمم إفريقيا الأخيرة؟",
    ],
    "darija": [
        "إمتى غادي تزاد الخلصة ديال المكونين؟",
        "بغيت نطلب الانتقال لمدينة أخرى، شنو الوراق اللي خاصيني؟",
        "إمتى كتدوز مباراة التبريز هاد العام؟",
        "كيفاش نستعمل كانفا باش نصاوب أفيش للحفلة ديال آخر العام؟",
        "بغيت نطلب رخصة الولادة، فين نحط الملف؟",
        "شنو نطيب اليوم للعشا؟",
        "شحال غادي تكون الحرارة فمراكش غدا؟",
        "عافاك كتب ليا رسالة لمول الدار باش ينقص ليا فالكرا",
        "شكون غادي يربح البطولة هاد العام؟",
        "الطوموبيل ديالي كتصوني فالصباح، شنو المشكل؟",
    ],
    "arabizi": [
        "ach wqt ghadi ytkhlso les heures supplémentaires dyal formateurs?",
        "kifach ndir demande de mutation l crmef dyal casa?",
        "wach concours dyal les inspecteurs ghadi ydouz had l3am? w imta?",
        "kifach ndir tableau croisé dynamique f excel?",
        "bghit attestation de salaire, mnin ntlbha?",
        "chkoun ghadi yrb7 match dyal lmuntakhab lyoum?",
        "3tini recette dyal msemen",
        "bghit nchri tomobil mosta3mla, chno nchof fiha?",
        "ktb liya chi message zwin l khatibti",
        "kifach n9ss lwazn f chhar?",
    ],
}

CALENDAR = {
    "fr": [
        "C'est quand la date limite du devoir du module 2 sur le scénario de dispositif ?",
        "la classe virtuelle du module 5 commence a quelle heure ?",
        "Le module 4 ouvre quand ?",
    ],
    "msa": [
        "متى آخر أجل لتسليم شبكة التقويم في الوحدة الرابعة؟",
        "ما موعد الحصة المباشرة الختامية للفوج؟",
        "متى تغلق الوحدة السادسة؟",
    ],
    "darija": [
        "إمتى كتحل الوحدة الثالثة؟",
        "الحصة المباشرة ديال المواكبة المهنية إمتى وفاش من ساعة؟",
        "آخر أجل ديال البورتريه المهني إمتى؟",
    ],
    "arabizi": [
        "imta deadline dyal devoir lkhr f module 6, bilan w portfolio?",
        "live dyal module 3 f ina nhar w f ch7al?",
        "imta kaysali l mooc kamel?",
    ],
}

HUMAN = {
    "fr": [
        "Je voudrais parler à un vrai tuteur svp",
        "Passez-moi une personne humaine, pas un robot.",
        "Est-ce qu'un membre de l'équipe peut s'occuper de mon cas ? j'ai une situation particulière",
    ],
    "msa": [
        "أريد التحدث مع مؤطر بشري من فضلك",
        "هل يمكن تحويلي إلى أحد أعضاء الفريق البيداغوجي؟",
        "لا أريد جوابا آليا، أريد شخصا حقيقيا",
    ],
    "darija": [
        "بغيت نهضر مع شي بنادم ماشي روبو",
        "عافاك دوزني للتيتور",
        "واش كاين شي واحد من الفريق نهضر معاه نيشان؟",
    ],
    "arabizi": [
        "bghit nhdr m3a tuteur, bnadem b7ali",
        "3afak 3tini chi 7d mn l'équipe",
        "machi robot, bghit chi wa7ed 7a9i9i yjawbni",
    ],
}

SOCIAL = {
    "fr": [
        "Bonsoir Rafiq !",
        "Merci beaucoup, c'était très clair",
        "J'en ai marre, je suis à la traîne sur tout, je crois que je vais lâcher le MOOC",
    ],
    "msa": [
        "السلام عليكم ورحمة الله",
        "شكرا جزيلا على المساعدة",
        "أشعر بالإحباط، لم أعد قادرا على مواكبة الوحدات",
    ],
    "darija": [
        "سلام، لاباس عليك؟",
        "الله يخليك، عاونتيني بزاف",
        "عييت، كلشي تقال عليا وبغيت نحبس",
    ],
    "arabizi": [
        "salam rafiq, labas?",
        "chokran bzaf a sa7bi",
        "safi 3yit, ma b9itch 9adr nkml had l mooc",
    ],
}

# ------------------------------------------------------------------ dialogues
def A(s, *ids): return {"user": s, "expect": {"kind": "answer", "sections": list(ids)}}
def CAL(s): return {"user": s, "expect": {"kind": "calendar"}}
def HUM(s): return {"user": s, "expect": {"kind": "human"}}
def CLAR(s): return {"user": s, "expect": {"kind": "clarify"}}
def CONF(s, *ids): return {"user": s, "expect": {"kind": "confirm_clarification", "sections": list(ids)}}
def EX(s, *ids): return {"user": s, "expect": {"kind": "same_topic_example", "sections": list(ids)}}
def OL(s, lang, *ids): return {"user": s, "expect": {"kind": "same_topic_other_lang", "lang": lang, "sections": list(ids)}}

DIALOGUES = {}
DIALOGUES["fr"] = [
    [A("comment on s'évalue entre collègues dans le mooc, c'est noté ?", "ass-peer"),
     EX("Tu as un exemple concret de commentaire à laisser sur la copie d'un pair ?", "ass-peer")],
    [CLAR("la grille ?"),
     CONF("celle pour noter les fiches de préparation des stagiaires", "ass-rubrics"),
     OL("Tu peux me redonner ça en arabe pour une collègue ?", "ar", "ass-rubrics")],
    [A("j'ai oublié mon mot de passe e-takwine", "dig-etakwine-login-password"),
     A("c'est bon je suis entré, mais où sont les modules et le forum maintenant ?", "dig-etakwine-navigation"),
     A("Et pour rendre le devoir du module 1, je clique où ?", "dig-etakwine-submission")],
    [CAL("Quand faut-il rendre le devoir sur l'analyse des besoins ?"),
     A("D'accord. Et concrètement, comment on analyse les besoins d'un public de stagiaires ?", "eng-needs-analysis"),
     EX("un exemple d'écart formulé en termes de compétence ?", "eng-needs-analysis")],
    [A("Comment se passe l'entretien après une visite de classe ?", "sup-post-observation-interview"),
     A("Et avant ça, pendant que j'observe, je note quoi exactement ?", "sup-observation")],
    [A("mon message a été retenu pour examen sur le forum, pourquoi ?", "charter-moderation"),
     A("je veux contester cette décision, comment faire", "charter-appeal"),
     HUM("Je préfère qu'un tuteur regarde mon cas directement.")],
    [CLAR("attestation"),
     CONF("je veux savoir si elle compte pour l'avancement", "faq-attestation-career"),
     A("ok et pour la télécharger à la fin ?", "dig-etakwine-attestation")],
    [A("C'est quoi la classe inversée et comment l'utiliser au CRMEF ?", "eng-flipped"),
     EX("Un exemple sur une séance consacrée à l'évaluation formative ?", "eng-flipped"),
     OL("Vous pouvez me le redire en arabe ?", "ar", "eng-flipped")],
    [A("J'ai raté la classe virtuelle d'hier à cause d'une réunion au centre", "faq-missed-live"),
     CAL("La prochaine classe virtuelle, c'est quand ?")],
    [A("Comment bien démarrer une première séance avec un nouveau groupe ?", "fac-opening-closing"),
     A("Et pour répartir le temps sur trois heures sans sacrifier la synthèse ?", "fac-time-management"),
     EX("Donne-moi un exemple de déroulé minuté", "fac-time-management"),
     HUM("ok merci. Par contre j'ai un souci avec ma note du module 3, je veux parler à un tuteur")],
]

DIALOGUES["msa"] = [
    [A("ما هو التقويم التكويني؟", "ass-formative"),
     EX("أعطني مثالا تطبيقيا داخل حصة تكوينية", "ass-formative"),
     A("وما الذي يميزه عن التقويم الإجمالي؟", "ass-formative-vs-summative")],
    [CLAR("الملاحظة"),
     CONF("أقصد كيف أبني أداة لملاحظة حصة أستاذ متدرب", "sup-observation-grid"),
     OL("هل يمكنك إعادة الشرح بالفرنسية؟", "fr", "sup-observation-grid")],
    [CAL("متى تنطلق الوحدة الخامسة؟"),
     A("ما دور الأستاذ المرشد مع أستاذ مبتدئ في سنته الأولى؟", "sup-mentoring")],
    [A("كيف أصوغ أهدافا إجرائية لحصة تكوينية؟", "eng-objectives-competencies"),
     EX("أعطني مثالا لهدف مكتوب بشكل جيد", "eng-objectives-competencies"),
     A("وكيف أتأكد أن الأنشطة والتقويم منسجمة مع هذه الأهداف؟", "eng-alignment")],
    [A("فاتني موعد إيداع الواجب، هل يقبل متأخرا؟", "faq-late-submission"),
     HUM("أريد أن أشرح ظروفي لمؤطر مباشرة")],
    [A("ما هي رخص المشاع الإبداعي؟", "dig-resources-copyright"),
     EX("مثلا فيديو برخصة تمنع التعديل، ماذا يمكنني أن أفعل به؟", "dig-resources-copyright"),
     OL("من فضلك بالفرنسية", "fr", "dig-resources-copyright")],
    [A("كيف أحافظ على حماس المتدربين طوال تكوين يمتد عدة أسابيع؟", "fac-motivation"),
     A("وماذا أفعل مع المشاركين الذين توقفوا تماما عن الدخول إلى المنصة؟", "tut-dropout-prevention")],
    [CLAR("التقييم"),
     CONF("تقييم دورة تكوينية أنجزتها لأعرف هل كانت مفيدة", "eng-evaluation-of-training"),
     EX("أعطني مثالا على المستويات الأربعة", "eng-evaluation-of-training")],
    [A("هل يحق لي نشر رقم هاتفي في المنتدى؟", "charter-personal-data"),
     A("وما المقصود بالبيانات الشخصية أصلا وكيف أحمي بياناتي على الإنترنت؟", "dig-data-privacy"),
     CAL("ما موعد الحصة المباشرة للوحدة السادسة؟")],
    [A("كيف أنظم عملا جماعيا فعالا بين المتدربين؟", "fac-group-work"),
     A("وإذا احتكر أحدهم الكلام داخل المجموعة؟", "fac-difficult-situations"),
     HUM("أريد مناقشة هذه الحالة مع أحد المؤطرين")],
]

DIALOGUES["darija"] = [
    [A("كيفاش نتسجل فالمنصة؟", "dig-etakwine-registration"),
     A("ما جانيش الإيميل ديال التفعيل", "dig-etakwine-registration"),
     OL("عاود شرح ليا بالفرنسية عافاك", "fr", "dig-etakwine-registration")],
    [CLAR("التقويم"),
     CONF("اللي كنديروه فالبداية باش نعرفو المكتسبات", "ass-diagnostic"),
     EX("عطيني مثال", "ass-diagnostic")],
    [CAL("إمتى آخر أجل ديال شبكة التقويم؟"),
     A("وكيفاش نبنيها هاد الشبكة؟", "ass-rubrics"),
     EX("عطيني مثال على معايير ديال جذاذة", "ass-rubrics")],
    [A("شنو هو الميكرو تدريس؟", "fac-micro-teaching"),
     A("ومن بعد، كيفاش نعطي الملاحظات للمتدرب على الخدمة ديالو بطريقة مفيدة؟", "ass-feedback")],
    [A("عندي زميل كيتمسخر على الناس فالفوروم", "charter-respect"),
     HUM("بغيت نهضر مع شي مشرف على هاد القضية")],
    [A("شنو هي الممارسة التأملية؟", "sup-reflective-practice"),
     EX("عطيني مثال ديال أسئلة فدفتر اليوميات", "sup-reflective-practice"),
     A("وكيفاش ندير جلسة جماعية باش يحللو مواقف عاشوها فالتدريب؟", "sup-analysis-of-practice")],
    [CLAR("الدوفوار"),
     CONF("كيفاش نحطو فالمنصة", "dig-etakwine-submission"),
     A("وإلى طاحت ليا المنصة فآخر ليلة؟", "dig-etakwine-technical", "faq-late-submission")],
    [A("شحال خاصني من ساعة فالسيمانة؟", "faq-weekly-hours"),
     EX("عطيني مثال ديال كيفاش ننظم السيمانة", "faq-weekly-hours"),
     CAL("إمتى كتسالا الوحدة الثانية؟")],
    [A("واش نقدر نتبع الموك فالتيليفون؟", "faq-mobile"),
     A("والفيديوهات كيتقطعو عليا بزاف فالمنصة", "dig-etakwine-technical"),
     OL("قولها ليا بالفرنسية", "fr", "dig-etakwine-technical")],
    [A("كيفاش نعاون المتدربين يقيمو الخدمة ديالهم بوحدهم؟", "ass-self-assessment"),
     A("والبورتفوليو شنو هو؟ واش عندو علاقة؟", "ass-portfolio"),
     EX("عطيني مثال على شنو يتحط فيه", "ass-portfolio"),
     HUM("بغيت نهضر مع التيتور على البورتفوليو ديالي")],
]

DIALOGUES["arabizi"] = [
    [A("kifach nsift devoir f e-takwine?", "dig-etakwine-submission"),
     A("w ila kan lfichier kbir bzaf?", "dig-etakwine-submission"),
     OL("3awd liya b lfrancais 3afak", "fr", "dig-etakwine-submission")],
    [CLAR("grille"),
     CONF("dyal observation f l9ism", "sup-observation-grid"),
     EX("3tini mital", "sup-observation-grid")],
    [CAL("imta live dyal module 4?"),
     A("w ila ma9dertch nhdr, fin nl9a l'enregistrement?", "faq-recordings")],
    [A("chno hiya évaluation sommative?", "ass-summative"),
     EX("3tini mital f crmef", "ass-summative"),
     A("w kifach ndmjha m3a formative f module wa7ed?", "ass-formative-vs-summative")],
    [A("kifach ndiro groupe d'entraide m3a s7abi f mooc?", "tut-peer-support"),
     A("w bghina nsewlo tuteur, kifach nwslo lih?", "faq-contact-tutor"),
     A("ch7al ghadi ytsna bach yjawb?", "tut-response-times")],
    [CLAR("tuteur"),
     CONF("kifach ntwasl m3ah", "faq-contact-tutor"),
     HUM("safi bghit n7ki m3a tuteur daba")],
    [A("chno howa l'alignement pédagogique?", "eng-alignment"),
     EX("3tini mital dyal désalignement", "eng-alignment"),
     OL("b lfrancais kamla 3afak", "fr", "eng-alignment")],
    [A("kan7ess b stress kbir f had l mooc, kankhaf nghlat f plateforme", "fac-online-anxiety"),
     A("w tuteur kifach y3awnni n7ess rasi m3a lgroupe?", "tut-socio-cognitive-role")],
    [A("mentorat dyal prof jdid, chno dawr dyal mentor?", "sup-mentoring"),
     A("w plan dyal développement professionnel dyalo kifach nsawboh m3a ba3d?", "sup-development-plan"),
     EX("3tini mital dyal objectif", "sup-development-plan"),
     CAL("imta deadline dyal plan d'accompagnement f module 5?")],
    [A("chno lfar9 bin attestation w open badge?", "ass-certificates-badges"),
     A("w attestation dyal had l mooc kifach nakhdha?", "dig-etakwine-attestation"),
     OL("b lfrancais 3afak", "fr", "dig-etakwine-attestation")],
]

# ------------------------------------------------------------------ write
def main():
    rows = []
    def add(text, variety, expected, kind):
        rows.append({"id": "q%03d" % (len(rows) + 1), "question": text, "lang": LANG[variety],
                     "variety": variety, "expected": expected, "kind": kind})
    for v in VARS:
        for text, exp in CONTENT[v]:
            add(text, v, exp, "content")
    for kind, table in (("out_of_scope", OOS), ("calendar", CALENDAR), ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for text in table[v]:
                add(text, v, [], kind)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ds = []
    for v in VARS:
        for turns in DIALOGUES[v]:
            ds.append({"id": "d%02d" % (len(ds) + 1), "lang": LANG[v], "variety": v, "turns": turns})
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in ds:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(rows), "questions,", len(ds), "dialogues")

if __name__ == "__main__":
    main()
