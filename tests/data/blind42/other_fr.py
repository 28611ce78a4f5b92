OUT_OF_SCOPE = [
    "t'as une bonne recette de harira pour 8 personnes ?",
    "le Raja a gagné hier soir ou pas ?",
    "il va neiger a Ifrane ce week end ?",
    "comment on renouvelle un passeport, il faut quels papiers ?",
    "un bon film a regarder ce soir avec les enfants ?",
    "c quand que le ministere publie les resultats du mouvement des formateurs cette annee ?",
    "combien on est payé en tant que tuteur sur ce mooc ? y a une indemnité ?",
    "comment importer une banque de questions au format GIFT dans les quiz d'e-takwine ?",
    "le programme du concours d'entree au CFIE pour 2027 il est sorti ?",
    "j'ai le droit d'utiliser chatgpt pour corriger les copies de mes stagiaires ?",
]
CALENDAR = [
    "c quand la date limite du devoir sur la grille d'evaluation critériée ?",
    "le module 5 ouvre quand exactement ?",
    "la classe virtuelle du module 3 c'est quel jour et a quelle heure ?",
]
HUMAN = [
    "je veux parler a un vrai tuteur svp, pas a un robot",
    "passez moi le coordinateur de ma cohorte, c urgent",
    "y a qqn d'humain qui peut regarder mon dossier ?",
]
SOCIAL = [
    "bonsoir rafiq",
    "merci bcp c'etait tres clair !",
    "trop contente, j'ai eu une super note au devoir 1 :)",
]
