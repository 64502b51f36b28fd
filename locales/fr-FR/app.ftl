# Gracious — textes de l’interface (fr-FR).
# Chaque langue a exactement les mêmes identifiants de messages que en-US.
#
# Pour les traducteurs : « vous » dans l’interface désigne la personne qui utilise Gracious, qui se
# demande si elle va décliner un poste ; « l’entreprise », « l’employeur » et « le contact » sont la
# société et la personne qui y travaille (recrutement ou futur manager). Une « candidature » est une
# candidature ou une offre. Vouvoiement partout, sans mélange.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## Menu

menu-file = Fichier
menu-new-case = Nouvelle candidature
menu-export-case = Exporter cette candidature…
menu-export-workspace = Exporter toutes les données…
menu-export-csv = Exporter la liste en CSV…
menu-import = Importer…
menu-add-dictionary = Ajouter un dictionnaire orthographique…
menu-profile = Profil
menu-about = À propos
menu-language = Langue
menu-language-system = Langue du système ({ $language })
menu-theme = Thème
theme-system = Suivre le système
theme-light = Clair
theme-dark = Sombre

## Avis et état

notice-dismiss = Fermer
notice-save-failed = Impossible d’enregistrer vos modifications dans { $folder } ({ $error }). Gracious les garde en mémoire et réessaiera ; laissez l’application ouverte.
notice-missing-font = { $count ->
    [one] Un caractère ne peut pas être affiché, car aucune police installée ne le contient. Installez une police pour votre langue (sous Debian ou Ubuntu : fonts-noto-cjk pour le chinois, le japonais et le coréen).
    [many] { $count } de caractères ne peuvent pas être affichés, car aucune police installée ne les contient. Installez une police pour votre langue (sous Debian ou Ubuntu : fonts-noto-cjk pour le chinois, le japonais et le coréen).
   *[other] { $count } caractères ne peuvent pas être affichés, car aucune police installée ne les contient. Installez une police pour votre langue (sous Debian ou Ubuntu : fonts-noto-cjk pour le chinois, le japonais et le coréen).
}
problem-empty = le fichier était vide
problem-malformed = le fichier est endommagé ou n’est pas un fichier Gracious ({ $detail })
problem-future-version = le fichier a été créé par une version plus récente de Gracious (format { $version })
problem-unreadable = le fichier n’a pas pu être lu ({ $detail })
notice-set-aside = Impossible de charger vos données enregistrées : { $problem }. Rien n’a été supprimé : le fichier a été déplacé vers { $path }.
notice-left-in-place = Impossible de charger vos données enregistrées : { $problem }. Le fichier reste intact à l’emplacement { $path }, et Gracious ne l’écrasera pas pendant cette session.
notice-restored-backup = Gracious a chargé votre enregistrement précédent à partir de la sauvegarde { $path }.
notice-backup-set-aside = La sauvegarde n’a pas pu être chargée non plus : { $problem }. Elle a été déplacée vers { $path }. Gracious a démarré avec un espace de travail vide.
status-saver-stopped = l’enregistrement en arrière-plan s’est arrêté
status-ready = Tout ce que vous saisissez est enregistré automatiquement.
status-deleted = Supprimé : « { $title } ».
status-undo = Annuler
status-reset = La lettre a été réinitialisée à partir du modèle.
status-copied = Copié dans le presse-papiers.
status-copied-presend-open = { $open ->
    [one] Copié dans le presse-papiers. Il reste { $open } point à cocher dans la vérification avant envoi.
    [many] Copié dans le presse-papiers. Il reste { $open } de points à cocher dans la vérification avant envoi.
   *[other] Copié dans le presse-papiers. Il reste { $open } points à cocher dans la vérification avant envoi.
}
status-draft-kept = Votre lettre modifiée a été conservée. Cliquez sur « Revenir au modèle » pour la remplacer par le nouveau modèle.
status-copy-failed = Impossible de copier dans le presse-papiers : { $error }. Sélectionnez le texte et copiez-le manuellement.

## Fichiers

file-dialog-open = Une fenêtre de sélection de fichier est ouverte.
file-no-dialog = Aucune fenêtre de sélection de fichier n’a pu s’ouvrir sur ce système. Saisissez plutôt le chemin du fichier.
file-failed = { $path } : { $error }
file-imported = { $count ->
    [0] Aucune candidature importée depuis { $path }.
    [one] Une candidature importée depuis { $path }.
    [many] { $count } de candidatures importées depuis { $path }.
   *[other] { $count } candidatures importées depuis { $path }.
}
file-exported = Enregistré : { $path }.
file-save-title = Enregistrer dans un fichier
file-open-title = Ouvrir un fichier
file-path = Chemin
file-save = Enregistrer
file-open = Ouvrir
file-cancel = Annuler
csv-date = Date de l’entretien ou de l’offre

## Candidatures

cases-title = Candidatures
cases-new = Nouvelle
cases-duplicate = Dupliquer
cases-archive = Archiver
cases-unarchive = Restaurer
cases-delete = Supprimer
cases-untitled = Nouvelle candidature
cases-reply-by = réponse d’ici le { $date }
cases-overdue = en retard
status-deciding = En réflexion
status-negotiating = En négociation
status-declined = Déclinée
status-accepted = Acceptée
status-archived = Archivée

## Profil

profile-title = Votre profil
profile-intro = Sert à signer vos lettres. Il reste sur cet ordinateur.
profile-name = Nom
profile-email = E-mail
profile-signature = Signature
profile-signature-hint = Termine vos lettres à la place de votre nom, par exemple : nom, fonction, téléphone
profile-letter-language = Langue des lettres par défaut
profile-formality = Ton
profile-formality-help = Le ton s’applique quand la langue de la lettre le marque : vouvoiement ou tutoiement en français, Sie ou du en allemand, keigo ou japonais poli simple.
formality-formal = Formel
formality-informal = Informel

## Panneaux

tab-checklist = Aide à la décision
tab-mobility = Fiche mobilité
tab-channel = Canal
tab-editor = Éditeur de modèles

## En-tête de la candidature

header-company = Entreprise
header-role = Poste
header-contact = Contact
header-stage = Étape
header-status = Statut
header-reply-by = Réponse d’ici le
header-date-interview = Date de l’entretien
header-date-offer = Date de l’offre
header-date-hint = AAAA-MM-JJ
header-date-invalid = Saisissez la date au format AAAA-MM-JJ, par exemple 2026-11-26.
stage-after-interview = Après l’entretien
stage-after-offer = Après l’offre

# Nom accessible d’un choix dans un groupe, par ex. « Étape : Après l’offre ».
choice-accessible-name = { $group } : { $choice }

## Aide à la décision

