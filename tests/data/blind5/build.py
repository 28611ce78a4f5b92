"""Blind evaluation set #5 for Rafiq, hand-written.
Run: python3 build.py  -> writes questions.jsonl and dialogues.jsonl next to this file.
Content questions are written section by section (tuples: variety, question, expected ids);
the build regroups them by variety in the required order."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

CONTENT = []
def C(*rows):
    CONTENT.extend(rows)

# ---------------- charter ----------------
C(
 ("fr", "Mon message sur le forum a été caché alors qu'il n'avait rien de méchant, je peux faire quoi pour qu'on le remette ?", ["charter-appeal"]),
 ("darija", "حيدو ليا واحد الميساج من المنتدى وأنا ما درت والو، كيفاش نعترض على هاد القرار؟", ["charter-appeal"]),
 ("msa", "من يقرر حذف المشاركات في منتدى المساق، وهل يتم ذلك آليا أم من طرف أشخاص؟", ["charter-moderation"]),
 ("arabizi", "chno kay w9e3 l message mli kanpubliyih f forum? wach kaytchaf 9bel ma ybane?", ["charter-moderation"]),
 ("fr", "Un collègue a fait une blague sur les gens de Marrakech dans un fil, c'est accepté sur le forum ça ?", ["charter-no-hate", "charter-respect"]),
 ("msa", "هل مسموح أن نتناقش في المنتدى حول المساواة بين الجنسين في المدرسة، أم يعد ذلك خرقا للميثاق؟", ["charter-no-hate"]),
 ("darija", "واحد فالمنتدى كيبيع تقارير التدريب واجدين، واش هادشي مسموح؟", ["charter-no-spam"]),
 ("arabizi", "wa7d 7at lien f forum kay9ol ila khlsti ghadi ydir lik mutation, wach nti9 fih?", ["charter-no-spam"]),
 ("fr", "Est-ce que je peux ouvrir un fil sur le match de dimanche dans le forum du MOOC ?", ["charter-on-topic"]),
 ("msa", "هل يجوز أن أطرح في منتدى المساق مشكلتي مع مصلحة الأجور؟", ["charter-on-topic"]),
 ("darija", "بغيت نحط النمرة ديال التيليفون ديالي فالمنتدى باش يتاصلو بيا الزملاء، واش ينفع؟", ["charter-personal-data"]),
 ("arabizi", "3lach t5ba numero dyal tel li kteb f message dyali f forum?", ["charter-personal-data", "charter-moderation"]),
 ("fr", "Un participant s'en prend à moi dans tous mes fils sur le forum, je lui réponds ?", ["charter-respect"]),
 ("msa", "ما الذي يعد إساءة إلى زميل في المنتدى، وكيف أتصرف إذا تعرضت للسخرية؟", ["charter-respect"]),
 ("darija", "شنو هوما الحوايج اللي مرحب بيهم فالمنتدى؟ واش نقدر نحكي تجربة ديالي اللي ما نجحاتش؟", ["charter-welcome"]),
 ("arabizi", "3andi so2al basit bzaf w 7chamt n7tto f forum, wach had nou3 dyal les questions mr7ba bih?", ["charter-welcome"]),
)

# ---------------- FAQ ----------------
C(
 ("fr", "L'attestation du MOOC, elle va compter pour ma promotion ou pas ?", ["faq-attestation-career"]),
 ("msa", "هل تعتمد شهادة هذا المساق في ملف الترشيح لمنصب مسؤولية؟", ["faq-attestation-career"]),
 ("arabizi", "wach chahada dyal had l MOOC kat7seb f tar9iya?", ["faq-attestation-career"]),
 ("darija", "عندي مهمة فالخارج هاد الشهور، واش نقدر ندوز للفوج اللي من بعد؟", ["faq-change-cohort"]),
 ("arabizi", "wach n9der nbeddel la cohorte? jani congé maladie", ["faq-change-cohort"]),
 ("darija", "عندي مشكل ديال الصحة وبغيت نعلم المؤطر، نكتب ليه فالمنتدى ولا فين؟", ["faq-contact-tutor"]),
 ("msa", "أين أجد أسماء المؤطرين المكلفين بفوجي وكيف أراسلهم؟", ["faq-contact-tutor"]),
 ("darija", "كيفاش نتواصل مع المؤطر ديالي؟ ما عرفتش فين نلقاه", ["faq-contact-tutor"]),
 ("fr", "Le MOOC est payant ? On m'a parlé de frais d'inscription", ["faq-free"]),
 ("darija", "واحد طلب مني 200 درهم باش يسجلني فالمساق، واش خاصني نخلص؟", ["faq-free", "charter-no-spam"]),
 ("arabizi", "wach l MOOC bl flous wla fabor?", ["faq-free"]),
 ("msa", "هل يسمح لي بكتابة الواجب باللغة الفرنسية بدل العربية؟", ["faq-language"]),
 ("arabizi", "wach n9der nkteb b darija f forum?", ["faq-language"]),
 ("fr", "J'ai la surveillance du bac toute la semaine, je ne pourrai pas rendre le devoir à temps, qu'est-ce que je fais ?", ["faq-late-submission"]),
 ("msa", "فاتني أجل إيداع الواجب بسبب المرض، هل ما زال بإمكاني إرساله؟", ["faq-late-submission"]),
 ("darija", "الديدلاين داز وأنا ما صيفطتش الواجب، واش باقي شي حل؟", ["faq-late-submission"]),
 ("fr", "j'ai raté la classe virtuelle hier j'avais cours, c grave ?", ["faq-missed-live"]),
 ("msa", "ماذا أفعل لتعويض حصة مباشرة لم أتمكن من حضورها؟", ["faq-missed-live", "faq-recordings"]),
 ("arabizi", "fatetni la séance live dyal lbar7, chno ndir?", ["faq-missed-live"]),
 ("darija", "ما عنديش بيسي، واش نقدر نتبع المساق غير بالتيليفون؟", ["faq-mobile"]),
 ("arabizi", "l forfait dyali kaysali bzf b les vidéos dyal l MOOC, chi nasi7a?", ["faq-mobile"]),
 ("fr", "Est-ce qu'il y a une appli pour suivre le MOOC sur smartphone ?", ["faq-mobile"]),
 ("fr", "Où est-ce que je retrouve la vidéo de la dernière classe virtuelle ?", ["faq-recordings"]),
 ("msa", "هل يمكنني نشر تسجيل الحصة المباشرة في مجموعة واتساب خاصة بزملائي؟", ["faq-recordings"]),
 ("darija", "فين كيحطو التسجيلات ديال الحصص المباشرة؟ وحتى لإمتى كيبقاو؟", ["faq-recordings"]),
 ("fr", "Combien de temps par semaine je dois consacrer au MOOC ?", ["faq-weekly-hours"]),
 ("darija", "شحال ديال السوايع فالسيمانة خاصني نخدم على المساق؟", ["faq-weekly-hours"]),
 ("arabizi", "ch7al mn sa3a f simana khass l MOOC? ana m9echer bzf f lmarkaz", ["faq-weekly-hours"]),
)

# ---------------- le métier de formateur ----------------
C(
 ("fr", "On co-anime une séance à deux formateurs la semaine prochaine, comment s'organiser pour que ça se passe bien ?", ["prof-collaboration"]),
 ("darija", "أنا وزميلي غادي نصححو نفس الأوراق، كيفاش نتفاهمو على التنقيط باش يكون منسجم؟", ["prof-collaboration", "ass-rubrics"]),
 ("msa", "كيف يواصل المكون تطوير كفاياته طيلة مساره دون الاكتفاء بالدورات الرسمية؟", ["prof-continuing-development"]),
 ("arabizi", "ana formateur jdid f CRMEF, b chno nbda bach nkwen rasi?", ["prof-continuing-development"]),
 ("fr", "Une stagiaire m'a confié un problème familial qui perturbe son stage, je dois en parler à la direction ?", ["prof-ethics"]),
 ("msa", "هل يحق للمكون أن يقدم دروسا خصوصية مؤدى عنها لمتدربيه؟", ["prof-ethics"]),
 ("darija", "كنت أستاذ ودابا وليت مكون فالمركز، كنحس براسي ضايع بين الجوج، واش هادشي عادي؟", ["prof-identity"]),
 ("arabizi", "chno hiya l'identité professionnelle dyal formateur?", ["prof-identity"]),
 ("msa", "ما الفرق بين مهام المراكز الجهوية ومركز تكوين المفتشين ومركز التوجيه والتخطيط التربوي؟", ["prof-institutions"]),
 ("arabizi", "chno tbeddel m3a l9anoun l itar 51-17 bnisba l formateur?", ["prof-institutions"]),
 ("fr", "Je fais surtout des exposés magistraux, comment passer à une posture d'accompagnement ?", ["prof-posture"]),
 ("darija", "شنو معنى المكون يكون مواكب ماشي غير كيلقي الدرس؟", ["prof-posture"]),
 ("msa", "هل صحيح أن على المدرس أن يراعي نمط التعلم (بصري، سمعي، حركي) لكل تلميذ؟", ["prof-research-informed"]),
 ("darija", "فين نلقى مقالات علمية موثوقة نبني عليها الاختيارات ديالي فالتكوين؟", ["prof-research-informed"]),
 ("arabizi", "chno homa les rôles dyal formateur? ana ghir kan9ri f l9ism", ["prof-roles"]),
 ("msa", "ما هي الأدوار التي يضطلع بها مكون الأساتذة؟", ["prof-roles"]),
 ("fr", "Quelles valeurs un formateur est censé faire vivre devant ses stagiaires ?", ["prof-values"]),
 ("darija", "شنو هي القيم ديال المكون؟ سمعت على التقاسم والانفتاح", ["prof-values"]),
)

# ---------------- ingénierie de la formation ----------------
C(
 ("fr", "Mon contrôle final, c'est un QCM, alors que je veux que les stagiaires sachent fabriquer une grille : ça pose problème ?", ["eng-alignment"]),
 ("msa", "ما المقصود بالانسجام البيداغوجي؟", ["eng-alignment"]),
 ("msa", "كيف أقيس أثر دورة تكوينية نظمتها للأساتذة على ممارساتهم داخل القسم؟", ["eng-evaluation-of-training"]),
 ("arabizi", "chno howa model Kirkpatrick?", ["eng-evaluation-of-training"]),
 ("fr", "Comment mettre en place une classe inversée avec mes stagiaires ?", ["eng-flipped"]),
 ("darija", "شنو هو التكوين المعكوس؟", ["eng-flipped"]),
 ("arabizi", "bghit ndir classe inversée walakin stagiaires ma kayqraw walou 9bel séance, chno ndir?", ["eng-flipped"]),
 ("msa", "كيف أصمم تكوينا يمزج بين الحضوري والتعلم عن بعد؟", ["eng-hybrid"]),
 ("darija", "بغيت نصمم تكوين هجين، شنو ندير حضوري وشنو ندير عن بعد؟", ["eng-hybrid"]),
 ("arabizi", "far9 bin SPOC w MOOC? ach ysla7 l stagiaires dyal CRMEF?", ["eng-mooc-formats"]),
 ("darija", "شنو الفرق بين cMOOC و xMOOC؟ وشنو اللي كيصلح لمكونين جايين من بزاف ديال المراكز؟", ["eng-mooc-formats"]),
 ("fr", "La direction provinciale veut que j'organise une formation « numérique » pour les profs : comment cerner d'abord leurs vrais besoins ?", ["eng-needs-analysis"]),
 ("msa", "ما الفرق بين الطلب والحاجة عند تحليل الحاجات التكوينية؟", ["eng-needs-analysis"]),
 ("arabizi", "kifach ndir analyse des besoins l chi groupe dyal stagiaires?", ["eng-needs-analysis"]),
 ("fr", "Comment rédiger un objectif opérationnel correct ?", ["eng-objectives-competencies"]),
 ("msa", "ما الفرق بين الكفاية والهدف الإجرائي؟", ["eng-objectives-competencies"]),
 ("darija", "واش نقدر نكتب الهدف بفعل بحال يعرف ولا يفهم؟", ["eng-objectives-competencies"]),
 ("fr", "demain j'ai une séance de 3h avec des stagiaires du primaire, comment je la prépare ?", ["eng-session-preparation", "fac-time-management"]),
 ("msa", "ما هي خطوات تحضير حصة تكوينية؟", ["eng-session-preparation"]),
 ("arabizi", "kifach n7addar séance dyal formation? 3andi ghda m3a stagiaires", ["eng-session-preparation"]),
 ("msa", "كيف أبني سيناريو بيداغوجيا يقوم على مهمة مركبة؟", ["eng-task-scenarios"]),
 ("fr", "c koi un scenario pedagogique base sur une tache", ["eng-task-scenarios"]),
 ("darija", "طلبو مني نوجد مخطط التكوين ديال العام كامل، كيفاش نبنيه؟", ["eng-training-plan"]),
 ("msa", "ما الفرق بين مخطط التكوين وجذاذة الحصة؟", ["eng-training-plan", "eng-session-preparation"]),
)

# ---------------- animation de la formation ----------------
C(
 ("fr", "Quelles méthodes actives utiliser avec des enseignants en formation continue ?", ["fac-active-methods"]),
 ("msa", "ما هي الطرائق النشيطة الملائمة لتكوين الأساتذة؟", ["fac-active-methods"]),
 ("arabizi", "3tini chi méthodes actives bach ma nb9ach ghir kanhder f séance", ["fac-active-methods"]),
 ("arabizi", "chno hiya andragogie w kifach kayt3almo lkbar?", ["fac-adult-learners"]),
 ("darija", "المتدربين ديالي كبار وعندهم تجربة، كيفاش نتعامل معاهم فالتكوين؟", ["fac-adult-learners"]),
 ("fr", "Un stagiaire monopolise la parole pendant mes séances, comment le gérer sans le vexer ?", ["fac-difficult-situations"]),
 ("darija", "واحد المتدرب كيعارضني قدام الجميع فكل حصة، شنو ندير؟", ["fac-difficult-situations"]),
 ("arabizi", "stagiaire ma mhtamch ga3 f séance, kifach nt3amel m3ah?", ["fac-difficult-situations"]),
 ("fr", "En atelier, comment éviter qu'un seul stagiaire fasse tout le boulot pour son groupe ?", ["fac-group-work"]),
 ("msa", "كم ينبغي أن يكون عدد أفراد المجموعة في العمل الجماعي؟", ["fac-group-work"]),
 ("darija", "كيفاش نقسم المتدربين لمجموعات ونعطيهم أدوار؟", ["fac-group-work"]),
 ("msa", "ما هو التدريس المصغر وكيف يطبق في المركز الجهوي؟", ["fac-micro-teaching"]),
 ("arabizi", "kifach ndir micro-enseignement m3a stagiaires dyali?", ["fac-micro-teaching"]),
 ("fr", "mes stagiaires sont stressés d'être filmés pendant le micro-enseignement, on fait quoi de la vidéo après ?", ["fac-micro-teaching"]),
 ("arabizi", "kifach nkhalli les participants motivés 7ta l'akhir dyal formation twila?", ["fac-motivation"]),
 ("darija", "شنو هي نظرية التحديد الذاتي ديال ديسي وريان؟", ["fac-motivation"]),
 ("fr", "J'ai peur d'écrire sur le forum, des inspecteurs le lisent... c'est normal ?", ["fac-online-anxiety"]),
 ("msa", "كيف يمكن للمكون أن يخفف قلق المشاركين من التعلم عبر الإنترنت؟", ["fac-online-anxiety"]),
 ("arabizi", "kankhaf nghlet f la plateforme w kan7ess rasi m3ttel 3la nass, chno ndir?", ["fac-online-anxiety"]),
 ("msa", "كيف أفتتح حصة تكوينية مع مجموعة جديدة؟", ["fac-opening-closing"]),
 ("arabizi", "3tini chi idée dyal brise-glace l groupe jdid", ["fac-opening-closing"]),
 ("arabizi", "dima kaysali lia lwe9t 9bel ma ndir synthèse f séance, chno ndir?", ["fac-time-management"]),
 ("darija", "كيفاش نقسم الوقت ديال الحصة بين الأنشطة والتركيب؟", ["fac-time-management"]),
)

# ---------------- évaluation des apprentissages ----------------
C(
 ("darija", "شنو الفرق بين شهادة النجاح والشارة الرقمية المفتوحة؟", ["ass-certificates-badges"]),
 ("msa", "ما هي الشارة الرقمية المفتوحة؟", ["ass-certificates-badges"]),
 ("fr", "Quand faire une évaluation diagnostique, et ça sert à quoi au juste ?", ["ass-diagnostic"]),
 ("msa", "هل ينبغي إسناد نقطة في التقويم التشخيصي؟", ["ass-diagnostic"]),
 ("arabizi", "chno hiya l'évaluation diagnostique?", ["ass-diagnostic"]),
 ("fr", "Comment donner un retour écrit utile sur une fiche de préparation ?", ["ass-feedback"]),
 ("darija", "كيفاش نعطي تغذية راجعة للمتدرب بلا ما نحبطو؟", ["ass-feedback"]),
 ("arabizi", "feedback mzyan kifach khasso ykoun?", ["ass-feedback"]),
 ("darija", "عافاك الفرق بين التكويني والإجمالي فالتقويم؟ غدا عندي حصة عليه", ["ass-formative-vs-summative"]),
 ("fr", "formative et sommative, on peut les combiner dans un même module ?", ["ass-formative-vs-summative"]),
 ("arabizi", "far9 bin taqwim takwini w ijmali?", ["ass-formative-vs-summative"]),
 ("fr", "C'est quoi l'évaluation formative ?", ["ass-formative"]),
 ("msa", "اقترح علي تقنيات للتقويم التكويني داخل الحصة", ["ass-formative"]),
 ("arabizi", "evaluation formative wach kat7tasb f nno9ta?", ["ass-formative", "ass-formative-vs-summative"]),
 ("fr", "Comment organiser une évaluation par les pairs fiable dans un MOOC ?", ["ass-peer"]),
 ("darija", "الزملاء كيعطيو لبعضياتهم نقط زوينة بزاف فالتقويم بين الأقران، كيفاش نتفاداو هادشي؟", ["ass-peer"]),
 ("arabizi", "3lach khassni n9yyem les devoirs dyal nass khrin f l MOOC?", ["ass-peer"]),
 ("msa", "ماذا يتضمن ملف الإنجاز الخاص بأستاذ متدرب؟", ["ass-portfolio"]),
 ("arabizi", "portfolio dyal stagiaire chno ndir fih?", ["ass-portfolio"]),
 ("fr", "Comment je construis une grille critériée pour corriger des productions ?", ["ass-rubrics"]),
 ("msa", "ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),
 ("darija", "شحال ديال المعايير خاص يكونو فالشبكة ديال التقويم؟", ["ass-rubrics"]),
 ("msa", "كيف أدرب المتدربين على التقويم الذاتي؟", ["ass-self-assessment"]),
 ("fr", "c'est quoi la métacognition concrètement ?", ["ass-self-assessment"]),
 ("darija", "كيفاش نوجد امتحان آخر المجزوءة يكون عادل؟", ["ass-summative"]),
 ("arabizi", "l'évaluation sommative chno hiya w imta katdar?", ["ass-summative"]),
)

# ---------------- accompagnement professionnel ----------------
C(
 ("fr", "Je voudrais lancer une recherche-action dans ma classe, quelles sont les étapes ?", ["sup-action-research"]),
 ("darija", "المتدرب بغا يدير بحث التخرج على شكل بحث إجرائي، كيفاش نعاونو؟", ["sup-action-research"]),
 ("msa", "كيف تسير جلسة مجموعة تحليل الممارسات؟", ["sup-analysis-of-practice"]),
 ("arabizi", "chno howa GEASE?", ["sup-analysis-of-practice"]),
 ("arabizi", "kifach nkteb plan dyal développement professionnel dyali l had l3am?", ["sup-development-plan"]),
 ("darija", "شنو هو المخطط الفردي للتنمية المهنية؟", ["sup-development-plan"]),
 ("msa", "كيف أطلق مجتمع تعلم مهني مع زملائي في المؤسسة؟", ["sup-learning-communities"]),
 ("darija", "شنو الفرق بين مجتمع التعلم المهني والاجتماع العادي ديال الفريق؟", ["sup-learning-communities"]),
 ("arabizi", "kifach nkoun mentor mzyan l wa7d prof jdid?", ["sup-mentoring"]),
 ("msa", "هل يجوز أن يشارك المرشد في تقويم ترسيم الأستاذ المبتدئ الذي يرافقه؟", ["sup-mentoring"]),
 ("fr", "Je dois observer une classe multiniveaux, comment construire ma grille d'observation ?", ["sup-observation-grid"]),
 ("darija", "شنو هي شبكة الملاحظة وشحال من مؤشر خاص يكون فيها؟", ["sup-observation-grid"]),
 ("fr", "Première visite de classe d'un stagiaire la semaine prochaine : comment bien l'observer ?", ["sup-observation"]),
 ("msa", "أين أجلس أثناء الملاحظة الصفية وماذا أدون؟", ["sup-observation"]),
 ("arabizi", "mli kanmchi n observer stagiaire f l9ism, wach n9der ntdkhel?", ["sup-observation"]),
 ("fr", "Comment mener l'entretien après une visite de classe ?", ["sup-post-observation-interview"]),
 ("darija", "إمتى خاصني ندير المقابلة البعدية مع الأستاذ المتدرب؟", ["sup-post-observation-interview"]),
 ("arabizi", "entretien post-observation kifach nbdah?", ["sup-post-observation-interview"]),
 ("msa", "ما المقصود بالممارسة التأملية؟", ["sup-reflective-practice"]),
 ("fr", "Mes stagiaires écrivent des journaux de bord qui racontent juste la séance, comment les rendre plus réflexifs ?", ["sup-reflective-practice"]),
 ("darija", "شنو الفرق بين التأمل وسط الفعل والتأمل من بعد الفعل عند شون؟", ["sup-reflective-practice"]),
)

# ---------------- numérique et e-Takwine ----------------
C(
 ("msa", "هل يحق لي نشر فيديو لحصة يظهر فيها تلاميذ قاصرون في مجموعة واتساب المتدربين؟", ["dig-data-privacy", "prof-ethics"]),
 ("arabizi", "chno hiya loi 09-08 w CNDP?", ["dig-data-privacy"]),
 ("fr", "Comment télécharger mon attestation de réussite sur e-Takwine ?", ["dig-etakwine-attestation"]),
 ("darija", "سالينا المساق وباقي ما بانتش ليا الشهادة، علاش؟", ["dig-etakwine-attestation"]),
 ("arabizi", "smiti mktouba ghalta f chahada, kifach nsl7ha?", ["dig-etakwine-attestation"]),
 ("fr", "mot de passe oublié je peux plus me connecter", ["dig-etakwine-login-password"]),
 ("darija", "نسيت كلمة السر ديال e-Takwine، كيفاش نرجعها؟", ["dig-etakwine-login-password"]),
 ("arabizi", "compte dyali tbloka mn ba3d ma dkhlt mot de passe ghalat bzf d lmerrat", ["dig-etakwine-login-password"]),
 ("msa", "أين أجد المنتدى والموارد بعد الدخول إلى المنصة؟", ["dig-etakwine-navigation"]),
 ("fr", "Je suis perdue sur e-Takwine, le module 3 est grisé, c'est normal ?", ["dig-etakwine-navigation"]),
 ("arabizi", "kifach ndir inscription f e-Takwine? fin kayn lien?", ["dig-etakwine-registration"]),
 ("msa", "كيف أسجل في منصة e-Takwine لأول مرة؟", ["dig-etakwine-registration"]),
 ("fr", "La plateforme me dit que mon adresse mail est déjà utilisée, je crée un autre compte ?", ["dig-etakwine-registration"]),
 ("fr", "J'ai déposé mon devoir mais le tuteur dit qu'il ne le voit pas", ["dig-etakwine-submission"]),
 ("darija", "كيفاش نحط الواجب فالمنصة؟", ["dig-etakwine-submission"]),
 ("arabizi", "fichier dyal devoir kbir bzf, ma bghach ytla3", ["dig-etakwine-submission", "dig-etakwine-technical"]),
 ("msa", "مقاطع الفيديو لا تشتغل على المنصة، ماذا أفعل؟", ["dig-etakwine-technical"]),
 ("darija", "الصفحة ديال البلاتفورم ما كتبانش مزيان وواحد البوطونة ما خدامش، شكون نتاصل بيه؟", ["dig-etakwine-technical"]),
 ("fr", "Le micro ne marche pas dans la classe virtuelle, je vérifie quoi ?", ["dig-etakwine-technical"]),
 ("darija", "شنو هو نموذج SAMR؟ وكيفاش نستعملو فالحصة؟", ["dig-ict-integration"]),
 ("msa", "كيف أختار أداة رقمية مناسبة لحصة تكوينية؟", ["dig-ict-integration"]),
 ("darija", "شنو هي النتيكيت؟", ["dig-netiquette"]),
 ("arabizi", "kifach nkteb message mzyan f forum bla ma ybanch l nass 9aseh?", ["dig-netiquette"]),
 ("msa", "هل يجوز أن أترجم إلى العربية بطاقة منشورة تحت رخصة CC BY-SA؟", ["dig-resources-copyright"]),
 ("fr", "Une vidéo trouvée sur YouTube, j'ai le droit de la remonter pour ma séance ?", ["dig-resources-copyright"]),
)

# ---------------- tutorat en ligne ----------------
C(
 ("fr", "Comment bien poser ma question pour que le tuteur me réponde vite ?", ["tut-asking-good-questions"]),
 ("darija", "كيفاش نكتب السؤال لرفيق باش يفهمني مزيان؟", ["tut-asking-good-questions"]),
 ("msa", "كيف يتابع المؤطر المشاركين الذين انقطعوا عن الدخول إلى المساق؟", ["tut-dropout-prevention"]),
 ("arabizi", "ana tuteur, kifach n relancer les inactifs bla ma nzid 3lihom?", ["tut-dropout-prevention"]),
 ("fr", "Je suis tuteur, comment animer le forum de mon module pour qu'il reste vivant ?", ["tut-forum-facilitation"]),
 ("msa", "كيف أنظم منتدى الدرس المفتوح حتى لا تتكاثر المواضيع المكررة؟", ["tut-forum-facilitation"]),
 ("darija", "شنو هو الدور التنظيمي ديال المؤطر؟", ["tut-organizational-role"]),
 ("fr", "J'ai reçu deux annonces avec deux échéances différentes pour le même devoir, je me fie à laquelle ?", ["tut-organizational-role"]),
 ("msa", "ماذا يعني أن للمؤطر في المساق دورا بيداغوجيا؟", ["tut-pedagogical-role"]),
 ("arabizi", "chno kaydir rafiq w chno kaydir tuteur f les questions dyal lcontenu?", ["tut-pedagogical-role"]),
 ("arabizi", "kan7ess rasi bou7di f had l MOOC, kayn chi groupe d'étude?", ["tut-peer-support"]),
 ("darija", "كيفاش نكونو مجموعة ديال الدراسة مع شي زملاء من المساق؟", ["tut-peer-support"]),
 ("fr", "Dans quels cas Rafiq transmet ma question à un tuteur ?", ["tut-rafiq-escalation"]),
 ("msa", "ماذا يحدث لسؤالي عندما لا يجد رفيق جوابا عنه؟", ["tut-rafiq-escalation"]),
 ("darija", "إلى رفيق ما عرفش يجاوبني، شكون غادي يجاوبني ومنين غادي يوصلني الجواب؟", ["tut-rafiq-escalation"]),
 ("msa", "كم من الوقت يستغرق رد المؤطر عادة؟", ["tut-response-times", "faq-contact-tutor"]),
 ("arabizi", "ch7al kayb9a tuteur bach yjawb? sifet lih mn lbar7", ["tut-response-times"]),
 ("fr", "Le tuteur a un rôle dit socio-cognitif, ça veut dire quoi concrètement ?", ["tut-socio-cognitive-role"]),
 ("darija", "كيفاش المؤطر يحافظ على الحماس والانتماء ديال المشاركين فالمساق؟", ["tut-socio-cognitive-role", "fac-motivation"]),
)


# ---------------- out of scope: 5 plausible trainer questions the guide does not answer, then 5 unrelated ----------------
OOS = {
 "fr": [
  "Quand est-ce que le rappel sur mon salaire de formateur sera versé ?",
  "Comment demander ma mutation vers le CRMEF de Fès-Meknès ?",
  "Est-ce que les formateurs des CRMEF sont concernés par la grève nationale de jeudi ?",
  "Les résultats du concours d'accès au CFIE sont-ils déjà publiés ?",
  "Combien de jours de congé exceptionnel un formateur peut-il prendre pour un mariage ?",
  "Il va faire quel temps à Agadir ce week-end ?",
  "Tu as une bonne recette de tajine aux pruneaux ?",
  "Qui a gagné le derby Raja-Wydad hier soir ?",
  "Raconte-moi une blague pour détendre l'ambiance",
  "Où trouver des chaussures de sport en solde à Rabat ?",
 ],
 "msa": [
  "متى ستصرف تعويضات التنقل الخاصة بزيارات التداريب الميدانية؟",
  "ما هي شروط المشاركة في الحركة الانتقالية لأطر المراكز الجهوية؟",
  "كم عدد المناصب المفتوحة في مباراة توظيف الأساتذة لهذه السنة؟",
  "هل سيتم تعديل النظام الأساسي لموظفي وزارة التربية الوطنية قريبا؟",
  "ما هي إجراءات طلب التقاعد النسبي بالنسبة لموظف في قطاع التعليم؟",
  "ما هي أحوال الطقس المتوقعة في فاس غدا؟",
  "ما هي عاصمة أستراليا؟",
  "اقترح علي وصفة سهلة لتحضير الحريرة",
  "من هو هداف البطولة الوطنية لكرة القدم هذا الموسم؟",
  "أريد شراء هدية لابني بمناسبة عيد ميلاده، ماذا تقترح؟",
 ],
 "darija": [
  "إمتى غادي يخرجو نتائج الترقية بالاختيار ديال هاد العام؟",
  "شحال كيشد المكون فالمركز الجهوي فالشهر؟",
  "واش كاين الإضراب نهار الخميس فالمراكز؟",
  "كيفاش نطلب شهادة العمل من المديرية الإقليمية؟",
  "واش كاين شي سكن وظيفي للمكونين فالمركز ديال مراكش؟",
  "واش غادي تشتا غدا فطنجة؟",
  "كيفاش نطيب طاجين بالبرقوق؟",
  "شكون ربح الماتش ديال المنتخب البارح؟",
  "عاود ليا شي نكتة تضحكني",
  "فين نشري حوايج العيد بثمن مناسب فكازا؟",
 ],
 "arabizi": [
  "imta ghadi ykhrjo natija dyal l'examen professionnel?",
  "ch7al l'indemnité dyal formateur f CRMEF?",
  "kifach ndir demande dyal mutation l Tanja?",
  "wach l'ministère ghadi yzid f salaire dyal les formateurs had l3am?",
  "fin nchouf natija dyal stagiaires dyali f concours dyal l'agrégation?",
  "ch7al daba l'euro b dirham?",
  "3tini chi recette dyal msemen sahla",
  "chkoun ghadi yrb7 la coupe d'Afrique?",
  "3tini chi nokta dyal l'ecole",
  "fin n9der nchri tomobil mosta3mla b taman mzyan?",
 ],
}

# ---------------- calendar ----------------
CAL = {
 "fr": [
  "Quand ouvre le module 3 ?",
  "C'est quand la date limite pour le devoir sur la grille d'évaluation critériée ?",
  "La classe virtuelle du module 5, c'est à quelle heure ?",
 ],
 "msa": [
  "متى تنتهي المجزوءة الأولى؟",
  "ما هو آخر أجل لإيداع واجب تحليل الحاجات التكوينية؟",
  "متى تنعقد الحصة المباشرة الختامية للفوج؟",
 ],
 "darija": [
  "إمتى كتسد المجزوءة ديال تقويم التعلمات؟",
  "الواجب ديال البورتريه المهني حتى لإمتى؟",
  "الحصة المباشرة ديال المجزوءة الثانية إمتى وفاش من ساعة؟",
 ],
 "arabizi": [
  "imta kaybda module 6?",
  "deadline dyal plan d'accompagnement imta?",
  "la classe virtuelle dyal module 4 imta?",
 ],
}

# ---------------- human ----------------
HUMAN = {
 "fr": [
  "Je voudrais parler à un vrai tuteur, pas à un robot.",
  "Passez-moi une personne de l'équipe s'il vous plaît",
  "Est-ce qu'un humain peut reprendre ma demande ?",
 ],
 "msa": [
  "أريد التحدث مع مؤطر بشري من فضلك",
  "حولني إلى شخص حقيقي من فريق المساق",
  "لا أريد جوابا آليا، أريد أن يجيبني أحد المؤطرين",
 ],
 "darija": [
  "بغيت نهضر مع شي بنادم ماشي روبو",
  "عافاك دوزني لشي مؤطر",
  "واش كاين شي واحد من الفريق نهضر معاه دابا؟",
 ],
 "arabizi": [
  "bghit nhder m3a tuteur 7a9i9i",
  "3afak 3tini chi bnadem mn l'équipe",
  "ma bghitch robot, bghit chi wa7d yjawbni",
 ],
}

# ---------------- social: greeting, thanks, mild discouragement (asks nothing) ----------------
SOCIAL = {
 "fr": ["Bonjour Rafiq !", "Merci beaucoup, c'est très clair", "Franchement ce MOOC me fatigue, j'ai l'impression de ne pas avancer..."],
 "msa": ["السلام عليكم، مساء الخير", "شكرا جزيلا على المساعدة", "أشعر ببعض الإحباط هذه الأيام، الدروس كثيرة"],
 "darija": ["السلام، لاباس عليك؟", "الله يجازيك بخير، فهمت دابا", "والله عييت من هاد المساق، كلشي كيبان ليا صعيب"],
 "arabizi": ["salam labas?", "choukran bzaf a Rafiq", "3yit w m9ala9 had simana, walo ma bgha ydkhol lia"],
}

# ---------------- dialogues ----------------
# Turn helpers. EX / OL copy the sections of the previous turn (the user asks for an example of,
# or a translation of, what was just answered).
def A(u, *secs): return ("answer", u, list(secs))
def CALT(u): return ("calendar", u, None)
def HUM(u): return ("human", u, None)
def CL(u): return ("clarify", u, None)
def CF(u, *secs): return ("confirm_clarification", u, list(secs))
def EX(u): return ("same_topic_example", u, None)
def OL(u): return ("same_topic_other_lang", u, None)

DIALOGUES = {
 "fr": [
  [CL("grille ?"),
   CF("Je parlais de la grille pour observer un stagiaire en classe", "sup-observation-grid"),
   EX("Tu peux me montrer à quoi ça ressemble concrètement ?")],
  [CL("attestation"),
   CF("Je veux savoir comment la récupérer sur la plateforme une fois le MOOC fini", "dig-etakwine-attestation"),
   OL("Tu peux me redire ça en arabe ?")],
  [A("Comment on organise un micro-enseignement avec des stagiaires de première année ?", "fac-micro-teaching"),
   A("Et la vidéo qu'on a tournée, on a le droit de la garder ?", "fac-micro-teaching", "dig-data-privacy")],
  [A("Comment je dépose mon devoir du module 2 sur la plateforme ?", "dig-etakwine-submission"),
   A("Et si je n'arrive pas à le rendre avant l'échéance ?", "faq-late-submission"),
   CALT("C'est quel jour exactement, la date limite du devoir sur l'analyse des besoins ?")],
  [A("Formative, sommative... c'est quoi la différence au juste ?", "ass-formative-vs-summative"),
   EX("Tu aurais un exemple dans un module de formation ?"),
   CALT("Merci. Au fait, le module 4 ouvre quand ?"),
   A("Et le devoir de ce module, c'est une grille critériée : des conseils pour la construire ?", "ass-rubrics")],
  [A("Comment préparer l'entretien avec un stagiaire après avoir observé sa séance ?", "sup-post-observation-interview"),
   OL("Peux-tu me donner la même réponse en arabe pour une collègue ?")],
  [A("Mon compte e-Takwine est bloqué, j'ai essayé plusieurs mots de passe", "dig-etakwine-login-password"),
   HUM("Ça ne marche toujours pas, je veux parler à quelqu'un de l'équipe"),
   A("En attendant, est-ce que je peux déposer mon devoir depuis mon téléphone ?", "faq-mobile", "dig-etakwine-submission")],
  [A("J'ai un stagiaire qui conteste tout ce que je dis en séance, je fais comment ?", "fac-difficult-situations"),
   A("Et si c'est en ligne, sur le forum, que ça dérape ?", "fac-difficult-situations", "charter-respect")],
  [CALT("Le live du module 3 c'est quel jour ?"),
   A("Et si je le rate, je fais comment ?", "faq-missed-live"),
   A("Les enregistrements, je les trouve où ?", "faq-recordings")],
  [A("C'est quoi l'andragogie ?", "fac-adult-learners"),
   A("Ok, et pour constituer les groupes de travail avec ces adultes, des conseils ?", "fac-group-work"),
   HUM("Je préfère voir ça directement avec un tuteur humain")],
 ],
 "msa": [
  [CL("التقويم"),
   CF("أقصد التقويم التشخيصي في بداية المجزوءة", "ass-diagnostic"),
   EX("هل يمكنك أن تعطيني مثالا؟")],
  [CL("الملاحظة"),
   CF("أقصد كيف أستعد لزيارة صفية لأستاذ متدرب", "sup-observation"),
   OL("أعد لي الجواب بالفرنسية من فضلك")],
  [A("كيف أصوغ هدفا إجرائيا جيدا؟", "eng-objectives-competencies"),
   EX("أعطني مثالا لهدف مصاغ بطريقة صحيحة")],
  [A("كيف أنظم التقويم بين الأقران في المساق؟", "ass-peer"),
   A("وإذا كانت التقييمات كلها مجاملة؟", "ass-peer"),
   CALT("متى آخر أجل لإيداع واجب شبكة التقويم المعيارية؟")],
  [A("نسيت كلمة المرور ولا أستطيع الدخول إلى المنصة", "dig-etakwine-login-password"),
   A("وإذا لم يعد بإمكاني الوصول إلى البريد الإلكتروني المرتبط بالحساب؟", "dig-etakwine-login-password"),
   HUM("أفضل أن أتحدث مع مؤطر بشري")],
  [A("ما هي الممارسة التأملية؟", "sup-reflective-practice"),
   OL("هل يمكنك ترجمة هذا الجواب إلى الفرنسية؟")],
  [CALT("متى تفتح المجزوءة الخامسة؟"),
   A("وما المقصود بالإرشاد المهني للمدرسين الجدد؟", "sup-mentoring")],
  [A("كيف أبني شبكة تقويم بالمعايير؟", "ass-rubrics"),
   A("وكم معيارا ينبغي أن تتضمن؟", "ass-rubrics"),
   A("شكرا، والآن كيف أودع الواجب في المنصة؟", "dig-etakwine-submission")],
  [A("كيف أصمم تكوينا هجينا؟", "eng-hybrid"),
   A("وإذا كان بعض المتدربين في مناطق ضعيفة الاتصال بالإنترنت؟", "eng-hybrid")],
  [A("كيف أجد مجموعة دراسة في المساق؟", "tut-peer-support"),
   HUM("لم أجد أي مجموعة، أريد التواصل مع مؤطر حقيقي")],
 ],
 "darija": [
  [CL("الشهادة"),
   CF("قصدي واش كتحسب فالترقية", "faq-attestation-career"),
   OL("عاودها ليا بالفرنسية عافاك")],
  [CL("المنتدى"),
   CF("قصدي كيفاش ننشط المنتدى ديال المجزوءة حيت أنا مؤطر", "tut-forum-facilitation"),
   EX("عطيني مثال على رسالة نفتح بيها الأسبوع")],
  [A("شنو الفرق بين التقويم التكويني والإجمالي؟", "ass-formative-vs-summative"),
   EX("عطيني مثال من الحصة ديالي"),
   OL("عاودو ليا بالفرنسية")],
  [A("كيفاش نتسجل فالمنصة ديال e-Takwine؟", "dig-etakwine-registration"),
   A("وإلا ما وصلنيش الإيميل ديال التفعيل؟", "dig-etakwine-registration"),
   CALT("وإمتى كتبدا المجزوءة الأولى؟")],
  [A("واحد المتدرب ما باغي يدير والو فالمجموعة", "fac-difficult-situations", "fac-group-work"),
   A("وكيفاش نوزع الأدوار فالمجموعة باش الكل يخدم؟", "fac-group-work")],
  [A("فاتتني الحصة المباشرة ديال البارح", "faq-missed-live"),
   HUM("بغيت نهضر مع شي مؤطر على النشاط اللي كان فيها"),
   A("وحتى يجاوبني، فين نلقى التسجيل ديالها؟", "faq-recordings")],
  [A("كيفاش نحضر حصة تكوينية ديال 3 سوايع؟", "eng-session-preparation"),
   A("وكيفاش نبدا الحصة مع مجموعة جديدة؟", "fac-opening-closing"),
   EX("عطيني مثال على لعبة ديال التعارف")],
  [A("شنو هي المقابلة البعدية؟", "sup-post-observation-interview"),
   CALT("واخا، وإمتى الحصة المباشرة ديال المواكبة المهنية؟"),
   A("رجعنا للمقابلة، شحال خاصها تدوم؟", "sup-post-observation-interview")],
  [A("كيفاش نحمي المعطيات ديال التلاميذ فالفيديو ديال الحصة؟", "dig-data-privacy"),
   A("وإلا بغيت ننشر الفيديو فالمنتدى؟", "dig-data-privacy", "charter-personal-data")],
  [A("ما عرفتش كيفاش نكتب السؤال لرفيق", "tut-asking-good-questions"),
   A("وشحال كيبقى المؤطر باش يجاوب إلا دوز ليه رفيق السؤال؟", "tut-response-times")],
 ],
 "arabizi": [
  [CL("taqwim"),
   CF("9sdt taqwim dyal les pairs f l MOOC", "ass-peer"),
   EX("3tini mital")],
  [CL("chahada?"),
   CF("bghit n3ref kifach nhabtha mn la plateforme", "dig-etakwine-attestation"),
   OL("3awdha lia b lfransawiya")],
  [A("kifach ndir entretien m3a stagiaire mn ba3d ma nchouf l 7issa dyalo?", "sup-post-observation-interview"),
   EX("3tini mital dyal so2al n9der nbda bih")],
  [A("nsit mot de passe", "dig-etakwine-login-password"),
   A("w ila l'email ma wslnich?", "dig-etakwine-login-password"),
   HUM("bghit nhder m3a chi wa7d mn support wla tuteur")],
  [A("chno hiya classe inversée?", "eng-flipped"),
   CALT("imta live dyal module 3?"),
   A("rj3na l classe inversée: w ila chi stagiaires ma 3andhomch connexion f dar?", "eng-flipped")],
  [A("ch7al khassni mn sa3a f simana l MOOC?", "faq-weekly-hours"),
   A("w ila kont m9echer bzf had chhar f lmarkaz?", "faq-weekly-hours"),
   CALT("deadline dyal devoir dyal module 2 imta?")],
  [A("stagiaire kayhder bzaf w ma kaykhllich lkhrin yhedro", "fac-difficult-situations"),
   EX("3tini mital chno ngoul lih")],
  [A("wach n9der nkteb devoir b lfrançais?", "faq-language"),
   A("w b darija f forum?", "faq-language")],
  [A("kifach nwajjed grille d'évaluation critériée?", "ass-rubrics"),
   OL("3awdha b lfrançais 3afak")],
  [CALT("module 4 imta kaybda?"),
   A("w chno hiya l'évaluation sommative li kayn fih?", "ass-summative"),
   HUM("bghit nhder m3a tuteur 7a9i9i daba")],
 ],
}

# ---------------- build ----------------
def build():
    qs = []
    def add(kind, v, text, exp):
        qs.append({"id": "q%03d" % (len(qs) + 1), "question": text, "lang": LANG[v], "variety": v,
                   "expected": exp, "kind": kind})
    for v in VARS:
        for vv, text, exp in CONTENT:
            if vv == v:
                add("content", v, text, exp)
    for kind, table in (("out_of_scope", OOS), ("calendar", CAL), ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for text in table[v]:
                add(kind, v, text, [])
    ds = []
    other = {"fr": "ar", "msa": "fr", "darija": "fr", "arabizi": "fr"}
    for v in VARS:
        for turns in DIALOGUES[v]:
            out, prev = [], None
            for kind, text, secs in turns:
                if kind in ("same_topic_example", "same_topic_other_lang"):
                    secs = list(prev["sections"])
                e = {"kind": kind}
                if kind == "same_topic_other_lang":
                    e["lang"] = other[v]
                if secs is not None:
                    e["sections"] = secs
                out.append({"user": text, "expect": e})
                prev = e
            ds.append({"id": "d%02d" % (len(ds) + 1), "lang": LANG[v], "variety": v, "turns": out})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in ds:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(qs)} questions, {len(ds)} dialogues")

if __name__ == "__main__":
    build()
