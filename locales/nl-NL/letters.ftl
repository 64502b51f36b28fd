# Briefsjablonen (nl-NL). Variabelen: $company, $role, $contact, $sender (de naam),
# $signature (de handtekening uit het profiel, anders de naam), $formality (formal / informal),
# $address (hoe de contactpersoon wordt aangesproken, zoals ingevuld, anders $contact) en
# $address_given ("yes" als er een aanspreekvorm is ingevuld, anders "no": een taal waarvan de aanhef
# een eigen vorm nodig heeft, zoals de vocatief, groet zonder naam als die ontbreekt). $company en $role
# komen binnen zoals ze zijn ingetypt (“Nordlicht GmbH”, “IBM”, “Rabobank”; “Data Engineer”): geen
# de/het of bezits-s bij de naam, want die hangen van de naam af: “bij { $company }”, “de functie van { $role }”.
# Een leeg veld verschijnt als invulveld tussen vierkante haken, bijv. “[bedrijf]”.
# Formeel = u, informeel = je. Geen geslachtsgebonden vormen voor afzender of ontvanger.

placeholder-company = bedrijf
placeholder-role = functie
placeholder-contact = naam contactpersoon
placeholder-sender = je naam
placeholder-date = datum van je antwoord

# Een datum zoals die in brieven staat. $day, $month en $year zijn getallen, $monthname is de naam van de maand.
date-long = { $day } { $monthname } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Mijn besluit over de functie van { $role }
   *[formal] Sollicitatie { $role }: mijn besluit
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Hoi { $contact },

        Dank je wel voor ons gesprek over de functie van { $role } bij { $company }. Ik vond het leuk om het team te leren kennen en te horen waar jullie de komende tijd mee aan de slag gaan.

        Ik heb er goed over nagedacht en besloten mijn sollicitatie in te trekken. De functie past niet bij de volgende stap die ik in mijn loopbaan wil zetten, en dat laat ik je liever nu weten dan dat ik nog meer van jullie tijd vraag.

        Bedankt voor de tijd en de openheid van jou en je collega’s. Ik zou het leuk vinden om contact te houden, en wie weet kruisen onze wegen elkaar nog eens.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor ons gesprek over de functie van { $role } bij { $company }. Ik vond het boeiend om kennis te maken met het team en te horen wat er de komende tijd op de planning staat.

        Na zorgvuldige overweging heb ik besloten mijn sollicitatie in te trekken. De functie sluit niet goed aan bij de richting die ik in mijn loopbaan wil inslaan, en ik laat u dat liever nu weten dan dat ik nog meer van uw tijd vraag.

        Ik ben u en uw collega’s dankbaar voor uw tijd en voor de open gesprekken. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Hoi { $contact },

        Heel erg bedankt voor je aanbod om als { $role } bij { $company } te komen werken, en voor de fijne begeleiding tijdens het hele proces.

        Ik heb besloten het aanbod niet aan te nemen. Ik heb ja gezegd tegen een andere functie die net iets beter bij mijn plannen past. Makkelijk was die keuze echt niet.

        Ik heb veel respect voor wat jullie als team aan het opbouwen zijn, en ik waardeer het vertrouwen dat je in me hebt gesteld. Laten we contact houden; ik zou het mooi vinden als we in de toekomst toch nog eens samenwerken.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod om als { $role } bij { $company } aan de slag te gaan, en voor de zorgvuldige begeleiding tijdens de hele procedure.

        Ik heb besloten het aanbod niet aan te nemen. Ik heb inmiddels een andere functie aanvaard die net iets beter aansluit bij mijn plannen. Die keuze is mij niet makkelijk gevallen.

        Ik heb veel waardering voor wat uw team aan het opbouwen is, en ik ben u dankbaar voor het vertrouwen dat u in mij hebt gesteld. Ik houd graag contact en hoop dat we in de toekomst alsnog eens samenwerken.

        Met hartelijke groet,
        { $signature }
}

# Na een aanbod, als de functie zelf niet past (waarden, manier van werken, richting), of om
# een persoonlijke reden die niets met een verhuizing te maken heeft. Bewust neutraal: de
# reden wordt niet uitgeschreven.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je aanbod voor de functie van { $role } bij { $company }, en voor alle tijd die jij en het team in me hebben gestoken.

        Ik heb er goed over nagedacht en besloten het aanbod niet aan te nemen. Ik ben tot de conclusie gekomen dat de functie op dit moment niet goed bij me past, en dat laat ik je liever nu weten dan dat ik je nog langer laat wachten.

        Ik vond het leuk om het team te leren kennen, en ik waardeer het vertrouwen dat je in me hebt gesteld. Ik hou graag contact, en wie weet kruisen onze wegen elkaar nog eens.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod voor de functie van { $role } bij { $company }, en voor de tijd die u en het team in mij hebben gestoken.

        Na zorgvuldige overweging heb ik besloten het aanbod niet aan te nemen. Ik ben tot de conclusie gekomen dat de functie op dit moment niet goed bij mij past, en ik laat u dat liever nu weten dan u nog langer te laten wachten.

        Ik heb de kennismaking met het team zeer gewaardeerd, en ik ben u dankbaar voor het vertrouwen dat u in mij hebt gesteld. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}