checklist-title = Faut-il décliner ?
# Le verdict s’affiche avec ses raisons, énumérées en dessous.
checklist-intro = Répondez à cinq questions. Le verdict ci-dessous donne ses raisons ; c’est un conseil, et la décision vous appartient.
checklist-use-weights = Pondérer les questions (indiquez l’importance de chacune pour vous)
checklist-blocker = Qu’est-ce qui bloque ?
checklist-blocker-name = { $question } : ce qui bloque
checklist-blocker-negotiable = Cela peut se négocier.
checklist-blocker-fundamental = Une négociation n’y changera rien.
blocker-group-negotiable = Négociable
blocker-group-fundamental = Incompatibilité de fond
blocker-compensation = Salaire et avantages
blocker-start-date = Date de prise de poste
blocker-role-scope = Périmètre du poste
blocker-remote-work = Télétravail ou horaires flexibles
blocker-relocation-support = Aide au déménagement
blocker-values = Valeurs
blocker-way-of-working = Façon de travailler
blocker-long-term-direction = Orientation à long terme
blocker-personal-compromise = Famille, visa ou santé
checklist-weight = Importance
checklist-weight-name = { $question } : importance
# L’importance d’une question pour l’utilisateur, de 1 à 5 ; affichée après le curseur.
weight-1 = un peu : ce ne sera pas décisif
weight-2 = moyennement
weight-3 = assez
weight-4 = beaucoup
weight-5 = c’est essentiel
checklist-note-hint = Note (facultatif)
checklist-note-name = { $question } : note
checklist-suggestion = Votre fiche mobilité suggère « { $answer } ».
checklist-suggestion-net = Votre fiche mobilité suggère « { $answer } », d’après le salaire après impôts.
checklist-suggestion-gross = Votre fiche mobilité suggère « { $answer } », d’après le salaire avant impôts. Indiquez les deux taux d’imposition pour comparer ce qu’il vous resterait.
checklist-suggestion-use = Appliquer
checklist-suggestion-use-name = { $question } : appliquer la suggestion
checklist-q-career-goals = Le poste sert-il vos objectifs de carrière pour les 12 à 24 prochains mois ?
checklist-q-career-goals-help = Demandez-vous où vous voulez en être dans un ou deux ans, pas seulement quelle sera la prochaine étape.
checklist-q-career-goals-short = Objectifs de carrière
checklist-q-pay-after-costs = Le salaire et les avantages sont-ils acceptables une fois le coût de la vie et le déménagement pris en compte ?
checklist-q-pay-after-costs-help = Comparez ce que l’argent permet d’acheter là où vous vivriez, pas seulement le montant.
checklist-q-pay-after-costs-short = Salaire, coûts déduits
checklist-q-growth = Existe-t-il une perspective crédible d’évolution et de promotion ?
checklist-q-growth-help = Vous a-t-on décrit, exemples à l’appui, comment les personnes à ce poste ont évolué ?
checklist-q-growth-short = Évolution
# Ici, c’est « oui » qui alerte (pour les autres questions, c’est « non »).
checklist-q-compromise = Accepter vous imposerait-il un compromis que vous ne voulez pas faire pour l’instant (famille, visa, santé) ?
checklist-q-compromise-help = Ici, c’est « Oui » qui doit vous alerter.
checklist-q-compromise-short = Compromis
checklist-q-culture-fit = La culture et le style de management vous conviennent-ils ?
checklist-q-culture-fit-help = Rappelez-vous comment les personnes rencontrées parlaient de leur travail et les unes des autres.
checklist-q-culture-fit-short = Culture et management
answer-yes = Oui
answer-no = Non
answer-not-sure = Je ne sais pas
answer-unanswered = Sans réponse

verdict-label = Verdict :
verdict-decline = Décliner
verdict-decline-advice = Une incompatibilité nette suffit. Déclinez rapidement et avec tact, et gardez la porte ouverte.
verdict-negotiate-first = Négocier d’abord
verdict-negotiate-first-advice = Ce qui bloque peut se négocier. Abordez-le avant de décliner ; vous pourrez toujours dire non ensuite.
verdict-lean-accept = Plutôt accepter
verdict-lean-accept-advice = Rien ici ne plaide pour un refus. N’acceptez qu’une fois toute hésitation levée, puis arrêtez les entretiens ailleurs.
verdict-undecided = En suspens
verdict-undecided-advice = N’acceptez pas tant que vous hésitez. Demandez un délai, indiquez la date de votre réponse et renseignez-vous sur ce qui vous manque.
verdict-reasons = Pourquoi :
reason-fundamental-blocker = { $question } : { $blocker } — une incompatibilité qu’aucune négociation ne réglera.
reason-negotiable-blocker = { $question } : { $blocker } — un obstacle qui pourrait se négocier.
reason-minor = { $question } : un point d’attention, mais qui compte peu pour vous ; il n’est donc pas décisif.
reason-unanswered = { $question } : pas encore de réponse.
reason-not-sure = { $question } : vous hésitez encore.
reason-all-favourable = Toutes les réponses sont favorables au poste.
# La personne penche pour le refus, alors que les seuls obstacles seraient négociables :
# demander de meilleures conditions pour un poste dont on ne veut pas fait perdre du temps à tout le monde.
reason-negotiation-not-wanted = { $question } : { $blocker } — un point négociable, mais vous penchez pour un refus. Ne négociez que pour un poste que vous voulez vraiment ; sinon, déclinez dès maintenant.
# Le salaire pourrait se négocier, mais l’évolution ou la culture laissent un doute : le lever d’abord.
reason-doubt-before-negotiating = { $question } : vous hésitez encore. Tranchez d’abord ce point : ne négociez que pour un poste qui, par ailleurs, vous convient.
reason-negotiation-failed = { $question } : { $blocker }. L’entreprise n’a pas pu accéder à votre demande : ce point reste bloquant.
reason-negotiation-partly = { $question } : votre demande a été satisfaite en partie. Répondez de nouveau à la question en tenant compte de ce qui vous est proposé.
reason-negotiation-met = { $question } : votre demande a été satisfaite.
# La part pondérée des réponses favorables est inférieure à la moitié.
reason-weak-fit = Seuls { $percent } % de ce qui compte pour vous plaident en faveur du poste : n’acceptez pas encore.
negotiation-title = Comment s’est passée la négociation ?
negotiation-pending = Pas encore de réponse
negotiation-met = Demande acceptée
negotiation-partly = En partie
negotiation-failed = Pas possible
# Le bouton de refus quand la réponse est donnée par téléphone : il ouvre la trame d’appel.
verdict-call-script = Préparer l’appel
verdict-write-decline = Rédiger la lettre de refus
verdict-write-negotiate = Rédiger une lettre pour négocier
verdict-ask-for-time = Demander un délai
verdict-fit = Adéquation pondérée : { $percent } %
flip-answer = Ce qui changerait le verdict : répondre « { $answer } » à « { $question } » donnerait « { $verdict } ».
flip-weight = Ce qui changerait le verdict : donner à « { $question } » l’importance « { $weight } » donnerait « { $verdict } ».
# Le penchant personnel de l’utilisateur, quoi qu’en dise l’aide à la décision.
inclination-label = De quel côté penchez-vous ?
inclination-open = Pas encore d’avis
inclination-accept = Plutôt vers le oui
inclination-decline = Plutôt vers le non
inclination-still-interviewing = J’ai encore des entretiens ailleurs
inclination-too-soon = Accepter alors que vous hésitez encore, ou que vous passez encore des entretiens ailleurs, est une erreur difficile à réparer. Demandez plutôt un délai, en indiquant la date de votre réponse.
presend-title = Avant d’envoyer
presend-advisor = J’en ai parlé avec une personne de confiance
presend-channel = J’ai choisi le canal (e-mail, ou appel puis récapitulatif)
presend-framework = Le message remercie, annonce clairement la décision et garde la porte ouverte
presend-proofread = Je l’ai relu pour le ton et la grammaire
presend-in-time = Je l’envoie dans les 24 à 72 heures suivant ma décision
presend-archived = J’ai archivé les documents de la candidature et mis à jour le suivi de ma recherche d’emploi
# Info-bulle d’un point que Gracious a coché lui-même (le canal est choisi, la relecture n’a
# rien trouvé à corriger).
presend-seen = Gracious a constaté que c’est fait.
presend-summary = Vérification avant envoi : { $done } sur { $total }

