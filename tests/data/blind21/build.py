"""Blind set blind21 for Rafiq. Every question and turn below is hand-typed.
Code only assigns ids (q001.., d01..), lang and variety, and writes the jsonl files."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
VARS = ["fr", "msa", "darija", "arabizi"]

# ---------------------------------------------------------------- content (50 per variety)
CONTENT = {}
CONTENT["fr"] = [
    ("mon message sur le forum a ete masqué alors que j'ai rien fait de mal, comment je conteste ?", ["charter-appeal"]),
    ("un collegue a fait une blague sur les gens d'une ville dans le forum, c'est permis ca?", ["charter-no-hate"]),
    ("est ce qu'on peut parler politique ou foot dans le forum du mooc", ["charter-on-topic"]),
    ("un participant m'envoie des mp en boucle et se moque de moi dans plusieurs fils, je fais quoi", ["charter-respect"]),
    ("l'attestation du mooc elle compte pour la promotion ?", ["faq-attestation-career"]),
    ("comment joindre mon tuteur pour un souci perso (maladie) sans passer par le forum", ["faq-contact-tutor"]),
    ("je peux rediger mon devoir en arabe ou c obligatoire en francais?", ["faq-language"]),
    ("j'ai raté la classe virtuelle d'hier a cause d'une reunion, je peux la revoir quelque part?", ["faq-missed-live", "faq-recordings"]),
    ("enregistrement classe virtuelle introuvable, il est publié ou et combien de temps il reste dispo", ["faq-recordings"]),
    ("co-animation avec un collegue : comment se partager les roles sans se contredire devant le groupe", ["prof-collaboration"]),
    ("un stagiaire me confie un probleme familial qui pese sur son stage, je dois en parler a la direction? deontologie", ["prof-ethics"]),
    ("c quoi la difference entre CRMEF, CFIE et COPE ?", ["prof-institutions"]),
    ("styles d'apprentissage visuel auditif kinesthesique c'est prouvé par la recherche ou pas", ["prof-research-informed"]),
    ("valeurs du formateur partage collaboration ouverture", ["prof-values"]),
    ("modele de kirkpatrick 4 niveaux", ["eng-evaluation-of-training"]),
    ("comment articuler presentiel et distanciel dans une formation hybride", ["eng-hybrid"]),
    ("difference entre demande et besoin de formation?", ["eng-needs-analysis"]),
    ("je dois preparer une seance de 3h pour des stagiaires demain, par ou je commence", ["eng-session-preparation"]),
    ("plan de formation annuel pour une direction provinciale, quelles etapes", ["eng-training-plan"]),
    ("andragogie knowles principes", ["fac-adult-learners"]),
    ("travail en groupe : combien de personnes par groupe et quels roles donner a chacun", ["fac-group-work"]),
    ("comment garder les participants motivés sur une formation de plusieurs mois, ils lachent apres 3 semaines", ["fac-motivation"]),
    ("idees de brise glace pour le debut d'une seance avec des adultes", ["fac-opening-closing"]),
    ("open badge c quoi la diff avec un certificat", ["ass-certificates-badges"]),
    ("comment faire un retour utile sur la fiche de prep d'un stagiaire sans le decourager", ["ass-feedback"]),
    ("evaluation formative c'est quoi exactement", ["ass-formative"]),
    ("portfolio stagiaire crmef on met quoi dedans", ["ass-portfolio"]),
    ("autoevaluation metacognition quels outils simples", ["ass-self-assessment"]),
    ("les etapes d'une recherche-action en classe svp", ["sup-action-research"]),
    ("plan individuel de developpement professionnel, modele de tableau ?", ["sup-development-plan"]),
    ("je suis mentor d'une enseignante debutante, comment organiser nos rencontres", ["sup-mentoring"]),
    ("visite de classe d'un stagiaire: ou je m'assois et qu'est ce que je note", ["sup-observation"]),
    ("journal de bord reflexif, quelles questions proposer aux stagiaires apres chaque seance", ["sup-reflective-practice"]),
    ("comment telecharger mon attestation sur etakwine", ["dig-etakwine-attestation"]),
    ("je trouve pas le fil du module 3 sur la plateforme et le module est grisé", ["dig-etakwine-navigation"]),
    ("j'ai deposé mon devoir mais le tuteur dit qu'il le voit pas, c'est resté en brouillon?", ["dig-etakwine-submission"]),
    ("modele SAMR explication rapide", ["dig-ict-integration"]),
    ("video sous licence CC BY-NC-ND, j'ai le droit de la sous-titrer ?", ["dig-resources-copyright"]),
    ("comment relancer les inscrits inactifs sans les faire fuir", ["tut-dropout-prevention"]),
    ("role organisationnel du tuteur en ligne c quoi concretement", ["tut-organizational-role"]),
    ("je voudrais monter un groupe d'etude avec des collegues du mooc, on doit etre combien", ["tut-peer-support"]),
    ("en combien de temps un tuteur repond normalement ?", ["tut-response-times"]),
    ("mdp oublié etakwine et le mail de reinitialisation arrive pas", ["dig-etakwine-login-password"]),
    ("les videos coupent tout le temps sur la plateforme, j'ai une petite connexion", ["dig-etakwine-technical"]),
    ("le soir du rendu la plateforme a planté, j'ai pu rien envoyer. je fais comment pour le retard", ["faq-late-submission", "dig-etakwine-technical"]),
    ("grille criteriee : combien de criteres et comment ecrire les niveaux", ["ass-rubrics"]),
    ("evaluation par les pairs dans un mooc, comment eviter que tout le monde mette excellent", ["ass-peer"]),
    ("quelqu'un me demande 200 dh pour m'inscrire au mooc, c normal?", ["faq-free"]),
    ("exemple de grille d'observation pour une classe multiniveau", ["sup-observation-grid"]),
    ("difference formative sommative", ["ass-formative-vs-summative"]),
]
CONTENT["msa"] = [
    ("كيف أطعن في قرار إخفاء رسالتي في المنتدى؟", ["charter-appeal"]),
    ("هل يسمح بنشر إعلان عن دورة تكوينية مؤدى عنها في المنتدى؟", ["charter-no-spam"]),
    ("هل يمكنني نشر رقم هاتفي في المنتدى ليتصل بي الزملاء؟", ["charter-personal-data"]),
    ("زميل يسخر مني في المنتدى ويكرر ذلك، ماذا أفعل؟", ["charter-respect"]),
    ("أريد الانتقال إلى فوج آخر بسبب مهمة خارج المركز، هل هذا ممكن؟", ["faq-change-cohort"]),
    ("هل التسجيل في المساق مجاني أم توجد رسوم؟", ["faq-free"]),
    ("هل يمكنني كتابة الواجب باللغة الأمازيغية؟", ["faq-language"]),
    ("هل أستطيع متابعة المساق بالهاتف فقط دون حاسوب؟", ["faq-mobile"]),
    ("كم ساعة أحتاج أسبوعيا لمتابعة المساق؟", ["faq-weekly-hours"]),
    ("ما أشكال العمل الجماعي بين المكونين، كالتنشيط المشترك مثلا؟", ["prof-collaboration"]),
    ("كنت أستاذا ثم انتقلت إلى التكوين وما زلت أتصرف كأستاذ، كيف أبني هويتي كمكون؟", ["prof-identity"]),
    ("ما معنى وضعية المواكبة بدل الإلقاء؟", ["prof-posture"]),
    ("من أين أجد أبحاثا تربوية موثوقة أستند إليها في التكوين؟", ["prof-research-informed"]),
    ("ما المقصود بالانسجام البيداغوجي عند بيغز؟", ["eng-alignment"]),
    ("كيف أطبق التكوين المعكوس مع الأساتذة المتدربين؟", ["eng-flipped"]),
    ("في العدة الهجينة، ما الذي ينجز حضوريا وما الذي ينجز عن بعد؟", ["eng-hybrid"]),
    ("كيف أصوغ هدفا إجرائيا صياغة سليمة؟", ["eng-objectives-competencies"]),
    ("ما مكونات سيناريو بيداغوجي مبني على مهمة؟", ["eng-task-scenarios"]),
    ("ما العناصر التي ينبغي أن يتضمنها مخطط التكوين السنوي؟", ["eng-training-plan"]),
    ("متدرب يحتكر الكلام في كل حصة، كيف أتعامل معه؟", ["fac-difficult-situations"]),
    ("ما مراحل التدريس المصغر؟", ["fac-micro-teaching"]),
    ("نظرية التحديد الذاتي وعلاقتها بدافعية المتعلمين الكبار", ["fac-motivation"]),
    ("كيف أوزع الوقت داخل الحصة حتى لا يضيع التركيب في النهاية؟", ["fac-time-management"]),
    ("ما الغاية من التقويم التشخيصي في بداية المجزوءة؟", ["ass-diagnostic"]),
    ("ما خصائص التغذية الراجعة الفعالة؟", ["ass-feedback"]),
    ("كيف أنظم التقويم بين الأقران داخل فوج المتدربين؟", ["ass-peer"]),
    ("ما الفرق بين المعيار والمؤشر في شبكة التقويم؟", ["ass-rubrics"]),
    ("كيف أدرب المتدربين على تقويم أعمالهم بأنفسهم؟", ["ass-self-assessment"]),
    ("ما بروتوكول اشتغال مجموعة تحليل الممارسات؟", ["sup-analysis-of-practice"]),
    ("كيف أؤسس مجتمع تعلم مهني مع زملائي في المؤسسة؟", ["sup-learning-communities"]),
    ("ما دور المرشد مع الأستاذ الجديد في سنته الأولى؟", ["sup-mentoring"]),
    ("كيف أدير المقابلة مع الأستاذ بعد زيارة القسم؟", ["sup-post-observation-interview"]),
    ("هل يجوز تصوير التلاميذ أثناء الحصة لاستعمال الفيديو في التكوين؟", ["dig-data-privacy", "prof-ethics"]),
    ("متى تصبح شهادة إتمام المساق متاحة للتحميل؟", ["dig-etakwine-attestation"]),
    ("كيف أسجل في منصة e-Takwine لأول مرة؟", ["dig-etakwine-registration"]),
    ("الصفحة لا تظهر جيدا في المتصفح والأزرار لا تستجيب، ما الحل؟", ["dig-etakwine-technical"]),
    ("ما هو نموذج TPACK؟", ["dig-ict-integration"]),
    ("كيف أكتب سؤالي لرفيق حتى يفهمه بسرعة؟", ["tut-asking-good-questions"]),
    ("نصائح لتنشيط منتدى مساق مفتوح بصفتي مؤطرا", ["tut-forum-facilitation"]),
    ("ما المهام التنظيمية للمؤطر في المساق عن بعد؟", ["tut-organizational-role"]),
    ("متى يحيل رفيق سؤالي على مؤطر بشري؟", ["tut-rafiq-escalation"]),
    ("ما هو الدور الاجتماعي المعرفي للمؤطر عن بعد؟", ["tut-socio-cognitive-role"]),
    ("فاتني أجل إيداع الواجب بسبب المرض، هل يقبل بعد الموعد؟", ["faq-late-submission"]),
    ("ما صيغة الملف المقبولة عند إيداع الواجب وما حجمه الأقصى؟", ["dig-etakwine-submission"]),
    ("متى يكون التقويم تكوينيا فعلا؟", ["ass-formative"]),
    ("ما شروط تقويم إجمالي منصف في نهاية المجزوءة؟", ["ass-summative"]),
    ("لم أتمكن من حضور الحصة المباشرة، هل يؤثر ذلك على نجاحي؟", ["faq-missed-live"]),
    ("ما الذي ينبغي أن أفعله قبل زيارة صفية لأستاذ متدرب؟", ["sup-observation"]),
    ("كيف أكون مجموعات العمل: متجانسة أم غير متجانسة؟", ["fac-group-work"]),
    ("خطوات تحضير حصة تكوينية", ["eng-session-preparation"]),
]
CONTENT["darija"] = [
    ("كيفاش خدامة المراقبة ديال المنتدى؟ رفيق هو اللي كيحيد الميساجات؟", ["charter-moderation"]),
    ("واحد كتب نكتة على ناس كيهضرو بلغة معينة فالمنتدى، واش هادشي مقبول؟", ["charter-no-hate"]),
    ("حطيت تصويرة ديال ورقة فيها رقم مسار ديال تلميذ فالمنتدى، واش مشكل؟", ["charter-personal-data"]),
    ("شنو الحوايج اللي مرحب بيها فالمنتدى؟ واش نقدر نحكي تجربة ما نجحاتش؟", ["charter-welcome"]),
    ("واش الشهادة ديال الموك كتحسب فالترقية؟", ["faq-attestation-career"]),
    ("واش الموك بالفلوس ولا فابور؟", ["faq-free"]),
    ("ما لحقتش نصيفط الدوفوار فالوقت، واش يقبلوه ليا من بعد؟", ["faq-late-submission"]),
    ("فاتتني الكلاس فيرتويل، واش غادي تأثر على النجاح ديالي؟", ["faq-missed-live"]),
    ("شحال من ساعة فالسيمانة خاصني نخصص للموك؟", ["faq-weekly-hours"]),
    ("أنا مكون جديد، كيفاش نطور راسي؟ منين نبدا فالتكوين المستمر؟", ["prof-continuing-development"]),
    ("واش نقدر نعطي دروس خصوصية بالفلوس للمتدربين ديالي؟", ["prof-ethics"]),
    ("كنحس راسي غير كنلقي الدروس، كيفاش ندوز لوضعية المواكبة؟", ["prof-posture"]),
    ("شنو هوما الأدوار ديال المكون فالمركز؟", ["prof-roles"]),
    ("كيفاش نطبق التقاسم والتعاون مع الزملاء ماشي غير بالهضرة؟", ["prof-values"]),
    ("الكلاس المعكوسة مع المتدربين، شنو ندير مع اللي ما شافوش الفيديو قبل الحصة؟", ["eng-flipped"]),
    ("شنو الفرق بين الموك و SPOC؟ وشنو اللي يصلاح لفوج ديال المتدربين؟", ["eng-mooc-formats"]),
    ("بغيت ندير تحليل الحاجات لأساتذة الابتدائي، منين نبدا؟", ["eng-needs-analysis"]),
    ("عطيني فكرة على سيناريو مبني على مهمة معقدة للمتدربين", ["eng-task-scenarios"]),
    ("شنو هي الطرق النشيطة اللي نقدر نخدم بيها مع الأساتذة المتدربين؟", ["fac-active-methods"]),
    ("الكبار كيتعلمو بحال الصغار؟ شنو هي الأندراغوجيا؟", ["fac-adult-learners"]),
    ("التدريس المصغر شحال خاصو يدوم وقدام شحال من واحد؟", ["fac-micro-teaching"]),
    ("المتدربين كيخافو يكتبو فالمنتدى قدام المفتشين، كيفاش نطمنهم؟", ["fac-online-anxiety"]),
    ("كيفاش نسد الحصة مزيان؟ ديما كيسالي الوقت بلا خلاصة", ["fac-opening-closing"]),
    ("التقويم التشخيصي واش خاصو نقطة؟", ["ass-diagnostic"]),
    ("الفرق بين التكويني والإجمالي فالتقويم؟ ماشي واضح ليا", ["ass-formative-vs-summative"]),
    ("عطيني تقنيات ديال التقويم التكويني نخدم بيهم فالقسم", ["ass-formative"]),
    ("كيفاش نوجد شبكة تقويم بالمعايير باش نصحح جذاذات المتدربين؟", ["ass-rubrics"]),
    ("امتحان آخر المجزوءة، كيفاش نديرو عادل؟", ["ass-summative"]),
    ("البحث الإجرائي شنو هو؟ وشنو المراحل ديالو؟", ["sup-action-research"]),
    ("مجتمع التعلم المهني واش هو غير اجتماع عادي ديال الفريق؟", ["sup-learning-communities"]),
    ("بغيت نصاوب شبكة ملاحظة، شحال من محور نحط فيها؟", ["sup-observation-grid"]),
    ("واش نتدخل فالحصة ملي كنلاحظ متدرب فالقسم؟", ["sup-observation"]),
    ("القانون 09-08 شنو علاقتو بالمعطيات ديال المتدربين؟", ["dig-data-privacy"]),
    ("نسيت المودباس ديال إتكوين، كيفاش نرجعو؟", ["dig-etakwine-login-password"]),
    ("فين نلقى الموارد والفوروم فالمنصة؟ تلفت", ["dig-etakwine-navigation"]),
    ("الفيديوهات ما بغاوش يخدمو عندي فالمنصة، الكونيكسيون ضعيفة", ["dig-etakwine-technical"]),
    ("كيفاش نكتب ميساج مؤدب فالفوروم؟ كاينين شي قواعد؟", ["dig-netiquette"]),
    ("لقيت فيديو فيوتيوب، نقدر نعاود ننشرو للمتدربين؟ حقوق المؤلف", ["dig-resources-copyright"]),
    ("أنا مؤطر، كيفاش نحيي الفوروم اللي ناعس؟", ["tut-forum-facilitation"]),
    ("شنو اللي كيدير رفيق وشنو اللي كيبقى للمؤطر فالجانب البيداغوجي؟", ["tut-pedagogical-role"]),
    ("بغيت نلقى مجموعة ديال المراجعة مع ناس من نفس المركز", ["tut-peer-support"]),
    ("كيفاش المؤطر يخلي المشاركين يحسو براسهم جزء من الفوج؟", ["tut-socio-cognitive-role"]),
    ("بغيت نتسجل فإتكوين وقالي الإيميل مستعمل، واش نصاوب حساب جديد؟", ["dig-etakwine-registration"]),
    ("صيفطت الدوفوار ولكن باقي مكتوب عليه مسودة، علاش؟", ["dig-etakwine-submission"]),
    ("فين نلقى التسجيل ديال الحصة المباشرة؟ واش نقدر نبارطاجيه فالواتساب؟", ["faq-recordings"]),
    ("كيفاش نتواصل مع المؤطر ديالي؟ فين كاينين السميات ديالهم؟", ["faq-contact-tutor"]),
    ("السمية ديالي مكتوبة غالطة فالشهادة، شنو ندير؟", ["dig-etakwine-attestation"]),
    ("سولت المؤطر هادي يومين وما جاوبنيش، واش عادي؟", ["tut-response-times"]),
    ("علاش ما كتبانش ليا النقطة ديالي حتى نصحح ديال الآخرين؟", ["ass-peer"]),
    ("التيليفون كيسالي ليا الأنترنيت بالفيديوهات، شي حل؟", ["faq-mobile"]),
]
CONTENT["arabizi"] = [
    ("chno kayw9e3 l message ila kan fih chi 7aja machi mzyana f forum? rafiq kaymsa7o?", ["charter-moderation"]),
    ("wa7d kaybi3 les rapports de stage wajdin f forum, wach hadchi mamno3?", ["charter-no-spam"]),
    ("forum dyal mooc wach fih blasa l politique w sport wla ghir lmodules?", ["charter-on-topic"]),
    ("chno homa les contributions li mr7ba bihom f forum?", ["charter-welcome"]),
    ("bghit nbdel la cohorte 7it 3ndi mission, kifach?", ["faq-change-cohort"]),
    ("kifach ntwasl m3a tuteur dyali? forum wla message prive?", ["faq-contact-tutor"]),
    ("fatni delai dyal devoir b nhar, wach ba9i n9der nrendih?", ["faq-late-submission"]),
    ("wach n9der ntab3 lmooc kamel mn telephone?", ["faq-mobile"]),
    ("fin kayn enregistrement dyal classe virtuelle dyal lbar7?", ["faq-recordings"]),
    ("ana formateur 9dim, formation continue kifach ntwer rasi mazal?", ["prof-continuing-development"]),
    ("identite professionnelle dyal formateur chno kat3ni?", ["prof-identity"]),
    ("loi cadre 51-17 chno tbdel l formateur f crmef?", ["prof-institutions"]),
    ("les roles dyal formateur chno homa?", ["prof-roles"]),
    ("alignement pedagogique kifach nt2ked mno f module dyali?", ["eng-alignment"]),
    ("kifach n9yem formation li drt, wach questionnaire de satisfaction kafi?", ["eng-evaluation-of-training"]),
    ("cMOOC w xMOOC chno lfar9?", ["eng-mooc-formats"]),
    ("taxonomie de bloom revisee kifach nkhdem biha f les objectifs", ["eng-objectives-competencies"]),
    ("kifach nwjd fiche de seance? chno khass ykon fiha", ["eng-session-preparation"]),
    ("etude de cas w jeu de role, imta nkhdem b kol wa7da?", ["fac-active-methods"]),
    ("stagiaire kaycontester kolchi f seance, kifach nt3amel m3ah?", ["fac-difficult-situations"]),
    ("travail de groupe dima ghir wa7d li kaykhdem w lakhrin katyin, chno ndir?", ["fac-group-work"]),
    ("ana khayf nkteb f forum 9dam lmfetichin, 3ndi stress m3a plateforme", ["fac-online-anxiety"]),
    ("dima kaysali lwa9t 9bel synthese, kifach ndbr lwa9t f seance?", ["fac-time-management"]),
    ("open badge wach howa diplome?", ["ass-certificates-badges"]),
    ("formative w sommative kifach njm3 binathom f module wa7d", ["ass-formative-vs-summative"]),
    ("evaluation par les pairs, ch7al mn wa7d khass y9iyem kol devoir?", ["ass-peer"]),
    ("portfolio d'apprentissage w portfolio de presentation chno lfar9?", ["ass-portfolio"]),
    ("evaluation sommative chno hiya b darija?", ["ass-summative"]),
    ("groupe d'analyse de pratiques GEASE kifach kaydouz?", ["sup-analysis-of-practice"]),
    ("bghit ndir plan individuel de developpement, ch7al mn objectif n7et?", ["sup-development-plan"]),
    ("grille d'observation dyal frequence chno hiya?", ["sup-observation-grid"]),
    ("entretien ba3d l'observation, chkoun li khass yhder lowel?", ["sup-post-observation-interview"]),
    ("pratique reflexive schon reflexion dans l'action chno kat3ni", ["sup-reflective-practice"]),
    ("compte tbloka f etakwine mn b3d bzaf dyal les essais, chno ndir?", ["dig-etakwine-login-password"]),
    ("salam kifach nsjel f e-takwine? mal9itch lien d'inscription", ["dig-etakwine-registration"]),
    ("kifach ndepose devoir f plateforme? pdf wla word?", ["dig-etakwine-submission"]),
    ("netiquette chno hiya? nkteb b majuscules 3ib?", ["dig-netiquette"]),
    ("kifach nsowel rafiq bach yfhmni mzyan?", ["tut-asking-good-questions"]),
    ("chi participants ghbro mn simana lowla, kifach nrelanciwhom?", ["tut-dropout-prevention"]),
    ("tuteur wach khaso y3ti corrige wla ychr7 ghir?", ["tut-pedagogical-role"]),
    ("imta rafiq kaydouz so2al l tuteur bnadem?", ["tut-rafiq-escalation"]),
    ("rafiq kayjaweb f 9adech dyal lwa9t? w tuteur?", ["tut-response-times"]),
    ("camera w micro makhdaminch f classe virtuelle, chno ndir?", ["dig-etakwine-technical"]),
    ("wach khass nkhlss chi 7aja bach nakhod attestation?", ["faq-free"]),
    ("attestation f e-takwine mabantch liya, ch7al khassni ntsena?", ["dig-etakwine-attestation"]),
    ("grille criteriee: critere w indicateur chno lfar9?", ["ass-rubrics"]),
    ("ma7dertch live dyal module 2, wach ghadi ykhsrni f lvalidation?", ["faq-missed-live"]),
    ("evaluation formative wach khass tkon mno9ta?", ["ass-formative"]),
    ("participants kaybdaw b zzi3 w mn b3d kay3yaw, kifach nkhli motivation?", ["fac-motivation"]),
    ("wach n9der n7et capture fiha numero dyal cin dyali f forum?", ["charter-personal-data"]),
]

# ---------------------------------------------------------------- out of scope (5 near misses, 5 unrelated)
OOS = {}
OOS["fr"] = [
    "quand est ce que les indemnites de deplacement des formateurs seront versees ?",
    "resultats du mouvement de mutation des formateurs ca sort quand",
    "comment creer un cours sur google classroom pour mes stagiaires",
    "programme du concours d'agregation en sciences de l'education?",
    "comment corriger une note erronee dans massar pour un eleve",
    "recette de msemen facile",
    "resultat du match raja wydad hier",
    "meteo a ifrane ce weekend",
    "comment renouveler ma carte grise",
    "meilleur telephone a moins de 3000 dh",
]
OOS["msa"] = [
    "متى تصرف تعويضات المكونين عن الساعات الإضافية؟",
    "ما شروط المشاركة في الحركة الانتقالية لأطر المراكز الجهوية؟",
    "كيف أنشئ قسما افتراضيا على منصة Teams لتلاميذي؟",
    "ما مواضيع مباراة ولوج مركز تكوين مفتشي التعليم هذه السنة؟",
    "متى تعلن نتائج الترقية بالاختيار لهذه السنة؟",
    "ما هي عاصمة أستراليا؟",
    "كيف أحضر طاجين الدجاج بالزيتون؟",
    "ما أفضل وقت لزيارة شفشاون؟",
    "كيف أجدد جواز السفر البيومتري؟",
    "ما علاج الصداع النصفي؟",
]
OOS["darija"] = [
    "إمتى غادي يخلصونا الزيادة فالأجرة ديال المكونين؟",
    "بغيت ندير طلب الانتقال لمركز آخر، فين نديرو؟",
    "كيفاش نخدم بمنصة مسار باش ندخل النقط؟",
    "امتحان الكفاءة المهنية إمتى وشنو فيه؟",
    "واش كاينة شي منحة باش نكمل الدكتوراه؟",
    "شكون ربح الماتش ديال البارح؟",
    "كيفاش نصاوب البغرير؟",
    "شحال داير الطقس فمراكش غدا؟",
    "بغيت نشري طوموبيل مستعملة، شنو تنصحني؟",
    "فين نقدر نصلح التيليفون ديالي فالرباط؟",
]
OOS["arabizi"] = [
    "imta ghadi ykhrjo natija dyal mouvement dyal formateurs?",
    "salaire dyal formateur f crmef ch7al?",
    "kifach nfte7 compte zoom pro bach ndir cours l stagiaires?",
    "examen d'aptitude professionnelle imta kaydouz had l3am?",
    "kifach ndir dossier dyal retraite anticipee?",
    "chkoun rbe7 lmatch dyal lbare7?",
    "kifach nwjjed tajine b l7out?",
    "ch7al dyal l7rara ghda f fes?",
    "3tini chi film mzyan nchofo lyoum",
    "fin n9der nchri pc portable rkhis f casa?",
]

# ---------------------------------------------------------------- calendar
CAL = {}
CAL["fr"] = [
    "c'est quand la classe virtuelle du module 4 ?",
    "le module 3 ouvre quand",
    "le mooc se termine a quelle date ?",
]
CAL["msa"] = [
    "متى آخر أجل لإيداع واجب المجزوءة الرابعة؟",
    "متى تنطلق المجزوءة الخامسة؟",
    "في أي ساعة تبدأ الحصة المباشرة الختامية؟",
]
CAL["darija"] = [
    "إمتى كتسالي المجزوءة الأولى؟",
    "الحصة المباشرة ديال المجزوءة 6 شمن نهار؟",
    "الدوفوار ديال البورتري المهني إمتى آخر أجل ديالو؟",
]
CAL["arabizi"] = [
    "imta ghadi ybda module 2?",
    "live dyal module 5 f ach mn sa3a?",
    "deadline dyal bilan final imta?",
]

# ---------------------------------------------------------------- explicit requests for a human tutor
HUMAN = {}
HUMAN["fr"] = [
    "je veux parler a un tuteur humain svp",
    "passez moi une vraie personne, pas un robot",
    "transmettez ma demande a un tuteur s'il vous plait, je prefere un humain",
]
HUMAN["msa"] = [
    "أريد التحدث مع مؤطر بشري من فضلك",
    "حولني إلى أحد المؤطرين",
    "لا أريد جوابا آليا، أريد شخصا حقيقيا",
]
HUMAN["darija"] = [
    "بغيت نهضر مع شي مؤطر بنادم",
    "عافاك دوزني لشي واحد من الفريق",
    "ما بغيتش الروبو، بغيت مؤطر",
]
HUMAN["arabizi"] = [
    "bghit nhdar m3a tuteur insan 3afak",
    "dwzni l chi wa7d mn l'equipe",
    "ma bghitch robot, 3tini tuteur",
]

# ---------------------------------------------------------------- social
SOCIAL = {}
SOCIAL["fr"] = [
    "merci beaucoup c'etait tres clair",
    "bonsoir rafiq",
    "franchement je suis un peu decourage, c'est dur de suivre en ce moment",
]
SOCIAL["msa"] = [
    "شكرا جزيلا على المساعدة",
    "السلام عليكم، مساء الخير",
    "أشعر ببعض الإحباط، المجزوءة صعبة قليلا",
]
SOCIAL["darija"] = [
    "الله يجازيك بخير",
    "السلام، لاباس عليك؟",
    "عييت شوية، بزاف عليا هاد الموك",
]
SOCIAL["arabizi"] = [
    "chokran bzaf rafiq",
    "salam labas 3lik",
    "t3bt chwiya, ma9drtch ntab3 m3akom",
]

# ---------------------------------------------------------------- dialogues (10 per variety)
def A(*s): return {"kind": "answer", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
def CF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
CL = {"kind": "clarify"}
CA = {"kind": "calendar"}
HU = {"kind": "human"}

DIAL = {}
DIAL["fr"] = [
    [("c quoi l'evaluation diagnostique", A("ass-diagnostic")),
     ("et on la note ou pas ?", A("ass-diagnostic")),
     ("et pour la formative, elle compte dans la note?", A("ass-formative"))],
    [("attestation", CL),
     ("je veux dire comment la recuperer a la fin du mooc", CF("dig-etakwine-attestation")),
     ("et elle compte pour l'avancement?", A("faq-attestation-career"))],
    [("comment construire une grille d'observation pour une visite de stage", A("sup-observation-grid")),
     ("tu peux me donner un exemple concret ?", EX("sup-observation-grid")),
     ("tu peux me redire ca en arabe pour mes collegues", OL("ar", "sup-observation-grid"))],
    [("comment deposer mon devoir sur e-takwine", A("dig-etakwine-submission")),
     ("et la date limite du devoir du module 3 c'est quand?", CA)],
    [("on peut rendre un devoir en retard ?", A("faq-late-submission")),
     ("ok je veux demander un delai, mettez moi en contact avec un tuteur", HU)],
    [("grille", CL),
     ("grille d'evaluation criteriee pour noter les fiches des stagiaires", CF("ass-rubrics")),
     ("combien de criteres max?", A("ass-rubrics"))],
    [("c'est quoi la classe inversee", A("eng-flipped")),
     ("un exemple avec des stagiaires?", EX("eng-flipped")),
     ("et une formation hybride c'est la meme chose ?", A("eng-hybrid"))],
    [("quand a lieu la classe virtuelle du module 5", CA),
     ("et si je la rate ?", A("faq-missed-live"))],
    [("entretien post observation deroulement", A("sup-post-observation-interview")),
     ("et avec un enseignant experimente, je change quoi?", A("sup-post-observation-interview")),
     ("en arabe svp", OL("ar", "sup-post-observation-interview"))],
    [("mot de passe oublie sur e-takwine", A("dig-etakwine-login-password")),
     ("le lien a expire et j'ai plus acces a mon ancienne adresse mail", A("dig-etakwine-login-password")),
     ("bon je prefere parler a quelqu'un de l'equipe", HU)],
]
DIAL["msa"] = [
    [("ما هو التقويم بين الأقران؟", A("ass-peer")),
     ("وكم عدد المقيمين لكل واجب؟", A("ass-peer")),
     ("أعطني مثالا تطبيقيا", EX("ass-peer"))],
    [("الملاحظة", CL),
     ("أقصد الملاحظة الصفية لأستاذ متدرب", CF("sup-observation")),
     ("وماذا بعد الحصة؟ كيف أناقشه فيما لاحظت؟", A("sup-post-observation-interview"))],
    [("كيف أصوغ أهدافا إجرائية؟", A("eng-objectives-competencies")),
     ("هل يمكن أن تشرح لي ذلك بالفرنسية؟", OL("fr", "eng-objectives-competencies"))],
    [("متى تغلق المجزوءة الثالثة؟", CA),
     ("وإذا تأخرت في إيداع الواجب؟", A("faq-late-submission"))],
    [("ما المقصود بالتكوين الهجين؟", A("eng-hybrid")),
     ("أعطني مثالا لمجزوءة مدتها ستة أسابيع", EX("eng-hybrid")),
     ("وما الفرق بينه وبين SPOC؟", A("eng-mooc-formats"))],
    [("المنتدى", CL),
     ("كيف أنشط منتدى المجزوءة بصفتي مؤطرا", CF("tut-forum-facilitation"))],
    [("نسيت كلمة المرور ولا تصلني رسالة الاسترجاع", A("dig-etakwine-login-password")),
     ("جربت كل شيء ولم ينجح، أريد التحدث مع مؤطر", HU)],
    [("كيف أحمي المعطيات الشخصية للمتدربين؟", A("dig-data-privacy")),
     ("وهل يجوز أن أنشر لقطة شاشة لرسالة زميل من المنتدى؟", A("prof-ethics")),
     ("ترجم لي هذا الجواب إلى الفرنسية", OL("fr", "prof-ethics"))],
    [("ما هي الممارسة التأملية؟", A("sup-reflective-practice")),
     ("مثال على دفتر اليوميات", EX("sup-reflective-practice")),
     ("ومتى الحصة المباشرة للمجزوءة الخامسة؟", CA)],
    [("هل يمكنني تغيير الفوج؟", A("faq-change-cohort")),
     ("وهل أنشئ حسابا جديدا لذلك؟", A("faq-change-cohort")),
     ("حولني إلى المؤطر لأشرح له وضعيتي", HU)],
]
DIAL["darija"] = [
    [("شنو هو التدريس المصغر؟", A("fac-micro-teaching")),
     ("عطيني مثال", EX("fac-micro-teaching")),
     ("وبالفرنساوية عافاك", OL("fr", "fac-micro-teaching"))],
    [("الشهادة", CL),
     ("بغيت نعرف واش كتحسب فالترقية", CF("faq-attestation-career")),
     ("وفين نسول باش نتأكد؟", A("faq-attestation-career"))],
    [("كيفاش نصيفط الدوفوار فالمنصة؟", A("dig-etakwine-submission")),
     ("وإمتى آخر أجل ديال دوفوار المجزوءة الرابعة؟", CA)],
    [("عندي متدرب ديما كيقاطع الناس فالحصة", A("fac-difficult-situations")),
     ("وواحدة أخرى ما كتشاركش نهائيا؟", A("fac-difficult-situations")),
     ("عطيني مثال ديال شنو نقول ليها", EX("fac-difficult-situations"))],
    [("الفوروم", CL),
     ("بغيت نعرف شنو الممنوع فالفوروم بحال الإشهار", CF("charter-no-spam")),
     ("والميساج ديالي تخبى، كيفاش نطعن؟", A("charter-appeal"))],
    [("كيفاش نوجد حصة ديال ثلاث سوايع؟", A("eng-session-preparation")),
     ("وكيفاش نفتح الحصة فالأول؟", A("fac-opening-closing")),
     ("نفس الشي بالفرنسية", OL("fr", "fac-opening-closing"))],
    [("إمتى الحصة المباشرة ديال المجزوءة الثالثة؟", CA),
     ("وفين نلقى التسجيل إلا ما حضرتش؟", A("faq-recordings", "faq-missed-live"))],
    [("بغيت ندير مخطط فردي للتنمية المهنية", A("sup-development-plan")),
     ("عطيني مثال ديال هدف", EX("sup-development-plan")),
     ("بغيت نهضر مع المؤطر على هادشي", HU)],
    [("واش الموك فابور؟", A("faq-free")),
     ("واحد طلب مني الفلوس باش يكتب ليا الدوفوار", A("faq-free", "charter-no-spam"))],
    [("كيفاش نتعامل مع المتدربين اللي كيقلقو من المنصة؟", A("fac-online-anxiety")),
     ("واللي غبرو من السيمانة الأولى؟", A("tut-dropout-prevention")),
     ("دوزني لمؤطر عافاك", HU)],
]
DIAL["arabizi"] = [
    [("chno hiya l'andragogie?", A("fac-adult-learners")),
     ("3tini mital", EX("fac-adult-learners")),
     ("bl francais 3afak", OL("fr", "fac-adult-learners"))],
    [("evaluation", CL),
     ("evaluation formative, kifach ndirha f classe", CF("ass-formative")),
     ("w sommative?", A("ass-summative"))],
    [("kifach nsjel f e-takwine?", A("dig-etakwine-registration")),
     ("w ila l email deja utilise?", A("dig-etakwine-registration")),
     ("imta kaybda module 1?", CA)],
    [("rafiq, wach katfhem darija?", A("faq-language")),
     ("w f devoir n9der nkteb b l3arbia?", A("faq-language"))],
    [("live", CL),
     ("live dyal module 4 fatni, chno ndir?", CF("faq-missed-live")),
     ("w enregistrement fin kayn?", A("faq-recordings")),
     ("w live li jay imta?", CA)],
    [("kifach ndir analyse des besoins?", A("eng-needs-analysis")),
     ("3tini exemple", EX("eng-needs-analysis")),
     ("3tihali b francais", OL("fr", "eng-needs-analysis"))],
    [("feedback mzyan kifach nkteb?", A("ass-feedback")),
     ("w f forum b message audio wach mzyan?", A("ass-feedback")),
     ("bghit tuteur ychof devoir dyali w y3tini rayo", HU)],
    [("deadline dyal devoir lowl dyal module 6 imta?", CA),
     ("w kifach ndepose b pdf?", A("dig-etakwine-submission"))],
    [("mentorat dyal prof jdid kifach?", A("sup-mentoring")),
     ("w wach mentor y9der y9yemo f titularisation?", A("sup-mentoring")),
     ("3tini mital dyal accord m3ah", EX("sup-mentoring"))],
    [("SAMR chno howa?", A("dig-ict-integration")),
     ("w TPACK?", A("dig-ict-integration")),
     ("bghit nhdar m3a chi tuteur", HU)],
]

# ---------------------------------------------------------------- write
def main():
    rows = []
    for kind, table in (("content", CONTENT), ("out_of_scope", OOS), ("calendar", CAL),
                        ("human", HUMAN), ("social", SOCIAL)):
        for v in VARS:
            for item in table[v]:
                text, exp = item if kind == "content" else (item, [])
                rows.append({"question": text, "lang": LANG[v], "variety": v, "expected": exp, "kind": kind})
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": "q%03d" % i, **r}, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for v in VARS:
            for turns in DIAL[v]:
                n += 1
                d = {"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                     "turns": [{"user": u, "expect": e} for u, e in turns]}
                f.write(json.dumps(d, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
