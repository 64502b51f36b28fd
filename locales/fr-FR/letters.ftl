# Modèles de lettres (fr-FR). Variables : $company, $role, $contact, $sender (le nom),
# $signature (la signature du profil, sinon le nom), $formality (formal / informal),
# $address (la façon de s’adresser au contact telle que saisie, sinon $contact) et $address_given
# (« yes » si une formule a été saisie, sinon « no » : une langue dont la salutation exige une forme
# propre, comme le vocatif, salue sans le nom quand aucune n’est donnée). $company et $role arrivent
# tels que saisis (« Nordlicht GmbH », « IBM », « Orange » ; « Ingénieure logiciel ») : pas d’article
# ni de « de » devant eux, dont l’élision et le genre dépendent du nom : chez { $company },
# le poste « { $role } ».
# Un champ vide apparaît sous la forme de son libellé entre crochets, par ex. « [entreprise] ».
# Formel : vouvoiement ; informel : tutoiement (contact que l’on connaît bien).

placeholder-company = entreprise
placeholder-role = poste
placeholder-contact = nom du contact
placeholder-sender = votre nom
placeholder-date = date de votre réponse

# Une date telle qu’on l’écrit dans une lettre. $day, $month et $year sont des nombres, $monthname le nom du mois.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $monthname } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Ma candidature au poste « { $role } »
   *[formal] Candidature au poste « { $role } » : ma décision
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour notre échange au sujet du poste « { $role } » chez { $company }. J’ai vraiment apprécié de découvrir l’équipe et les projets qui l’attendent.

        J’y ai longuement réfléchi, et j’ai décidé de retirer ma candidature. Le poste ne correspond pas à la direction que je veux donner à ma carrière, et je préfère te le dire maintenant plutôt que de mobiliser davantage ton temps et celui de l’équipe.

        Merci à toi et à tes collègues pour votre disponibilité et la franchise de nos échanges. J’aimerais beaucoup qu’on reste en contact, et j’espère que nos chemins se recroiseront.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour notre entretien au sujet du poste « { $role } » chez { $company }. J’ai eu grand plaisir à découvrir l’équipe et les projets qui l’attendent.

        Après mûre réflexion, j’ai décidé de retirer ma candidature. Ce poste ne correspond pas à l’orientation que je souhaite donner à la suite de mon parcours, et je préfère vous le dire dès maintenant plutôt que de mobiliser davantage votre temps.

        Merci sincèrement pour le temps que vos collègues et vous m’avez consacré, ainsi que pour la franchise de nos échanges. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci beaucoup de m’avoir proposé le poste « { $role } » chez { $company }, et merci pour ton attention tout au long du processus.

        J’ai finalement décidé de décliner l’offre : j’ai accepté un autre poste, un peu plus en phase avec mes projets. Ce choix n’a vraiment pas été facile.

        J’admire ce que ton équipe est en train de construire, et je te remercie pour la confiance que tu m’as accordée. Restons en contact : j’espère qu’on aura l’occasion de travailler ensemble un jour.

        Belle journée,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie vivement de m’avoir proposé le poste « { $role } » chez { $company }, ainsi que pour l’attention que vous m’avez portée tout au long du processus.

        J’ai toutefois décidé de décliner votre offre. J’ai accepté un autre poste, un peu plus en phase avec mes projets, et ce choix n’a pas été facile.

        J’ai beaucoup de respect pour ce que votre équipe construit, et je vous remercie de la confiance que vous m’avez témoignée. J’aurai plaisir à rester en contact, et j’espère que nous aurons l’occasion de travailler ensemble à l’avenir.

        Très cordialement,
        { $signature }
}

# Après une offre, quand le poste lui-même ne convient pas (valeurs, façon de travailler, orientation),
# ou pour une raison personnelle sans lien avec un déménagement. Volontairement neutre : la raison
# n’est pas détaillée.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci de m’avoir proposé le poste « { $role } » chez { $company }, et merci pour le temps que l’équipe et toi m’avez consacré.

        J’y ai beaucoup réfléchi, et j’ai décidé de décliner l’offre. Au final, je pense que le poste n’est pas fait pour moi en ce moment, et je préfère te le dire tout de suite plutôt que de te faire attendre.

        J’ai eu beaucoup de plaisir à rencontrer l’équipe, et je te remercie pour la confiance que tu m’as accordée. J’aimerais beaucoup qu’on reste en contact, et j’espère que nos chemins se recroiseront.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de m’avoir proposé le poste « { $role } » chez { $company }, ainsi que pour le temps que votre équipe et vous m’avez consacré.

        Après mûre réflexion, j’ai décidé de décliner votre offre. Tout bien pesé, ce poste n’est pas celui qui me convient à ce stade, et je préfère vous le dire dès maintenant plutôt que de vous faire attendre.

        J’ai eu grand plaisir à faire la connaissance de l’équipe, et je vous remercie de la confiance que vous m’avez témoignée. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}

