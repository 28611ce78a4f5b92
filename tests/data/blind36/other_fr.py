# Hand-written non-content messages, French.
OUT_OF_SCOPE = [
    # plainly outside the guide
    "Quel temps fera-t-il à Ifrane ce week-end ? je pense monter avec la famille",
    "Tu peux me donner une bonne recette de tajine aux pruneaux ?",
    "C'est quand le prochain match du Maroc à la CAN ?",
    "Comment on fait pour renouveler une carte grise à Casablanca ?",
    "Quel smartphone acheter à moins de 2000 dirhams ?",
    # close to the guide's topics, but not answered by it
    "Quand seront publiés les résultats du concours d'accès au CRMEF cette année ?",
    "Quel est le montant de l'indemnité versée aux tuteurs du MOOC ?",
    "Comment savoir si un stagiaire a rédigé son mémoire avec ChatGPT ? il existe un détecteur fiable ?",
    "Comment présenter la bibliographie du mémoire selon les normes APA 7e édition ?",
    "Quels aménagements prévoir pour un stagiaire malvoyant pendant les examens de fin d'année au CRMEF ?",
]
CALENDAR = [
    "C'est quand la date limite du devoir sur l'analyse des besoins, au module 2 ?",
    "La classe virtuelle du module 5 c'est à quelle heure ? j'ai cru voir 21h30, c'est bizarre",
    "Le module 4 ouvre quel jour exactement ?",
]
HUMAN = [
    "Je voudrais parler à un vrai tuteur s'il vous plaît, pas à un robot.",
    "Passez-moi quelqu'un de l'équipe, c'est urgent !!",
    "Est-ce qu'une personne peut me recontacter ? J'ai besoin d'en discuter avec un humain.",
]
SOCIAL = [
    "Bonsoir Rafiq !",
    "Merci beaucoup, ta réponse m'a vraiment aidée 🙏",
    "je n'en peux plus, trop de boulot au centre, j'ai envie de tout lâcher",
]
