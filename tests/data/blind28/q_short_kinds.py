# Calendar, human and social items (3 per variety each).
CALENDAR = {
    "fr": [
        "C'est quand la date limite du devoir du module 2 sur le scenario de dispositif ?",
        "la classe virtuelle du module 5 commence a quelle heure ?",
        "quand est ce que le module 4 ouvre ?",
    ],
    "msa": [
        "متى ينتهي الفوج الحالي من المساق؟",
        "ما آخر أجل لتسليم واجب شبكة التقويم في المجزوءة الرابعة؟",
        "في أي ساعة تنطلق الحصة المباشرة الخاصة بالمجزوءة السادسة؟",
    ],
    "darija": [
        "إمتى كتسالى المجزوءة التالتة؟",
        "الحصة المباشرة ديال المجزوءة الأولى شمن نهار؟",
        "إمتى آخر أجل ديال الحصيلة النهائية والملف المهني؟",
    ],
    "arabizi": [
        "imta devoir dyal module 1 khasso ytsift?",
        "live dyal module 3 imta w f ch7al?",
        "module 5 imta kaybda?",
    ],
}
HUMAN = {
    "fr": [
        "Je voudrais parler a un tuteur, pas a un robot.",
        "Pouvez-vous me mettre en contact avec quelqu'un de l'equipe pedagogique svp",
        "mon cas est complique, j'ai besoin qu'une vraie personne me reponde",
    ],
    "msa": [
        "أرغب في التحدث مع أحد المؤطرين من فضلك.",
        "هل يمكن تحويلي إلى شخص من فريق المساق؟",
        "أريد أن يتواصل معي مؤطر بشري بخصوص وضعيتي.",
    ],
    "darija": [
        "بغيت نهضر مع شي مؤطر عافاك",
        "وصلني بشي واحد من الفريق، ماشي روبو",
        "عيطلي على شي بنادم يفهمني الله يخليك",
    ],
    "arabizi": [
        "bghit nhder m3a chi tuteur 3afak",
        "3tini chi wa7ed mn l equipe nhder m3ah",
        "baraka mn robot, bghit bnadem",
    ],
}
SOCIAL = {
    "fr": [
        "Bonjour Rafiq !",
        "merci beaucoup, ca m'a bien aide",
        "j'en peux plus, trop de travail au centre, je pense tout laisser tomber",
    ],
    "msa": [
        "السلام عليكم ورحمة الله",
        "شكرا جزيلا على المساعدة",
        "أشعر بالإحباط، لم أعد قادرا على مواكبة المساق.",
    ],
    "darija": [
        "السلام، كي داير؟",
        "الله يخليك، شكرا بزاف",
        "عييت، ما بقيتش قادرة نكمل هاد المساق",
    ],
    "arabizi": [
        "salam labas?",
        "chokran bzaf a rafiq",
        "t3bt mn had l mooc, bghit nkhlih",
    ],
}