# Après une demande de meilleures conditions (salaire, date de prise de poste, jours de télétravail…)
# que l’employeur n’a pas pu satisfaire. Remercie pour la démarche et ne relance pas la négociation.
letter-after-negotiation-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci d’avoir revu les conditions de l’offre pour le poste « { $role } » chez { $company }, et merci pour ta franchise sur ce qui était possible ou non.

        J’ai bien pesé la proposition finale, et j’ai décidé de la décliner. Je comprends les contraintes avec lesquelles vous devez composer et je les respecte ; mais au bout du compte, l’écart reste trop important pour moi.

        Merci pour le temps et l’énergie que tu y as consacrés. J’aimerais beaucoup qu’on reste en contact, et j’espère qu’on aura l’occasion de travailler ensemble une autre fois.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie d’avoir réexaminé les conditions de l’offre pour le poste « { $role } » chez { $company }, et de m’avoir exposé avec autant de franchise ce qui était possible.

        J’ai attentivement étudié votre proposition finale, et j’ai décidé de la décliner. Je comprends les contraintes avec lesquelles vous devez composer et je les respecte ; l’écart reste toutefois trop important pour moi.

        Merci sincèrement pour le temps et l’énergie que vous y avez consacrés. J’aurai plaisir à rester en contact, et j’espère que nous aurons l’occasion de travailler ensemble une autre fois.

        Bien cordialement,
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton offre concernant le poste « { $role } » chez { $company } ; elle m’a fait grand plaisir.

        On en a longuement parlé à la maison, et je dois malheureusement la décliner. Déménager n’est pas possible pour ma famille en ce moment, et je ne pourrais pas m’investir dans ce poste comme il le mérite.

        Merci vraiment pour le temps que tu y as consacré et pour l’aide au déménagement que vous m’avez proposée. Si un poste adapté à ma situation se libère plus tard, n’hésite pas à me faire signe. Et dans tous les cas, restons en contact.

        Bien à toi,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de m’avoir proposé le poste « { $role } » chez { $company } ; votre offre m’a fait grand plaisir.

        Après en avoir longuement parlé en famille, je dois malheureusement la décliner. Un déménagement n’est pas envisageable pour nous en ce moment, et je ne pourrais pas m’engager dans ce poste comme il le mérite.

        J’apprécie sincèrement le temps que vous y avez consacré et l’accompagnement que vous m’avez proposé pour le déménagement. Si un poste compatible avec ma situation se présentait plus tard, j’aurais plaisir à avoir de vos nouvelles. En tout état de cause, j’espère que nous resterons en contact.

        Bien cordialement,
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } » : quelques questions
   *[formal] Votre offre pour le poste « { $role } » : quelques questions
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton offre concernant le poste « { $role } » chez { $company }. Le poste et l’équipe m’intéressent vraiment.

        Avant de te donner ma réponse, j’aimerais qu’on regarde ensemble quelques points : [les points à revoir, par ex. le salaire, la date de prise de poste ou les jours de télétravail]. J’aimerais savoir s’il y a une marge de manœuvre de ce côté-là.

        Est-ce qu’on pourrait s’appeler rapidement cette semaine ? Je veux prendre une décision qui convienne à tout le monde, et merci pour ta franchise.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour votre offre concernant le poste « { $role } » chez { $company }. Le poste et l’équipe m’intéressent sincèrement.

        Avant de vous donner ma réponse, j’aimerais aborder avec vous quelques points : [les points à revoir, par ex. le salaire, la date de prise de poste ou les jours de télétravail]. Je souhaiterais savoir s’il existe une marge de manœuvre sur ces sujets.

        Pourrions-nous prévoir un court échange cette semaine ? Je tiens à prendre une décision qui convienne aux deux parties, et je vous remercie de votre ouverture d’esprit.

        Bien cordialement,
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton offre concernant le poste « { $role } » chez { $company }. Elle me fait grand plaisir, et je veux prendre le temps d’y réfléchir sérieusement.

        Est-ce que je peux te donner ma réponse définitive d’ici le { $date } ? Je reviendrai vers toi au plus tard à cette date, quelle que soit ma décision.

        Si tu as besoin d’une réponse plus tôt, dis-le-moi, et je ferai de mon mieux pour m’adapter.

        Merci de ta compréhension !

        À très vite,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour votre offre concernant le poste « { $role } » chez { $company }. J’y suis très sensible et souhaite lui accorder toute la réflexion qu’elle mérite.

        Serait-il possible de vous donner ma réponse définitive d’ici le { $date } ? Je reviendrai vers vous au plus tard à cette date, quelle que soit ma décision.

        Si vous avez besoin d’une réponse plus tôt, n’hésitez pas à me le faire savoir : je ferai tout mon possible pour m’organiser en conséquence.

        Merci de votre compréhension.

        Bien cordialement,
        { $signature }
}