# Nadat de gebruiker om betere voorwaarden heeft gevraagd (salaris, startdatum, thuiswerkdagen…)
# en de werkgever daar niet aan kon voldoen. Bedankt voor de moeite en heropent de
# onderhandeling niet.
letter-after-negotiation-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt dat je nog eens naar de voorwaarden van het aanbod voor de functie van { $role } bij { $company } hebt gekeken, en dat je zo open was over wat er mogelijk was.

        Ik heb het definitieve aanbod goed overwogen en besloten het niet aan te nemen. Ik begrijp binnen welke grenzen jullie moeten werken en respecteer dat, maar uiteindelijk is het verschil voor mij te groot.

        Ik ben je dankbaar voor alle tijd en moeite die je erin hebt gestoken. Ik hou graag contact, en hopelijk werken we een andere keer wel samen.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank dat u de voorwaarden van het aanbod voor de functie van { $role } bij { $company } opnieuw hebt bekeken, en voor uw openheid over wat er mogelijk was.

        Ik heb het definitieve aanbod zorgvuldig overwogen en besloten het niet aan te nemen. Ik begrijp de kaders waarbinnen u moet werken en respecteer die; uiteindelijk is het verschil voor mij echter te groot.

        Ik ben u dankbaar voor de tijd en moeite die u hierin hebt gestoken. Ik houd graag contact en hoop dat we in de toekomst alsnog eens samenwerken.

        Met vriendelijke groet,
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je aanbod voor de functie van { $role } bij { $company }. Daar was ik echt blij mee.

        We hebben het thuis uitgebreid besproken, en ik moet helaas nee zeggen. Verhuizen is op dit moment niet haalbaar voor mijn gezin, en dan zou ik me niet volledig voor de functie kunnen inzetten.

        Ik waardeer het enorm dat je er zoveel tijd in hebt gestoken en dat jullie hulp bij de verhuizing aanboden. Komt er later een functie vrij die beter bij mijn situatie past, dan hoor ik graag van je. Laten we in elk geval contact houden.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod voor de functie van { $role } bij { $company }. Ik was er erg blij mee.

        Na goed overleg thuis moet ik het aanbod helaas afslaan. Een verhuizing is op dit moment niet haalbaar voor mijn gezin, en ik zou me dan niet volledig voor de functie kunnen inzetten.

        Ik waardeer het zeer dat u hier zoveel tijd in hebt gestoken en dat u hulp bij de verhuizing aanbood. Mocht er later een functie vrijkomen die beter bij mijn situatie past, dan hoor ik graag van u. Ik houd in elk geval graag contact.

        Met hartelijke groet,
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }: een paar vragen
   *[formal] Uw aanbod voor de functie van { $role }: een paar vragen
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je aanbod voor de functie van { $role } bij { $company }. De functie en het team spreken me echt aan.

        Voordat ik je mijn antwoord geef, wil ik graag nog een paar punten met je doornemen: [gewenste wijzigingen, bijv. het salaris, de startdatum of het aantal thuiswerkdagen]. Ik ben benieuwd of daar wat ruimte in zit.

        Heb je deze week even tijd om te bellen? Ik wil een beslissing nemen die voor ons allebei goed uitpakt, en ik waardeer je openheid.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod voor de functie van { $role } bij { $company }. De functie en het team spreken mij oprecht aan.

        Voordat ik u mijn antwoord geef, wil ik graag nog een paar punten met u bespreken: [gewenste wijzigingen, bijv. het salaris, de startdatum of het aantal thuiswerkdagen]. Ik ben benieuwd of daar ruimte in zit.

        Zouden we deze week even kort kunnen overleggen? Ik wil een beslissing nemen die voor beide kanten goed uitpakt, en ik waardeer uw openheid.

        Met vriendelijke groet,
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je aanbod voor de functie van { $role } bij { $company }. Ik ben er blij mee, en ik wil er graag goed over nadenken, want dat verdient het.

        Zou het goed zijn als ik je uiterlijk { $date } mijn definitieve antwoord geef? Ik laat op of vóór die datum in elk geval van me horen, wat ik ook besluit.

        Heb je eerder een antwoord nodig? Laat het me dan weten, dan doe ik mijn best om dat te regelen.

        Bedankt voor je begrip.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod voor de functie van { $role } bij { $company }. Ik waardeer het zeer en wil het de zorgvuldige aandacht geven die het verdient.

        Zou het mogelijk zijn dat ik u uiterlijk { $date } mijn definitieve antwoord geef? Ik laat in elk geval op of vóór die datum van me horen, wat mijn beslissing ook wordt.

        Hebt u eerder een antwoord nodig, laat het mij dan weten; dan doe ik mijn best om dat mogelijk te maken.

        Dank u voor uw begrip.

        Met vriendelijke groet,
        { $signature }
}

