# Hand-written French non-content messages (blind43).
OUT_OF_SCOPE = [
    # plainly outside the course
    "tu connais une bonne recette de tajine aux pruneaux pour ce weekend ?",
    "qui a gagne le match Raja Wydad hier soir ?",
    "il va neiger demain a Ifrane ? je dois prendre la route tot",
    "pour renouveler ma CIN il faut quels papiers exactement ?",
    "Des idées de sortie à Marrakech avec les enfants pendant les vacances ?",
    # close to the course, not answered by the guide
    "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?",
    "combien de postes sont ouverts au concours d'entree du CFIE cette annee ?",
    "Le mémoire professionnel des stagiaires du CRMEF doit faire combien de pages, et avec quelle norme de citation ?",
    "c quoi la difference entre la pedagogie Montessori et la pedagogie Freinet ?",
    "Les tuteurs du MOOC touchent-ils une indemnité ? de combien ?",
]
CALENDAR = [
    "le devoir du module 2 sur le scenario de dispositif c'est pour quand exactement ?",
    "La classe virtuelle du module 5, c'est quel jour et à quelle heure ?",
    "quand est-ce que le module 4 ouvre ?",
]
HUMAN = [
    "je veux parler a un vrai tuteur svp pas a un robot",
    "Pourriez-vous me mettre en relation avec une personne de l'équipe pédagogique ?",
    "passe moi qqn de l'equipe stp c urgent",
]
SOCIAL = [
    "bonsoir rafiq, ca va ?",
    "merci bcp pour ta reponse d'hier, ma seance s'est super bien passee",
    "Je viens de déposer mon premier devoir, je suis trop contente !",
]