## Fiche mobilité

mobility-title = Partir à l’étranger pour ce poste ?
mobility-intro = Évaluez ce qu’un déménagement représenterait pour vous et votre foyer. Ce que vous ignorez encore mérite d’être éclairci avant de répondre.
mobility-moving-abroad = Cette offre implique de partir vivre dans un autre pays
mobility-not-moving = Cochez la case ci-dessus si l’offre implique une expatriation ; la fiche vous aidera alors à l’évaluer.
mobility-current-country = Pays de résidence
mobility-destination-country = Pays du poste
# Les nationalités de l’utilisateur (plusieurs possibles), enregistrées dans le profil :
# elles déterminent si un départ exige un visa.
mobility-citizenship = Nationalité
mobility-citizenship-add = Ajouter une nationalité
mobility-citizenship-remove = Retirer cette nationalité ({ $country })
mobility-choose-country = Choisir un pays
mobility-search-country = Rechercher un pays
ppp-title = Ce que vaut le salaire
ppp-intro = Saisissez les deux salaires annuels, chacun dans sa devise. Gracious compare ce qu’ils permettent d’acheter à l’aide des données de parité de pouvoir d’achat de la Banque mondiale : aucun taux de change n’est nécessaire.
ppp-amount = Salaire annuel
ppp-currency = Devise
ppp-tax = Taux d’imposition (%)
# Un facteur de conversion en parité de pouvoir d’achat (monnaie locale par dollar international)
# saisi par l’utilisateur à la place de celui de la Banque mondiale.
ppp-override = Votre propre facteur
ppp-override-hint = facultatif
ppp-current-pay = Actuel
ppp-offered-pay = Offre
ppp-worth = Aux prix de votre pays de résidence ({ $country }), l’offre vaut environ { $amount } par an.
ppp-change = Soit { $change } % par rapport à votre salaire actuel.
# Affiché en premier une fois les deux taux d’imposition saisis : ce qui resterait à l’utilisateur, aux prix de son pays.
ppp-worth-net = Après impôts, aux prix de votre pays de résidence ({ $country }), l’offre vaut environ { $amount } par an : { $change } % par rapport à ce qu’il vous reste aujourd’hui.
# Le montant avant impôts, affiché sous le montant après impôts.
ppp-gross-beside = Avant impôts : environ { $amount } ({ $change } %).
# D’où vient le niveau des prix d’un pays ; le facteur lui-même figure dans l’infobulle.
ppp-source-data = { $country } : prix d’après la Banque mondiale, { $series }, { $year }.
ppp-source-override = { $country } : prix d’après votre propre facteur.
# Infobulle : ce que signifie le facteur de pouvoir d’achat, en termes simples.
ppp-factor-explained = Dans ce pays ({ $country }), vous achetez avec { $factor } { $currency } à peu près ce qu’un dollar américain permet d’acheter aux États-Unis.
ppp-series-private = pouvoir d’achat pour la consommation des ménages
ppp-series-gdp = pouvoir d’achat pour l’ensemble de l’économie (PIB)
ppp-unreliable = Les prix augmentent rapidement dans ce pays ({ $country }) et ce facteur date de plus d’un an : ne considérez le résultat que comme une estimation grossière.
ppp-national = Ce sont des moyennes nationales : une grande ville peut coûter bien plus cher. Si vous connaissez un meilleur facteur, saisissez-le.
ppp-incomplete = Choisissez les deux pays et saisissez les deux salaires pour voir ce que vaut l’offre.
ppp-not-positive = Saisissez chaque salaire sous la forme d’un montant supérieur à zéro.
ppp-no-data = La Banque mondiale ne fournit aucune donnée de pouvoir d’achat exploitable pour ce pays ({ $country }). Gracious ne fera pas d’estimation au hasard ; saisissez vous-même un facteur si vous en avez un.
ppp-currency-mismatch = Les données pour ce pays ({ $country }) sont en { $currency } : saisissez ce salaire en { $currency }.
ppp-sources = Sources des données
visa-title = Visa et date de prise de poste
visa-processing-weeks = Délai d’obtention du visa (semaines)
visa-start-date = Date de prise de poste
visa-in-time = { $weeks ->
    [0] Le visa devrait arriver juste à temps, sans aucune marge.
    [one] Le visa devrait arriver à temps, avec { $weeks } semaine de marge.
    [many] Le visa devrait arriver à temps, avec { $weeks } de semaines de marge.
   *[other] Le visa devrait arriver à temps, avec { $weeks } semaines de marge.
}
visa-late = { $weeks ->
    [one] Le visa arriverait environ { $weeks } semaine après la date de prise de poste. Demandez à commencer plus tard, ou de l’aide pour accélérer la procédure.
    [many] Le visa arriverait environ { $weeks } de semaines après la date de prise de poste. Demandez à commencer plus tard, ou de l’aide pour accélérer la procédure.
   *[other] Le visa arriverait environ { $weeks } semaines après la date de prise de poste. Demandez à commencer plus tard, ou de l’aide pour accélérer la procédure.
}
visa-unknown = Saisissez le délai d’obtention et la date de prise de poste pour vérifier le calendrier.
# Le besoin d’un visa dépend de la nationalité : affiché à la place des questions sur le visa.
visa-free-own = Pas besoin de visa : vous avez la nationalité de ce pays ({ $country }).
visa-free-eu = Pas besoin de visa ni de permis de travail : votre nationalité ({ $citizenship }) vous permet de vivre et de travailler dans le pays du poste ({ $country }), grâce à la libre circulation des personnes dans l’UE, l’EEE et la Suisse.
visa-free-cta = Pas besoin de visa ni de permis de travail : votre nationalité ({ $citizenship }) vous permet de vivre et de travailler dans le pays du poste ({ $country }), grâce à la zone de voyage commune entre l’Irlande et le Royaume-Uni.
visa-free-tasman = Pas de demande de visa à déposer : votre nationalité ({ $citizenship }) vous permet de vivre et de travailler dans le pays du poste ({ $country }), grâce au Trans-Tasman Travel Arrangement entre l’Australie et la Nouvelle-Zélande.
visa-partner-note = Le droit de travailler de votre partenaire dépend de sa propre nationalité : évaluez-le ci-dessous.
# Le nom de la ville ou du pays (« travailler à Londres ») attire-t-il plus que le poste lui-même ?
mobility-prestige = Le lieu lui-même (son nom, son prestige) compte-t-il pour beaucoup dans l’attrait de l’offre ?
mobility-weight-name = { $factor } : importance
# La part pondérée des critères évalués qui sont favorables (les inconnus ne comptent pas).
mobility-score = D’après ce que vous savez jusqu’ici, le bilan est favorable au départ à { $percent } %, chaque critère étant pondéré selon l’importance que vous lui accordez.
mobility-trap-prestige = Le lieu semble vous attirer davantage que le poste. Accepteriez-vous le même poste dans votre pays ?
mobility-trap-visa-late = Le visa arriverait après la date de prise de poste. Ce n’est pas une raison de renoncer, mais une date à négocier : demandez à commencer plus tard.
mobility-horizon = À un horizon de 12 à 24 mois
mobility-toward-place = Ce départ vous rapproche-t-il d’un lieu ou d’un visa que vous souhaitez ?
mobility-builds-skills = Vous fait-il acquérir des compétences qui faciliteront un futur départ ?
mobility-horizon-warning = Ni l’un ni l’autre : ce départ ne sert pas vos projets à plus long terme.
mobility-factor-visa = Visa et permis de travail
# « Sponsorship » : l’employeur demande le permis de travail et le visa pour la personne candidate.
mobility-factor-visa-help = L’employeur soutient-il solidement la demande, et le permis arrivera-t-il avant la date de prise de poste ?
mobility-factor-relocation = Aide au déménagement
mobility-factor-relocation-help = L’entreprise prend-elle en charge le déménagement, le logement temporaire et les trajets ?
mobility-factor-family = Accompagnement de la famille
mobility-factor-family-help = Aide au logement, aux démarches et à l’installation pour toutes les personnes qui déménagent.
mobility-factor-schooling = Scolarité
mobility-factor-schooling-help = Places disponibles, langue d’enseignement et frais de scolarité pour les enfants.
# Le permis de travail du ou de la partenaire (et ses chances de travailler dans son domaine),
# pas le droit au travail au sens abstrait.
mobility-factor-partner-work = Permis de travail de votre partenaire
mobility-factor-partner-work-help = Est-ce que votre partenaire pourra travailler sur place, et trouver un emploi dans son domaine ?
mobility-factor-cost-of-living = Coût de la vie par rapport au salaire
mobility-factor-cost-of-living-help = Ce que le salaire permet d’acheter sur place, pas seulement le taux de change.
mobility-factor-health-care = Santé et protection sociale
mobility-factor-health-care-help = Assurance maladie, retraite et arrêts maladie, comparés à votre situation actuelle.
mobility-factor-language = Langue et culture pour le foyer
mobility-factor-language-help = Chaque personne qui déménage pourra-t-elle gérer le quotidien et se faire des amis ?
mobility-factor-tax = Imposition du salaire
mobility-factor-tax-help = L’impôt sur le revenu sur place, et tout impôt encore dû dans votre pays.
rating-good = Bon
rating-acceptable = Acceptable
rating-poor = Insuffisant
rating-unknown = Inconnu
# Pour le permis de travail du ou de la partenaire et la scolarité, quand personne ne part avec l’utilisateur ou qu’il n’y a pas d’enfants.
rating-not-applicable = Sans objet
mobility-note-hint = Note (facultatif)
mobility-note-name = Note : { $factor }
mobility-summary = Synthèse
mobility-none = aucun
mobility-strengths = Points forts :
mobility-risks = Risques :
mobility-unknowns = À éclaircir :
mobility-traps = Points de vigilance
mobility-trap-partner-work = Le permis de travail de votre partenaire est incertain ou reste à éclaircir. C’est souvent ce qui décide de la réussite d’une expatriation en couple.
mobility-trap-schooling = La scolarité est insuffisante ou inconnue. Vérifiez les places et les frais avant de décider.
mobility-trap-tax = L’imposition du salaire est inconnue. Renseignez-vous sur ce qu’il vous resterait après impôts.