# Eén zin, neutraal en waar, voor als ze vragen “waarom?” (in een gesprek, of toegevoegd aan
# een brief). De app kiest de zin die past bij wat in de checklist in de weg staat;
# why-general als daar niets wordt genoemd. De kandidaat spreekt, en de zin verwijt de
# werkgever nooit iets. Zonder $formality: de zinnen spreken niemand aan, dus ze passen bij u en bij je.
why-compensation = Uiteindelijk past het totale pakket niet bij mijn situatie.
why-start-date = De timing komt niet uit: ik kan niet beginnen op het moment dat het team me nodig heeft.
why-role-scope = De inhoud van de functie is niet helemaal wat ik als volgende stap zoek.
why-remote-work = De verhouding tussen werken op locatie en thuiswerken past niet bij mijn situatie.
why-relocation-support = Onder deze voorwaarden is de verhuizing voor mij niet haalbaar.
why-values = Ik zoek een ander soort werkomgeving, en daar wil ik eerlijk over zijn.
why-way-of-working = De manier van werken sluit niet goed aan bij hoe ik het best functioneer.
why-long-term-direction = De functie gaat niet de kant op die ik hierna met mijn loopbaan wil.
why-personal-compromise = Om persoonlijke redenen is dit voor mij niet het juiste moment voor deze overstap.
why-general = Na zorgvuldige overweging is dit op dit moment niet de juiste stap voor mij.

# Het belscript: wat je zegt, in de volgorde van de opbouw (bedanken, beslissing, reden,
# dankbaarheid, contact houden, vervolgstappen). Alinea’s worden een voor een in grote letters getoond.
# $why is een van de why-*-zinnen hierboven, gekozen op basis van de reden in de checklist.
call-script = { $formality ->
    [informal]
        Hoi { $contact }, fijn dat je opneemt. Heb je een paar minuten?

        Allereerst nog een keer bedankt voor alle tijd die jij en het team hebben gestoken in de gesprekken over de functie van { $role } bij { $company }.

        Ik heb er goed over nagedacht, en ik heb besloten af te zien van de functie.

        { $why }

        Ik vond het heel fijn hoe open iedereen was, en ik heb veel geleerd van onze gesprekken.

        Ik zou graag contact houden, en ik stuur je nog een kort mailtje om te bevestigen wat we vandaag hebben besproken.

        Nog een keer bedankt, en het allerbeste voor jou en het team!
   *[formal]
        Dag { $contact }, dank u wel dat u opneemt. Hebt u een paar minuten?

        Allereerst nogmaals dank voor alle tijd die u en het team hebben gestoken in de gesprekken over de functie van { $role } bij { $company }.

        Ik heb er zorgvuldig over nagedacht, en ik heb besloten af te zien van de functie.

        { $why }

        Ik heb de openheid van iedereen zeer gewaardeerd, en ik heb veel geleerd van onze gesprekken.

        Ik houd graag contact, en ik stuur u nog een korte e-mail om te bevestigen wat we vandaag hebben besproken.

        Nogmaals hartelijk dank, en het allerbeste voor u en het team.
}

# Dezelfde dag verstuurd, na het telefoongesprek waarin de kandidaat de functie heeft afgewezen.
letter-call-recap-subject = { $formality ->
    [informal] Ons gesprek van vandaag
   *[formal] Naar aanleiding van ons gesprek van vandaag
}
letter-call-recap-body = { $formality ->
    [informal]
        Hoi { $contact },

        Nog bedankt voor ons telefoongesprek van vandaag.

        Zoals ik al zei, heb ik besloten af te zien van de functie van { $role } bij { $company }. Het was geen makkelijke beslissing, en ik ben dankbaar voor alles wat jij en het team met me hebben gedeeld.

        Ik hou graag contact, en ik wens je veel succes met het vinden van de juiste persoon.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Nogmaals dank voor ons telefoongesprek van vandaag.

        Zoals ik in ons gesprek al aangaf, heb ik besloten af te zien van de functie van { $role } bij { $company }. Het was geen makkelijke beslissing, en ik ben dankbaar voor alles wat u en het team met mij hebben gedeeld.

        Ik houd graag contact en wens u veel succes met het vinden van de juiste kandidaat.

        Met vriendelijke groet,
        { $signature }
}