# Une phrase, neutre et vraie, pour répondre à « pourquoi ? » (au téléphone, ou ajoutée à une
# lettre). L’application choisit celle qui correspond à ce qui bloque dans l’aide à la décision ;
# why-general quand rien n’est indiqué. C’est la personne candidate qui parle ; la phrase ne
# reproche jamais rien à l’employeur. Formulées sans tutoiement ni vouvoiement, pour convenir aux
# deux registres (ces messages n’ont pas de variables, donc pas de $formality).
why-compensation = Tout bien considéré, la rémunération globale ne correspond pas à ma situation.
why-start-date = C’est une question de calendrier : je ne pourrais pas commencer au moment où l’équipe a besoin de moi.
why-role-scope = Le périmètre du poste ne correspond pas tout à fait à ce que je recherche pour la suite.
why-remote-work = L’organisation du travail, entre présentiel et télétravail, ne convient pas à ma situation.
why-relocation-support = Dans ces conditions, le déménagement ne serait pas envisageable pour moi.
why-values = Je recherche un autre type d’environnement, et je préfère le dire en toute franchise.
why-way-of-working = La façon de travailler ne correspond pas vraiment à celle qui me permet de donner le meilleur de moi-même.
why-long-term-direction = Le poste ne va pas dans la direction que je souhaite donner à la suite de ma carrière.
why-personal-compromise = Pour des raisons personnelles, ce n’est pas le bon moment pour moi de faire ce changement.
why-general = Tout bien pesé, ce n’est pas le bon choix pour moi en ce moment.

# La trame d’appel : ce qu’il faut dire, dans l’ordre du cadre (remerciements, décision, raison,
# gratitude, garder le contact, suite). Les paragraphes s’affichent un par un, en grands caractères.
# $why est l’une des phrases why-* ci-dessus, choisie d’après la raison indiquée dans l’aide à la décision.
call-script = { $formality ->
    [informal]
        Bonjour { $contact }, je ne te dérange pas ? Tu as quelques minutes ?

        D’abord, merci encore pour le temps que l’équipe et toi m’avez consacré tout au long du recrutement pour le poste « { $role } » chez { $company }.

        J’y ai beaucoup réfléchi, et j’ai décidé de ne pas donner suite.

        { $why }

        J’ai vraiment apprécié l’accueil de tout le monde, et nos échanges m’ont beaucoup appris.

        J’aimerais beaucoup qu’on reste en contact. Je t’enverrai un petit e-mail pour confirmer ce qu’on s’est dit aujourd’hui.

        Merci encore, et plein de bonnes choses à toi et à l’équipe !
   *[formal]
        Bonjour { $contact }, je ne vous dérange pas ? Avez-vous quelques minutes ?

        Tout d’abord, merci encore pour le temps que l’équipe et vous m’avez consacré tout au long du recrutement pour le poste « { $role } » chez { $company }.

        J’y ai longuement réfléchi, et j’ai décidé de ne pas donner suite.

        { $why }

        J’ai sincèrement apprécié l’accueil de toutes les personnes rencontrées, et nos échanges m’ont beaucoup appris.

        J’aimerais beaucoup rester en contact, et je vous enverrai un court e-mail pour confirmer ce que nous nous sommes dit aujourd’hui.

        Merci encore, et très bonne continuation à vous et à toute l’équipe.
}

