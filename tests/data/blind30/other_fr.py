# French: out_of_scope (10), calendar (3), human (3), social (3).
OUT_OF_SCOPE = [
    "Quelle est la nouvelle grille des salaires des formateurs après l'augmentation de cette année ?",
    "Quand sortent les résultats du mouvement de mutation des formateurs ?",
    "tu connais une bonne recette de pastilla au poulet ?",
    "Quel temps il va faire à Ifrane ce week-end ?",
    "C'est quand le concours d'entrée au centre des inspecteurs cette année ?",
    "Combien de jours de congé de maternité pour une fonctionnaire de l'éducation ?",
    "qui a gagné le match du Raja hier soir",
    "Comment installer Moodle sur un serveur de mon centre ? j'ai un vieux PC",
    "La liste des formateurs retenus pour la mission au Canada sera publiée quand ?",
    "Quel manuel de français est au programme de la 4e année primaire cette année ?",
]
CALENDAR = [
    "C'est quand la date limite pour le devoir du module 2 sur le scénario de dispositif ?",
    "la classe virtuelle du module 5 c'est à quelle heure exactement ?",
    "Le module 4 sur l'évaluation ouvre quel jour ?",
]
HUMAN = [
    "je voudrais parler à un vrai tuteur, pas à un robot",
    "Pouvez-vous me mettre en relation avec une personne de l'équipe ? Ma situation est un peu compliquée.",
    "Y a t il un humain qui peut me répondre svp",
]
SOCIAL = [
    "Bonjour Rafiq !",
    "merci beaucoup, ta réponse m'a vraiment aidée",
    "je suis crevé, je n'arrive plus à suivre le rythme du mooc, j'ai envie de tout lâcher",
]