# Een berichtje bij een uitnodiging in een zakelijk netwerk: geen onderwerp, en hoogstens
# 300 tekens met de namen ingevuld (de grens van zulke uitnodigingen), dus houd het zo kort.
letter-stay-connected-body = { $formality ->
    [informal]
        Hoi { $contact }, nog een keer bedankt voor onze gesprekken over de functie van { $role } bij { $company }. Het is er deze keer niet van gekomen, maar ik vond het leuk om jou en het team te leren kennen en zou graag in contact blijven.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact }, nogmaals dank voor onze gesprekken over de functie van { $role } bij { $company }. Het heeft deze keer niet zo mogen zijn, maar ik vond het prettig om u en het team te leren kennen en blijf graag met u in contact.

        Met vriendelijke groet,
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Hoi { $contact }, met { $sender }. Fijn dat je opneemt; heb je twee minuutjes?

        Nog een keer bedankt voor het gesprek over de functie van { $role } bij { $company }. Ik vond het leuk om het team te ontmoeten.

        Ik heb er goed over nagedacht en besloten mijn sollicitatie in te trekken. De functie past niet bij de volgende stap die ik wil zetten.

        Ik ben je dankbaar voor je tijd en voor hoe open iedereen tegen me was.

        Ik zou graag contact houden. Nog een keer bedankt, en het allerbeste!
   *[formal]
        Dag { $contact }, u spreekt met { $sender }. Dank u wel dat u opneemt; hebt u twee minuten?

        Nogmaals dank voor het gesprek over de functie van { $role } bij { $company }. Ik vond het fijn om kennis te maken met het team.

        Ik heb er zorgvuldig over nagedacht en besloten mijn sollicitatie in te trekken. De functie past niet bij de richting die ik hierna wil inslaan.

        Ik ben u dankbaar voor uw tijd en voor de openheid waarmee iedereen mij tegemoetkwam.

        Ik houd graag contact. Nogmaals dank, en het allerbeste.
}

# “Sponsorship”: de werkgever vraagt de werkvergunning en het visum aan voor de kandidaat; zeg
# “werkvergunning”, geen vertaling van “sponsorship”.
letter-visa-unworkable-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Hoi { $contact },

        Nog een keer bedankt voor ons gesprek van vandaag, en voor je aanbod voor de functie van { $role } bij { $company }.

        Zoals ik al uitlegde, heb ik besloten het aanbod niet aan te nemen. Door de doorlooptijd van het visum en de werkvergunning zou ik niet kunnen beginnen op het moment dat het team me nodig heeft, en ik wil jullie planning niet ophouden.

        Ik ben jou en het team echt dankbaar voor alle moeite die jullie hebben gedaan om dit rond te krijgen. Ik hou graag contact, en hopelijk kruisen onze wegen elkaar nog eens.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Nogmaals dank voor ons gesprek van vandaag, en voor uw aanbod voor de functie van { $role } bij { $company }.

        Zoals ik in ons gesprek al toelichtte, heb ik besloten het aanbod niet aan te nemen. Door de doorlooptijd van het visum en de werkvergunning zou ik niet kunnen beginnen op het moment dat het team mij nodig heeft, en ik wil uw planning niet ophouden.

        Ik ben u en het team zeer dankbaar voor alle moeite die u hebt gedaan om dit mogelijk te maken. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}