# Envoyé le jour même, après l’appel au cours duquel la personne candidate a décliné.
letter-call-recap-subject = { $formality ->
    [informal] Petit retour sur notre appel
   *[formal] À la suite de notre appel
}
letter-call-recap-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci encore pour notre coup de fil de tout à l’heure.

        Comme je te l’ai dit, j’ai décidé de ne pas aller plus loin pour le poste « { $role } » chez { $company }. Ça n’a pas été une décision facile, et je te remercie, toi et l’équipe, pour tout ce que vous avez partagé avec moi.

        J’aimerais beaucoup qu’on reste en contact, et je te souhaite plein de réussite pour la suite du recrutement.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Merci encore pour notre échange d’aujourd’hui.

        Comme je vous l’ai indiqué au téléphone, j’ai décidé de ne pas aller plus loin pour le poste « { $role } » chez { $company }. Cette décision n’a pas été facile, et je vous remercie, ainsi que l’équipe, pour tout ce que vous avez partagé avec moi.

        J’aurai plaisir à rester en contact, et je vous souhaite pleine réussite dans ce recrutement.

        Bien cordialement,
        { $signature }
}

# Un mot pour une invitation sur un réseau professionnel : pas d’objet, et 300 caractères au plus,
# noms compris (la limite de ces invitations) ; il doit donc rester aussi court.
letter-stay-connected-body = { $formality ->
    [informal]
        Bonjour { $contact }, merci encore pour nos échanges sur le poste « { $role } » chez { $company }. Ça ne s’est pas fait cette fois-ci, mais j’ai eu plaisir à te rencontrer, toi et l’équipe, et j’aimerais beaucoup qu’on reste en contact.

        Au plaisir,
        { $signature }
   *[formal]
        Bonjour { $contact }, merci encore pour nos échanges sur le poste « { $role } » chez { $company }. Cela ne s’est pas concrétisé cette fois-ci, mais j’ai eu grand plaisir à vous rencontrer, vous et l’équipe, et j’aimerais beaucoup rester en contact.

        Très cordialement,
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Bonjour { $contact }, c’est { $sender }. Je ne te dérange pas ? Tu aurais deux minutes ?

        Merci encore pour l’entretien concernant le poste « { $role } » chez { $company }. J’ai beaucoup aimé rencontrer l’équipe.

        J’y ai bien réfléchi, et j’ai décidé de retirer ma candidature. Le poste ne correspond pas à la direction que je veux prendre.

        Merci pour ton temps, et pour l’accueil si chaleureux de toute l’équipe.

        J’aimerais vraiment qu’on reste en contact. Merci encore, et bonne continuation !
   *[formal]
        Bonjour { $contact }, { $sender } à l’appareil. Je ne vous dérange pas ? Auriez-vous deux minutes ?

        Merci encore pour l’entretien concernant le poste « { $role } » chez { $company }. J’ai eu beaucoup de plaisir à rencontrer l’équipe.

        J’y ai bien réfléchi, et j’ai décidé de retirer ma candidature. Le poste ne correspond pas à la direction que je souhaite prendre.

        Je vous remercie pour votre temps, et pour l’accueil chaleureux de toute l’équipe.

        J’aimerais beaucoup rester en contact. Merci encore, et bonne continuation.
}

# « Sponsorship » : l’employeur demande le permis de travail et le visa pour la personne
# candidate ; dire « permis de travail », pas un calque de « sponsorship ».
letter-visa-unworkable-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci encore pour notre échange de tout à l’heure, et pour ton offre concernant le poste « { $role } » chez { $company }.

        Comme je te l’ai expliqué au téléphone, j’ai décidé de décliner l’offre. Avec les délais du visa et du permis de travail, je ne pourrais pas commencer au moment où vous avez besoin de moi, et je ne veux pas retarder vos projets.

        Merci à toi et à l’équipe pour tous les efforts que vous avez faits pour que ça fonctionne. J’aimerais beaucoup qu’on reste en contact, et j’espère que nos chemins se recroiseront.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Merci encore pour notre échange d’aujourd’hui, ainsi que pour votre offre concernant le poste « { $role } » chez { $company }.

        Comme je vous l’ai expliqué au téléphone, j’ai décidé de décliner votre offre. Les délais d’obtention du visa et du permis de travail ne me permettraient pas de commencer au moment où l’équipe a besoin de moi, et je ne voudrais pas retarder vos projets.

        Je vous remercie sincèrement, ainsi que l’équipe, pour tous les efforts déployés afin de rendre cela possible. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}