## Canal

channel-title = E-mail, appel ou visio ?
channel-intro = Décrivez brièvement le processus à Gracious ; il vous suggérera comment transmettre votre réponse.
channel-main-contact = Contact principal
channel-contact-recruiter = Une personne du recrutement (RH ou cabinet)
channel-contact-hiring-manager = La personne qui dirige l’équipe
channel-rounds = Tours d’entretien
channel-close-rapport = Une vraie relation s’est nouée avec la personne qui dirige l’équipe
# Quelqu’un de l’entreprise (une personne du jury, le futur manager) a consacré un temps inhabituel
# à la personne candidate : longs appels, visite sur place, conseils personnels.
channel-personal-time = Quelqu’un vous a consacré beaucoup de son temps personnel
channel-collaboration = Le poste impliquait de travailler étroitement avec les personnes rencontrées
channel-relocation-visa = Un déménagement ou un visa a été évoqué ou proposé
channel-video-process = Les entretiens se sont déroulés en visio
channel-recommendation = Recommandation :
channel-email = E-mail
channel-phone-then-email = Un appel téléphonique, puis un bref e-mail récapitulatif
channel-video-then-email = Un appel en visio, puis un bref e-mail récapitulatif
channel-why = Pourquoi :
channel-reason-email-default = Rien n’impose un échange de vive voix : un e-mail laisse une trace claire et respecte le temps de chacun.
channel-reason-recruiter = Votre contact fait partie du recrutement, dans un processus formel : c’est un e-mail qui est attendu.
channel-reason-close-rapport = Une vraie relation s’est nouée avec la personne qui dirige l’équipe : elle doit l’apprendre de votre bouche.
channel-reason-many-rounds = Vous avez passé plusieurs tours d’entretien : un mot personnel salue cet investissement.
channel-reason-personal-time = Quelqu’un vous a consacré beaucoup de temps : un appel est la bonne façon de l’en remercier.
channel-reason-collaboration = Le poste supposait une collaboration étroite : une conversation préserve la qualité de la relation.
channel-reason-relocation-visa = Un déménagement ou un visa était sur la table : des démarches ont peut-être déjà été lancées.
channel-reason-video-process = Le processus s’est déroulé en visio : un court appel vidéo paraît donc naturel.
channel-recap-advice = Après l’appel, envoyez un bref e-mail qui confirme ce que vous avez dit.
channel-your-choice = Votre choix :
channel-follow = Suivre la recommandation
channel-open-call-script = Ouvrir la trame d’appel
channel-write-recap = Rédiger l’e-mail récapitulatif
call-mode-title = Trame d’appel
call-mode-intro = Dites-le avec vos propres mots ; c’est l’ordre qui fonctionne. Faites court, avec chaleur.

## Délai de réponse

deadline-title = Quand répondre
deadline-decided-on = Décision prise le
deadline-at = à
deadline-time-hint = HH:MM
deadline-decided-now = Je viens de décider
# La date limite de réponse fixée par l’employeur : l’échéance impérative.
deadline-their-date = Date limite de l’employeur : { $date }.
deadline-not-decided = Pas encore décidé : les 24 à 72 heures pour répondre commencent au moment où vous décidez.
deadline-window-past = Plus de 72 heures se sont écoulées depuis votre décision. Répondez maintenant, avant la date limite de l’employeur.
deadline-overdue-their = La date limite de l’employeur est dépassée. Répondez aujourd’hui : une réponse tardive vaut bien mieux que le silence.
deadline-invalid = Saisissez la date au format AAAA-MM-JJ et l’heure au format HH:MM (sur 24 heures).
deadline-answer-by = Répondez d’ici le { $due } — idéalement d’ici le { $ideal }.
# Le moment idéal (24 heures après la décision) est passé ; la limite ne l’est pas encore.
deadline-answer-by-late = Répondez d’ici le { $due }. Le moment idéal ({ $ideal }) est déjà passé.
# Une fois la candidature marquée comme déclinée : le compte à rebours s’arrête.
deadline-answered-on = Réponse envoyée le { $date }.
deadline-answered = Réponse envoyée.
deadline-left-ideal = Il reste { $duration }. C’est le moment idéal pour répondre.
deadline-left = Il reste { $duration }.
deadline-overdue = En retard de { $duration }. Répondez aujourd’hui : une réponse tardive vaut bien mieux que le silence.
deadline-need-time = Besoin de plus de temps ? Dites-le maintenant, en indiquant la date de votre réponse.
duration-days = { $n ->
    [one] { $n } jour
    [many] { $n } de jours
   *[other] { $n } jours
}
duration-hours = { $n ->
    [one] { $n } heure
    [many] { $n } d’heures
   *[other] { $n } heures
}
duration-minutes = { $n ->
    [one] { $n } minute
    [many] { $n } de minutes
   *[other] { $n } minutes
}

## Calendrier