# De kandidaat blijft bij de huidige werkgever, die een beter aanbod heeft gedaan.
letter-counteroffer-subject = { $formality ->
    [informal] Je aanbod voor de functie van { $role }
   *[formal] Uw aanbod voor de functie van { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je aanbod voor de functie van { $role } bij { $company }, en voor alle tijd die je tijdens het proces in me hebt gestoken.

        Na lang nadenken heb ik besloten het aanbod niet aan te nemen. Mijn huidige werkgever heeft me een voorstel gedaan waarmee ik kan groeien in de richting die ik zocht, en ik heb ervoor gekozen te blijven.

        Ik ben je dankbaar voor je vertrouwen en voor alles wat ik over jullie team heb geleerd. Ik hou graag contact, en hopelijk kruisen onze wegen elkaar nog eens.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw aanbod voor de functie van { $role } bij { $company }, en voor de tijd die u tijdens de procedure in mij hebt gestoken.

        Na lang nadenken heb ik besloten het aanbod niet aan te nemen. Mijn huidige werkgever heeft mij een voorstel gedaan waarmee ik kan groeien in de richting die ik zocht, en ik heb ervoor gekozen te blijven.

        Ik ben u dankbaar voor uw vertrouwen en voor alles wat ik over uw team heb geleerd. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Hoi { $contact }, met { $sender }. Fijn dat je opneemt; komt het nu uit?

        Allereerst: dank je wel. Jij en het team hebben in al die rondes veel tijd voor me vrijgemaakt, en dat vind ik niet vanzelfsprekend.

        Ik heb besloten af te zien van de functie van { $role } bij { $company }. Het was een moeilijke beslissing, en ik wilde dat je het rechtstreeks van mij hoorde.

        Ik heb elk gesprek gewaardeerd en veel geleerd van de mensen die ik heb ontmoet.

        Ik zou heel graag contact houden. Ik stuur je vandaag nog een kort mailtje om te bevestigen wat we hebben besproken.
   *[formal]
        Dag { $contact }, u spreekt met { $sender }. Dank u wel dat u opneemt; komt het nu gelegen?

        Allereerst: dank u wel. U en het team hebben in al deze rondes veel tijd voor mij vrijgemaakt, en dat vind ik niet vanzelfsprekend.

        Ik heb besloten af te zien van de functie van { $role } bij { $company }. Het was een moeilijke beslissing, en ik wilde dat u het rechtstreeks van mij hoorde.

        Ik heb elk gesprek gewaardeerd en veel geleerd van de mensen die ik heb ontmoet.

        Ik houd heel graag contact. Ik stuur u vandaag nog een korte e-mail om te bevestigen wat we hebben besproken.
}

# Belooft niets terug te betalen voordat het contract is nagekeken.
letter-active-relocation-subject = { $formality ->
    [informal] De functie van { $role } en mijn verhuizing
   *[formal] De functie van { $role } en mijn verhuizing
}
letter-active-relocation-body = { $formality ->
    [informal]
        Hoi { $contact },

        Heel erg bedankt voor alle steun die ik van jou en { $company } heb gekregen rond de functie van { $role } en de verhuizing.

        Ik moet je helaas laten weten dat ik heb besloten de functie niet aan te nemen. Ik weet dat de verhuizing al in gang is gezet, dus ik wil open zijn over wat er al is gedaan: [noem het papierwerk dat al loopt, ontvangen eigendommen van het bedrijf en kosten die al zijn betaald].

        Alles wat van het bedrijf is, geef ik terug. Voor de kosten die al zijn betaald, kijk ik eerst wat er in onze overeenkomst staat, en dan kom ik bij je terug over hoe we die verrekenen. Laat je me weten hoe je de rest wilt regelen?

        Ik ben je echt dankbaar voor je hulp, en het spijt me dat dit jullie extra werk bezorgt. Ik hou graag contact.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor alle steun die u en { $company } mij hebben gegeven rond de functie van { $role } en de verhuizing.

        Ik moet u helaas laten weten dat ik heb besloten de functie niet te aanvaarden. Ik weet dat de verhuizing al in gang is gezet, dus ik wil open zijn over wat er al is gedaan: [noem het papierwerk dat al loopt, ontvangen eigendommen van het bedrijf en kosten die al zijn betaald].

        Alles wat eigendom van het bedrijf is, geef ik terug. Wat de al betaalde kosten betreft, ga ik na wat onze overeenkomst daarover zegt, en ik kom bij u terug over de afwikkeling ervan. Wilt u mij laten weten hoe u de rest het liefst afhandelt?

        Ik ben u oprecht dankbaar voor uw hulp, en het spijt me dat dit extra werk met zich meebrengt. Ik houd graag contact.

        Met vriendelijke groet,
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Nog even over mijn vorige bericht
   *[formal] Naar aanleiding van mijn eerdere bericht
}
letter-repair-body = { $formality ->
    [informal]
        Hoi { $contact },

        Ik heb nog eens nagedacht over hoe ik je heb laten weten dat ik afzie van de functie van { $role } bij { $company }, en ik heb het gevoel dat mijn bericht niet is overgekomen zoals ik het bedoelde.

        Ik wil graag duidelijk zeggen dat ik dankbaar ben voor de tijd en aandacht die jij en je team me hebben gegeven. Mijn beslissing had te maken met mijn eigen situatie, niet met jou of met het bedrijf.

        Als ik ergens mee kan helpen, bijvoorbeeld door iemand voor de functie aan te bevelen, doe ik dat graag. Ik zou ook graag contact houden, als jij daarvoor openstaat.

        Bedankt voor je begrip.

        Groeten,
        { $signature }
   *[formal]
        Beste { $contact },

        Ik heb nog eens nagedacht over de manier waarop ik u heb laten weten dat ik afzie van de functie van { $role } bij { $company }, en ik heb het gevoel dat mijn bericht niet is overgekomen zoals ik het bedoelde.

        Ik wil graag duidelijk zeggen dat ik dankbaar ben voor de tijd en aandacht die u en uw team mij hebben gegeven. Mijn beslissing had te maken met mijn eigen situatie, niet met u of met het bedrijf.

        Als ik u ergens mee kan helpen, bijvoorbeeld door iemand voor de functie aan te bevelen, doe ik dat graag. Ik zou ook graag met u in contact blijven, als u daarvoor openstaat.

        Dank u voor uw begrip.

        Met vriendelijke groet,
        { $signature }
}

# Geschreven enige tijd na een afwijzing, als de situatie van de gebruiker is veranderd. Noemt
# wat er is veranderd (het deel tussen haken) en houdt er rekening mee dat de functie al vervuld kan zijn.
letter-reopen-subject = { $formality ->
    [informal] De functie van { $role } bij { $company }
   *[formal] De functie van { $role } bij { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Hoi { $contact },

        Nog een keer bedankt dat je me in overweging nam voor de functie van { $role } bij { $company }. Ik heb toen nee gezegd, en ik vond het fijn hoe sportief je daarop reageerde.

        Sindsdien is mijn situatie veranderd: [wat er is veranderd, bijv. mijn gezin kan nu wel mee verhuizen]. De functie past nu goed bij de richting die ik wil inslaan. Ik snap dat de vacature inmiddels best al vervuld kan zijn; staat die, of een vergelijkbare functie, nog open, dan zou ik heel graag opnieuw met je praten.

        Heb je de komende weken even tijd voor een kort gesprek?

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Nogmaals dank dat u mij in overweging nam voor de functie van { $role } bij { $company }. Ik heb destijds besloten ervan af te zien, en ik waardeerde het zeer hoe begripvol u daarop reageerde.

        Sindsdien is mijn situatie veranderd: [wat er is veranderd, bijv. mijn gezin kan nu wel mee verhuizen]. De functie past nu goed bij de richting die ik wil inslaan. Ik besef dat de vacature inmiddels misschien al is vervuld; staat deze, of een vergelijkbare functie, nog open, dan ga ik heel graag opnieuw met u in gesprek.

        Zouden we de komende weken een kort moment kunnen vinden om te spreken?

        Met vriendelijke groet,
        { $signature }
}

# Of brieven in deze taal de aanspreekvorm onderscheiden (u/je): "yes" of "no".
letter-formality-marked = yes
# Of de aanhef een eigen aanspreekvorm nodig heeft (de vocatief: uk “пані Олено”, pl “pani Anno”): "yes"
# laat de editor ernaar vragen, met het voorbeeld hieronder. In het Nederlands volstaat “Beste { $contact }”.
letter-address-asked = no
# Een voorbeeld van een aanspreekvorm, getoond in het lege veld (alleen waar ernaar wordt gevraagd).
letter-address-hint = bijv. mevrouw Weber

## Antwoorden op de reactie van de werkgever. Geschreven nadat de kandidaat heeft afgezegd (of om
## bedenktijd heeft gevraagd) en de werkgever daarop heeft gereageerd. Elke brief houdt de toon van
## de afwijzing vast: kort, hartelijk, eerlijk.

# De werkgever heeft het aanbod na de afwijzing verbeterd; de beslissing blijft staan. Bedankt voor
# de moeite en wekt niet de indruk dat een hoger bedrag iets zou veranderen.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: Je verbeterde aanbod voor de functie van { $role }
   *[formal] Re: Uw verbeterde aanbod voor de functie van { $role }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je bericht en voor het verbeterde aanbod voor de functie van { $role } bij { $company }. Fijn dat je daarvoor nog een keer met het team om tafel bent gegaan; dat betekent veel voor me.

        Ik heb er goed over nagedacht en blijf bij mijn besluit: ik neem het aanbod niet aan. Het ging me nooit alleen om het geld, en ik wil niet dat jullie de functie nog langer voor me openhouden.

        Ik ben jou en je collega’s echt dankbaar voor alle moeite die jullie erin hebben gestoken. Ik hou graag contact, en wie weet kruisen onze wegen elkaar nog eens.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw bericht en voor het verbeterde aanbod voor de functie van { $role } bij { $company }. Het betekent veel voor mij dat u daarvoor opnieuw met het team om tafel bent gegaan.

        Ik heb er zorgvuldig over nagedacht en blijf bij mijn besluit: ik neem het aanbod niet aan. Het ging mij nooit alleen om het salaris, en ik wil niet dat u de functie nog langer voor mij openhoudt.

        Ik ben u en uw collega’s dankbaar voor alle moeite die u hierin hebt gestoken. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}

# Het verbeterde aanbod verandert wel iets: de kandidaat zegt dat eerlijk en noemt de datum van
# het echte antwoord ($date, dezelfde datum als de toezegging in de app). Geen afwijzing. Het deel
# tussen haken schrijft de kandidaat in eigen woorden.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Je nieuwe aanbod voor de functie van { $role }
   *[formal] Uw nieuwe aanbod voor de functie van { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt dat je bij me terugkomt met een nieuw aanbod voor de functie van { $role } bij { $company }. Dat had ik niet verwacht, en ik waardeer het echt.

        Ik wil eerlijk tegen je zijn: door de nieuwe voorwaarden ziet het er voor mij anders uit, en ik wil mijn beslissing rustig heroverwegen in plaats van je meteen te antwoorden. [wat er is veranderd, bijv. het nieuwe salaris dekt nu de kosten van de verhuizing]

        Is het goed als ik je uiterlijk { $date } mijn antwoord geef? Als je wilt, kunnen we ook eerder al even bellen.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank dat u bij mij terugkomt met een nieuw aanbod voor de functie van { $role } bij { $company }. Dat had ik niet verwacht, en ik waardeer het zeer.

        Ik wil eerlijk tegen u zijn: de nieuwe voorwaarden zetten de zaak voor mij in een ander licht, en ik wil mijn beslissing graag zorgvuldig heroverwegen in plaats van u meteen te antwoorden. [wat er is veranderd, bijv. het nieuwe salaris dekt nu de kosten van de verhuizing]

        Zou het mogelijk zijn dat ik u uiterlijk { $date } mijn antwoord geef? Als u dat prettig vindt, kunnen we elkaar ook eerder al even spreken.

        Met vriendelijke groet,
        { $signature }
}

# De werkgever vraagt: “Wat is ervoor nodig?” Het eerlijke antwoord als niets in het aanbod de
# beslissing zou veranderen: zeg dat vriendelijk, zonder een onderhandeling te beginnen die de
# kandidaat toch niet afmaakt. (Zou geld wel iets veranderen, dan onderhandelt de kandidaat.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: De functie van { $role } bij { $company }
   *[formal] Re: De functie van { $role } bij { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je reactie, en voor je vraag wat er nodig zou zijn om me toch over de streep te trekken. Ik zie dat als een compliment, en zo is het vast ook bedoeld.

        Ik ben liever eerlijk dan dat ik een onderhandeling begin die ik toch niet zou afmaken. Ik blijf bij mijn besluit om het aanbod af te slaan. Dat heeft te maken met mijn eigen situatie, niet met iets wat jullie aan het aanbod kunnen veranderen.

        Nog een keer bedankt voor je openheid en voor de tijd die je voor me hebt vrijgemaakt. Ik hou graag contact, en hopelijk werken we in de toekomst alsnog eens samen.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw reactie, en voor uw vraag wat ervoor nodig zou zijn om mij alsnog over de streep te trekken. Ik vat die vraag op als een compliment, en zo is die ongetwijfeld ook bedoeld.

        Ik ben liever eerlijk tegen u dan dat ik een onderhandeling begin die ik toch niet zou afronden. Ik blijf bij mijn besluit om het aanbod af te slaan. Dat heeft te maken met mijn eigen situatie, niet met iets wat u in het aanbod zou kunnen veranderen.

        Nogmaals dank voor uw openheid en voor de tijd die u voor mij hebt vrijgemaakt. Ik houd graag contact en hoop dat we in de toekomst nog eens samenwerken.

        Met vriendelijke groet,
        { $signature }
}

# De werkgever wil bellen nadat de kandidaat per e-mail heeft afgezegd. De kandidaat stemt in met
# een kort gesprek en zegt vooraf dat de beslissing vaststaat, zodat niemand voor niets een
# tegenbod voorbereidt. Tussen de haken komen de eigen tijdstippen.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: De functie van { $role } bij { $company }
   *[formal] Re: De functie van { $role } bij { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je reactie, en leuk dat je er nog even over wilt praten. Een kort belletje is natuurlijk prima.

        Ik zeg het je liever meteen, zodat je weet waar je aan toe bent: ik blijf bij mijn besluit om de functie van { $role } niet aan te nemen, en het gesprek gaat daar ook niets aan veranderen. Ik wil je wel graag persoonlijk bedanken en je vragen beantwoorden.

        Komt een van deze momenten je goed uit? [twee of drie tijdstippen die mij goed uitkomen]

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw reactie, en fijn dat u er nog even over wilt spreken. Een kort telefoongesprek is natuurlijk geen enkel probleem.

        Ik zeg het u liever vooraf, zodat u weet waar u aan toe bent: ik blijf bij mijn besluit om de functie van { $role } niet aan te nemen, en dat zal ook na ons gesprek zo blijven. Ik wil u wel graag persoonlijk bedanken en uw vragen beantwoorden.

        Schikt een van deze momenten u? [twee of drie tijdstippen die mij goed uitkomen]

        Met vriendelijke groet,
        { $signature }
}

# De werkgever vraagt of hij het cv mag bewaren voor toekomstige vacatures (volgens de AVG is
# daarvoor toestemming nodig). De kandidaat stemt in en houdt de deur open.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: Je vraag om mijn cv te bewaren
   *[formal] Re: Uw vraag om mijn cv te bewaren
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je bericht, en leuk dat je me in gedachten houdt voor toekomstige functies bij { $company }.

        Ja hoor, jullie mogen mijn cv en sollicitatiegegevens gerust in portefeuille houden; daar geef ik toestemming voor. Ik hoor graag van je als er iets voorbijkomt dat bij mijn ervaring past, en ik hou graag contact.

        Nog een keer bedankt voor de fijne begeleiding tijdens het hele proces.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw bericht, en fijn dat u mij in gedachten houdt voor toekomstige functies bij { $company }.

        U mag mijn cv en sollicitatiegegevens gerust in portefeuille houden; daarvoor geef ik u mijn toestemming. Ik hoor graag van u als er een functie vrijkomt die bij mijn ervaring past, en ik houd graag contact.

        Nogmaals dank voor de zorgvuldige manier waarop u mij door de hele procedure hebt begeleid.

        Met vriendelijke groet,
        { $signature }
}