# La personne candidate reste chez son employeur actuel, qui lui a fait une meilleure offre.
letter-counteroffer-subject = { $formality ->
    [informal] Ton offre pour le poste « { $role } »
   *[formal] Votre offre pour le poste « { $role } »
}
letter-counteroffer-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci de m’avoir proposé le poste « { $role } » chez { $company }, et merci pour tout le temps que tu m’as consacré pendant le processus.

        J’y ai beaucoup réfléchi, et j’ai décidé de décliner l’offre. Mon employeur actuel m’a fait une proposition qui me permet d’évoluer exactement dans la direction que je cherchais, alors j’ai choisi de rester.

        Merci pour ta confiance et pour tout ce que j’ai découvert de ton équipe. Restons en contact : j’espère que nos chemins se recroiseront.

        Bien à toi,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de m’avoir proposé le poste « { $role } » chez { $company }, ainsi que pour le temps que vous m’avez consacré tout au long du processus.

        Après mûre réflexion, j’ai décidé de décliner votre offre. Mon employeur actuel m’a fait une proposition qui me permet d’évoluer dans la direction que je recherchais, et j’ai choisi de rester.

        Merci pour votre confiance et pour tout ce que j’ai pu découvrir de votre équipe. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Bonjour { $contact }, c’est { $sender }. Tu as un moment à m’accorder ?

        D’abord, merci. L’équipe et toi m’avez consacré beaucoup de temps au fil de ces entretiens, et je mesure ce que ça représente.

        J’ai décidé de ne pas aller plus loin pour le poste « { $role } » chez { $company }. La décision n’a pas été facile, et je tenais à ce que tu l’apprennes directement de moi.

        J’ai apprécié chacun de nos échanges, et j’ai beaucoup appris des personnes que j’ai rencontrées.

        Je tiens vraiment à ce qu’on reste en contact. Je t’envoie un petit e-mail aujourd’hui pour confirmer ce qu’on s’est dit.
   *[formal]
        Bonjour { $contact }, { $sender } à l’appareil. Est-ce un bon moment pour vous parler ?

        Tout d’abord, merci. L’équipe et vous m’avez consacré beaucoup de temps au fil de ces entretiens, et je mesure ce que cela représente.

        J’ai décidé de ne pas aller plus loin pour le poste « { $role } » chez { $company }. La décision n’a pas été facile, et je tenais à ce que vous l’appreniez directement de moi.

        J’ai apprécié chacun de nos échanges, et j’ai beaucoup appris des personnes que j’ai rencontrées.

        Je tiens vraiment à rester en contact. Je vous enverrai aujourd’hui un court e-mail pour confirmer ce que nous nous sommes dit.
}

# Ne promet aucun remboursement avant que le contrat ait été vérifié.
letter-active-relocation-subject = { $formality ->
    [informal] Le poste « { $role } » et mon déménagement
   *[formal] Poste « { $role } » et déménagement en cours
}
letter-active-relocation-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour tout le soutien que toi et { $company } m’avez apporté pour le poste « { $role } » et le déménagement.

        Je dois te dire que j’ai décidé de renoncer au poste. Je sais que le déménagement est déjà lancé, alors voici, en toute transparence, où on en est : [liste des démarches lancées, du matériel de l’entreprise reçu et des frais déjà réglés].

        Je rendrai tout ce qui appartient à l’entreprise. Pour les frais déjà réglés, je vais vérifier ce que prévoit notre accord et je reviendrai vers toi pour voir comment les solder ; dis-moi comment vous souhaitez procéder pour le reste.

        Merci vraiment pour ton aide, et je regrette le surcroît de travail que ça vous donne. J’aimerais beaucoup qu’on reste en contact.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour tout le soutien que vous et { $company } m’avez apporté, tant pour le poste « { $role } » que pour le déménagement.

        Je dois malheureusement vous informer que j’ai décidé de renoncer à ce poste. Je sais que le déménagement est déjà engagé ; je souhaite donc vous exposer en toute transparence ce qui a été fait : [liste des démarches lancées, du matériel de l’entreprise reçu et des frais déjà réglés].

        Je restituerai tout ce qui appartient à l’entreprise. Concernant les frais déjà réglés, je vais vérifier ce que prévoit notre accord et je reviendrai vers vous pour convenir de leur règlement. Merci de m’indiquer comment vous souhaitez procéder pour le reste.

        Merci encore pour votre aide, et je regrette sincèrement le travail supplémentaire que cela vous occasionne. J’aurai plaisir à rester en contact.

        Bien cordialement,
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Petit retour sur mon dernier message
   *[formal] À propos de mon dernier message
}
letter-repair-body = { $formality ->
    [informal]
        Bonjour { $contact },

        J’ai repensé à la façon dont j’ai décliné le poste « { $role } » chez { $company }, et j’ai l’impression que mon message n’est pas passé comme je le voulais.

        Je tiens à te le dire clairement : je te remercie sincèrement, toi et ton équipe, pour le temps et l’attention que vous m’avez accordés. Ma décision tenait à ma situation personnelle, pas à toi ni à l’entreprise.

        Si je peux t’aider d’une façon ou d’une autre, par exemple en te recommandant quelqu’un pour le poste, ce sera avec plaisir. Et si ça te dit, j’aimerais beaucoup qu’on reste en contact.

        Merci de ta compréhension.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        En repensant à la façon dont j’ai décliné le poste « { $role } » chez { $company }, j’ai le sentiment que mon message n’a pas été compris comme je l’entendais.

        Je tiens à vous exprimer clairement toute ma reconnaissance pour le temps et l’attention que votre équipe et vous m’avez accordés. Ma décision tenait à ma situation personnelle, et non à vous ou à votre entreprise.

        Si je peux vous être utile d’une manière ou d’une autre, par exemple en vous recommandant quelqu’un pour ce poste, je le ferai volontiers. J’aimerais aussi beaucoup que nous restions en contact, si vous le souhaitez.

        Merci de votre compréhension.

        Bien cordialement,
        { $signature }
}

