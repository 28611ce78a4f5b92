OUT_OF_SCOPE = [
    "Vous savez quand la revalorisation des salaires des formateurs sera appliquee ? c'est pour cette annee ?",
    "quelle est la procedure pour demander une mutation vers le CRMEF de Fes",
    "Combien de jours de conge maternite pour une fonctionnaire de l'education nationale ?",
    "Je cherche un MOOC sur le machine learning pour moi perso, vous en conseillez un ?",
    "c quoi la capitale de l'australie deja",
    "Mon ordinateur portable ne s'allume plus depuis ce matin, une idee de ce que ca peut etre ?",
    "J'ai oublie le mot de passe de ma boite gmail perso, comment je la recupere ?",
    "tu connais une bonne recette de tajine aux pruneaux pour ce soir ?",
    "Comment enseigner la lecture syllabique aux eleves de 1ere annee primaire qui confondent b et d ?",
    "Quels sont les criteres de selection au concours d'entree du CFIE cette annee ?",
]
CALENDAR = [
    "le module 3 ouvre quand ?",
    "C'est quand la date limite pour deposer la grille d'evaluation du module 4 ?",
    "La classe virtuelle du module 5, elle commence a quelle heure exactement ?",
]
HUMAN = [
    "je prefere parler a un vrai tuteur svp",
    "Est ce que je peux avoir un humain au bout du fil ? Mon cas est un peu particulier",
    "passe moi quelqu'un de l'equipe",
]
SOCIAL = [
    "merci beaucoup c'etait tres clair !",
    "Bonsoir Rafiq",
    "franchement je suis largue, je crois que j'y arriverai jamais avec ce mooc",
]