# De werkgever stuurt een vragenlijst over de sollicitatieprocedure. De kandidaat zegt toe die in
# te vullen en noemt de datum; de feedback zelf hoort in de vragenlijst, niet hier.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: Vragenlijst over de procedure voor de functie van { $role }
   *[formal] Re: Uw vragenlijst over de procedure voor de functie van { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je bericht, en leuk dat jullie willen weten hoe ik de sollicitatieprocedure voor de functie van { $role } bij { $company } heb ervaren.

        Ik vul de vragenlijst graag in en stuur hem uiterlijk { $date } terug. Ik hoop dat jullie iets aan mijn antwoorden hebben.

        Nog een keer bedankt voor je tijd en de aandacht die je me hebt gegeven.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw bericht en voor uw interesse in hoe ik de sollicitatieprocedure voor de functie van { $role } bij { $company } heb ervaren.

        Ik vul de vragenlijst graag in en stuur hem uiterlijk { $date } aan u terug. Ik hoop dat mijn antwoorden u van nut zijn.

        Nogmaals dank voor de tijd en aandacht die u mij hebt gegeven.

        Met vriendelijke groet,
        { $signature }
}

# Een laat “Weet u het zeker?” van de werkgever, dagen na de afwijzing. De kandidaat bevestigt de
# beslissing vriendelijk en kort, zonder haar weer open te breken.
letter-are-you-sure-subject = { $formality ->
    [informal] Re: De functie van { $role } bij { $company }
   *[formal] Re: De functie van { $role } bij { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        Hoi { $contact },

        Bedankt voor je bericht, en fijn dat je me nog een keer polst over de functie van { $role } bij { $company }.

        Ja, ik weet het zeker. Ik heb er goed over nagedacht, en ik blijf bij mijn besluit om het aanbod af te slaan.

        Ik heb de tijd en het vertrouwen die je me hebt gegeven echt gewaardeerd. Ik hou graag contact, en wie weet kruisen onze wegen elkaar nog eens.

        Hartelijke groet,
        { $signature }
   *[formal]
        Beste { $contact },

        Hartelijk dank voor uw bericht, en fijn dat u mij nog eens polst over de functie van { $role } bij { $company }.

        Ja, ik weet het zeker. Ik heb er zorgvuldig over nagedacht, en ik blijf bij mijn besluit om het aanbod af te slaan.

        Ik heb de tijd en het vertrouwen die u mij hebt gegeven zeer gewaardeerd. Ik houd graag contact en hoop dat onze wegen elkaar nog eens kruisen.

        Met vriendelijke groet,
        { $signature }
}