timeline-title = Après votre décision
timeline-day-1 = Jour 1
timeline-day-2 = Jour 2
timeline-days-3-7 = Jours 3 à 7
timeline-stay-in-touch = Garder le contact
step-draft = Rédiger le message
step-choose-channel = Choisir le canal
step-book-call = Planifier l’appel
step-send-or-call = Envoyer le message, ou passer l’appel
step-send-recap = Envoyer l’e-mail récapitulatif après l’appel
step-archive = Archiver les documents de la candidature
step-tracker = Mettre à jour le suivi de votre recherche d’emploi
step-refocus = Consacrer le temps libéré à des postes plus adaptés
step-close-visa = Clore les démarches de visa ou de déménagement
step-reimbursements = Confirmer les éventuels remboursements ou engagements
step-connect = Garder le lien avec un mot personnel
step-offer-help = Proposer votre aide, par exemple en recommandant quelqu’un de votre réseau
step-future-roles = Demander qu’on pense à vous pour de futurs postes
timeline-write-note = Écrire un mot pour garder le contact
channel-timing = Répondez dans les 24 à 72 heures suivant votre décision. S’il vous faut plus de temps, dites-le tout de suite en indiquant la date. Le silence est la pire des réponses.

## Éditeur de modèles

editor-title = Votre lettre
editor-scenario = Situation
scenario-withdraw-after-interview = Après un entretien : le poste ne correspond pas
scenario-accepted-other-offer = Après une offre : une autre offre acceptée
scenario-not-right-fit-after-offer = Après une offre : le poste ne correspond pas
scenario-after-negotiation = Après une négociation : décliner l’offre finale
scenario-relocation-not-feasible = Après une offre : déménagement impossible pour la famille
scenario-negotiate-instead = Négocier plutôt : explorer les marges de manœuvre
scenario-ask-for-time = Demander un délai : indiquer la date de votre réponse
scenario-call-recap = Après un appel : l’e-mail récapitulatif
scenario-stay-connected = Garder le contact : un court message de réseau
scenario-interview-call-script = Après un entretien : trame d’appel
scenario-visa-unworkable = Après une offre : obstacle de visa ou de permis de travail (e-mail après l’appel)
scenario-counteroffer = Rester chez votre employeur après une contre-offre
scenario-many-rounds-call-script = Après de nombreux entretiens : trame d’appel
scenario-active-relocation = Pendant un déménagement : jouer la transparence sur les engagements
scenario-repair = Message de rattrapage après un refus maladroit
scenario-reopen = Revenir vers un poste décliné auparavant
scenario-improved-offer-hold = Réponse de l’employeur : une offre améliorée, votre décision reste la même
scenario-improved-offer-reopen = Réponse de l’employeur : une offre améliorée qui vous fait changer d’avis
scenario-what-would-it-take = Réponse de l’employeur : « Qu’est-ce qui vous ferait changer d’avis ? »
scenario-call-after-decline = Réponse de l’employeur : une demande d’appel après votre e-mail
scenario-keep-cv-on-file = Réponse de l’employeur : peut-on conserver votre CV ?
scenario-exit-questionnaire = Réponse de l’employeur : un questionnaire sur le recrutement
scenario-are-you-sure = Réponse de l’employeur : « C’est définitif ? », quelques jours plus tard
editor-letter-language = Langue de la lettre
editor-letter-language-same = Comme l’interface ({ $language })
editor-letter-language-profile = Selon votre profil ({ $language })
editor-sender = Votre nom
editor-subject = Objet
editor-body = Message
editor-unfilled = Reste à compléter : { $placeholders }
editor-copy = Copier
# « Copier » place le texte de la lettre (sans l’objet) dans le presse-papiers ; l’objet a son
# propre bouton, pour le champ Objet de l’e-mail.
editor-copy-subject = Copier l’objet
# Affiché à côté du bouton « Copier » jusqu’à ce que le texte change.
editor-copied = Copié
# Proposé une fois la lettre copiée, enregistrée ou transmise à la messagerie.
editor-mark-declined = Marquer comme déclinée
editor-reset = Revenir au modèle
editor-formality = Ton
editor-to = À
# La façon dont la lettre s’adresse au contact ; demandée seulement là où la langue de la lettre en a besoin.
editor-address = Formule d’appel
editor-script-note = Ceci est une trame d’appel : dites-le avec vos propres mots, puis envoyez l’e-mail récapitulatif.
editor-answer-date = Je répondrai d’ici le
editor-answer-date-past = Choisissez une date postérieure à aujourd’hui : la lettre ne doit pas promettre une réponse pour une date déjà passée.
# Une réponse en une phrase si l’employeur demande pourquoi ; affichée avec la trame d’appel et dans l’éditeur.
why-title = Si l’on vous demande pourquoi
editor-network-note = Pour une invitation à se connecter : pas d’objet, et 300 caractères au maximum ({ $count } actuellement).
editor-network-too-long = { $count ->
    [one] { $count } caractère : raccourcissez le message à 300 caractères au maximum pour qu’il tienne dans une invitation.
    [many] { $count } de caractères : raccourcissez le message à 300 caractères au maximum pour qu’il tienne dans une invitation.
   *[other] { $count } caractères : raccourcissez le message à 300 caractères au maximum pour qu’il tienne dans une invitation.
}
editor-relocation-check = Avant de promettre un quelconque remboursement, vérifiez ce que prévoit votre contrat au sujet des frais de déménagement.
editor-fill = Compléter
editor-fill-name = Valeur pour { $placeholder }
editor-save-txt = Enregistrer en texte…
editor-save-eml = Enregistrer comme brouillon d’e-mail (.eml)…
editor-mail-client = Ouvrir dans la messagerie
editor-copy-refused = Complétez { $placeholders } avant de copier.
editor-export-refused = Complétez { $placeholders } avant tout envoi ou export.
editor-mail-failed = Impossible d’ouvrir une messagerie ({ $error }). Copiez plutôt le texte.
editor-mail-opened = Ouvert dans votre messagerie.
editor-group-builtin = Modèles intégrés
editor-group-mine = Mes modèles
editor-customised = (votre version)

## Relecture