# Écrit quelque temps après un refus, quand la situation a changé. Dit ce qui a changé
# (la partie entre crochets) et admet que le poste est peut-être déjà pourvu.
letter-reopen-subject = { $formality ->
    [informal] Le poste « { $role } » chez { $company }
   *[formal] Le poste « { $role } » chez { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci encore d’avoir pensé à moi pour le poste « { $role } » chez { $company }. J’avais décliné à l’époque, et j’avais beaucoup apprécié la gentillesse avec laquelle tu avais accueilli ma décision.

        Depuis, ma situation a changé : [ce qui a changé, par ex. ma famille peut maintenant déménager]. Le poste correspond désormais à ce que je recherche. Je me doute qu’il est peut-être déjà pourvu ; mais si ce poste, ou un poste proche, est encore ouvert, j’aimerais beaucoup qu’on en reparle.

        Est-ce qu’on pourrait s’appeler dans les prochaines semaines ?

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Merci encore d’avoir pensé à moi pour le poste « { $role } » chez { $company }. J’avais alors décliné votre proposition, et j’avais beaucoup apprécié la manière dont vous aviez accueilli ma décision.

        Ma situation a changé depuis : [ce qui a changé, par ex. ma famille peut à présent déménager]. Ce poste correspond désormais à la direction que je souhaite prendre. Je sais qu’il a peut-être déjà été pourvu ; s’il est toujours ouvert, ou si un poste similaire l’est, j’aurais grand plaisir à en reparler avec vous.

        Pourrions-nous prévoir un court échange dans les semaines à venir ?

        Bien cordialement,
        { $signature }
}

# Les lettres de cette langue marquent-elles le registre (vous/tu, Sie/du, keigo…) : « yes » ou « no ».
letter-formality-marked = yes
# La salutation exige-t-elle une forme d’adresse propre (le vocatif : uk « пані Олено », pl « pani Anno ») :
# « yes » fait demander cette forme dans l’éditeur, avec l’exemple ci-dessous. En français, « Bonjour
# { $contact } » suffit.
letter-address-asked = no
# Un exemple de forme d’adresse, affiché dans le champ vide (seulement là où elle est demandée).
letter-address-hint = par ex. Madame Weber

## Répondre à leur réponse. Écrites après que la personne candidate a décliné (ou demandé un délai)
## et que l’employeur a répondu. Chacune garde le ton du refus : brève, chaleureuse, sincère.

# L’employeur a amélioré son offre après le refus ; la décision est maintenue. Remercie pour la
# démarche et ne laisse pas entendre qu’un montant plus élevé changerait quoi que ce soit.
letter-improved-offer-hold-subject = Re : le poste « { $role } » chez { $company }
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton message et pour la nouvelle offre concernant le poste « { $role } » chez { $company }. Ça me touche beaucoup que tu aies plaidé ma cause auprès de l’équipe.

        J’y ai bien réfléchi, et ma décision reste la même : je ne donnerai pas suite à l’offre. Ce n’était pas seulement une question de chiffres, et je ne voudrais pas que tu me réserves le poste plus longtemps.

        Merci à toi et à tes collègues pour tous les efforts que vous avez faits. J’aimerais beaucoup qu’on reste en contact, et j’espère que nos chemins se recroiseront.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour votre message et pour la nouvelle offre concernant le poste « { $role } » chez { $company }. Je suis très sensible au fait que vous ayez plaidé ma cause auprès de l’équipe.

        J’ai pris le temps d’y réfléchir sérieusement, et ma décision reste inchangée : je ne donnerai pas suite à cette offre. Il ne s’agissait pas seulement d’une question de chiffres, et je ne voudrais pas que vous me réserviez le poste plus longtemps.

        Merci sincèrement pour les efforts que vos collègues et vous avez déployés. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}

