"""Builds dialogues.jsonl: a DEVELOPMENT set of 80 multi-turn conversations for Rafiq.

Hand-written. 20 dialogues per variety, in the order fr, msa, darija, arabizi (ids v01..v80).
Each turn = (user text, expect). Helpers below build the expect objects; for
same_topic_example / same_topic_other_lang the sections are copied from the previous turn.

Run:  python build.py   (writes dialogues.jsonl next to this file)
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
OTHER = {"fr": "ar", "msa": "fr", "darija": "fr", "arabizi": "fr"}


def A(u, *s):   return (u, {"kind": "answer", "sections": list(s)})
def CAL(u):     return (u, {"kind": "calendar"})
def HUM(u):     return (u, {"kind": "human"})
def CLA(u):     return (u, {"kind": "clarify"})
def CON(u, *s): return (u, {"kind": "confirm_clarification", "sections": list(s)})
def EX(u):      return (u, {"kind": "same_topic_example"})      # sections filled from previous turn
def OL(u):      return (u, {"kind": "same_topic_other_lang"})   # lang + sections filled


FR = [
    [A("Bonjour, c'est quoi concrètement l'évaluation formative ?", "ass-formative"),
     A("et la sommative ?", "ass-summative"),
     A("du coup je les combine comment dans un même module ?", "ass-formative-vs-summative")],
    [A("Comment je dépose mon devoir du module 2 sur e-Takwine ?", "dig-etakwine-submission"),
     CAL("c'est pour quand déjà ?"),
     A("et si je suis en retard ?", "faq-late-submission"),
     HUM("Je préfère en parler avec mon tuteur directement, vous pouvez me passer quelqu'un ?")],
    [CLA("la grille ?"),
     CON("Je parlais de la grille pour observer un stagiaire pendant sa leçon", "sup-observation-grid"),
     A("ok, et l'entretien qui suit la visite, il se passe comment ?", "sup-post-observation-interview")],
    [A("J'ai raté la classe virtuelle d'hier soir, c'est grave pour la validation ?", "faq-missed-live"),
     A("Et la vidéo, je la trouve où ?", "faq-recordings"),
     A("Je peux la mettre sur le groupe WhatsApp de notre centre ?", "faq-recordings"),
     CAL("C'est quand la prochaine séance en direct ?")],
    [A("Merci pour l'aide d'hier ! Autre chose : le micro-enseignement, ça marche comment ?", "fac-micro-teaching"),
     EX("Tu peux me donner un exemple concret ?"),
     OL("Tu peux me redire ça en arabe pour mes collègues ?")],
    [A("Je viens d'être affecté au CRMEF et j'ai du mal à me voir comme formateur plutôt que prof.", "prof-identity"),
     A("Concrètement, quels rôles je vais devoir tenir ?", "prof-roles"),
     A("et avec les collègues, on travaille comment ensemble ?", "prof-collaboration")],
    [A("Je n'arrive plus à me connecter, j'ai perdu mon mot de passe", "dig-etakwine-login-password"),
     A("Le mail pour le réinitialiser n'arrive jamais", "dig-etakwine-login-password"),
     HUM("Laissez tomber, je veux qu'une vraie personne s'occupe de mon compte")],
    [CAL("Le module 4 ouvre quand ?"),
     A("C'est sur l'évaluation je crois. On commence par quoi, un test diagnostique ?", "ass-diagnostic"),
     A("plus de détails sur ce qu'on fait des résultats", "ass-diagnostic")],
    [A("Un de mes messages sur le forum a été modifié par Rafiq, pourquoi ?", "charter-moderation"),
     A("J'y avais mis mon numéro pour qu'on m'appelle, c'est interdit ?", "charter-personal-data"),
     A("Et si je trouve la décision injuste ?", "charter-appeal")],
    [A("Comment organiser un travail en petits groupes avec mes stagiaires ?", "fac-group-work"),
     A("et quand un participant monopolise la parole ?", "fac-difficult-situations"),
     EX("Donne-moi un exemple de ce que je peux lui dire")],
    [A("Le MOOC est payant ?", "faq-free"),
     A("Quelqu'un sur Facebook me vend l'attestation pour 300 dirhams, c'est normal ?", "faq-free", "charter-no-spam"),
     HUM("Je voudrais le signaler à quelqu'un de l'équipe, pas à un robot")],
    [A("Quelle différence entre un MOOC et un SPOC ?", "eng-mooc-formats"),
     A("ok, et pour mélanger présentiel et distanciel, on s'y prend comment ?", "eng-hybrid")],
    [A("Comment j'identifie les besoins de formation d'un groupe d'enseignants ?", "eng-needs-analysis"),
     A("Une fois que c'est fait, comment je rédige mes objectifs ?", "eng-objectives-competencies"),
     A("Et pour m'assurer que mon examen final correspond bien à ces objectifs ?", "eng-alignment"),
     EX("Un exemple ?")],
    [A("Il faut prévoir combien d'heures par semaine pour le MOOC ?", "faq-weekly-hours"),
     A("Je peux avancer sur mon téléphone pendant les trajets ?", "faq-mobile"),
     CAL("Et le prochain devoir est à rendre quand ?")],
    [A("L'attestation du MOOC compte pour ma promotion ?", "faq-attestation-career"),
     A("Et pour la récupérer, je fais comment ?", "dig-etakwine-attestation"),
     A("Mon nom est mal orthographié dessus", "dig-etakwine-attestation"),
     OL("en arabe stp")],
    [CLA("Le forum"),
     CON("Je veux savoir quel genre de messages on peut poster sur le forum du MOOC", "charter-welcome", "charter-on-topic"),
     A("et ce qui est interdit, genre la pub ?", "charter-no-spam")],
    [A("Salut ! Je dois préparer une séance de trois heures, par où commencer ?", "eng-session-preparation"),
     A("Et pour bien lancer la séance ?", "fac-opening-closing"),
     A("et si je manque de temps sur la fin ?", "fac-time-management")],
    [A("C'est quoi la pratique réflexive ?", "sup-reflective-practice"),
     A("Et en groupe, ça existe aussi ?", "sup-analysis-of-practice"),
     OL("Tu pourrais me l'expliquer en arabe ?")],
    [A("Je peux rédiger mon devoir en darija ?", "faq-language"),
     A("Et sur le forum ?", "faq-language"),
     A("D'accord. Comment je joins mon tuteur pour un souci personnel ?", "faq-contact-tutor"),
     A("Il met combien de temps à répondre en général ?", "tut-response-times")],
    [A("Je voudrais changer de cohorte, je pars en mission en décembre", "faq-change-cohort"),
     A("Je peux me faire un nouveau compte pour rejoindre l'autre groupe ?", "faq-change-cohort", "dig-etakwine-registration"),
     HUM("Passez-moi un tuteur s'il vous plaît")],
]

MSA = [
    [A("ما المقصود بالتقويم بين الأقران؟", "ass-peer"),
     A("وكيف أطبق هذا مع المتدربين في المساق؟", "ass-peer"),
     A("وماذا عن التقويم الذاتي؟", "ass-self-assessment")],
    [A("كيف أبني شبكة تقويم بالمعايير لتصحيح جذاذات المتدربين؟", "ass-rubrics"),
     EX("هل يمكنك أن تعطيني مثالا؟"),
     OL("هل يمكنك إعادة هذا الشرح بالفرنسية؟"),
     CAL("وما آخر أجل لإيداع واجب شبكة التقويم؟")],
    [A("كيف أسجل في منصة e-Takwine؟", "dig-etakwine-registration"),
     A("سجلت لكن رسالة التفعيل لم تصلني", "dig-etakwine-registration"),
     A("وإذا نسيت كلمة المرور لاحقا؟", "dig-etakwine-login-password")],
    [CLA("الملاحظة"),
     CON("أقصد حضور حصة أستاذ متدرب داخل القسم وكيف أستعد لها", "sup-observation"),
     A("وما الذي ينبغي فعله بعد انتهاء الحصة؟", "sup-post-observation-interview")],
    [A("السلام عليكم، شكرا على ردك السابق. سؤال آخر: ما هو التكوين المعكوس؟", "eng-flipped"),
     A("وماذا أفعل مع من لم يطلع على الموارد قبل الحصة؟", "eng-flipped"),
     HUM("أفضل أن يجيبني مؤطر بشري عن هذه النقطة")],
    [A("ما هي الطرائق النشيطة في التكوين؟", "fac-active-methods"),
     A("وكيف يتعلم الراشدون عموما؟", "fac-adult-learners"),
     EX("أعطني مثالا تطبيقيا من فضلك")],
    [A("كيف أكتب سؤالا واضحا للمؤطر أو لرفيق؟", "tut-asking-good-questions"),
     A("ومتى يحيل رفيق سؤالي على شخص؟", "tut-rafiq-escalation"),
     HUM("حسنا، أحلني على مؤطر الآن من فضلك")],
    [CAL("متى تنعقد الحصة المباشرة للمجزوءة الخامسة؟"),
     A("فاتتني الحصة السابقة، هل يؤثر ذلك على نجاحي؟", "faq-missed-live"),
     A("وأين أجد تسجيلها؟", "faq-recordings")],
    [A("ما هو البحث الإجرائي؟", "sup-action-research"),
     A("وكيف أستفيد من نتائج البحث التربوي بصفة عامة في حصصي؟", "prof-research-informed"),
     A("هل هناك أفكار شائعة لا تؤكدها الدراسات يجب أن أحذر منها؟", "prof-research-informed")],
    [A("ما الفرق بين شهادة المساق والشارة الرقمية المفتوحة؟", "ass-certificates-badges"),
     A("وهل تحتسب هذه الشهادة في الترقية؟", "faq-attestation-career"),
     OL("اشرح لي ذلك بالفرنسية")],
    [A("كيف أرافق أستاذا جديدا في سنته الأولى بالمدرسة؟", "sup-mentoring"),
     A("وكيف أساعده على وضع خطة لتطوره المهني؟", "sup-development-plan"),
     EX("هل من مثال على هدف مصاغ بشكل جيد؟")],
    [A("كيف أنشط منتدى المساق حتى يبقى حيا؟", "tut-forum-facilitation"),
     A("وما هو الدور التنظيمي للمؤطر؟", "tut-organizational-role"),
     A("والدور البيداغوجي؟", "tut-pedagogical-role"),
     A("والاجتماعي المعرفي؟", "tut-socio-cognitive-role")],
    [A("نشر أحد المشاركين نكتة ساخرة من سكان مدينتي، هل هذا مقبول؟", "charter-no-hate"),
     A("وماذا لو كان الهجوم موجها إلي شخصيا وتكرر في عدة مواضيع؟", "charter-respect"),
     HUM("أريد التحدث مع أحد المشرفين مباشرة")],
    [A("كيف أبني مخططا سنويا للتكوين لفائدة مديرية إقليمية؟", "eng-training-plan"),
     A("وكيف أقيس أثر هذا التكوين بعد انتهائه؟", "eng-evaluation-of-training"),
     OL("أعد لي ذلك بالفرنسية من فضلك")],
    [A("ما معنى نموذجي SAMR و TPACK في إدماج التكنولوجيا؟", "dig-ict-integration"),
     A("هل يجوز لي أن أستعمل في حصتي فيديو وجدته على يوتيوب؟ وماذا تعني رخصة CC BY-SA؟", "dig-resources-copyright")],
    [CAL("ما هو آخر أجل لواجب المجزوءة الثالثة؟"),
     A("وكيف أحضر حصة تكوينية جيدة لهذا الواجب؟", "eng-session-preparation"),
     A("وماذا أضع في بداية الحصة وفي نهايتها؟", "fac-opening-closing")],
    [A("أشعر بالخوف من الكتابة في المنتدى أمام زملائي ورؤسائي", "fac-online-anxiety"),
     A("وكيف أجد زملاء أراجع معهم؟", "tut-peer-support"),
     EX("هل هناك مثال على طريقة تنظيم مجموعة دراسة؟")],
    [A("ما أهمية القيم في عمل المكون؟", "prof-values"),
     A("وما واجباته الأخلاقية تجاه المتدربين؟", "prof-ethics"),
     A("مثلا إذا أردت تصوير حصة في القسم بها تلاميذ قاصرون؟", "prof-ethics", "dig-data-privacy")],
    [CLA("التقويم"),
     CON("أقصد التقويم الذي نجريه في بداية السنة لمعرفة مكتسبات التلاميذ", "ass-diagnostic"),
     OL("هل يمكن أن تعيد الجواب بالفرنسية؟")],
    [A("هل يمكنني متابعة المساق من هاتفي؟", "faq-mobile"),
     A("المنصة بطيئة جدا عندي والفيديوهات تتوقف باستمرار", "dig-etakwine-technical"),
     CAL("ومتى تنتهي المجزوءة السادسة؟")],
]

DARIJA = [
    [A("شنو الفرق بين التقويم التكويني والإجمالي؟ عندي حصة غدا", "ass-formative-vs-summative"),
     EX("واش كاين شي مثال؟"),
     OL("عاودها ليا بالفرنسية عافاك")],
    [A("كيفاش نحط الواجب فالمنصة؟", "dig-etakwine-submission"),
     A("ضغطت على تسجيل وصافي، واش وصل للمؤطر؟", "dig-etakwine-submission"),
     CAL("وفوقاش آخر أجل ديال واجب المجزوءة الرابعة؟"),
     A("وإلا ما لحقتش؟", "faq-late-submission")],
    [A("شكرا بزاف على الجواب! دابا بغيت نعرف كيفاش نخدم المتدربين فمجموعات", "fac-group-work"),
     A("وإلا شي واحد ما بغاش يخدم معاهم؟", "fac-difficult-situations"),
     HUM("بغيت نهضر مع شي مؤطر بنادم ماشي روبو")],
    [CLA("الشهادة"),
     CON("بغيت نعرف كيفاش نجبد الشهادة ديال المساق من المنصة", "dig-etakwine-attestation"),
     A("وواش كتنفع فالترقية؟", "faq-attestation-career")],
    [A("كيفاش ندير الملاحظة ديال أستاذ متدرب فالقسم؟", "sup-observation"),
     A("والشبكة ديال الملاحظة كيفاش نوجدها؟", "sup-observation-grid"),
     EX("عطيني مثال")],
    [A("واش المساق بالفلوس؟", "faq-free"),
     A("وشحال د السوايع خاصني فالسيمانة؟", "faq-weekly-hours"),
     A("وإلا كنت مشغول بزاف فالمركز هاد الشهر؟", "faq-weekly-hours")],
    [CAL("فوقاش كتبدا الحصة المباشرة ديال المجزوءة الثالثة؟"),
     A("ما قدرتش نحضر للي فاتت، فين نلقى التسجيل؟", "faq-recordings"),
     A("ونقدر نبارطاجيه فالواتساب مع صحابي؟", "faq-recordings")],
    [A("شنو هو التدريس المصغر؟", "fac-micro-teaching"),
     A("وكيفاش نعطي ملاحظات مزيانة للمتدرب من بعد؟", "ass-feedback"),
     EX("واش كاين شي مثال؟")],
    [A("نسيت كلمة السر ديالي وما بقيتش كندخل للمنصة", "dig-etakwine-login-password"),
     A("والإيميل ديال الحساب ما بقاش عندي", "dig-etakwine-login-password"),
     HUM("عطيني شي واحد من الفريق يتكلف بيا")],
    [A("شنو هي الأندراغوجيا؟", "fac-adult-learners"),
     A("وكيفاش نطبقها مع الأساتذة المتدربين فالمركز؟", "fac-adult-learners"),
     OL("وبالفرنسية؟")],
    [A("السلام، كيفاش نحافظ على الحماس ديال المشاركين فتكوين طويل؟", "fac-motivation"),
     A("وللي غبرو وما بقاوش كيدخلو، كيفاش نرجعهم؟", "tut-dropout-prevention"),
     EX("عطيني مثال ديال ميساج نصيفطو ليهم")],
    [A("بغيت نبدل الفوج حيت عندي رخصة مرضية", "faq-change-cohort"),
     A("واخا، كيفاش نتواصل مع المؤطر ديالي؟", "faq-contact-tutor")],
    [A("واش نقدر نكتب فالمنتدى بالدارجة؟", "faq-language"),
     A("وشنو خاصني نرد البال ليه ملي نكتب شي ميساج؟", "dig-netiquette"),
     A("وإلا كتبت موضوع ما عندو علاقة بالتكوين؟", "charter-on-topic")],
    [A("كيفاش نوجد مخطط التكوين ديال العام كامل؟", "eng-training-plan"),
     CAL("فوقاش كتسد المجزوءة الثانية؟"),
     A("والواجب ديال تحليل الحاجات، كيفاش نبدا فيه؟", "eng-needs-analysis")],
    [A("شنو هو ملف الإنجاز؟", "ass-portfolio"),
     A("وشنو نحط فيه بالضبط؟", "ass-portfolio"),
     OL("وبالفرنسية عافاك")],
    [A("كيفاش نصاوب سيناريو بيداغوجي مبني على مهمة؟", "eng-task-scenarios"),
     EX("عطيني مثال"),
     A("وشنو هوما الغلطات للي خاصني نتجنب؟", "eng-task-scenarios")],
    [A("شنو هي مجتمعات التعلم المهنية؟", "sup-learning-communities"),
     A("وكيفاش نخدم مع زملائي فالمركز وننشطو الحصة جوج؟", "prof-collaboration"),
     HUM("بغيت نتكلم مع مؤطر على هاد الموضوع")],
    [CLA("الأدوار؟"),
     CON("قصدي الأدوار ديال المؤطر فالمساق عن بعد، بحال التنظيم والمواعيد", "tut-organizational-role"),
     A("وشنو كيدير رفيق من هاد الشي؟", "tut-organizational-role")],
    [A("شنو معنى المواكبة بلاصة المحاضرة؟", "prof-posture"),
     A("واش يعني ما نشرح والو للمتدربين؟", "prof-posture"),
     CAL("فوقاش الحصة المباشرة الختامية؟")],
    [A("شنو للي كيتبدل مع الإصلاح بالنسبة للمكون فالمركز الجهوي؟", "prof-institutions"),
     A("وشنو هو التطوير المهني المستمر؟", "prof-continuing-development"),
     OL("عاودها بالفرنسية")],
]

ARABIZI = [
    [A("salam, kifach ndir l'inscription f e-Takwine? ma lqitch le lien", "dig-etakwine-registration"),
     A("w ila gal liya l'email deja kayn?", "dig-etakwine-registration"),
     A("ok merci. w fin nl9a les modules w forum mli ndkhol?", "dig-etakwine-navigation")],
    [A("chno hiya l'évaluation diagnostique?", "ass-diagnostic"),
     A("w l formative?", "ass-formative"),
     EX("3tini chi mital"),
     OL("w f lfrançais?")],
    [CAL("imta akhir ajal dyal devoir m2?"),
     A("w kifach nsift l fichier ila kan kbir bzaf?", "dig-etakwine-submission"),
     A("w ila tra chi mochkil f site nhar deadline?", "faq-late-submission", "dig-etakwine-technical")],
    [CLA("tuteur"),
     CON("bghit n3ref kifach ntwasel m3a tuteur dyali", "faq-contact-tutor"),
     A("w ch7al kayakhd bach yjawb?", "tut-response-times")],
    [A("wach n9der ntb3 l MOOC f telephone?", "faq-mobile"),
     A("w les videos kay7bso 3ndi, connexion d3ifa", "dig-etakwine-technical"),
     HUM("bghit nhder m3a chi wa7ed mn l'équipe, machi bot")],
    [A("kifach nbni grille d'évaluation critériée?", "ass-rubrics"),
     CAL("imta l live dyal m4 3la les grilles?")],
    [A("chno hwa l mentorat dyal les enseignants jdad?", "sup-mentoring"),
     A("w wach l mentor howa li kay9ayyem l stagiaire?", "sup-mentoring"),
     OL("3awd chre7 b lfrançais 3afak")],
    [A("salam Rafiq, labas? bghit nswlk 3la la classe inversée", "eng-flipped"),
     A("w l formation hybride, kifach kat3aml?", "eng-hybrid"),
     CAL("chokran. imta kayt7el module 3?")],
    [A("t9der tchre7 liya chno hwa l alignement pédagogique?", "eng-alignment"),
     A("w kifach nkteb des objectifs mzyanin?", "eng-objectives-competencies"),
     EX("3tini mital dyal objectif")],
    [A("wa7ed f forum 7et numero dyalo w rib dyalo", "charter-personal-data"),
     A("w ana 3ndi video dyal tlamid f classe, n9der npartagiha?", "dig-data-privacy"),
     A("w kifach nms7 ga3 dakchi li 3ndk 3liya?", "dig-data-privacy")],
    [A("chno l far9 bin l attestation w l open badge?", "ass-certificates-badges"),
     A("w kifach ntelechargi l attestation dyali?", "dig-etakwine-attestation"),
     A("mazal ma bant liya walo, w module lkhr sala", "dig-etakwine-attestation"),
     HUM("bghit chi tuteur ychouf liya had l mochkil")],
    [A("kifach nwjd séance de formation dyal 3 sa3at?", "eng-session-preparation"),
     A("w kifach nsali séance mzyan?", "fac-opening-closing"),
     EX("3tini mital")],
    [A("chno hiya la pratique réflexive?", "sup-reflective-practice"),
     A("w l journal de bord kifach nkhdem bih?", "sup-reflective-practice"),
     A("w les groupes d'analyse de pratiques?", "sup-analysis-of-practice"),
     OL("b lfrançais 3afak")],
    [CLA("mochkil plateforme"),
     CON("la page dyal devoir ma bghatch tban, l bouton ma kaytclikach", "dig-etakwine-technical"),
     A("w chkoun nkontakti ila bqa l mochkil?", "dig-etakwine-technical")],
    [A("chi wa7ed f forum kaybi3 rapports de stage wajdin", "charter-no-spam"),
     A("w ila t7iyed liya message dyali w ana ma3jbnich, kifach n contester?", "charter-appeal"),
     A("w ch7al katakhd?", "charter-appeal")],
    [A("kifach nbda recherche-action m3a tlamid dyali?", "sup-action-research"),
     A("w chno homa les règles éthiques li khassni n7tarem?", "sup-action-research"),
     HUM("bghit nhder m3a chi formateur 7a9i9i 3la sujet dyali")],
    [A("kifach nkhalli nas motivés f formation twila?", "fac-motivation"),
     A("ana shkhsiyan kan7ess b stress mli nkteb f forum", "fac-online-anxiety"),
     A("chokran bzaf. w ila bghit groupe d'étude m3a nas mn CRMEF dyali?", "tut-peer-support")],
    [A("wach darori n7der f les classes virtuelles?", "faq-missed-live"),
     CAL("imta l live jaya?"),
     A("w l enregistrement fin kayt7at?", "faq-recordings")],
    [A("kifach n7yi forum dyal MOOC w nkhallih 7ay?", "tut-forum-facilitation"),
     A("w Rafiq chno kaydir f forum?", "tut-forum-facilitation"),
     A("w l moderation kifach katkhdem?", "charter-moderation"),
     EX("mital?")],
    [A("chno homa les valeurs dyal formateur?", "prof-values"),
     A("w l éthique?", "prof-ethics"),
     OL("3awdha b lfrançais")],
]


def build():
    out = []
    n = 0
    for variety, block in (("fr", FR), ("msa", MSA), ("darija", DARIJA), ("arabizi", ARABIZI)):
        assert len(block) == 20, (variety, len(block))
        for dialogue in block:
            n += 1
            turns, prev = [], None
            for user, exp in dialogue:
                exp = dict(exp)
                if exp["kind"] == "same_topic_example":
                    exp["sections"] = list(prev["sections"])
                elif exp["kind"] == "same_topic_other_lang":
                    exp = {"kind": exp["kind"], "lang": OTHER[variety], "sections": list(prev["sections"])}
                turns.append({"user": user, "expect": exp})
                prev = exp
            out.append({"id": "v%02d" % n, "lang": LANG[variety], "variety": variety, "turns": turns})
    with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(len(build()), "dialogues written")