review-title = Relecture
review-intro = Comparée au cadre : faire référence à l’échange, annoncer la décision, donner une raison, remercier, garder le contact, indiquer la suite, conclure.
review-acknowledge = Fait référence à l’entretien ou à l’offre
review-decision = Annonce clairement la décision
review-reason = Donne une brève raison
review-gratitude = Remercie
review-stay-in-touch = Propose de garder le contact
review-next-steps = Indique la suite
review-sign-off = Se termine par une formule de politesse
review-present = présent
review-missing = absent
review-optional = facultatif, absent
review-length-words = { $length ->
    [one] { $length } mot (idéalement moins de { $max }).
   *[other] { $length } mots (idéalement moins de { $max }).
}
review-length-chars = { $length ->
    [one] { $length } caractère (idéalement moins de { $max }).
   *[other] { $length } caractères (idéalement moins de { $max }).
}
review-too-long = Cela devient long : en disant moins, la décision sera plus claire.
review-too-short = Un peu court : à partir de { $min }, la lettre paraît plus chaleureuse. Dites ce que vous avez apprécié, ou qui vous remerciez.
review-over-explains = La raison s’étend sur { $sentences } phrases : une seule suffit, gardez les détails pour vous.
review-critical = « { $text } » { $why }
review-critical-pay = critique le salaire.
review-critical-process = critique le déroulement du processus de recrutement.
review-critical-people = critique une personne que vous avez rencontrée.
review-critical-employer = critique l’entreprise.
review-critical-kinder = Plus aimable : « { $kinder } ».
review-critical-leave-out = Mieux vaut l’omettre : la décision se suffit à elle-même.
review-misspelled = { $count ->
    [one] Un mot est peut-être mal orthographié (souligné). Faites un clic droit dessus pour voir des suggestions.
    [many] { $count } de mots sont peut-être mal orthographiés (soulignés). Faites un clic droit sur l’un d’eux pour voir des suggestions.
   *[other] { $count } mots sont peut-être mal orthographiés (soulignés). Faites un clic droit sur l’un d’eux pour voir des suggestions.
}
review-no-dictionary = Pas de vérification orthographique : aucun dictionnaire n’est installé sur cet ordinateur pour cette langue ({ $language }). Installez le dictionnaire Hunspell de votre système, ou ajoutez-en un (.aff et .dic) avec Fichier → Ajouter un dictionnaire orthographique.
review-dictionary-loading = Chargement du dictionnaire orthographique…
review-no-spelling-here = Pas de vérification orthographique : Gracious vérifie l’orthographe à l’aide de dictionnaires Hunspell, et il n’en existe aucun pour cette langue ({ $language }).
review-dictionary-unreliable = Pas de vérification orthographique : le dictionnaire installé sur cet ordinateur pour cette langue ({ $language }) ne connaît pas des mots courants comme « { $word } », et signalerait des fautes dans des lettres correctes. Ajoutez-en un meilleur (.aff et .dic) avec Fichier → Ajouter un dictionnaire orthographique.
review-personal = Le texte reprend le modèle mot pour mot. Ajoutez une phrase bien à vous : ce que vous avez apprécié, ou qui vous tenez à remercier.
spell-add-word = Ajouter au dictionnaire
spell-no-suggestions = Aucune suggestion
spell-looking = Recherche de suggestions…
editor-review-as = Relire comme
dictionary-added = Dictionnaire orthographique ajouté : { $language }.
dictionary-failed = Impossible d’ajouter ce dictionnaire ({ $path }) : { $error }
review-unfilled = Champs encore à remplir dans le texte : { $placeholders }
review-all-good = Rien à corriger.

## Mes modèles

templates-title = Mes modèles
templates-name = Nom du modèle
templates-save-new = Enregistrer cette lettre comme nouveau modèle
templates-save-version = Enregistrer comme ma version de ce modèle
templates-restore = Restaurer le modèle d’origine
templates-rename = Nom de « { $name } »
templates-duplicate = Dupliquer « { $name } »
templates-delete = Supprimer « { $name } »
templates-use = Utiliser « { $name } »
templates-use-short = Utiliser
templates-confirm-delete = Confirmer la suppression
templates-none = Vous n’avez pas encore de modèles personnels. Enregistrez une lettre pour la réutiliser : l’entreprise, le poste et les noms redeviennent des champs à remplir.
templates-import = Importer des modèles…
templates-export = Exporter mes modèles…
templates-saved = Enregistré sous « { $name } ».
templates-imported = { $count ->
    [0] Aucun modèle importé.
    [one] Un modèle importé.
    [many] { $count } de modèles importés.
   *[other] { $count } modèles importés.
}
templates-copy-name = { $name } (copie)
header-contact-email = E-mail du contact

## À propos

about-title = À propos de Gracious
about-intro = Gracious vous aide à décliner une offre d’emploi rapidement, clairement et avec tact. Tout reste sur cet ordinateur.
about-version = Version { $version }
about-data = Sources des données et licences
about-data-body = La comparaison du pouvoir d’achat repose sur les facteurs de conversion en parité de pouvoir d’achat (PPA) de la Banque mondiale, publiés sous licence Creative Commons Attribution 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious les intègre sous une forme remaniée et limitée à l’année la plus récente de chaque série ; les données de la Bulgarie ont été converties de leva en euros, et le Zimbabwe n’est pas inclus. La Banque mondiale n’approuve ni ne recommande Gracious. Les noms de pays ainsi que les formats des nombres, des montants et des dates proviennent d’Unicode CLDR.

## Premier démarrage

welcome-title = Bienvenue dans Gracious
welcome-body = Gracious vous aide à dire non à un poste, après un entretien ou une offre : rapidement, clairement et avec tact, dans votre langue.
welcome-steps = Répondez à cinq questions rapides, choisissez comment annoncer votre décision, puis rédigez votre réponse à partir d’un modèle, avec une relecture avant l’envoi.
welcome-start = Commencer avec ma candidature
welcome-example = Voir un exemple
welcome-private = Tout ce que vous saisissez reste sur cet ordinateur.
# Affiché au-dessus de la candidature d’exemple ; « l’exemple » est une offre d’emploi fictive.
example-banner = Ceci est un exemple fictif : tous les onglets sont remplis pour vous montrer à quoi ils servent.
example-remove = Supprimer l’exemple
# Ajouté au titre de l’exemple dans la liste des candidatures.
cases-example = exemple

## Prochaine étape

# Avant le bouton qui propose la seule chose à faire ensuite, par ex. « Prochaine étape : [Rédiger la lettre] ».
next-label = Prochaine étape :
next-answer-checklist = Répondre aux questions
# L’aide à la décision conclut que le poste convient : il n’y a rien à décliner.
next-lean-accept = Vous penchez plutôt pour accepter : il n’y a donc rien à décliner pour l’instant.
next-lean-accept-short = Plutôt accepter
next-review-checklist = Revoir vos réponses
next-pick-channel = Choisir comment répondre
next-write-letter = Rédiger la lettre
# $deadline est un jour et une date, parfois avec l’heure, par ex. « jeu. 26 nov., 14:00 ».
next-send-by = Envoyer d’ici le { $deadline }
next-send = Envoyer votre réponse
next-mark-sent = Marquer comme envoyée
# $phase est une période comme « Jours 3 à 7 » ; $step, une tâche comme « Mettre à jour le suivi de votre recherche d’emploi ».
next-step = { $phase } : { $step }
next-step-done = C’est fait
# Nom accessible du bouton « C’est fait » ; $step est la tâche qu’il coche.
next-step-done-name = Marquer comme fait : { $step }
next-all-done = Plus rien à faire ici.
# Sous chaque candidature de la liste ; $action est l’une des étapes ci-dessus.
cases-next = Ensuite : { $action }
# Lu par les lecteurs d’écran après le nom d’un onglet, par ex. « Canal (terminé) ».
tab-state-done = terminé
tab-state-attention = à vérifier
# Bouton à côté du canal recommandé : retenir la recommandation comme votre choix.
channel-use-recommendation = Choisir cette option

## Date picker

date-pick = Choisir dans le calendrier : { $field }
date-previous-month = Mois précédent
date-next-month = Mois suivant
date-today = Aujourd’hui
date-clear = Effacer
date-close = Fermer
date-day-today = { $date } (aujourd’hui)

## Une seule fenêtre par dossier de données

# Affiché quand Gracious est lancé une deuxième fois sur les mêmes données ; $path est le dossier de données.
notice-already-open = Gracious est déjà ouvert avec vos données ({ $path }). Cette fenêtre sert uniquement à les consulter : aucune modification faite ici ne sera enregistrée. Fermez-la et poursuivez dans la fenêtre déjà ouverte.

## Quitter avec des modifications non enregistrées