# L’employeur a amélioré son offre, et cela change la donne : la personne le dit franchement et
# donne la date de sa vraie réponse ($date, la même que l’engagement pris dans l’application).
# La partie entre crochets est à écrire avec ses propres mots. Aucun mot de refus : la lettre ne
# doit pas se lire comme un refus.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Ta nouvelle offre pour le poste « { $role } »
   *[formal] Votre nouvelle offre pour le poste « { $role } »
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton retour et pour la nouvelle offre que tu me fais pour le poste « { $role } » chez { $company }. Je ne m’y attendais pas, et ça me fait vraiment plaisir.

        Pour être honnête, ces nouvelles conditions changent la donne pour moi, et j’aimerais prendre le temps de reconsidérer ma décision à tête reposée plutôt que de te répondre à chaud. [ce qui a changé pour vous, par ex. le nouveau salaire couvre désormais les frais du déménagement]

        Est-ce que je pourrais te donner ma réponse d’ici le { $date } ? Si ça t’arrange, on peut aussi en parler avant.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour votre retour et pour la nouvelle offre que vous me faites pour le poste « { $role } » chez { $company }. Je ne m’y attendais pas, et j’y suis très sensible.

        Pour être honnête avec vous, ces nouvelles conditions changent la donne pour moi, et je souhaite prendre le temps de reconsidérer sérieusement ma décision plutôt que de vous répondre dans l’instant. [ce qui a changé pour vous, par ex. le nouveau salaire couvre désormais les frais du déménagement]

        Serait-il possible de vous donner ma réponse d’ici le { $date } ? Si cela vous arrange, je reste bien entendu disponible pour en parler d’ici là.

        Bien cordialement,
        { $signature }
}

# L’employeur demande « qu’est-ce qui vous ferait changer d’avis ? ». La réponse honnête quand rien
# dans l’offre ne changerait la décision : le dire, avec gentillesse, sans ouvrir une négociation
# que la personne ne mènerait pas jusqu’au bout. (Si l’argent pouvait tout changer, elle négocie
# plutôt.)
letter-what-would-it-take-subject = Re : le poste « { $role } » chez { $company }
letter-what-would-it-take-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton retour, et merci de m’avoir demandé ce qui pourrait me faire changer d’avis. Je le prends comme un vrai compliment.

        Je préfère te le dire franchement plutôt que de lancer une négociation que je ne pourrais pas mener jusqu’au bout. Ma décision de décliner l’offre reste la même : elle tient à ma situation personnelle, pas à quelque chose que tu pourrais changer dans l’offre.

        Merci encore pour ton ouverture et pour le temps que tu m’as consacré. J’aimerais beaucoup qu’on reste en contact, et j’espère qu’on aura l’occasion de travailler ensemble un jour.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de votre retour et de m’avoir demandé ce qui pourrait me faire changer d’avis. J’y vois un vrai compliment.

        Je préfère vous répondre franchement plutôt que d’entamer une négociation que je ne pourrais pas mener à son terme. Je maintiens ma décision de décliner l’offre : elle tient à ma situation personnelle, et non à un élément de l’offre que vous pourriez modifier.

        Merci encore pour votre ouverture et pour le temps que vous m’avez consacré. J’aurai plaisir à rester en contact, et j’espère que nous aurons l’occasion de travailler ensemble à l’avenir.

        Bien cordialement,
        { $signature }
}

