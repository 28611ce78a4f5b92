# -*- coding: utf-8 -*-
"""blind24: hand-written evaluation set for Rafiq.

Every question and dialogue turn below is hand-typed as a literal. This script only assigns ids, lang and
variety, and writes questions.jsonl and dialogues.jsonl next to itself. It does not generate, template,
translate or vary any text.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}

# ---------------------------------------------------------------------------------------------------
# content questions: (text, [expected section ids]) -- 50 per variety
# ---------------------------------------------------------------------------------------------------
CONTENT = {
    "fr": [
        ("mon message sur le forum a ete caché alors qu'il respectait les regles, je peux faire quoi pour qu'il soit remis ?", ["charter-appeal"]),
        ("c'est qui qui decide de supprimer un post sur le forum ? c'est le robot tout seul ?", ["charter-moderation"]),
        ("un collegue a posté une blague sur les gens d'une certaine ville, ca passe sur le forum ou pas", ["charter-no-hate"]),
        ("Bonjour. Un participant me repond toujours avec des moqueries, et maintenant il le fait dans plusieurs fils differents. Je dois lui repondre ou je fais quoi ?", ["charter-respect"]),
        ("quel genre de contributions sont appreciées sur le forum ? j'ai peur de poster un truc inutile", ["charter-welcome"]),
        ("est ce que l'attestation du mooc sera prise en compte pour mon avancement de grade ?", ["faq-attestation-career"]),
        ("comment je joins mon tuteur ? je connais meme pas son nom", ["faq-contact-tutor"]),
        ("je peux rediger mon devoir en arabe meme si la majorité du forum ecrit en francais ?", ["faq-language"]),
        ("j'ai les surveillances d'examen toute la semaine prochaine, je pourrai pas rendre le devoir a temps. comment faire ?", ["faq-late-submission"]),
        ("j'ai raté la classe virtuelle d'hier a cause d'une reunion au centre, c grave ? et je peux la revoir quelque part ?", ["faq-missed-live", "faq-recordings"]),
        ("on peut faire tout le mooc sur smartphone ? j'ai pas de pc a la maison", ["faq-mobile"]),
        ("co animation avec une collegue de didactique la semaine prochaine: comment on se repartit le travail sans se contredire devant les stagiaires ?", ["prof-collaboration"]),
        ("formateur depuis 12 ans et j'ai l'impression de stagner. comment continuer a me former a part les stages officiels ?", ["prof-continuing-development"]),
        ("un de mes stagiaires me demande des cours particuliers payants, est ce que c'est deontologique d'accepter ?", ["prof-ethics"]),
        ("les styles d'apprentissage visuel auditif kinesthesique, c'est prouvé scientifiquement ou pas ?", ["prof-research-informed"]),
        ("roles du formateur crmef ? concepteur, animateur... j'en oublie surement", ["prof-roles"]),
        ("partage, collaboration, ouverture : concretement comment un formateur montre ces valeurs au quotidien ?", ["prof-values"]),
        ("je dois concevoir un module moitié presentiel moitié a distance pour des enseignants en zone rurale, par ou commencer ?", ["eng-hybrid"]),
        ("difference entre spoc et mooc svp", ["eng-mooc-formats"]),
        ("La direction provinciale me demande \"une formation sur le numerique\" pour les profs de primaire. Avant de construire quoi que ce soit, comment savoir ce dont ils ont vraiment besoin ?", ["eng-needs-analysis"]),
        ("seance de 3h demain avec les stagiaires, je la prepare comment ? les etapes", ["eng-session-preparation"]),
        ("un plan de formation annuel pour la formation continue, il doit contenir quoi exactement ?", ["eng-training-plan"]),
        ("des idées de methodes actives pour remplacer mes exposés en didactique ?", ["fac-active-methods"]),
        ("andragogie c'est quoi au juste, et ca change quoi quand le public ce sont des enseignants deja en poste", ["fac-adult-learners"]),
        ("au debut mes participants etaient super motivés, a la 4e semaine plus personne. comment tenir la motivation sur toute la durée ?", ["fac-motivation"]),
        ("une collegue stresse a l'idee d'ecrire sur le forum parce que des inspecteurs le lisent, comment la rassurer ?", ["fac-online-anxiety"]),
        ("idee de brise glace pour demarrer une formation avec des adultes qui se connaissent pas ?", ["fac-opening-closing"]),
        ("comment formuler mes commentaires sur les fiches de prep des stagiaires pour qu'ils servent vraiment a quelque chose ?", ["ass-feedback"]),
        ("formative vs sommative, la difference c'est juste le moment ou on evalue ?", ["ass-formative-vs-summative"]),
        ("techniques d'evaluation formative rapides a utiliser pendant la seance ?", ["ass-formative"]),
        ("s'il vous plait, comment construire une grille critériée pour corriger des fiches de preparation ? combien de criteres faut il ?", ["ass-rubrics"]),
        ("comment amener les stagiaires a s'autoevaluer serieusement sans qu'ils se mettent tous 20/20 ?", ["ass-self-assessment"]),
        ("je prepare l'epreuve de fin de module. comment m'assurer qu'elle est juste et qu'elle mesure vraiment la competence ?", ["ass-summative"]),
        ("un stagiaire veut faire son memoire sous forme de recherche action, ca se deroule en combien d'etapes ?", ["sup-action-research"]),
        ("on m'a confié un jeune laureat du crmef dans son premier poste comme mentor. mon role c'est quoi exactement ?", ["sup-mentoring"]),
        ("grille d'observation pour une classe multiniveau : quels indicateurs je mets ?", ["sup-observation-grid"]),
        ("jeudi j'observe une stagiaire en classe puis je dois faire l'entretien avec elle. je me place ou pendant la seance, et comment mener l'echange apres ?", ["sup-observation", "sup-post-observation-interview"]),
        ("j'ai filmé une seance de stage avec des eleves, je peux mettre la video dans le groupe whatsapp des stagiaires ?", ["dig-data-privacy"]),
        ("fin du mooc, comment je telecharge mon attestation ? je la trouve nul part", ["dig-etakwine-attestation"]),
        ("mdp oublié sur etakwine et le mail de reinitialisation n'arrive pas", ["dig-etakwine-login-password"]),
        ("il est ou le fil du module 2 sur la plateforme ? je me perds dans les menus", ["dig-etakwine-navigation"]),
        ("j'ai deposé mon devoir mais mon tuteur dit qu'il ne le voit pas, le statut affiche encore brouillon. pourquoi ?", ["dig-etakwine-submission"]),
        ("les videos coupent sans arret sur e-takwine, que faire ?", ["dig-etakwine-technical"]),
        ("SAMR et TPACK, c quoi la difference ? on me demande de m'en servir pour mon module", ["dig-ict-integration"]),
        ("mes stagiaires envoient des messages tout en majuscules et sans bonjour sur le forum, y a des regles de communication en ligne a leur donner ?", ["dig-netiquette"]),
        ("je peux sous-titrer en arabe une video sous licence CC BY-NC-ND pour mes cours ?", ["dig-resources-copyright"]),
        ("en tant que tuteur, mes taches d'organisation c'est quoi : rappels, calendrier, accueil... ?", ["tut-organizational-role"]),
        ("cote pedagogique, qu'est ce qui revient a Rafiq et qu'est ce qui revient au tuteur humain ?", ["tut-pedagogical-role"]),
        ("je voudrais monter un petit groupe d'etude avec des collegues de mon crmef, des conseils pour que ca tienne ?", ["tut-peer-support"]),
        ("si rafiq ne connait pas la reponse il se passe quoi ? quelqu'un me repond ensuite ?", ["tut-rafiq-escalation"]),
    ],
    "msa": [
        ("تم اخفاء مشاركتي في المنتدى رغم انها لا تخالف الميثاق، كيف اعترض على هذا القرار؟", ["charter-appeal"]),
        ("نشر احد المشاركين اعلانا لبيع تقارير تداريب جاهزة في المنتدى، هل هذا مسموح به؟", ["charter-no-spam"]),
        ("هل يجوز نشر مواضيع لا علاقة لها بالتكوين في منتدى المساق، كالرياضة مثلا؟", ["charter-on-topic"]),
        ("هل يمكنني ان اكتب رقم هاتفي في المنتدى حتى يتصل بي الزملاء مباشرة؟", ["charter-personal-data"]),
        ("ما الذي يعد اساءة الى المشاركين الآخرين في المنتدى؟ وهل تنطبق القاعدة على ما يكتب بالدارجة ايضا؟", ["charter-respect"]),
        ("هل تعتمد شهادة هذا المساق في ملف الترقية؟", ["faq-attestation-career"]),
        ("بسبب رخصة مرضية لم اتمكن من متابعة المجزوءة الثانية، فهل يمكنني الالتحاق بفوج لاحق؟", ["faq-change-cohort"]),
        ("ما هي الوسيلة المناسبة للتواصل مع المؤطر في مسألة شخصية تتعلق بحالتي الصحية؟", ["faq-contact-tutor"]),
        ("السلام عليكم، هل التسجيل في المساق يتطلب اداء رسوم؟", ["faq-free"]),
        ("هل يسمح بانجاز الواجبات باللغة الامازيغية؟", ["faq-language"]),
        ("هل يمكن متابعة المساق كله عبر الهاتف الذكي؟ وكيف اقتصد في استهلاك الانترنت؟", ["faq-mobile"]),
        ("اين تنشر تسجيلات الحصص المباشرة، والى متى تبقى متاحة؟", ["faq-recordings"]),
        ("كم ساعة في الاسبوع ينبغي ان اخصص للمساق تقريبا؟", ["faq-weekly-hours"]),
        ("سأنشط حصة مع زميل من تخصص آخر، كيف ننظم التنشيط المشترك دون ان نتناقض امام المتدربين؟", ["prof-collaboration"]),
        ("انتقلت حديثا من التدريس الى التكوين بالمركز، وما زلت اشعر انني استاذ لا مكون. كيف ابني هويتي المهنية الجديدة؟", ["prof-identity"]),
        ("ما الفرق بين مهام المراكز الجهوية ومركز تكوين المفتشين ومركز التوجيه؟ وما الذي يغيره القانون الاطار في عمل المكون؟", ["prof-institutions"]),
        ("كيف يعتمد المكون على نتائج البحث التربوي في اختياراته، واين يجد مصادر موثوقة؟", ["prof-research-informed"]),
        ("ما المقصود بالانسجام بين الاهداف والانشطة والتقويم؟", ["eng-alignment"]),
        ("كيف اقيس اثر دورة تكوينية على ممارسات الاساتذة داخل القسم، وليس رضاهم فقط؟", ["eng-evaluation-of-training"]),
        ("ما خطوات تطبيق القسم المعكوس مع الاساتذة المتدربين؟", ["eng-flipped"]),
        ("كيف اوزع الانشطة بين الحضوري والعمل عن بعد في تكوين هجين؟", ["eng-hybrid"]),
        ("من فضلك، كيف اصوغ هدفا اجرائيا جيدا؟ وما الفرق بينه وبين الكفاية؟", ["eng-objectives-competencies"]),
        ("اريد اعداد جذاذة لحصة تكوينية، ما العناصر التي يجب ان تتضمنها وكيف اوزع الوقت؟", ["eng-session-preparation"]),
        ("ما مكونات مخطط تكوين سنوي لفائدة اساتذة مديرية اقليمية؟", ["eng-training-plan"]),
        ("في الورشة يحتكر احد المشاركين الكلام باستمرار، كيف اتصرف معه دون احراجه؟", ["fac-difficult-situations"]),
        ("كم عدد افراد المجموعة المناسب في العمل الجماعي، وكيف اوزع الادوار بينهم؟", ["fac-group-work"]),
        ("ما هو التدريس المصغر، وما هي مراحله؟", ["fac-micro-teaching"]),
        ("ما العوامل التي تحافظ على دافعية المشاركين في تكوين يمتد لعدة اسابيع؟", ["fac-motivation"]),
        ("كيف اوزع الوقت داخل الحصة حتى لا تضيع مرحلة التركيب في النهاية؟", ["fac-time-management"]),
        ("ما الفرق بين شهادة المشاركة والشارة الرقمية المفتوحة؟", ["ass-certificates-badges"]),
        ("ما خصائص التغذية الراجعة الفعالة على اعمال المتدربين؟", ["ass-feedback"]),
        ("كيف اضمن جدية التقويم بين الاقران في المساق حتى لا تكون التقديرات مجاملة؟", ["ass-peer"]),
        ("ماذا يتضمن ملف الانجاز الخاص بالاستاذ المتدرب؟", ["ass-portfolio"]),
        ("ما العلاقة بين التقويم الذاتي وما وراء المعرفة؟ وما هي الادوات البسيطة لتنميته؟", ["ass-self-assessment"]),
        ("كيف تسير جلسة مجموعة تحليل الممارسات؟ وما دور المنشط فيها؟", ["sup-analysis-of-practice"]),
        ("طلب مني اعداد مخطط فردي للتنمية المهنية لهذه السنة، من اين ابدأ؟", ["sup-development-plan"]),
        ("هل يحق للمرشد ان يشارك في تقويم الاستاذ المبتدئ عند ترسيمه؟", ["sup-mentoring"]),
        ("ما الذي ينبغي ان يقوم به الملاحظ قبل حضور حصة استاذ متدرب؟", ["sup-observation"]),
        ("كيف ادير المقابلة البعدية مع استاذ متدرب بعد زيارة صفية؟", ["sup-post-observation-interview"]),
        ("ما الفرق بين التأمل في الفعل والتأمل اثناء الفعل عند شون؟", ["sup-reflective-practice"]),
        ("انهيت جميع المجزوءات لكن الشهادة لا تظهر لي، متى يمكن تحميلها؟ وهل ستحتسب لي في الترقية؟", ["dig-etakwine-attestation", "faq-attestation-career"]),
        ("نسيت كلمة المرور ولم يعد بامكاني الوصول الى البريد الالكتروني المسجل في المنصة، ماذا افعل؟", ["dig-etakwine-login-password"]),
        ("كيف اسجل في منصة e-Takwine لاول مرة؟", ["dig-etakwine-registration"]),
        ("ما صيغة الملف المفضلة عند ايداع الواجب، وما هو الحجم الاقصى المسموح به؟", ["dig-etakwine-submission"]),
        ("كيف اختار اداة رقمية مناسبة لحصة تكوينية؟ وما المقصود بنموذج SAMR؟", ["dig-ict-integration"]),
        ("كيف اصوغ سؤالي لرفيق حتى احصل على جواب دقيق من اول مرة؟", ["tut-asking-good-questions"]),
        ("بصفتي مؤطرا، كيف اتعامل مع المشاركين الذين لم يدخلوا المنصة منذ تسجيلهم؟", ["tut-dropout-prevention"]),
        ("ما هي المهام التنظيمية للمؤطر عن بعد داخل المساق؟", ["tut-organizational-role"]),
        ("في اي الحالات يحيل رفيق سؤالي على مؤطر بشري؟", ["tut-rafiq-escalation"]),
        ("كم من الوقت يستغرق رد المؤطر على سؤال مطروح في المنتدى؟", ["tut-response-times"]),
    ],
    "darija": [
        ("شكون اللي كيقرر يحيد شي ميساج من الفوروم؟ واش رفيق بوحدو؟", ["charter-moderation"]),
        ("واحد حط فالفوروم لاين ديال شي فورماسيون بالفلوس، واش هادشي مسموح؟", ["charter-no-spam"]),
        ("صورت الكارط ناسيونال ديالي باش نبين مشكل فالبلاتفورم، نقدر نحطها فالفوروم؟", ["charter-personal-data"]),
        ("شنو هوما المساهمات اللي مرحب بيها فالفوروم؟ بغيت نشارك ولكن ما عرفتش شنو نكتب", ["charter-welcome"]),
        ("عندي مهمة برا شهر كامل، واش نقدر نبدل الفوج ونكمل مع الفوج الجاي؟", ["faq-change-cohort"]),
        ("واحد طلب مني 200 درهم باش يسجلني فالموك، واش خاصني نخلص؟", ["faq-free"]),
        ("واش نقدر نكتب فالفوروم بالدارجة ولا خاص غير العربية ولا الفرنسية؟", ["faq-language"]),
        ("الدوفوار ديال الموديل 2 ما غاديش نلحق نسلمو فالوقت حيت مريضة، شنو ندير؟", ["faq-late-submission"]),
        ("فاتتني الكلاس فيرتويال ديال البارح، واش غادي تأثر على النجاح ديالي؟", ["faq-missed-live"]),
        ("واش نقدر نتابع الموك غير بالتيليفون؟ ما عنديش بيسي", ["faq-mobile"]),
        ("فين نلقا التسجيل ديال الحصة المباشرة؟ وواش نقدر نبارطاجيه فالواتساب مع الزملاء؟", ["faq-recordings"]),
        ("سلام، شحال ديال الوقت خاصني نعطي للموك فالسيمانة؟", ["faq-weekly-hours"]),
        ("كيفاش نبقى نطور راسي كمكون من غير الستاجات الرسمية ديال الوزارة؟", ["prof-continuing-development"]),
        ("كنت أستاذ وولّيت مكون فالسونطر، وباقي حاس براسي أستاذ. واش عادي؟ وكيفاش ندوز هاد المرحلة؟", ["prof-identity"]),
        ("ديما كنلقي المحاضرات فالقاعة وبغيت نبدل. شنو معنى وضعية المواكبة فالتطبيق؟", ["prof-posture"]),
        ("شنو هوما الأدوار ديال المكون؟ واش غير كيقري وصافي؟", ["prof-roles"]),
        ("الهدف ديالي هو يصاوبو شبكة تقويم، ولكن الامتحان ديالي QCM على التعريفات. واش كاين شي مشكل؟", ["eng-alignment"]),
        ("شنو هي الكلاس أنفيرسي وكيفاش نطبقها مع المتدربين؟", ["eng-flipped"]),
        ("شنو الفرق بين cMOOC و xMOOC؟ شرح ليا بالساهل عافاك", ["eng-mooc-formats"]),
        ("كيفاش نكتب هدف إجرائي مزيان؟ ديما كنكتب يعرف ويفهم", ["eng-objectives-competencies"]),
        ("بغيت نصاوب سيناريو بيداغوجي مبني على مهمة للمتدربين، شنو خاصو يكون فيه؟", ["eng-task-scenarios"]),
        ("عطيني شي طرائق نشيطة نخدم بيها مع الأساتذة المتدربين بلاصة العرض", ["fac-active-methods"]),
        ("واحد المتدرب كيعارضني قدام الكل فكل حصة، كيفاش نتعامل معاه؟", ["fac-difficult-situations"]),
        ("الميكرو أونسينيمون كيفاش كيدار؟ وشحال ديال الوقت كياخد؟", ["fac-micro-teaching"]),
        ("المشاركين بداو كيتعياو وشي وحدين غبرو من البلاتفورم، كيفاش نرجع ليهم الحماس ونعاود نتاصل باللي غبرو؟", ["fac-motivation", "tut-dropout-prevention"]),
        ("كنحس بالخوف ملي نكتب فالفوروم، كنخاف نغلط قدام المفتشين. شنو ندير؟", ["fac-online-anxiety"]),
        ("ديما كيسالي الوقت قبل ما نوصل للتركيب فالحصة، شنو الحل؟", ["fac-time-management"]),
        ("بغيت ندير تقويم تشخيصي فبداية الموديل، منين نبدا؟", ["ass-diagnostic"]),
        ("الكويز اللي كندوز كل سيمانة واش تكويني ولا إجمالي؟ ما فهمتش الفرق", ["ass-formative-vs-summative"]),
        ("عطيني أمثلة ديال التقويم التكويني نقدر نديرهم فالقسم بالزربة", ["ass-formative"]),
        ("التقويم بين الأقران فالموك كيفاش كيتوزعو الدوفوارات؟ وشكون اللي غادي يصحح ليا؟", ["ass-peer"]),
        ("البورتفوليو شنو نحط فيه بالضبط؟ واش كلشي؟", ["ass-portfolio"]),
        ("شحال من معيار خاص يكون فشبكة التقويم؟ وكيفاش نكتب المستويات؟", ["ass-rubrics"]),
        ("الامتحان ديال آخر الموديل كيفاش نخليه عادل ويقيس الكفاية بصح؟", ["ass-summative"]),
        ("سمعت على مجموعات تحليل الممارسات، شحال من واحد كيكون فيها وكيفاش كتدوز الجلسة؟", ["sup-analysis-of-practice"]),
        ("بغينا نديرو مجتمع تعلم مهني مع الزملاء فالمؤسسة، كيفاش نبداو؟", ["sup-learning-communities"]),
        ("كيفاش نصاوب شبكة ملاحظة ساهلة نخدم بيها فالزيارة الصفية؟", ["sup-observation-grid"]),
        ("من بعد الزيارة، كيفاش ندير المقابلة مع الأستاذ المتدرب بلا ما نجرحو؟", ["sup-post-observation-interview"]),
        ("رفيق واش كيحتافظ بالميساجات ديالي؟ وكيفاش نمسحهم؟", ["dig-data-privacy"]),
        ("ما بقيتش قادر ندخل للبلاتفورم، كيقولي الكونط تبلوكا", ["dig-etakwine-login-password"]),
        ("فين كاينين الموارد والبيبليوغرافيا فالبلاتفورم؟", ["dig-etakwine-navigation"]),
        ("كيفاش نتسجل فإتكوين؟ وشنو نختار فخانة المؤسسة؟", ["dig-etakwine-registration"]),
        ("البلاتفورم ما كتحلش مزيان عندي، البوطونات ما خدامينش فالكروم", ["dig-etakwine-technical"]),
        ("شنو هي النتيكيت؟ واحد المتدرب كيصيفط ليا أوديوهات طوال فالواتساب مع الوحدة ديال الليل", ["dig-netiquette"]),
        ("رفيق ما فهمنيش، كيفاش نكتب ليه السؤال باش يجاوبني مزيان؟", ["tut-asking-good-questions"]),
        ("أنا مؤطر وبغيت الفوروم يبقى حي، شنو ندير كل سيمانة؟", ["tut-forum-facilitation"]),
        ("كمؤطر، واش نعطي الحل ديال النشاط للمشاركين ولا نشرح ليهم غير؟", ["tut-pedagogical-role"]),
        ("سولت رفيق وقالي غادي يصيفط السؤال لمؤطر، شنو كيوقع من بعد؟", ["tut-rafiq-escalation"]),
        ("صيفطت سؤال للمؤطر هادي يومين وما جاوبنيش، واش عادي؟", ["tut-response-times"]),
        ("كمؤطر، كيفاش نخلي المشاركين يحسو بلي ماشي بوحدهم فالموك؟", ["tut-socio-cognitive-role"]),
    ],
    "arabizi": [
        ("wach 3adi n7et nokta 3la nas chi mdina f forum? ghir dahk", ["charter-no-hate"]),
        ("chi wa7d kaysift liya f forum offre dyal mutation b lflous, chno ndir?", ["charter-no-spam"]),
        ("wach n9der n7et f forum sou2al 3la mutation dyali wla salaire?", ["charter-on-topic"]),
        ("bghit n3awen wa7d stagiaire, n9der n7et code massar dyalo f forum bach ychoufo l'équipe?", ["charter-personal-data"]),
        ("l'attestation dyal had lmooc kifach nkhrjha, w wach kat7seb f tar9ia?", ["faq-attestation-career", "dig-etakwine-attestation"]),
        ("wach mumkin nbeddel cohorte? 3andi congé de maternité", ["faq-change-cohort"]),
        ("kifach ntwasel m3a tuteur dyali? f forum wla f message privé?", ["faq-contact-tutor"]),
        ("salam, wach lmooc b lflous wla fabor?", ["faq-free"]),
        ("la plateforme ma bghatch t9bel devoir dyali 7it fat l'heure, kayn chi 7al?", ["faq-late-submission"]),
        ("ma 9dertch ndkhol l classe virtuelle, kant 3andi 7issa f centre. wach l7odour darori?", ["faq-missed-live"]),
        ("fin n9der nchouf l'enregistrement dyal live? daz 3liha simana w mazal ma tla3ch", ["faq-recordings"]),
        ("ch7al mn sa3a f simana khass lmooc?", ["faq-weekly-hours"]),
        ("wa7d stagiaire 9ali 3la mochkil chakhsi kay2ather 3la stage dyalo, chno ndir b had lma3loma?", ["prof-ethics"]),
        ("chno lfar9 bin CRMEF w CFIE w COPE? w chno dakhl loi-cadre 51-17 f khdmti?", ["prof-institutions"]),
        ("kifach n7bes cours magistral w ndir posture d'accompagnement m3a stagiaires?", ["prof-posture"]),
        ("chno homa les valeurs li khass formateur ykounou 3ndo? partage, ouverture...", ["prof-values"]),
        ("kirkpatrick 4 niveaux chno homa? bghit n9yem formation li dert l'3am li fat", ["eng-evaluation-of-training"]),
        ("classe inversée m3a stagiaires li ma 3ndhomch connexion mzyana, chno ndir?", ["eng-flipped"]),
        ("analyse des besoins kifach ndirha bla ma nsift questionnaire twil l ga3 nas?", ["eng-needs-analysis"]),
        ("ghda 3ndi séance m3a stagiaires, 3tini les étapes bach nwejedha mzyan", ["eng-session-preparation"]),
        ("scénario pédagogique par tâches, chno l'composantes dyalo?", ["eng-task-scenarios"]),
        ("lkbar kayt3lmo bhal sghar? chno khassni nbeddel m3a enseignants en poste?", ["fac-adult-learners"]),
        ("travail de groupe dima wa7d kaykhdem w lba9i katfarjo, kifach n7el had lmochkil?", ["fac-group-work"]),
        ("micro-enseignement wach khass nsowro video? w chno ndir biha mn b3d?", ["fac-micro-teaching"]),
        ("kifach nsed séance mzyan? dima kansali b activité w safi", ["fac-opening-closing"]),
        ("open badge chno howa? kayswa chi 7aja?", ["ass-certificates-badges"]),
        ("évaluation diagnostique wach n3ti fiha note l stagiaires?", ["ass-diagnostic"]),
        ("wach nfs lquiz y9der ykoun formatif w sommatif f nfs lw9t?", ["ass-formative-vs-summative"]),
        ("évaluation formative b sa7, chno hiya? w wach katn9at?", ["ass-formative"]),
        ("évaluation par les pairs, ila ma 3jbatnich la note li 3tawni s7abi wach n9der ntalab révision?", ["ass-peer"]),
        ("portfolio d'apprentissage w portfolio de présentation, chno lfar9?", ["ass-portfolio"]),
        ("grille critériée: chno lfar9 bin critère w indicateur?", ["ass-rubrics"]),
        ("recherche-action ch7al fiha mn marhala? w wach tswa l mémoire?", ["sup-action-research"]),
        ("plan individuel de développement professionnel, 3tini kifach nkteb objectif fih", ["sup-development-plan"]),
        ("communauté d'apprentissage professionnelle wach hiya ghir réunion dyal équipe b smiya jdida?", ["sup-learning-communities"]),
        ("wach n9der ntdkhel f9ism ila chft stagiaire ghalet wana kan observer?", ["sup-observation"]),
        ("entretien post-observation ch7al khasso ykoun d lw9t w imta ndiro?", ["sup-post-observation-interview"]),
        ("journal de bord dyal pratique réflexive, chno nkteb fih mn b3d kol 7issa?", ["sup-reflective-practice"]),
        ("loi 09-08 chno kat9ol 3la tsawer dyal tlamed f stage?", ["dig-data-privacy"]),
        ("smiyti mktouba ghalta f l'attestation, kifach nsle7ha?", ["dig-etakwine-attestation"]),
        ("module 4 baqi gris 3andi f plateforme, 3lach?", ["dig-etakwine-navigation"]),
        ("bghit nsjel f e-takwine walakin galia email deja utilisé, n7el compte jdid b email akhor?", ["dig-etakwine-registration"]),
        ("devoir dyal m3 fih video kbira bzaf, ma bghatch ttla3, chno ndir?", ["dig-etakwine-submission"]),
        ("camera w micro ma khdaminch f classe virtuelle, chno ndir?", ["dig-etakwine-technical"]),
        ("n9der nakhod tsawer mn google w n7tohom f support dyali?", ["dig-resources-copyright"]),
        ("ana tuteur, kayn bzaf d nas ma dakhlinch mn simana, kifach nrelanciwhom bla ma n9al9hom?", ["tut-dropout-prevention"]),
        ("ana tuteur, nas kay7ellou 10 sujets 3la nfs l7aja f forum, kifach nrttbo?", ["tut-forum-facilitation"]),
        ("bghit ndir groupe d'étude m3a s7abi f mooc, ch7al mn wa7d w kifach nnadmoh?", ["tut-peer-support"]),
        ("Rafiq kayjaweb f lil? w tuteur ch7al kay3tel bach yjaweb?", ["tut-response-times"]),
        ("ana tuteur, wa7d mcharik kteb liya rah m7bet w bgha ytkhla 3la lmooc, kifach njawbo?", ["tut-socio-cognitive-role"]),
    ],
}

# ---------------------------------------------------------------------------------------------------
# out of scope: 5 near misses then 5 clearly unrelated, per variety
# ---------------------------------------------------------------------------------------------------
OUT_OF_SCOPE = {
    "fr": [
        "quand est ce que les resultats du mouvement national des formateurs sortent cette annee ?",
        "les indemnites de deplacement pour les visites de stage, elles sont versées quand ?",
        "date du concours d'acces au cycle de formation des inspecteurs 2027 ?",
        "comment creer une classe sur google classroom et y inviter mes stagiaires ?",
        "comment obtenir une attestation de travail aupres de l'AREF, il faut deposer quoi ?",
        "recette de la harira pour 6 personnes",
        "il va pleuvoir a tanger samedi ?",
        "c'etait combien le score du match wydad raja hier soir",
        "prix d'un billet de train casa marrakech en premiere classe ?",
        "quelle est la capitale de l'australie",
    ],
    "msa": [
        "متى ستصرف مستحقات الساعات الاضافية للمكونين هذه السنة؟",
        "ما هي شروط الترشح لمباراة ولوج مركز تكوين مفتشي التعليم هذه السنة؟",
        "كيف احصل على شهادة العمل من الاكاديمية الجهوية للتربية والتكوين؟",
        "كيف انشئ فريقا على منصة تيمز لتدريس تلاميذي عن بعد؟",
        "ما هي الاجراءات الادارية لطلب الانتقال الى مركز جهوي آخر؟",
        "ما هي اسهل طريقة لتحضير الكسكس بالخضر؟",
        "كم ستكون درجة الحرارة في مراكش غدا؟",
        "من هو هداف البطولة الوطنية لكرة القدم هذا الموسم؟",
        "كم يبلغ ثمن اضحية العيد هذه السنة في الدار البيضاء؟",
        "ما هو اطول نهر في العالم؟",
    ],
    "darija": [
        "فوقاش غادي تخرج نتائج الحركة الانتقالية ديال هاد العام؟",
        "الخلصة ديال هاد الشهر تعطلات، شكون نسول؟",
        "كيفاش ندير طلب ديال الرخصة المرضية فالمؤسسة؟ شنو الوراق اللي خاصين؟",
        "واش كاين شي كورس فكورسيرا على الديداكتيك نقدر نتبعو ونجيب منو سرتيفيكا؟",
        "الكنوبس ما رجعاتليش فلوس الدوا، فين نمشي نشكي؟",
        "كيفاش نطيب طاجين بالبرقوق واللوز؟",
        "واش غادي تشتا غدا فالرباط؟",
        "شكون ربح فالديربي البارح؟",
        "شحال تمن البطاطا فالسوق هاد الأيام؟",
        "شحال من كيلومتر بين طنجة وأكادير؟",
    ],
    "arabizi": [
        "imta ghaykhrej salaire dyal had chhar? t3tel 3lina",
        "kifach n9dem talab dyal retraite anticipée? chno lwra9?",
        "kifach nkhdem b google meet m3a tlamed dyali f l9ism?",
        "concours dyal l'agrégation imta had l3am?",
        "bghit ndir demande dyal mutation l centre akhor f jiha khra, chno khass?",
        "chi recette dyal msemen sahla 3afak",
        "ljaw ghda f casa kifach ghaykoun?",
        "ch7al tmen iphone jdid f lmaghrib?",
        "chkoun rbe7 coupe d'afrique lkhra?",
        "ch7al mn dawla kayna f afrique?",
    ],
}

# ---------------------------------------------------------------------------------------------------
# calendar, human, social (greeting, thanks, discouragement)
# ---------------------------------------------------------------------------------------------------
CALENDAR = {
    "fr": [
        "c'est quand la date limite du devoir grille d'evaluation du module 4 ?",
        "la classe virtuelle du module 5 commence a quelle heure ?",
        "le module 3 ouvre quand exactement ?",
    ],
    "msa": [
        "ما هو آخر اجل لايداع واجب تحليل الحاجات التكوينية؟",
        "متى تنطلق الحصة المباشرة الختامية للفوج؟",
        "في اي تاريخ تغلق المجزوءة السادسة؟",
    ],
    "darija": [
        "فوقاش آخر أجل ديال البورتريه المهني فالموديل 1؟",
        "الحصة المباشرة على التأطير عن بعد فوقاش بالضبط؟",
        "الموك كامل فوقاش كيسالي؟",
    ],
    "arabizi": [
        "imta akhir ajal dyal plan d'accompagnement f module 5?",
        "live dyal module 2 imta w f ch7al?",
        "module 4 imta kaybda?",
    ],
}

HUMAN = {
    "fr": [
        "je veux parler a un vrai tuteur svp, pas a un robot",
        "pouvez vous me mettre en contact avec une personne de l'equipe maintenant ?",
        "passez moi un humain s'il vous plait",
    ],
    "msa": [
        "اريد التحدث الى مؤطر بشري من فضلك",
        "هل يمكن ان يتواصل معي شخص من فريق المساق مباشرة؟",
        "لا اريد جوابا آليا، حولني الى احد المؤطرين",
    ],
    "darija": [
        "بغيت نهضر مع شي بنادم ماشي روبو",
        "عافاك دوزني لشي مؤطر حقيقي",
        "واش كاين شي واحد من الفريق نهضر معاه دابا؟",
    ],
    "arabizi": [
        "bghit nhder m3a chi tuteur 7a9i9i",
        "3afak 7awelni l chi bnadem mn l'équipe",
        "ma bghitch robot, bghit chi wa7d ydwi m3aya",
    ],
}

SOCIAL = {
    "fr": [
        "bonsoir rafiq",
        "merci beaucoup, c'etait tres clair",
        "franchement je suis a bout, ce mooc me prend tout mon temps et j'ai envie de tout lacher",
    ],
    "msa": [
        "السلام عليكم ورحمة الله",
        "شكرا جزيلا على المساعدة",
        "اشعر بالاحباط، لم انجز اي واجب حتى الآن وافكر في الانسحاب",
    ],
    "darija": [
        "السلام رفيق، لاباس؟",
        "الله يجازيك بخير، فادتيني بزاف",
        "عييت من هاد الموك، والله ما بقيت قادر نكمل",
    ],
    "arabizi": [
        "salam rafiq, labas 3lik?",
        "choukran bzaf a sahbi",
        "sara7a t3bt, kolchi m3a9ed w ma fhemt walo, bghit nkhrj mn lmooc",
    ],
}

# ---------------------------------------------------------------------------------------------------
# dialogues: 10 per variety, each a list of (user text, expect)
# ---------------------------------------------------------------------------------------------------
DIALOGUES = {
    "fr": [
        [
            ("comment on organise une evaluation par les pairs dans un mooc ?", {"kind": "answer", "sections": ["ass-peer"]}),
            ("et pour eviter que tout le monde mette excellent partout ?", {"kind": "answer", "sections": ["ass-peer"]}),
            ("tu peux me redire tout ca en arabe ?", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["ass-peer"]}),
        ],
        [
            ("grille ?", {"kind": "clarify"}),
            ("je parle de la grille pour observer un stagiaire en classe", {"kind": "confirm_clarification", "sections": ["sup-observation-grid"]}),
            ("un exemple d'indicateur concret ?", {"kind": "same_topic_example", "sections": ["sup-observation-grid"]}),
        ],
        [
            ("mot de passe oublié sur e-takwine", {"kind": "answer", "sections": ["dig-etakwine-login-password"]}),
            ("autre chose : mon nom est mal ecrit sur mon profil, ca va poser probleme pour l'attestation a la fin ?", {"kind": "answer", "sections": ["dig-etakwine-attestation"]}),
        ],
        [
            ("c quoi le micro enseignement", {"kind": "answer", "sections": ["fac-micro-teaching"]}),
            ("t'as un exemple concret de geste a faire travailler ?", {"kind": "same_topic_example", "sections": ["fac-micro-teaching"]}),
            ("d'ailleurs la classe virtuelle du module 3 c'est quel jour ?", {"kind": "calendar"}),
        ],
        [
            ("j'ai un stagiaire qui conteste tout ce que je dis en seance, je reagis comment ?", {"kind": "answer", "sections": ["fac-difficult-situations"]}),
            ("et si ca continue sur le forum ?", {"kind": "answer", "sections": ["fac-difficult-situations", "charter-respect"]}),
            ("je prefere en parler directement avec un tuteur", {"kind": "human"}),
        ],
        [
            ("attestation", {"kind": "clarify"}),
            ("je veux savoir si elle compte pour l'avancement", {"kind": "confirm_clarification", "sections": ["faq-attestation-career"]}),
        ],
        [
            ("des conseils pour l'entretien apres une visite de classe ?", {"kind": "answer", "sections": ["sup-post-observation-interview"]}),
            ("en arabe stp, c'est pour un collegue arabophone", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["sup-post-observation-interview"]}),
        ],
        [
            ("c'est quoi une communaute d'apprentissage professionnelle ?", {"kind": "answer", "sections": ["sup-learning-communities"]}),
            ("et pour en lancer une en ligne avec des collegues d'autres centres ?", {"kind": "answer", "sections": ["sup-learning-communities"]}),
            ("au fait, le tuteur met combien de temps pour repondre en general ?", {"kind": "answer", "sections": ["tut-response-times"]}),
        ],
        [
            ("rendre un devoir en retard c possible ?", {"kind": "answer", "sections": ["faq-late-submission"]}),
            ("c'est quand la date limite du devoir scenario du module 2 ?", {"kind": "calendar"}),
            ("et si la plateforme plante le soir meme ?", {"kind": "answer", "sections": ["faq-late-submission", "dig-etakwine-technical"]}),
        ],
        [
            ("le forum", {"kind": "clarify"}),
            ("je veux savoir ce qui arrive si quelqu'un y poste de la pub", {"kind": "confirm_clarification", "sections": ["charter-no-spam"]}),
            ("version arabe svp", {"kind": "same_topic_other_lang", "lang": "ar", "sections": ["charter-no-spam"]}),
        ],
    ],
    "msa": [
        [
            ("ما هو التقويم التشخيصي؟", {"kind": "answer", "sections": ["ass-diagnostic"]}),
            ("وهل تمنح فيه نقطة للمتعلمين؟", {"kind": "answer", "sections": ["ass-diagnostic"]}),
            ("اريد الجواب بالفرنسية من فضلك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-diagnostic"]}),
        ],
        [
            ("الملاحظة", {"kind": "clarify"}),
            ("اقصد كيف استعد لزيارة صفية لاستاذ متدرب وماذا افعل اثناءها", {"kind": "confirm_clarification", "sections": ["sup-observation"]}),
            ("وبعد انتهاء الحصة؟", {"kind": "answer", "sections": ["sup-post-observation-interview", "sup-observation"]}),
        ],
        [
            ("ما هي مستويات صنافة بلوم المعدلة، ولماذا نحتاجها في صياغة الاهداف؟", {"kind": "answer", "sections": ["eng-objectives-competencies"]}),
            ("اعطني مثالا لهدف اجرائي مكتوب بشكل صحيح", {"kind": "same_topic_example", "sections": ["eng-objectives-competencies"]}),
        ],
        [
            ("كيف انظم العمل في مجموعات داخل ورشة تكوينية؟", {"kind": "answer", "sections": ["fac-group-work"]}),
            ("وعن بعد؟", {"kind": "answer", "sections": ["fac-group-work"]}),
            ("اريد ان اناقش وضعيتي مع مؤطر بشري", {"kind": "human"}),
        ],
        [
            ("ما هي شروط الحصول على شهادة اتمام المساق؟", {"kind": "answer", "sections": ["dig-etakwine-attestation"]}),
            ("ومتى ينتهي الفوج الحالي بالضبط؟", {"kind": "calendar"}),
        ],
        [
            ("الشبكة", {"kind": "clarify"}),
            ("اقصد شبكة التقويم بالمعايير لتصحيح الواجبات", {"kind": "confirm_clarification", "sections": ["ass-rubrics"]}),
            ("هل من مثال تطبيقي؟", {"kind": "same_topic_example", "sections": ["ass-rubrics"]}),
            ("ترجمه الى الفرنسية لو سمحت", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-rubrics"]}),
        ],
        [
            ("ما النموذج الذي يقترحه الدليل لتقويم اثر التكوين؟", {"kind": "answer", "sections": ["eng-evaluation-of-training"]}),
            ("سؤال آخر: كيف احلل الحاجات قبل تصميم التكوين اصلا؟", {"kind": "answer", "sections": ["eng-needs-analysis"]}),
        ],
        [
            ("ماذا يحدث اذا نشرت رقم هاتفي في المنتدى؟", {"kind": "answer", "sections": ["charter-personal-data"]}),
            ("ومن الذي يقرر حجب الرسائل او تعليقها؟", {"kind": "answer", "sections": ["charter-moderation"]}),
            ("وان كان القرار خاطئا؟", {"kind": "answer", "sections": ["charter-appeal"]}),
        ],
        [
            ("ما الطرائق النشيطة الملائمة لتكوين الاساتذة؟", {"kind": "answer", "sections": ["fac-active-methods"]}),
            ("اعطني مثالا عن التعلم بحل المشكلات", {"kind": "same_topic_example", "sections": ["fac-active-methods"]}),
            ("متى الحصة المباشرة حول تقنيات تنشيط المجموعات؟", {"kind": "calendar"}),
        ],
        [
            ("كيف ابني مخططا فرديا للتنمية المهنية؟", {"kind": "answer", "sections": ["sup-development-plan"]}),
            ("بالفرنسية لو سمحت", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-development-plan"]}),
        ],
    ],
    "darija": [
        [
            ("كيفاش ندير التكوين المعكوس مع المتدربين؟", {"kind": "answer", "sections": ["eng-flipped"]}),
            ("وإلا ما شافوش الفيديو قبل الحصة؟", {"kind": "answer", "sections": ["eng-flipped"]}),
            ("عاودها ليا بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-flipped"]}),
        ],
        [
            ("التقويم", {"kind": "clarify"}),
            ("قصدت التقويم اللي كيدار فالبداية باش نعرف المستوى ديالهم", {"kind": "confirm_clarification", "sections": ["ass-diagnostic"]}),
            ("عطيني مثال", {"kind": "same_topic_example", "sections": ["ass-diagnostic"]}),
        ],
        [
            ("كيفاش نحط الدوفوار فالبلاتفورم؟", {"kind": "answer", "sections": ["dig-etakwine-submission"]}),
            ("وفوقاش آخر أجل ديال دوفوار الموديل 3؟", {"kind": "calendar"}),
        ],
        [
            ("الفيديوهات كيتقطعو ليا ديما، كيفاش نحل هاد المشكل؟", {"kind": "answer", "sections": ["dig-etakwine-technical"]}),
            ("وإلا بقا المشكل، شكون نكلم؟", {"kind": "answer", "sections": ["dig-etakwine-technical"]}),
            ("صافي بغيت نهضر مع شي واحد من الفريق", {"kind": "human"}),
        ],
        [
            ("كيفاش نعطي فيدباك مزيان للمتدربين على الجذاذات ديالهم؟", {"kind": "answer", "sections": ["ass-feedback"]}),
            ("عطيني مثال ديال جملة نكتبها ليهم", {"kind": "same_topic_example", "sections": ["ass-feedback"]}),
            ("وبالفرنسية عافاك", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["ass-feedback"]}),
        ],
        [
            ("الشهادة", {"kind": "clarify"}),
            ("بغيت نعرف شنو الفرق بين الشهادة والبادج", {"kind": "confirm_clarification", "sections": ["ass-certificates-badges"]}),
        ],
        [
            ("كيفاش نتعامل مع متدرب ما مهتمش وديما ساكت فالحصة؟", {"kind": "answer", "sections": ["fac-difficult-situations"]}),
            ("ومن جهة أخرى، كيفاش نفتح الحصة ونسدها مزيان؟", {"kind": "answer", "sections": ["fac-opening-closing"]}),
        ],
        [
            ("شنو هي الممارسة التأملية؟", {"kind": "answer", "sections": ["sup-reflective-practice"]}),
            ("وشنو الفرق بينها وبين مجموعات تحليل الممارسات؟", {"kind": "answer", "sections": ["sup-reflective-practice", "sup-analysis-of-practice"]}),
            ("بالفرنسية", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["sup-reflective-practice", "sup-analysis-of-practice"]}),
        ],
        [
            ("كيفاش نخلي المتدربين يقيمو راسهم بنفسهم؟", {"kind": "answer", "sections": ["ass-self-assessment"]}),
            ("بغيت مؤطر يشوف معايا الحالة ديالي", {"kind": "human"}),
        ],
        [
            ("واش رفيق كيجاوب حتى فالليل؟", {"kind": "answer", "sections": ["tut-response-times"]}),
            ("وإلا ما عرفش الجواب؟", {"kind": "answer", "sections": ["tut-rafiq-escalation"]}),
            ("وفوقاش الحصة المباشرة ديال الموديل 4؟", {"kind": "calendar"}),
        ],
    ],
    "arabizi": [
        [
            ("kifach nsjel f e-takwine?", {"kind": "answer", "sections": ["dig-etakwine-registration"]}),
            ("w ila ma wselnich email d'activation?", {"kind": "answer", "sections": ["dig-etakwine-registration"]}),
            ("3afak 3awedha b lfrançais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["dig-etakwine-registration"]}),
        ],
        [
            ("devoir?", {"kind": "clarify"}),
            ("ya3ni kifach n7etto f plateforme", {"kind": "confirm_clarification", "sections": ["dig-etakwine-submission"]}),
            ("w ila t3atalt 3la l'échéance?", {"kind": "answer", "sections": ["faq-late-submission"]}),
        ],
        [
            ("mentorat dyal enseignant jdid, chno role dyal mentor?", {"kind": "answer", "sections": ["sup-mentoring"]}),
            ("3tini exemple kifach nnadem les rencontres m3ah", {"kind": "same_topic_example", "sections": ["sup-mentoring"]}),
        ],
        [
            ("chno howa l'alignement pédagogique?", {"kind": "answer", "sections": ["eng-alignment"]}),
            ("exemple 3afak", {"kind": "same_topic_example", "sections": ["eng-alignment"]}),
            ("3tini hadchi b lfrançais", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["eng-alignment"]}),
        ],
        [
            ("wach n9der nt3ba mooc mn telephone?", {"kind": "answer", "sections": ["faq-mobile"]}),
            ("w live dyal module 5 imta?", {"kind": "calendar"}),
        ],
        [
            ("tuteur", {"kind": "clarify"}),
            ("bghit n3ref chno kaydir tuteur bach forum ykoun 7ay", {"kind": "confirm_clarification", "sections": ["tut-forum-facilitation"]}),
            ("ok, bghit nhder m3a tuteur nichan", {"kind": "human"}),
        ],
        [
            ("plan de formation kifach nbnih?", {"kind": "answer", "sections": ["eng-training-plan"]}),
            ("w ila bghit les modules ykounou hybrides?", {"kind": "answer", "sections": ["eng-hybrid", "eng-training-plan"]}),
        ],
        [
            ("chi wa7d sabni f forum, chno ndir?", {"kind": "answer", "sections": ["charter-respect"]}),
            ("w ila kan fih 3onsoriya 3la ljiha dyali?", {"kind": "answer", "sections": ["charter-no-hate"]}),
            ("bghit chi moderateur ychouf dak lmessage", {"kind": "human"}),
        ],
        [
            ("creative commons BY-SA chno kat3ni?", {"kind": "answer", "sections": ["dig-resources-copyright"]}),
            ("w CC0?", {"kind": "answer", "sections": ["dig-resources-copyright"]}),
            ("3awdha b lfrançais 3afak", {"kind": "same_topic_other_lang", "lang": "fr", "sections": ["dig-resources-copyright"]}),
        ],
        [
            ("kifach nbeddel cohorte?", {"kind": "answer", "sections": ["faq-change-cohort"]}),
            ("w wach lmooc fabor aslan?", {"kind": "answer", "sections": ["faq-free"]}),
            ("mooc imta kaysali?", {"kind": "calendar"}),
        ],
    ],
}


def main():
    questions = []
    n = 0

    def add(kind, variety, text, expected):
        nonlocal n
        n += 1
        questions.append({"id": "q%03d" % n, "question": text, "lang": LANG[variety], "variety": variety,
                          "expected": list(expected), "kind": kind})

    for v in VARS:
        for text, exp in CONTENT[v]:
            add("content", v, text, exp)
    for kind, table in (("out_of_scope", OUT_OF_SCOPE), ("calendar", CALENDAR), ("human", HUMAN),
                        ("social", SOCIAL)):
        for v in VARS:
            for text in table[v]:
                add(kind, v, text, [])

    dialogues = []
    d = 0
    for v in VARS:
        for turns in DIALOGUES[v]:
            d += 1
            dialogues.append({"id": "d%02d" % d, "lang": LANG[v], "variety": v,
                              "turns": [{"user": u, "expect": e} for u, e in turns]})

    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in questions:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for x in dialogues:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"wrote {len(questions)} questions and {len(dialogues)} dialogues")


if __name__ == "__main__":
    main()
