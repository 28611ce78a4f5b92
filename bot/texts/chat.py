"""What the Tutor says in a conversation (answers, escalations, errors, tutors' answers relayed), ar and fr."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "signature": {"ar": "— رفيق، المساعد الآلي", "fr": "— Rafiq, l'assistant automatique"},
    "greeting": {
        "ar": "مرحبا! أنا رفيق، المساعد الآلي لمكوّني المنصة. اطرح سؤالك حول دليل المكوّن أو الجدول الزمني، وسأجيبك مع ذكر المصدر.",
        "fr": "Bonjour ! Je suis Rafiq, l'assistant automatique des formateurs. Posez votre question sur le guide du formateur ou le calendrier : je réponds en citant la source.",
    },
    "thanks": {
        "ar": "العفو! سعيد بمساعدتك. إذا كان لديك سؤال آخر فأنا هنا.",
        "fr": "Avec plaisir ! Si vous avez une autre question, je suis là.",
    },
    "farewell": {
        "ar": "مع السلامة! أنا هنا متى احتجت إلي.",
        "fr": "Au revoir ! Je reste là si vous avez besoin de moi.",
    },
    "source": {"ar": "المصدر", "fr": "Source"},
    "faq_chapter": {"ar": "الأسئلة الشائعة", "fr": "FAQ"},
    "list_separator": {"ar": "؛ ", "fr": " ; "},
    "only_other_lang": {
        "ar": "(هذا القسم متوفر بالفرنسية فقط)",
        "fr": "(cette section n'existe qu'en arabe)",
    },
    "low_confidence": {
        "ar": "لا أجد في الدليل جوابا أكيدا عن سؤالك، ولا أريد أن أخمّن. أحلت سؤالك على مؤطر(ة) بشري(ة)، وسيصلك الجواب هنا{eta}.",
        "fr": "Je ne trouve pas de réponse sûre à votre question dans le guide, et je préfère ne pas deviner. Je l'ai transmise à un tuteur humain ; sa réponse vous parviendra ici{eta}.",
    },
    "administration_ticket": {
        "ar": "لا يتناول دليل المكوّن المسائل الإدارية مثل هذه (قرارات الوزارة، المسار المهني، الأجور، الرخص)، ولا أريد أن أخمّن. أحلت سؤالك على مؤطر(ة) بشري(ة)، وسيصلك الجواب هنا{eta}.",
        "fr": "Le guide du formateur ne traite pas des questions administratives comme celle-ci (décisions du ministère, carrière, rémunération, congés), et je préfère ne pas deviner. Je l'ai transmise à un tuteur humain ; sa réponse vous parviendra ici{eta}.",
    },
    "see_also": {"ar": "انظر أيضا", "fr": "Voir aussi"},
    "clarify_options": {
        "ar": "سؤالك قريب من أكثر من موضوع في الدليل. هل تبحث عن:\n{options}\nأجب برقم الاختيار، أو اطلب مؤطرا.",
        "fr": "Votre question touche plusieurs sujets du guide. Vous cherchez :\n{options}\nRépondez par le numéro, ou demandez un tuteur.",
    },
    "nothing_pending": {
        "ar": "لا يوجد سؤال ينتظر جوابك أو اختيارك. اكتب سؤالك حول دليل المكوّن أو الجدول الزمني، وسأجيبك مع ذكر المصدر.",
        "fr": "Aucune question n'attend votre réponse ou votre choix. Écrivez votre question sur le guide du formateur ou le calendrier, et je vous répondrai en citant la source.",
    },
    "clarify_declined": {
        "ar": "حسنا، ليس هذا ما تبحث عنه. أعد صياغة سؤالك بكلمات أخرى (ماذا تريد أن تفعل، وفي أي سياق)، أو اطلب مؤطرا بالزر أسفله.",
        "fr": "D'accord, ce n'est pas ce que vous cherchez. Reformulez votre question avec d'autres mots (ce que vous voulez faire, dans quel contexte), ou demandez un tuteur avec le bouton ci-dessous.",
    },
    "charter_rules": {
        "ar": "ميثاق المنتدى يتضمن {n} قواعد:\n{rules}\nأجب برقم، أو اسألني عن تفاصيل أي واحدة منها (مثلا: «وماذا عن احترام المشاركين؟»).",
        "fr": "La charte du forum tient en {n} points :\n{rules}\nRépondez par un numéro, ou demandez-moi le détail de l'un d'eux (par exemple « et le respect ? »).",
    },
    "no_darija": {
        "ar": "الدليل مكتوب بالعربية الفصحى وبالفرنسية فقط، ولا أستطيع أن أشرحه بالدارجة. هذا الجزء نفسه بلغة الدليل الأخرى، وإذا بقي غامضا فاطلب مؤطرا يشرحه لك:",
        "fr": "Le guide n'existe qu'en arabe standard et en français : je ne peux pas l'expliquer en darija. Voici le même passage dans l'autre langue du guide ; s'il reste obscur, demandez un tuteur :",
    },
    "clarify_again": {
        "ar": "لم أعرف بعد أي جزء من الدليل تقصد. هل تبحث عن:\n{options}\nأجب برقم الاختيار، أو اكتب سؤالك كاملا (سأقرؤه وحده)، أو اطلب مؤطرا.",
        "fr": "Je ne sais pas encore de quelle partie du guide vous parlez. Vous cherchez :\n{options}\nRépondez par le numéro, écrivez votre question en entier (je la lirai seule), ou demandez un tuteur.",
    },
    "not_meant_options": {
        "ar": "حسنا، لم يكن هذا ما تقصده. هل تبحث عن:\n{options}\nأجب برقم الاختيار، أو أعد صياغة سؤالك، أو اطلب مؤطرا.",
        "fr": "D'accord, ce n'était pas ce que vous cherchiez. Vouliez-vous plutôt :\n{options}\nRépondez par le numéro, reformulez votre question, ou demandez un tuteur.",
    },
    "clarify_one": {
        "ar": "لست متأكدا من أنني فهمت سؤالك. هل تقصد «{title}»؟ أجب بـ«نعم» (أو 1) لتصلك إجابة الدليل، أو أعد صياغة سؤالك، أو اطلب مؤطرا.",
        "fr": "Je ne suis pas sûr de bien comprendre. Parlez-vous de « {title} » ? Répondez « oui » (ou 1) pour la réponse du guide, reformulez votre question, ou demandez un tuteur.",
    },
    "human_requested": {
        "ar": "حسنا، أحلت طلبك على مؤطر(ة) بشري(ة). سيصلك الرد هنا{eta}.",
        "fr": "C'est noté : votre demande est transmise à un tuteur humain. Sa réponse vous parviendra ici{eta}.",
    },
    "request_pending": {
        "ar": "طلبك رقم {n} عند المؤطرين من قبل: «{question}». سيصلك ردهم هنا{eta}. أضفت رسالتك إليه.",
        "fr": "Votre demande n° {n} est déjà chez les tuteurs : « {question} ». Leur réponse vous parviendra ici{eta}. J'y ai ajouté votre message.",
    },
    "request_pending_unquoted": {
        "ar": "طلبك رقم {n} عند المؤطرين من قبل، وسيصلك ردهم هنا{eta}. أضفت رسالتك إليه.",
        "fr": "Votre demande n° {n} est déjà chez les tuteurs : leur réponse vous parviendra ici{eta}. J'y ai ajouté votre message.",
    },
    "answered_already": {
        "ar": "تحتاج شيئا آخر؟ اكتب سؤالك، أو اضغط على «اسأل مؤطرا».",
        "fr": "Besoin d'autre chose ? Écrivez votre question, ou appuyez sur « Demander à un tuteur ».",
    },
    "change_is_for_tutors": {
        "ar": "لتغيير موعد أو فوج، يقرر المؤطرون: اضغط على «اسأل مؤطرا» واشرح وضعك.",
        "fr": "Pour changer une date ou un groupe, ce sont les tuteurs qui décident : appuyez sur « Demander à un tuteur » et expliquez votre situation.",
    },
    "all_said": {
        "ar": "هذا كل ما يقوله الدليل عن «{title}»، وقد أعطيتك إياه كاملا. للتعمق أكثر، يمكن لمؤطر(ة) أن يجيبك.",
        "fr": "C'est tout ce que le guide dit sur « {title} » : je vous l'ai donné en entier. Pour aller plus loin, un tuteur peut vous répondre.",
    },
    "no_example": {
        "ar": "أعطيتك كل ما يقوله الدليل عن «{title}»، وليس فيه مثال آخر. يمكن لمؤطر(ة) أن يقترح عليك مثالا.",
        "fr": "Je vous ai déjà donné tout ce que le guide dit sur « {title} » : il n'y a pas d'autre exemple. Un tuteur peut vous en proposer un.",
    },
    "sent_to_tutor": {
        "ar": "أرسلت رسالتك إلى {tutor} (الطلب رقم {n})، وسيصلك الرد هنا{eta}.",
        "fr": "J'ai transmis votre message à {tutor} (demande n° {n}) : la réponse vous parviendra ici{eta}.",
    },
    "acknowledged": {
        "ar": "حسنا! إذا كان لديك سؤال آخر فأنا هنا.",
        "fr": "D'accord ! Si vous avez une autre question, je suis là.",
    },
    "detail_added": {
        "ar": "أضفت رسالتك إلى طلبك، وسيقرؤها المؤطر(ة) معه. يمكنك إضافة تفاصيل أخرى هنا.",
        "fr": "J'ai ajouté votre message à votre demande : le tuteur le lira avec elle. Vous pouvez encore ajouter des précisions ici.",
    },
    "tifinagh": {
        "ar": "ⴰⵣⵓⵍ! شكرا على رسالتك. لا أستطيع بعد قراءة الأمازيغية بحرف تيفيناغ، لذلك أحلتها على مؤطر(ة) بشري(ة) سيجيبك هنا{eta}. يمكنك أيضا الكتابة بالعربية أو الفرنسية.",
        "fr": "ⴰⵣⵓⵍ ! Merci pour votre message. Je ne sais pas encore lire l'amazighe en tifinagh : je l'ai transmis à un tuteur humain, qui vous répondra ici{eta}. Vous pouvez aussi écrire en arabe ou en français.",
    },
    "empty": {
        "ar": "رسالتك فارغة. اكتب سؤالك بالعربية أو بالفرنسية.",
        "fr": "Votre message est vide. Écrivez votre question en arabe ou en français.",
    },
    "too_long": {
        "ar": "رسالتك طويلة جدا ({n} حرف). اختصر سؤالك في بضعة أسطر من فضلك (الحد الأقصى {limit} حرف).",
        "fr": "Votre message est très long ({n} caractères). Résumez votre question en quelques lignes, s'il vous plaît (maximum {limit} caractères).",
    },
    "unreadable": {
        "ar": "لم أستطع قراءة رسالتك (رموز غير مفهومة). اكتب سؤالك بالعربية أو بالفرنسية.",
        "fr": "Je n'arrive pas à lire votre message (caractères illisibles). Écrivez votre question en arabe ou en français.",
    },
    "no_words": {
        "ar": "وصلتني رموز فقط 🙂 اكتب سؤالك بكلمات، بالعربية أو بالفرنسية.",
        "fr": "Je n'ai reçu que des symboles 🙂 Écrivez votre question avec des mots, en arabe ou en français.",
    },
    "eta_hours": {"ar": " خلال {hours} ساعات تقريبا", "fr": " d'ici {hours} h environ"},
    "eta_one_hour": {"ar": " خلال ساعة تقريبا", "fr": " d'ici 1 h environ"},  # not « خلال 1 ساعة »
    "eta_two_hours": {"ar": " خلال ساعتين تقريبا", "fr": " d'ici 2 h environ"},
    "eta_many_hours": {"ar": " خلال {hours} ساعة تقريبا", "fr": " d'ici {hours} h environ"},  # 11 and more
    "eta_next_day": {"ar": " في أول ساعات العمل المقبلة ({when})", "fr": " dès la reprise des heures de travail ({when})"},
    "error": {
        "ar": "عذرا، حدث خطأ من جهتي. أعد المحاولة بعد قليل، وإذا تكرر الأمر أخبر مؤطرك.",
        "fr": "Désolé, une erreur s'est produite de mon côté. Réessayez dans un instant ; si cela se reproduit, prévenez votre tuteur.",
    },
    "helpful": {"ar": "👍 مفيد", "fr": "👍 Utile"},
    "not_helpful": {"ar": "👎 غير مفيد", "fr": "👎 Pas utile"},
    "ask_tutor": {"ar": "🙋 اسأل مؤطرا", "fr": "🙋 Demander à un tuteur"},
    "feedback_thanks": {"ar": "شكرا على رأيك!", "fr": "Merci pour votre avis !"},
    "unhelpful_heard": {
        "ar": "آسف لأن أجوبتي لم تفدك. أنا مساعد يجيب من دليل المكوّن فقط؛ يمكن لمؤطر(ة) بشري(ة) أن يتناول سؤالك: اضغط على «اسأل مؤطرا»، أو أعد صياغة سؤالك في جملة واحدة.",
        "fr": "Désolé que mes réponses ne vous aident pas. Je ne suis qu'un assistant qui répond à partir du guide du formateur ; un tuteur (une personne) peut reprendre votre question : appuyez sur « Demander à un tuteur », ou reformulez votre question en une phrase.",
    },
    "not_helpful_offer": {
        "ar": "آسف لأن الجواب لم يفدك. هل تريد أن أحيل سؤالك على مؤطر(ة) بشري(ة)؟",
        "fr": "Désolé que la réponse ne vous ait pas aidé. Voulez-vous que je transmette votre question à un tuteur humain ?",
    },
    "say_more": {
        "ar": "لم أعرف بعد ما تبحث عنه بخصوص «{topic}». اكتب سؤالك في جملة (مثلا: «كيف …؟») وسأجيبك من دليل المكوّن، ويمكنني أيضا أن أحيله على مؤطر.",
        "fr": "Je ne vois pas encore ce que vous cherchez sur « {topic} ». Posez votre question en une phrase (par exemple : « Comment … ? ») et je vous répondrai à partir du guide ; je peux aussi la transmettre à un tuteur.",
    },
    "what_about": {
        "ar": "مثال أو تفاصيل، لكن عن أي موضوع؟ اكتب الموضوع (مثلا: «مثال على شبكة تقويم بالمعايير») وسأجيبك من دليل المكوّن.",
        "fr": "Un exemple ou des détails, mais sur quel sujet ? Écrivez le sujet (par exemple : « un exemple de grille critériée ») et je vous répondrai à partir du guide.",
    },
    "which_problem": {
        "ar": "أنا أسمعك: ما المشكل؟ صفه في جملة (مثلا: «لا يصلني بريد التفعيل» أو «زر الإيداع لا يظهر») وسأبحث عن الجواب في دليل المكوّن، ويمكنني أيضا أن أحيله على مؤطر.",
        "fr": "Je vous écoute : quel est le problème ? Décrivez-le en une phrase (par exemple : « je ne reçois pas le mail d'activation » ou « le bouton de dépôt n'apparaît pas ») et je cherche la réponse dans le guide ; je peux aussi le transmettre à un tuteur.",
    },
    "off_topic": {
        "ar": "يبدو أن سؤالك خارج مواضيع التكوين ودليل المكوّن. أستطيع مساعدتك في التكوين والتقويم والمنصة والجدول الزمني. وإن كان سؤالك يخص هذا التكوين، فيمكن لمؤطر(ة) أن يجيبك: اضغط على الزر أسفله.",
        "fr": "Votre question semble éloignée de la formation et du guide du formateur. Je peux vous aider sur la formation, l'évaluation, la plateforme et le calendrier. Si elle concerne cette formation, un tuteur peut vous répondre : utilisez le bouton ci-dessous.",
    },
    "steps_hint": {"ar": "👣 لقراءة خطوة كاملة، اكتب رقمها (مثلا: 3).",
                   "fr": "👣 Pour lire une étape en entier, écrivez son numéro (par exemple : 3)."},
    "figures_where": {
        "ar": "أرقام رفيق (الأسئلة المطروحة ولغاتها، والمواضيع التي لا يغطيها الدليل، والطلبات المحالة على المؤطرين وآجال الرد عليها) توجد في لوحة المؤطرين، صفحة «الإحصائيات»: ‎/console/stats‎، وهي خاصة بالمنسقين (الدخول برمزك). ولأرقام أخرى عن المساق (المسجلون، النجاح)، اسأل مؤطرا: اضغط على الزر أسفله.",
        "fr": "Les chiffres de Rafiq (questions posées et leurs langues, sujets que le guide ne couvre pas, demandes transmises aux tuteurs et délais de réponse) sont dans la console des tuteurs, page « Statistiques » : /console/stats, réservée aux coordinateurs (connexion avec votre jeton). Pour d'autres chiffres du MOOC (inscrits, réussite), demandez à un tuteur : bouton ci-dessous.",
    },
    "no_answer_heard": {
        "ar": "آسف لأن سؤالك بقي بلا جواب. اكتبه لي هنا في جملة واحدة: أجيبك من دليل المكوّن، أو أحيله على مؤطر(ة) بشري(ة). ويمكنك أيضا الضغط على الزر أسفله ليتكفل به شخص مباشرة.",
        "fr": "Je suis désolé que votre question soit restée sans réponse. Écrivez-la-moi ici en une phrase : je vous réponds à partir du guide, ou je la transmets à un tuteur. Vous pouvez aussi toucher le bouton ci-dessous pour qu'une personne s'en charge directement.",
    },
    "catch_up_intro": {"ar": "مرحبا بعودتك! هذا ما مضى من المساق وما سيأتي:",
                       "fr": "Bon retour ! Voici où en est le MOOC, ce qui est passé et ce qui vient :"},
    "catch_up_late": {
        "ar": "لعمل فات أجله: راسل مؤطرك واذكر السبب واقترح تاريخا (اكتب «فاتني الأجل» لأعطيك ما يقوله الدليل). ولتدارك حصة مباشرة: تسجيلاتها في موارد المجزوءة.",
        "fr": "Pour un travail dont l'échéance est passée : écrivez à votre tuteur, donnez la raison et proposez une date (écrivez « j'ai raté l'échéance » pour ce qu'en dit le guide). Pour une classe virtuelle manquée : son enregistrement est dans les ressources du module.",
    },
    "get_well": {"ar": "سلامتك، صحتك قبل كل شيء.", "fr": "Prenez soin de vous : votre santé passe d'abord."},
    "what_i_do": {
        "ar": "أنا رفيق، مساعد آلي. يمكنني:\n• الإجابة عن أسئلتك حول دليل المكوّن (التقويم، التنشيط، التأطير عن بعد، المنصة…)، مع ذكر القسم الذي أخذت منه الجواب؛\n• إعطاؤك تواريخ المساق: آجال الواجبات، والحصص المباشرة، وافتتاح المجزوءات (اكتب مثلا «متى آخر أجل؟»)؛\n• إحالة سؤالك على مؤطر(ة) بشري(ة) حين لا يجيب عنه الدليل.\nلا أستطيع: مراسلة مكوّنين آخرين أو فوج، ولا تصحيح واجب أو تنقيطه، ولا تغيير موعد أو نقطة؛ المؤطر(ة) يستطيع ذلك.\nاكتب سؤالك بالعربية أو بالفرنسية أو بالدارجة.",
        "fr": "Je suis Rafiq, un assistant automatique. Je peux :\n• répondre à vos questions sur le guide du formateur (évaluation, animation, tutorat en ligne, plateforme…), en citant la section d'où vient la réponse ;\n• vous donner les dates du MOOC : échéances des devoirs, classes virtuelles, ouverture des modules (écrivez par exemple « quelle est la prochaine échéance ? ») ;\n• transmettre votre question à un tuteur (une personne) quand le guide n'y répond pas.\nJe ne peux pas : écrire à d'autres formateurs ou à une cohorte, corriger ou noter un devoir, changer une date ou une note ; un tuteur le peut.\nÉcrivez en français, en arabe ou en darija.",
    },
    "who_i_am": {
        "ar": "أنا رفيق، مساعد آلي ولست شخصا: أجيب من دليل المكوّن ومن الجدول الزمني للمساق، وأذكر القسم الذي أخذت منه الجواب. للتواصل مع مؤطر(ة) بشري(ة)، اضغط على الزر أسفله أو اكتب «أريد مؤطرا».",
        "fr": "Je suis Rafiq, un assistant automatique, pas une personne : je réponds à partir du guide du formateur et du calendrier du MOOC, en citant la section d'où vient la réponse. Pour parler à un tuteur (une personne), touchez le bouton ci-dessous ou écrivez « je veux un tuteur ».",
    },
    "artificial_intelligence": {"ar": "الذكاء الاصطناعي", "fr": "l'intelligence artificielle"},
    "not_in_guide": {
        "ar": "لا يتناول دليل المكوّن «{term}»، ولا أريد أن أجيبك بما لا يخص سؤالك. إن كان سؤالك يخص هذا التكوين، فيمكن لمؤطر(ة) أن يجيبك: اضغط على الزر أسفله.",
        "fr": "Le guide du formateur ne traite pas de « {term} » : je préfère ne pas vous répondre à côté. Si votre question concerne cette formation, un tuteur peut vous répondre : utilisez le bouton ci-dessous.",
    },
    "rate_limited": {
        "ar": "رسائل كثيرة في وقت قصير 🙂 انتظر دقيقة ثم أعد المحاولة.",
        "fr": "Beaucoup de messages en peu de temps 🙂 Patientez une minute puis réessayez.",
    },
    # the chat page and the web API
    "moderated": {
        "ar": "لم أستطع نشر رسالتك لأنها تخالف ميثاق المنتدى. يمكنك إعادة صياغتها أو طلب مراجعة بشرية.",
        "fr": "Je n'ai pas pu traiter votre message : il ne respecte pas la charte du forum. Vous pouvez le reformuler ou demander une relecture humaine.",
    },
    "invalid_request": {
        "ar": "الطلب غير صالح (الحقول: {fields}). أرسل JSON بالشكل {shape}.",
        "fr": "Requête invalide (champs : {fields}). Envoyez du JSON de la forme {shape}.",
    },
    "invalid_json": {
        "ar": "الطلب غير صالح: جسمه ليس JSON صالحا (خطأ عند الحرف {position}). أرسل JSON بالشكل {shape}.",
        "fr": "Requête invalide : son corps n'est pas du JSON valide (erreur au caractère {position}). Envoyez du JSON de la forme {shape}.",
    },
    "invalid_ask_limits": {
        "ar": "النص حتى {limit} حرف، واللغة ar أو fr.",
        "fr": "Texte jusqu'à {limit} caractères, langue ar ou fr.",
    },
    "invalid_user": {
        "ar": "الحقل user هو معرّف المحادثة: من 16 إلى 128 حرفا لاتينيا أو رقما أو - أو _ (أعد إرسال الذي جاء في الرد السابق، أو احذفه لبدء محادثة جديدة).",
        "fr": "Le champ user identifie la conversation : 16 à 128 lettres latines, chiffres, - ou _ (renvoyez celui de la réponse précédente, ou omettez-le pour commencer une conversation).",
    },
    "tutor_answer_intro": {
        "ar": "🧑‍🏫 جواب المؤطر(ة) {tutor} عن سؤالك:\n«{question}»\n\n{answer}",
        "fr": "🧑‍🏫 Réponse de votre tuteur·rice {tutor} à votre question :\n« {question} »\n\n{answer}",
    },
    # to a trainer who joined another trainer's private question: their own words are not stored, the other's not shown
    "tutor_word_intro": {  # to a trainer who said a hard time: a word from a person, not "the answer to your question"
        "ar": "🧑‍🏫 كلمة من المؤطر(ة) {tutor}:\n\n{answer}",
        "fr": "🧑‍🏫 Un mot de votre tuteur·rice {tutor} :\n\n{answer}",
    },

    # what a private chat says about a message moderation objects to (nothing is "published" in a chat)
    "chat_abuse": {
        "ar": "أفهم أن شيئا ما يزعجك، وأريد فعلا مساعدتك. لنحافظ على لغة محترمة: أخبرني بما لا يسير كما ينبغي وسأبذل جهدي.",
        "fr": "Je comprends que quelque chose vous agace, et je veux vraiment vous aider. Gardons un ton respectueux : dites-moi ce qui ne va pas, et je ferai de mon mieux.",
    },
    "chat_abuse_ticket": {
        "ar": "وقد أحلت رسالتك على مؤطر(ة) بشري(ة) سيقرؤها ويجيبك هنا{eta}.",
        "fr": "J'ai aussi transmis votre message à un tuteur humain, qui le lira et vous répondra ici{eta}.",
    },
    "chat_spam": {
        "ar": "أنا هنا للإجابة عن أسئلة التكوين ودليل المكوّن والجدول الزمني، ولا أنقل الإعلانات أو الروابط. اطرح عليّ سؤالك حول التكوين.",
        "fr": "Je suis là pour les questions sur la formation, le guide du formateur et le calendrier ; je ne relaie ni annonces ni liens. Posez-moi votre question sur la formation.",
    },
    # when a person will really read an urgent message: tutors on duty, an on-call group, or neither.
    "urgent_on_duty": {
        "ar": "المؤطرون في الخدمة الآن، ورسالتك في مقدمة لائحتهم.",
        "fr": "Des tuteurs sont en service en ce moment, et votre message est en tête de leur liste.",
    },
    "urgent_on_call": {
        "ar": "المؤطرون ليسوا في الخدمة في هذه الساعة، لكنني نبّهت فريق المداومة؛ وسيجيبك فريق المؤطرين في أقصى تقدير {when}.",
        "fr": "Les tuteurs ne sont pas en service à cette heure, mais j'ai alerté l'équipe de permanence ; l'équipe des tuteurs vous répondra au plus tard {when}.",
    },
    "urgent_off_duty": {
        "ar": "المؤطرون ليسوا في الخدمة في هذه الساعة: ستكون رسالتك أول ما يقرؤونه {when}. لا تنتظرهم إذا كنت في خطر.",
        "fr": "Les tuteurs ne sont pas en service à cette heure : votre message sera le premier qu'ils liront, {when}. Ne les attendez pas si vous êtes en danger.",
    },

    # what a tutor did on a ticket, told to everyone waiting on it (bot/relay.py)
    "tutor_closed_unquoted": {
        "ar": "أغلق(ت) مؤطر(ة) سؤالك دون جواب (ربما لأنه خارج مواضيع التكوين، أو أجيب عنه في مكان آخر). إذا كان ما زال يهمك، {how}",
        "fr": "Un tuteur a clos votre question sans y répondre (elle sort peut-être du cadre de la formation, ou la réponse a été donnée ailleurs). Si elle se pose toujours, {how}",
    },
    "tutor_closed": {
        "ar": "أغلق(ت) مؤطر(ة) سؤالك «{question}» دون جواب (ربما لأنه خارج مواضيع التكوين، أو أجيب عنه في مكان آخر). إذا كان ما زال يهمك، {how}",
        "fr": "Un tuteur a clos votre question « {question} » sans y répondre (elle sort peut-être du cadre de la formation, ou la réponse a été donnée ailleurs). Si elle se pose toujours, {how}",
    },
    # a held or hidden forum post's review closed without an answer: the post is not let through (bot/relay.py)
    "tutor_closed_review": {
        "ar": "راجع(ت) مؤطر(ة) رسالتك «{question}» وتأكد(ت) من أنها لا تحترم ميثاق المنتدى (البند «{title}» ({section})): يبقى قرار الإشراف قائما ولن يجيب عنها رفيق. يمكنك نشر رسالة جديدة تحترم الميثاق. وإذا كنت ترى أن في الأمر خطأ، فالبند «{appeal_title}» ({appeal}) من الميثاق يشرح كيف تطعن في القرار، وسيعيد عضو آخر من الفريق النظر في رسالتك.",
        "fr": "Un tuteur a relu votre message « {question} » et a confirmé qu'il ne respecte pas la charte du forum (section « {title} » ({section})) : la décision de modération est maintenue et Rafiq n'y répondra pas. Vous pouvez publier un nouveau message qui respecte la charte. Si vous pensez que c'est une erreur, la section « {appeal_title} » ({appeal}) de la charte explique comment contester la décision ; un autre membre de l'équipe réexaminera alors votre message.",
    },
    "ask_again_telegram": {
        "ar": "أعد طرحه هنا بتفاصيل أكثر، أو اكتب /tutor متبوعا بسؤالك لإحالته من جديد على مؤطر(ة).",
        "fr": "reposez-la ici avec plus de détails, ou tapez /tutor suivi de votre question pour la transmettre à nouveau à un tuteur.",
    },
    "ask_again": {
        "ar": "أعد طرحه هنا بتفاصيل أكثر واطلب مؤطرا(ة) إن لزم الأمر.",
        "fr": "reposez-la ici avec plus de détails, et demandez un tuteur si besoin.",
    },
    "tutor_correction": {
        "ar": "✏️ تصحيح من المؤطر(ة) {tutor} لجوابه(ا) عن سؤالك:\n«{question}»\n\n{answer}",
        "fr": "✏️ Correction de votre tuteur·rice {tutor} à sa réponse à votre question :\n« {question} »\n\n{answer}",
    },
    "tutor_photo_elsewhere": {
        "ar": "📷 أرفق(ت) المؤطر(ة) صورة لا يمكن عرضها هنا.",
        "fr": "📷 Votre tuteur·rice a joint une photo qui ne peut pas être affichée ici.",
    },
}