quit-title = Vos dernières modifications ne sont pas enregistrées
# $error est la raison donnée par le système, par ex. « Permission denied (os error 13) ».
quit-save-failed = Gracious n’a pas pu enregistrer vos dernières modifications ({ $error }). Si vous quittez maintenant, elles seront perdues.
quit-read-only = Cette fenêtre n’enregistre rien (vos données sont ouvertes dans une autre fenêtre). Si vous quittez maintenant, les modifications faites ici seront perdues.
quit-retry = Réessayer l’enregistrement
# Ouvre une fenêtre de sélection de fichier pour écrire toutes les données (toutes les candidatures, le profil, vos propres modèles) dans un fichier.
quit-export = Tout enregistrer dans un fichier…
quit-anyway = Quitter sans enregistrer

## Comparer les offres : rémunération totale côte à côte

menu-compare = Comparer les offres
compare-title = Comparaison des offres
compare-close = Fermer la comparaison
compare-intro = Mettez vos offres côte à côte avec votre poste actuel : chaque élément de la rémunération, ce que vaut chaque poste sur un an aux prix de votre pays de résidence, et son bilan dans l’aide à la décision et la fiche mobilité.
# Libellé devant les cases à cocher : votre poste actuel et chaque candidature.
compare-choose = À comparer :
compare-current-job = Votre poste actuel
# Le poste actuel nommé dans une phrase (compare-summary, compare-summary-net).
compare-current-job-in-text = votre poste actuel
# $max est le nombre maximal de candidatures comparées à la fois (4).
compare-too-many = Vous pouvez comparer jusqu’à { $max } candidatures à la fois.
# Suivi d’un curseur qui affiche par ex. « 4 ans ».
compare-horizon = Répartir les montants ponctuels et les actions sur
compare-horizon-years = { $years ->
    [one] { $years } an
   *[other] { $years } ans
}
compare-horizon-help = La prime d’arrivée, la prime de mobilité et les actions sont comptées par année passée dans le poste. Quatre ans, c’est la durée d’acquisition habituelle des actions.
compare-packages = La rémunération, élément par élément
compare-packages-intro = Montants annuels bruts (avant impôts), dans la devise de chaque poste. Laissez vide ce que vous ne savez pas : Gracious n’invente jamais rien. Les valeurs en gris proviennent de la fiche mobilité.
compare-equity-private = Actions d’une société non cotée
compare-results = Côte à côte
compare-empty = Choisissez au moins deux postes à comparer : votre poste actuel et une offre, ou deux offres.
compare-row-verdict = Verdict (aide à la décision)
compare-row-fit = Adéquation (aide à la décision)
compare-row-total = Total annuel, devise du poste
compare-row-total-home = Total annuel aux prix de votre pays
compare-row-net-home = Après impôts, aux prix de votre pays
compare-row-basis = Base de comparaison des prix
compare-row-leave = Congés payés
compare-row-notice = Préavis
compare-row-start = Prise de poste au plus tôt
compare-row-deadline = Réponse d’ici le
compare-row-mobility = Score de mobilité
compare-row-traps = Points de vigilance (départ)
# Le poste actuel dans la ligne du verdict : c’est la référence, il n’y a rien à décider.
compare-reference = votre référence
# Marque le meilleur chiffre d’une ligne ; $value est le chiffre.
compare-best = { $value } · meilleur
compare-leave-value = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} (soit { $amount })
compare-notice-weeks = { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}
compare-not-moving = pas de départ
compare-no-traps = aucun
compare-not-given = —
compare-basis-same = même pays
compare-basis-data = Banque mondiale, { $year }
compare-basis-override = votre propre facteur
# $country est le pays de résidence ; $job est le poste qui vaut le plus, $second celui qui le suit.
compare-summary = Aux prix de votre pays de résidence ({ $country }), c’est { $job } qui rapporte le plus : { $amount } par an, soit { $difference } de plus que { $second }.
# $part est un élément de la rémunération, par ex. « bonus » (messages pay-part-*).
compare-summary-why = Principale source d’écart : { $part }.
compare-summary-net = Après impôts, c’est avec { $job } qu’il vous reste le plus.
compare-summary-none = Saisissez au moins le salaire fixe et le pays de deux postes pour voir lequel vaut le plus.
compare-note-equity-private = { $job } : les actions sont celles d’une société non cotée. Elles peuvent ne rien valoir tant que la société n’est pas vendue ou introduite en Bourse.
compare-note-cliff = { $job } : aucune action n’est acquise avant { $months } mois (cliff), soit au-delà de la période comparée.
compare-note-repayable = { $job } : { $part } à rembourser en cas de départ avant { $months } mois. Ce délai dépasse la période comparée : ce montant n’est donc pas pris en compte.
compare-note-bonus-amount = { $job } : un montant et un pourcentage de bonus sont indiqués ; c’est le montant qui est retenu.
compare-note-no-base = { $job } : pas encore de salaire fixe, donc pas de total.
compare-note-not-a-number = { $job } : « { $field } » n’est pas un nombre utilisable par Gracious.
compare-note-no-country = { $job } : choisissez le pays du poste pour le comparer aux prix de votre pays de résidence.
compare-note-no-factor = { $job } : aucune donnée de pouvoir d’achat pour ce pays ({ $country }). Saisissez un facteur pour pouvoir comparer.
compare-note-currency = { $job } : les données pour ce pays ({ $country }) sont en { $currency }. Saisissez les montants en { $currency }, ou bien un facteur.
compare-note-tax = Après impôts : le taux d’imposition de chaque poste s’applique à l’intégralité de sa rémunération annuelle.
compare-chart-total = Total annuel aux prix de votre pays, élément par élément
compare-chart-fit = Adéquation de chaque option (en %)
compare-chart-checklist = Adéquation (aide à la décision)
compare-chart-mobility = Score de mobilité
compare-chart-alt = Graphique. Les mêmes chiffres figurent dans le tableau ci-dessus.
compare-accept = Accepter cette offre
# Pour les lecteurs d’écran : ce que fait le bouton, avec le nom de l’offre.
compare-accept-name = Accepter l’offre { $job } et préparer les lettres qui déclinent les autres
compare-accepted = { $job } : offre marquée comme acceptée. Les lettres pour les autres offres ({ $others }) indiquent désormais que vous avez accepté une autre offre.
compare-export-csv = Exporter en CSV…
compare-export-text = Exporter en texte…
compare-text-title = Offres comparées le { $date }
compare-text-cell = { $job } : { $value }
compare-text-basis = Aux prix de votre pays de résidence ({ $country }) ; montants ponctuels et actions répartis sur { $years ->
    [one] { $years } an
   *[other] { $years } ans
}.
pay-field-country = Pays
pay-field-currency = Devise
pay-field-base = Salaire fixe
pay-field-bonus-percent = Bonus cible (%)
pay-field-bonus-amount = Montant du bonus
pay-field-equity-grant = Actions : valeur de l’attribution
pay-field-equity-years = Actions : durée d’acquisition (ans)
pay-field-equity-cliff = Actions : cliff (mois)
pay-field-sign-on = Prime d’arrivée
pay-field-sign-on-repay = Prime d’arrivée : clause de remboursement (mois)
pay-field-relocation = Prime de mobilité
pay-field-relocation-repay = Prime de mobilité : clause de remboursement (mois)
pay-field-pension = Retraite : part employeur (% du fixe)
pay-field-benefits = Avantages (valeur pour vous, par an)
pay-field-leave = Congés payés (jours)
pay-field-notice = Préavis (semaines)
pay-field-start = Prise de poste au plus tôt
pay-field-tax = Taux d’imposition (%)
pay-field-factor = Votre propre facteur de prix
# Éléments de la rémunération, en minuscules et sans article : ils suivent un deux-points
# (compare-summary-why) ou ouvrent une note (compare-note-repayable), et servent de légende au graphique.
pay-part-base = salaire fixe
pay-part-bonus = bonus
pay-part-equity = actions
pay-part-sign-on = prime d’arrivée
pay-part-relocation = prime de mobilité
pay-part-pension = retraite (part employeur)
pay-part-benefits = avantages
checklist-suggestion-total-net = La comparaison des offres suggère « { $answer } », d’après la rémunération totale après impôts, par rapport à votre poste actuel.
checklist-suggestion-total-gross = La comparaison des offres suggère « { $answer } », d’après la rémunération totale avant impôts, par rapport à votre poste actuel. Indiquez les deux taux d’imposition pour comparer ce qu’il vous resterait.