# L’employeur propose un appel alors que la personne a décliné par e-mail. Elle accepte un court
# appel et précise d’emblée que sa décision est maintenue, pour que personne ne prépare une
# contre-proposition pour rien. La partie entre crochets est pour ses disponibilités.
letter-call-after-decline-subject = Re : le poste « { $role } » chez { $company }
letter-call-after-decline-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton retour, et pour ton envie d’en parler de vive voix. Bien sûr, avec plaisir pour un petit appel.

        Pour que tu puisses t’organiser, je préfère te le dire tout de suite : je maintiens ma décision de ne pas accepter le poste « { $role } », et l’appel n’y changera rien. J’aimerais quand même te remercier directement et répondre à tes questions.

        Tu serais disponible sur l’un de ces créneaux ? [deux ou trois créneaux possibles, avec le jour et l’heure]

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie pour votre retour, et pour votre souhait d’en parler de vive voix. Bien volontiers pour un court échange téléphonique.

        Afin que vous puissiez vous organiser, je préfère vous le dire dès maintenant : je maintiens ma décision de ne pas accepter le poste « { $role } », et cet échange n’y changera rien. J’aimerais néanmoins pouvoir vous remercier personnellement et répondre à vos éventuelles questions.

        Seriez-vous disponible sur l’un de ces créneaux ? [deux ou trois créneaux possibles, avec le jour et l’heure]

        Bien cordialement,
        { $signature }
}

# L’employeur demande s’il peut conserver le CV pour de futurs postes (en France, le RGPD exige
# l’accord de la personne). Elle donne son accord et laisse la porte ouverte.
letter-keep-cv-on-file-subject = Re : conservation de mon CV
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton message, et merci d’avoir pensé à moi pour de futurs postes chez { $company }.

        Oui, bien sûr, tu peux garder mon CV et ma candidature. N’hésite pas à revenir vers moi si un poste qui correspond à mon expérience se libère : j’aimerais beaucoup qu’on reste en contact.

        Merci encore pour la bienveillance dont tu as fait preuve tout au long du processus.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de votre message et d’avoir pensé à moi pour de futurs postes chez { $company }.

        Oui, je vous donne bien volontiers mon accord pour conserver mon CV et mon dossier de candidature. N’hésitez pas à revenir vers moi si un poste correspondant à mon expérience se présente : j’aurai plaisir à rester en contact.

        Merci encore pour l’attention que vous m’avez portée tout au long du processus.

        Bien cordialement,
        { $signature }
}

# L’employeur envoie un questionnaire sur le déroulement du recrutement. La personne accepte d’y
# répondre et dit quand ; ses remarques vont dans le questionnaire, pas dans ce message.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re : ton questionnaire sur le recrutement pour le poste « { $role } »
   *[formal] Re : votre questionnaire sur le recrutement pour le poste « { $role } »
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton message, et merci de t’intéresser à mon ressenti sur le recrutement pour le poste « { $role } » chez { $company }.

        Je remplirai le questionnaire avec plaisir et je te le renverrai d’ici le { $date }. J’espère que mes réponses vous seront utiles.

        Merci encore pour le temps et l’attention que tu m’as accordés.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de votre message et de vous intéresser à mon expérience du recrutement pour le poste « { $role } » chez { $company }.

        Je remplirai volontiers le questionnaire et vous le renverrai d’ici le { $date }. J’espère que mes réponses vous seront utiles.

        Merci encore pour le temps et l’attention que vous m’avez accordés.

        Bien cordialement,
        { $signature }
}

# Un « c’est définitif ? » tardif de l’employeur, quelques jours après le refus. La personne
# confirme sa décision, avec gentillesse et brièveté, sans la rouvrir.
letter-are-you-sure-subject = Re : le poste « { $role } » chez { $company }
letter-are-you-sure-body = { $formality ->
    [informal]
        Bonjour { $contact },

        Merci pour ton message, et merci de revenir vers moi au sujet du poste « { $role } » chez { $company }.

        Oui, c’est tout réfléchi. J’ai bien pesé le pour et le contre, et je maintiens ma décision de décliner l’offre.

        J’ai vraiment apprécié le temps et la confiance que tu m’as accordés. J’aimerais beaucoup qu’on reste en contact, et j’espère que nos chemins se recroiseront.

        À bientôt,
        { $signature }
   *[formal]
        Bonjour { $contact },

        Je vous remercie de votre message et d’avoir pris la peine de revenir vers moi au sujet du poste « { $role } » chez { $company }.

        Oui, je vous le confirme. J’ai pris le temps d’y réfléchir sérieusement, et je maintiens ma décision de décliner l’offre.

        J’ai sincèrement apprécié le temps et la confiance que vous m’avez accordés. J’aurai plaisir à rester en contact, et j’espère que nos chemins se recroiseront.

        Bien cordialement,
        { $signature }
}