## Après l’envoi : la réponse de l’employeur, vos engagements, les personnes rencontrées, le calendrier
# Le cinquième onglet. « Ils » / « leur réponse » désignent l’employeur (la personne du recrutement ou le futur manager).
tab-followup = Après l’envoi
menu-export-calendar = Exporter toutes les dates dans un fichier de calendrier…
followup-intro = Un refus se règle rarement en un seul message. Notez ce que l’employeur vous répond, tenez vos engagements et reportez les dates dans votre calendrier.
followup-open = Ouvrir « Après l’envoi »

followup-reply-title = Réponse de l’employeur
# $date : le jour où la réponse est arrivée (jour de la semaine et date) ; $kind : ce que demande l’employeur (un texte reply-kind-*).
followup-reply-recorded = { $date } : { $kind }
# $pay : le nouveau salaire annuel, tel que l’utilisateur l’a saisi.
followup-reply-new-pay = Nouveau salaire proposé : { $pay }
followup-reply-answer = Répondre avec :
followup-reply-earlier-letter = La lettre à laquelle l’employeur a répondu
followup-they-replied = L’employeur a répondu
followup-reply-on = Réponse reçue le
followup-reply-kind = Ce que demande l’employeur
followup-reply-new-pay-field = Nouveau salaire annuel
followup-reply-improved-note = Une offre améliorée remet votre décision en jeu : avant que vous répondiez, l’aide à la décision vous repose la question du salaire, avec les nouveaux chiffres.
followup-reply-note = Ce que l’employeur a écrit (facultatif, pour mémoire)
followup-reply-date-invalid = Saisissez la date à laquelle l’employeur a répondu.
followup-record-reply = Enregistrer la réponse
reply-kind-improved-offer = Une offre améliorée
reply-kind-what-would-it-take = « Qu’est-ce qui vous ferait changer d’avis ? »
reply-kind-ask-for-call = Une demande d’appel après votre e-mail
reply-kind-keep-cv = Peut-on conserver votre CV ?
reply-kind-questionnaire = Un questionnaire sur le recrutement
reply-kind-are-you-sure = « C’est définitif ? »
status-reply-recorded = La réponse de l’employeur est enregistrée, et la lettre pour y répondre vous attend dans l’éditeur de modèles. La lettre à laquelle l’employeur a répondu reste consultable dans « Après l’envoi ».
status-reply-improved = L’offre améliorée est enregistrée, et votre décision est de nouveau ouverte. Répondez à la question du salaire avec les nouveaux chiffres, puis choisissez votre réponse dans « Après l’envoi ».

followup-promises-title = Vos engagements
followup-call-on = Appel planifié le
followup-no-promises = Aucun engagement pour l’instant. Ceux que vous prenez dans vos lettres s’affichent ici d’eux-mêmes ; ajoutez ceux que vous avez pris par ailleurs.
followup-add-promise = Ajouter un engagement
followup-promise-what = Engagement
followup-promise-to = Promis à
followup-promise-due = Échéance
followup-remove = Supprimer
# Ce que l’application sait des engagements de l’utilisateur. $company, $contact : tirés de la candidature ; $name : une personne rencontrée.
promise-answer = Donner votre réponse à { $company }
promise-questionnaire = Renvoyer le questionnaire rempli
promise-call = Appel avec { $contact }
promise-return-property = Rendre les documents et tout ce que { $company } vous a prêté pour le déménagement
promise-settle-money = Régler avec { $company } la prime de mobilité ou d’arrivée, comme le prévoit votre contrat
promise-claim-reimbursements = Demander le remboursement des frais que { $company } a accepté de prendre en charge
promise-check-in = Reprendre contact avec { $name }
promise-untitled = Engagement sans description
promise-done = fait
# $when : un jour de la semaine et une date (avec l’heure pour l’appel) ; $days : un nombre de jours (1 ou plus).
promise-overdue = { $days ->
    [one] en retard d’un jour ({ $when })
    [many] en retard de { $days } de jours ({ $when })
   *[other] en retard de { $days } jours ({ $when })
}
promise-due-today = pour aujourd’hui ({ $when })
promise-due-soon = { $days ->
    [one] pour demain ({ $when })
   *[other] dans { $days } jours ({ $when })
}
promise-due-later = d’ici le { $when }
promise-undated = pas encore de date
# Un avis au-dessus des onglets tant que l’application est ouverte. $when : un texte promise-overdue ou promise-due-today ; $what : l’engagement ; $title : la candidature.
promise-notice = { $what } ({ $title }) : { $when }
promise-show = Voir

followup-people-title = Personnes rencontrées
followup-no-people = Ajoutez les personnes que vous avez rencontrées : pour garder le contact, mieux vaut ne pas compter sur sa mémoire.
followup-person-name = Nom
followup-person-role = Fonction
followup-person-reach = Coordonnées
followup-person-connected = En relation sur un réseau professionnel
followup-person-last-contact = Dernier contact
followup-person-check-in = Reprendre contact le
followup-write-to = Lui écrire pour garder le contact
followup-add-person = Ajouter une personne

followup-calendar-title = Votre calendrier
followup-calendar-note = Exportez la date limite de réponse, vos engagements, l’appel planifié, les étapes qui suivent votre décision et les dates où reprendre contact dans un fichier de calendrier (.ics), avec des rappels. Si vous l’importez à nouveau, les mêmes événements sont mis à jour au lieu d’être ajoutés en double. Rien ne quitte cet ordinateur.
followup-export-calendar = Exporter les dates de cette candidature…
followup-export-calendar-all = Exporter les dates de toutes les candidatures…
# Dans le fichier de calendrier. $what : ce qui est à faire ; $company : l’employeur.
ics-summary = { $what } ({ $company })
ics-reply-by = Date limite de réponse
ics-answer-window = Envoyer votre réponse : 72 heures après votre décision
# $title : la candidature (entreprise · poste).
ics-description = { $title }. Créé avec Gracious.
# $name : la personne à qui l’engagement a été pris.
ics-to-whom = promis à { $name }
ics-calendar-name = Gracious : { $title }
ics-calendar-name-all = Gracious : votre recherche d’emploi
# Dans la liste des candidatures, à côté d’une candidature dont des engagements arrivent à échéance aujourd’hui ou sont en retard. $count : leur nombre.
cases-promises-due = { $count ->
    [one] un engagement à échéance
    [many] { $count } d’engagements à échéance
   *[other] { $count } engagements à échéance
}
# À côté du sélecteur de date, dans la lettre qui répond à un questionnaire sur le recrutement.
editor-questionnaire-date = Je renverrai le questionnaire d’ici le
# Un appel planifié dont le jour est passé, dans la liste des engagements. $when : son jour de la semaine, sa date et son heure.
promise-call-past = était prévu le { $when } : cochez-le une fois qu’il a eu lieu
