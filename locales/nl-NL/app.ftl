# Gracious — interfaceteksten (nl-NL).
# Elke taal heeft precies dezelfde message-id's als en-US.
#
# Voor vertalers: “je” in de interface is de persoon die Gracious gebruikt, iemand die overweegt
# een functie af te wijzen; “het bedrijf”, “de werkgever” en “de contactpersoon” zijn de organisatie
# en de persoon daar (recruiter of toekomstige leidinggevende). Een “sollicitatie” is één
# sollicitatie of aanbod. Overal je, nooit door elkaar met u.

app-title = Gracious
# Tussen de onderdelen van een lijst, bijv. “Visum, Belasting”. Tussen aanhalingstekens om de spatie te behouden.
list-separator = { ", " }

## Menu

menu-file = Bestand
menu-new-case = Nieuwe sollicitatie
menu-export-case = Deze sollicitatie exporteren…
menu-export-workspace = Alle gegevens exporteren…
menu-export-csv = Lijst exporteren als CSV…
menu-import = Importeren…
menu-add-dictionary = Spellingwoordenboek toevoegen…
menu-profile = Profiel
menu-about = Over Gracious
menu-language = Taal
menu-language-system = Systeemtaal ({ $language })
menu-theme = Thema
theme-system = Systeeminstelling volgen
theme-light = Licht
theme-dark = Donker

## Meldingen en status

notice-dismiss = Sluiten
notice-save-failed = Je wijzigingen kunnen niet worden opgeslagen in { $folder } ({ $error }). Gracious houdt ze in het geheugen en probeert het opnieuw; laat de app openstaan.
notice-missing-font = { $count ->
    [one] Eén teken kan niet worden weergegeven, omdat geen enkel geïnstalleerd lettertype het bevat. Installeer een lettertype voor je taal (op Debian of Ubuntu: fonts-noto-cjk voor Chinees, Japans en Koreaans).
   *[other] { $count } tekens kunnen niet worden weergegeven, omdat geen enkel geïnstalleerd lettertype ze bevat. Installeer een lettertype voor je taal (op Debian of Ubuntu: fonts-noto-cjk voor Chinees, Japans en Koreaans).
}
problem-empty = het bestand was leeg
problem-malformed = het bestand is beschadigd of is geen Gracious-bestand ({ $detail })
problem-future-version = het bestand is gemaakt met een nieuwere versie van Gracious (indeling { $version })
problem-unreadable = het bestand kon niet worden gelezen ({ $detail })
notice-set-aside = Je opgeslagen gegevens konden niet worden geladen: { $problem }. Er is niets verwijderd: het bestand is verplaatst naar { $path }.
notice-left-in-place = Je opgeslagen gegevens konden niet worden geladen: { $problem }. Het bestand blijft onaangeroerd in { $path } staan, en Gracious overschrijft het tijdens deze sessie niet.
notice-restored-backup = Gracious heeft je vorige opgeslagen versie geladen uit de back-up { $path }.
notice-backup-set-aside = Ook de back-up kon niet worden geladen: { $problem }. Die is verplaatst naar { $path }. Gracious is gestart met een lege werkruimte.
status-saver-stopped = het automatisch opslaan is gestopt
status-ready = Alles wat je typt, wordt automatisch opgeslagen.
status-deleted = “{ $title }” verwijderd.
status-undo = Ongedaan maken
status-reset = De brief is teruggezet naar het sjabloon.
status-copied = Gekopieerd naar het klembord.
status-copied-presend-open = { $open ->
    [one] Gekopieerd naar het klembord. Eén punt van de controle vóór verzending staat nog open.
   *[other] Gekopieerd naar het klembord. { $open } punten van de controle vóór verzending staan nog open.
}
status-draft-kept = Je bewerkte brief is bewaard. Kies “Terugzetten naar sjabloon” om hem te vervangen door het nieuwe sjabloon.
status-copy-failed = Kopiëren naar het klembord is mislukt: { $error }. Selecteer de tekst en kopieer die handmatig.

## Bestanden

file-dialog-open = Er is een bestandsvenster geopend.
file-no-dialog = Op dit systeem kon geen bestandsvenster worden geopend. Typ in plaats daarvan het pad van het bestand.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Eén sollicitatie geïmporteerd uit { $path }.
   *[other] { $count } sollicitaties geïmporteerd uit { $path }.
}
file-exported = { $path } opgeslagen.
file-save-title = Opslaan als bestand
file-open-title = Bestand openen
file-path = Pad
file-save = Opslaan
file-open = Openen
file-cancel = Annuleren
csv-date = Datum gesprek of aanbod

## Sollicitaties

cases-title = Sollicitaties
cases-new = Nieuw
cases-duplicate = Dupliceren
cases-archive = Archiveren
cases-unarchive = Terugzetten
cases-delete = Verwijderen
cases-untitled = Nieuwe sollicitatie
cases-reply-by = antwoord uiterlijk { $date }
cases-overdue = te laat
status-deciding = In overweging
status-negotiating = In onderhandeling
status-declined = Afgeslagen
status-accepted = Geaccepteerd
status-archived = Gearchiveerd

## Profiel

profile-title = Je profiel
profile-intro = Wordt gebruikt om je brieven te ondertekenen. Het blijft op deze computer.
profile-name = Naam
profile-email = E-mailadres
profile-signature = Handtekening
profile-signature-hint = Sluit je brieven af in plaats van je naam, bijv. naam, functie, telefoonnummer
profile-letter-language = Standaardtaal voor brieven
profile-formality = Aanspreekvorm
profile-formality-help = De aanspreekvorm geldt waar de taal van de brief die onderscheidt: u of je in het Nederlands, Sie of du in het Duits, keigo of eenvoudig beleefd Japans.
formality-formal = Formeel
formality-informal = Informeel

## Panelen

tab-checklist = Beslischecklist
tab-mobility = Verhuisoverzicht
tab-channel = Kanaal
tab-editor = Sjablooneditor

## Kop van de sollicitatie

header-company = Bedrijf
header-role = Functie
header-contact = Contactpersoon
header-stage = Fase
header-status = Stand van zaken
header-reply-by = Antwoord uiterlijk
header-date-interview = Datum gesprek
header-date-offer = Datum aanbod
header-date-hint = JJJJ-MM-DD
header-date-invalid = Schrijf de datum als JJJJ-MM-DD, bijv. 2026-11-26.
stage-after-interview = Na het gesprek
stage-after-offer = Na het aanbod

# Toegankelijke naam van een keuze in een groep, bijv. “Fase: Na het aanbod”.
choice-accessible-name = { $group }: { $choice }

## Beslischecklist

checklist-title = Moet je nee zeggen?
# Het advies verschijnt met de redenen eronder opgesomd.
checklist-intro = Beantwoord vijf vragen. Het advies hieronder vermeldt ook de redenen; het blijft een advies, de beslissing ligt bij jou.
checklist-use-weights = Vragen wegen (geef aan hoe zwaar elke vraag voor je telt)
checklist-blocker = Wat staat in de weg?
checklist-blocker-name = { $question }: wat staat in de weg
checklist-blocker-negotiable = Hierover valt te onderhandelen.
checklist-blocker-fundamental = Onderhandelen lost dit niet op.
blocker-group-negotiable = Onderhandelbaar
blocker-group-fundamental = Past fundamenteel niet
blocker-compensation = Salaris en arbeidsvoorwaarden
blocker-start-date = Startdatum
blocker-role-scope = Inhoud van de functie
blocker-remote-work = Thuiswerken of flexibel werken
blocker-relocation-support = Hulp bij de verhuizing
blocker-values = Waarden
blocker-way-of-working = Manier van werken
blocker-long-term-direction = Richting op lange termijn
blocker-personal-compromise = Gezin, visum of gezondheid
checklist-weight = Hoe zwaar het telt
checklist-weight-name = { $question }: hoe zwaar het telt
# Hoe zwaar een vraag voor de gebruiker weegt, 1 tot 5; staat na de schuifregelaar.
weight-1 = een beetje: het is niet doorslaggevend
weight-2 = enigszins
weight-3 = vrij zwaar
weight-4 = zwaar
weight-5 = het is essentieel
checklist-note-hint = Notitie (optioneel)
checklist-note-name = { $question }: notitie
checklist-suggestion = Je verhuisoverzicht wijst op “{ $answer }”.
checklist-suggestion-net = Je verhuisoverzicht wijst op “{ $answer }”, uitgaande van het salaris na belasting.
checklist-suggestion-gross = Je verhuisoverzicht wijst op “{ $answer }”, uitgaande van het salaris vóór belasting. Vul beide belastingtarieven in om te vergelijken wat je overhoudt.
checklist-suggestion-use = Overnemen
checklist-suggestion-use-name = { $question }: suggestie overnemen
checklist-q-career-goals = Past de functie bij je loopbaandoelen voor de komende 12 tot 24 maanden?
checklist-q-career-goals-help = Denk aan waar je over een of twee jaar wilt staan, niet alleen aan de volgende stap.
checklist-q-career-goals-short = Loopbaandoelen
checklist-q-pay-after-costs = Zijn salaris en arbeidsvoorwaarden acceptabel als je de kosten van levensonderhoud en de verhuizing meerekent?
checklist-q-pay-after-costs-help = Vergelijk wat je met het geld kunt kopen waar je zou gaan wonen, niet alleen het bedrag.
checklist-q-pay-after-costs-short = Salaris na kosten
checklist-q-growth = Is er een geloofwaardig pad om te groeien en door te stromen?
checklist-q-growth-help = Heeft iemand met voorbeelden beschreven hoe mensen in deze functie zijn gegroeid?
checklist-q-growth-short = Groei
# Hier is “ja” het waarschuwingsantwoord (bij de andere vragen is dat “nee”).
checklist-q-compromise = Zou je bij een ja een compromis moeten sluiten waar je nog niet klaar voor bent (gezin, visum, gezondheid)?
checklist-q-compromise-help = Hier is “Ja” het antwoord dat waarschuwt.
checklist-q-compromise-short = Compromis
checklist-q-culture-fit = Passen de cultuur en de stijl van leidinggeven bij je?
checklist-q-culture-fit-help = Denk terug aan hoe de mensen die je sprak over hun werk en over elkaar praatten.
checklist-q-culture-fit-short = Cultuur en leiderschap
answer-yes = Ja
answer-no = Nee
answer-not-sure = Weet ik nog niet
answer-unanswered = Niet beantwoord

verdict-label = Advies:
verdict-decline = Nee zeggen
verdict-decline-advice = Eén duidelijk punt waarop het niet past, is reden genoeg. Zeg snel en vriendelijk nee, en houd de deur open.
verdict-negotiate-first = Eerst onderhandelen
verdict-negotiate-first-advice = Over wat in de weg staat, valt te onderhandelen. Vraag ernaar voordat je nee zegt; daarna kun je nog altijd bedanken.
verdict-lean-accept = Eerder ja
verdict-lean-accept-advice = Niets hier pleit voor nee. Zeg pas ja als je het zeker weet, en stop dan met solliciteren bij andere werkgevers.
verdict-undecided = Nog onbeslist
verdict-undecided-advice = Zeg geen ja zolang je twijfelt. Vraag om bedenktijd, noem de datum waarop je antwoordt en zoek uit wat je nog mist.
verdict-reasons = Omdat:
reason-fundamental-blocker = { $question }: { $blocker } — past niet, en onderhandelen lost dat niet op.
reason-negotiable-blocker = { $question }: { $blocker } — een obstakel waarover te onderhandelen valt.
reason-minor = { $question }: een bezwaar, maar het weegt voor jou licht, dus het is niet doorslaggevend.
reason-unanswered = { $question }: nog niet beantwoord.
reason-not-sure = { $question }: je weet het nog niet zeker.
reason-all-favourable = Elk antwoord pleit voor de functie.
# Je neigt naar nee, maar wat in de weg staat, is alleen onderhandelbaar: betere voorwaarden
# vragen voor een functie die je niet wilt, kost iedereen tijd.
reason-negotiation-not-wanted = { $question }: { $blocker } — daarover valt te onderhandelen, maar je neigt naar nee. Onderhandel alleen over een functie die je echt wilt; zeg anders nu nee.
# Over het salaris valt te onderhandelen, maar over groei of cultuur twijfel je nog: zoek dat eerst uit.
reason-doubt-before-negotiating = { $question }: je weet het nog niet zeker. Zoek dat eerst uit: onderhandel alleen over een functie die je verder wel wilt.
reason-negotiation-failed = { $question }: { $blocker }. Ze konden niet aan je verzoek tegemoetkomen, dus dit staat in de weg.
reason-negotiation-partly = { $question }: ze zijn gedeeltelijk aan je verzoek tegemoetgekomen. Beantwoord de vraag opnieuw met wat ze hebben aangeboden.
reason-negotiation-met = { $question }: ze zijn aan je verzoek tegemoetgekomen.
# Het gewogen aandeel van de gunstige antwoorden is kleiner dan de helft.
reason-weak-fit = Slechts { $percent }% van wat voor jou telt, pleit voor de functie: zeg nog geen ja.
negotiation-title = Hoe is de onderhandeling verlopen?
negotiation-pending = Nog geen antwoord
negotiation-met = Ze gingen akkoord
negotiation-partly = Gedeeltelijk
negotiation-failed = Dat zat er niet in
# De knop om nee te zeggen als je je antwoord telefonisch geeft: die opent het belscript.
verdict-call-script = Gesprek voorbereiden
verdict-write-decline = Afwijzing schrijven
verdict-write-negotiate = Brief schrijven om te onderhandelen
verdict-ask-for-time = Om bedenktijd vragen
verdict-fit = Gewogen match: { $percent }%
flip-answer = Wat het advies zou veranderen: met “{ $answer }” als antwoord op “{ $question }” wordt het “{ $verdict }”.
flip-weight = Wat het advies zou veranderen: met gewicht { $weight } voor “{ $question }” wordt het “{ $verdict }”.
# Welke kant het eigen gevoel op gaat, los van wat de checklist zegt.
inclination-label = Naar welke kant neig je?
inclination-open = Nog open
inclination-accept = Richting ja
inclination-decline = Richting nee
inclination-still-interviewing = Ik ben elders nog in gesprek
inclination-too-soon = Ja zeggen terwijl je nog twijfelt, of terwijl je elders nog in gesprek bent, is een fout die moeilijk terug te draaien is. Vraag liever om bedenktijd, en noem de datum waarop je antwoordt.
presend-title = Voordat je verstuurt
presend-advisor = Ik heb het besproken met iemand die ik vertrouw
presend-channel = Ik heb het kanaal gekozen (e-mail, of een telefoontje met een samenvatting)
presend-framework = Het bericht bedankt, geeft een duidelijke beslissing en houdt de deur open
presend-proofread = Ik heb het nagelezen op toon en taal
presend-in-time = Ik verstuur het binnen 24 tot 72 uur na mijn beslissing
presend-archived = Ik heb de sollicitatiestukken gearchiveerd en mijn zoektocht naar werk bijgewerkt
# Tooltip bij een punt dat Gracious zelf heeft afgevinkt (het kanaal is gekozen, de controle vond
# niets om te verbeteren).
presend-seen = Gracious ziet dat dit al gedaan is.
presend-summary = Controle vóór verzending: { $done } van { $total } gedaan

## Verhuisoverzicht

mobility-title = Verhuizen naar het buitenland voor deze functie?
mobility-intro = Beoordeel wat een verhuizing zou betekenen voor jou en je huishouden. Wat je nog niet weet, is de moeite waard om uit te zoeken voordat je antwoordt.
mobility-moving-abroad = Voor dit aanbod moet ik naar een ander land verhuizen
mobility-not-moving = Vink het vakje hierboven aan als het aanbod een verhuizing naar het buitenland inhoudt; het overzicht helpt je dan die af te wegen.
mobility-current-country = Je woont in
mobility-destination-country = De baan is in
# Je nationaliteiten (meer dan één mogelijk), bewaard in het profiel: die bepalen of een
# verhuizing een visum vraagt.
mobility-citizenship = Je nationaliteit
mobility-citizenship-add = Nationaliteit toevoegen
mobility-citizenship-remove = Nationaliteit verwijderen: { $country }
mobility-choose-country = Kies een land
mobility-search-country = Landen zoeken
ppp-title = Wat het salaris waard is
ppp-intro = Vul beide jaarsalarissen in, elk in de eigen valuta. Gracious vergelijkt wat je ermee kunt kopen op basis van koopkrachtgegevens van de Wereldbank: een wisselkoers is niet nodig.
ppp-amount = Salaris per jaar
ppp-currency = Valuta
ppp-tax = Belastingtarief (%)
# Een omrekenfactor voor koopkrachtpariteit (lokale munt per internationale dollar) die de
# gebruiker zelf invult in plaats van die van de Wereldbank.
ppp-override = Eigen factor
ppp-override-hint = optioneel
ppp-current-pay = Nu
ppp-offered-pay = Aanbod
ppp-worth = Naar het prijspeil in je woonland ({ $country }) is het aanbod ongeveer { $amount } per jaar waard.
ppp-change = Dat is { $change }% ten opzichte van wat je nu verdient.
# Staat bovenaan zodra beide belastingtarieven zijn ingevuld: wat je overhoudt, naar het
# prijspeil van je eigen land.
ppp-worth-net = Na belasting is het aanbod naar het prijspeil in je woonland ({ $country }) ongeveer { $amount } per jaar waard: { $change }% ten opzichte van wat je nu netto verdient.
# Het bedrag vóór belasting, onder het bedrag na belasting.
ppp-gross-beside = Vóór belasting: ongeveer { $amount } ({ $change }%).
# Waar het prijspeil van een land vandaan komt; de factor zelf staat in de tooltip.
ppp-source-data = Prijspeil { $country }: Wereldbank, { $series }, { $year }.
ppp-source-override = Prijspeil { $country }: je eigen factor.
# Tooltip: wat de koopkrachtfactor betekent, in gewone woorden.
ppp-factor-explained = In dit land ({ $country }) koop je voor { $factor } { $currency } ongeveer evenveel als voor één Amerikaanse dollar in de Verenigde Staten.
ppp-series-private = koopkracht voor consumptie door huishoudens
ppp-series-gdp = koopkracht voor de hele economie (bbp)
ppp-unreliable = De prijzen in dit land ({ $country }) stijgen snel en deze factor is meer dan een jaar oud: zie de uitkomst als een ruwe schatting.
ppp-national = Dit zijn landelijke gemiddelden: een grote stad kan veel duurder zijn. Weet je een betere factor, vul die dan in.
ppp-incomplete = Kies beide landen en vul beide salarissen in om te zien wat het aanbod waard is.
ppp-not-positive = Vul elk salaris in als een bedrag groter dan nul.
ppp-no-data = De Wereldbank heeft geen bruikbare koopkrachtgegevens voor dit land ({ $country }). Gracious gaat niet gokken: vul zelf een factor in als je die hebt.
ppp-currency-mismatch = De gegevens voor dit land ({ $country }) zijn in { $currency }: vul dat salaris in { $currency } in.
ppp-sources = Gegevensbronnen
visa-title = Visum en startdatum
visa-processing-weeks = Behandeltijd visum (weken)
visa-start-date = Startdatum
visa-in-time = { $weeks ->
    [0] Het visum zou net op tijd binnen moeten zijn, zonder speling.
    [one] Het visum zou op tijd binnen moeten zijn, met { $weeks } week speling.
   *[other] Het visum zou op tijd binnen moeten zijn, met { $weeks } weken speling.
}
visa-late = Het visum zou ongeveer { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    } na de startdatum binnenkomen. Vraag om een latere startdatum, of om hulp om de aanvraag te versnellen.
visa-unknown = Vul de behandeltijd en de startdatum in om te zien of het op tijd lukt.
# Of een visum nodig is, hangt af van de nationaliteit: dit staat er dan in plaats van de visumvragen.
visa-free-own = Geen visum nodig: je hebt de nationaliteit van het land van de baan ({ $country }).
visa-free-eu = Geen visum of werkvergunning nodig: als staatsburger van { $citizenship } mag je in { $country } wonen en werken (vrij verkeer van personen in de EU, de EER en Zwitserland).
visa-free-cta = Geen visum of werkvergunning nodig: met je nationaliteit ({ $citizenship }) mag je wonen en werken in het land van de baan ({ $country }), dankzij de gemeenschappelijke reiszone van Ierland en het Verenigd Koninkrijk (Common Travel Area).
visa-free-tasman = Geen visumaanvraag nodig: als staatsburger van { $citizenship } mag je in { $country } wonen en werken (Trans-Tasman Travel Arrangement tussen Australië en Nieuw-Zeeland).
visa-partner-note = Of je partner daar mag werken, hangt af van diens eigen nationaliteit: beoordeel dat hieronder.
# Of de naam van de stad of het land (“werken in Londen”) meer trekt dan de baan zelf.
mobility-prestige = Is de plek zelf (de naam, het aanzien) een groot deel van de aantrekkingskracht?
mobility-weight-name = { $factor }: hoe zwaar het telt
# Het gewogen aandeel van de beoordeelde factoren dat gunstig is (onbekende buiten beschouwing).
mobility-score = Van wat je tot nu toe weet, spreekt { $percent }% voor de verhuizing, als elke factor meetelt naar hoe belangrijk die voor je is.
mobility-trap-prestige = De plek lijkt meer te trekken dan de functie. Zou je dezelfde functie ook in je eigen land aannemen?
mobility-trap-visa-late = Het visum zou pas na de startdatum komen. Dat is een reden om over de startdatum te onderhandelen, niet om af te haken: vraag om een latere start.
mobility-horizon = Vooruitblik: 12 tot 24 maanden
mobility-toward-place = Brengt het je dichter bij een plek of een visum dat je graag wilt?
mobility-builds-skills = Bouw je er vaardigheden mee op die een latere verhuizing makkelijker maken?
mobility-horizon-warning = Geen van beide: deze verhuizing dient je plannen op langere termijn niet.
mobility-factor-visa = Visum en werkvergunning
# “Sponsorship”: de werkgever vraagt de werkvergunning en het visum aan voor de kandidaat.
mobility-factor-visa-help = Hoe stevig staat de werkgever achter de aanvraag van je werkvergunning, en komt de vergunning vóór de startdatum?
mobility-factor-relocation = Verhuisvergoeding
mobility-factor-relocation-help = Betaalt het bedrijf de verhuizing, tijdelijke huisvesting en reiskosten?
mobility-factor-family = Ondersteuning voor het gezin
mobility-factor-family-help = Hulp bij huisvesting, formaliteiten en het wennen, voor iedereen die meeverhuist.
mobility-factor-schooling = Scholen
mobility-factor-schooling-help = Plaatsen, onderwijstaal en schoolgeld voor de kinderen.
# De werkvergunning van de partner (en diens kansen op werk in het eigen vak), niet het
# abstracte recht op arbeid.
mobility-factor-partner-work = Werkvergunning voor je partner
mobility-factor-partner-work-help = Mag je partner daar werken, en is er werk te vinden in het eigen vakgebied?
mobility-factor-cost-of-living = Kosten van levensonderhoud tegenover het salaris
mobility-factor-cost-of-living-help = Wat je daar met het salaris kunt kopen, niet alleen de wisselkoers.
mobility-factor-health-care = Zorg en sociale zekerheid
mobility-factor-health-care-help = Verzekering, pensioen en ziekteverlof, vergeleken met wat je nu hebt.
mobility-factor-language = Taal en cultuur voor het huishouden
mobility-factor-language-help = Redt iedereen die meeverhuist zich in het dagelijks leven, en vindt iedereen er aansluiting?
mobility-factor-tax = Belasting op het salaris
mobility-factor-tax-help = Inkomstenbelasting daar, en eventuele belasting die je in je eigen land nog verschuldigd bent.
rating-good = Goed
rating-acceptable = Acceptabel
rating-poor = Slecht
rating-unknown = Onbekend
# Voor de werkvergunning van je partner en scholen, als niemand met je meeverhuist of als er geen kinderen zijn.
rating-not-applicable = Niet van toepassing
mobility-note-hint = Notitie (optioneel)
mobility-note-name = Notitie bij { $factor }
mobility-summary = Samenvatting
mobility-none = geen
mobility-strengths = Sterke punten:
mobility-risks = Risico’s:
mobility-unknowns = Nog onbekend:
mobility-traps = Let op
mobility-trap-partner-work = Of je partner daar een werkvergunning krijgt, is onzeker of nog onbekend. Dat bepaalt vaak of een verhuizing voor een stel werkt.
mobility-trap-schooling = De schoolsituatie is slecht of onbekend. Controleer plaatsen en schoolgeld voordat je beslist.
mobility-trap-tax = De belasting op het salaris is onbekend. Zoek uit wat je na belasting overhoudt.

## Kanaal

channel-title = E-mail, telefoon of video?
channel-intro = Vertel Gracious iets over het proces; dan krijg je een voorstel voor de manier waarop je je antwoord het best overbrengt.
channel-main-contact = Belangrijkste contactpersoon
channel-contact-recruiter = Een recruiter
channel-contact-hiring-manager = De toekomstige leidinggevende
channel-rounds = Gespreksrondes
channel-close-rapport = Er was een goede klik met de toekomstige leidinggevende
# Iemand van het bedrijf (een interviewer, de toekomstige leidinggevende) heeft ongewoon veel
# tijd in de kandidaat gestoken: lange gesprekken, een bezoek, persoonlijk advies.
channel-personal-time = Iemand heeft veel persoonlijke tijd in je gestoken
channel-collaboration = In de functie zou je nauw samenwerken met de mensen die je hebt gesproken
channel-relocation-visa = Een verhuizing of visum is besproken of aangeboden
channel-video-process = De gesprekken waren via video
channel-recommendation = Aanbevolen:
channel-email = E-mail
channel-phone-then-email = Een telefoontje, daarna een korte samenvatting per e-mail
channel-video-then-email = Een videogesprek, daarna een korte samenvatting per e-mail
channel-why = Waarom:
channel-reason-email-default = Niets vraagt om een persoonlijk gesprek: een e-mail legt het helder vast en respecteert ieders tijd.
channel-reason-recruiter = Je contactpersoon was een recruiter in een formeel proces; die verwacht een e-mail.
channel-reason-close-rapport = Je had een goede klik met de toekomstige leidinggevende; die hoort het het liefst van jou persoonlijk.
channel-reason-many-rounds = Je hebt meerdere rondes doorlopen; een persoonlijk woord doet recht aan die moeite.
channel-reason-personal-time = Iemand heeft je veel tijd gegeven; met een telefoontje bedank je diegene zoals het hoort.
channel-reason-collaboration = In de functie zou je nauw samenwerken; een gesprek houdt de relatie warm.
channel-reason-relocation-visa = Er lag een verhuizing of visum op tafel; misschien is daar al werk in gestoken.
channel-reason-video-process = Het proces liep via video, dus een kort videogesprek voelt vanzelfsprekend.
channel-recap-advice = Stuur na het gesprek een korte e-mail waarin je bevestigt wat je hebt gezegd.
channel-your-choice = Jouw keuze:
channel-follow = Aanbeveling volgen
channel-open-call-script = Belscript openen
channel-write-recap = Samenvatting per e-mail schrijven
call-mode-title = Belscript
call-mode-intro = Zeg het in je eigen woorden; dit is de volgorde die werkt. Houd het kort en hartelijk.

## Antwoordtermijn

deadline-title = Wanneer antwoorden
deadline-decided-on = Je hebt besloten op
deadline-at = om
deadline-time-hint = UU:MM
deadline-decided-now = Ik heb net besloten
# De datum waarop de werkgever uiterlijk antwoord wil: de harde deadline.
deadline-their-date = Hun deadline: { $date }.
deadline-not-decided = Nog niet besloten: de 24 tot 72 uur voor je antwoord gaan in zodra je besluit.
deadline-window-past = Er zijn meer dan 72 uur verstreken sinds je besluit. Antwoord nu, vóór hun deadline.
deadline-overdue-their = Hun deadline is verstreken. Antwoord vandaag nog: een laat antwoord is veel beter dan zwijgen.
deadline-invalid = Schrijf de datum als JJJJ-MM-DD en de tijd als UU:MM (24-uursnotatie).
deadline-answer-by = Antwoord uiterlijk { $due } — liefst al vóór { $ideal }.
# Het ideale moment (24 uur na de beslissing) is voorbij, de uiterste termijn nog niet.
deadline-answer-by-late = Antwoord uiterlijk { $due }. Het ideale moment ({ $ideal }) is al voorbij.
# Zodra de sollicitatie als afgeslagen is gemarkeerd: het aftellen stopt.
deadline-answered-on = Beantwoord op { $date }.
deadline-answered = Beantwoord.
deadline-left-ideal = Nog { $duration }. Dit is het beste moment om te antwoorden.
deadline-left = Nog { $duration }.
deadline-overdue = { $duration } te laat. Antwoord vandaag nog: een laat antwoord is veel beter dan zwijgen.
deadline-need-time = Meer tijd nodig? Zeg het nu, en noem de datum waarop je antwoordt.
duration-days = { $n ->
    [one] 1 dag
   *[other] { $n } dagen
}
duration-hours = { $n ->
    [one] 1 uur
   *[other] { $n } uur
}
duration-minutes = { $n ->
    [one] 1 minuut
   *[other] { $n } minuten
}

## Tijdlijn

timeline-title = Na je beslissing
timeline-day-1 = Dag 1
timeline-day-2 = Dag 2
timeline-days-3-7 = Dag 3 tot 7
timeline-stay-in-touch = Contact houden
step-draft = Stel het bericht op
step-choose-channel = Kies het kanaal
step-book-call = Plan het gesprek in
step-send-or-call = Verstuur het bericht, of bel
step-send-recap = Stuur na het gesprek de samenvatting per e-mail
step-archive = Archiveer de sollicitatiestukken
step-tracker = Werk je sollicitatieoverzicht bij
step-refocus = Steek de vrijgekomen tijd in functies die beter passen
step-close-visa = Rond het papierwerk voor visum of verhuizing af
step-reimbursements = Bevestig eventuele terugbetalingen of verplichtingen
step-connect = Leg contact met een persoonlijk berichtje
step-offer-help = Bied hulp aan, bijv. door een vakgenoot aan te bevelen
step-future-roles = Vraag of ze aan je willen denken voor toekomstige functies
timeline-write-note = Schrijf een berichtje om contact te houden
channel-timing = Antwoord binnen 24 tot 72 uur na je beslissing. Heb je meer tijd nodig, zeg dat dan meteen en noem de datum. Zwijgen is het slechtste antwoord.

## Sjablooneditor

editor-title = Je brief
editor-scenario = Situatie
scenario-withdraw-after-interview = Na een gesprek: past niet goed
scenario-accepted-other-offer = Na een aanbod: ander aanbod aangenomen
scenario-not-right-fit-after-offer = Na een aanbod: past niet goed
scenario-after-negotiation = Na onderhandelingen: het definitieve aanbod afslaan
scenario-relocation-not-feasible = Na een aanbod: verhuizing niet haalbaar voor het gezin
scenario-negotiate-instead = Liever onderhandelen: ruimte verkennen
scenario-ask-for-time = Bedenktijd vragen: noem de datum van je antwoord
scenario-call-recap = Na een telefoongesprek: samenvatting per e-mail
scenario-stay-connected = Contact houden: een kort netwerkbericht
scenario-interview-call-script = Na een gesprek: belscript
scenario-visa-unworkable = Na een aanbod: visum of werkvergunning niet haalbaar (e-mail na het gesprek)
scenario-counteroffer = Blijven bij je werkgever na een tegenbod
scenario-many-rounds-call-script = Na veel gespreksrondes: belscript
scenario-active-relocation = Tijdens een verhuizing: open over verplichtingen
scenario-repair = Herstelbericht na een ongelukkig verwoorde afwijzing
scenario-reopen = Terugkomen op een functie die je eerder afsloeg
scenario-improved-offer-hold = Reactie van de werkgever: een beter aanbod, je besluit blijft staan
scenario-improved-offer-reopen = Reactie van de werkgever: een beter aanbod dat je op andere gedachten brengt
scenario-what-would-it-take = Reactie van de werkgever: “Wat zou je over de streep trekken?”
scenario-call-after-decline = Reactie van de werkgever: ze willen bellen na je mail
scenario-keep-cv-on-file = Reactie van de werkgever: mogen ze je cv bewaren?
scenario-exit-questionnaire = Reactie van de werkgever: een vragenlijst over de procedure
scenario-are-you-sure = Reactie van de werkgever: een laat “Weet je het zeker?”
editor-letter-language = Taal van de brief
editor-letter-language-same = Zelfde als de interface ({ $language })
editor-letter-language-profile = Uit je profiel ({ $language })
editor-sender = Je naam
editor-subject = Onderwerp
editor-body = Bericht
editor-unfilled = Nog in te vullen: { $placeholders }
editor-copy = Kopiëren
# “Kopiëren” zet de tekst van de brief (zonder onderwerp) op het klembord; het onderwerp heeft een
# eigen knop, voor het onderwerpveld van de e-mail.
editor-copy-subject = Onderwerp kopiëren
# Staat naast de kopieerknop tot de tekst verandert.
editor-copied = Gekopieerd
# Wordt aangeboden zodra de brief is gekopieerd, opgeslagen of aan het e-mailprogramma is doorgegeven.
editor-mark-declined = Markeren als afgeslagen
editor-reset = Terugzetten naar sjabloon
editor-formality = Aanspreekvorm
editor-to = Aan
# Hoe de brief de contactpersoon aanspreekt; wordt alleen gevraagd waar de taal van de brief dat nodig heeft.
editor-address = Aanspreekvorm
editor-script-note = Dit is een belscript: zeg het in je eigen woorden en stuur daarna de samenvatting per e-mail.
editor-answer-date = Ik antwoord uiterlijk op
editor-answer-date-past = Kies een datum na vandaag: de brief mag geen antwoord beloven op een datum die al voorbij is.
# Een antwoord van één zin voor als de werkgever vraagt waarom; staat bij het belscript en in de editor.
why-title = Als ze vragen waarom
editor-network-note = Voor een connectieverzoek: geen onderwerp en hoogstens 300 tekens (nu { $count }).
editor-network-too-long = { $count ->
    [one] 1 teken: kort het in tot hoogstens 300, zodat het in een connectieverzoek past.
   *[other] { $count } tekens: kort het in tot hoogstens 300, zodat het in een connectieverzoek past.
}
editor-relocation-check = Kijk wat je contract zegt over verhuiskosten voordat je belooft iets terug te betalen.
editor-fill = Invullen
editor-fill-name = Waarde voor { $placeholder }
editor-save-txt = Opslaan als tekst…
editor-save-eml = Opslaan als e-mailconcept (.eml)…
editor-mail-client = Openen in e-mailprogramma
editor-copy-refused = Vul { $placeholders } in voordat je kopieert.
editor-export-refused = Vul { $placeholders } in voordat je de tekst ergens heen stuurt.
editor-mail-failed = Er kon geen e-mailprogramma worden geopend ({ $error }). Kopieer de tekst in plaats daarvan.
editor-mail-opened = Geopend in je e-mailprogramma.
editor-group-builtin = Ingebouwde sjablonen
editor-group-mine = Mijn sjablonen
editor-customised = (jouw versie)

## Controle

review-title = Controle
review-intro = Getoetst aan de opbouw: erkennen, beslissen, reden geven, bedanken, contact houden, vervolgstappen, afsluiten.
review-acknowledge = Verwijst naar het gesprek of het aanbod
review-decision = Noemt de beslissing duidelijk
review-reason = Geeft een korte reden
review-gratitude = Bedankt
review-stay-in-touch = Biedt aan contact te houden
review-next-steps = Noemt vervolgstappen
review-sign-off = Sluit af met een groet
review-present = aanwezig
review-missing = ontbreekt
review-optional = optioneel, niet gevonden
review-length-words = { $length ->
    [one] { $length } woord (blijf onder de { $max }).
   *[other] { $length } woorden (blijf onder de { $max }).
}
review-length-chars = { $length ->
    [one] { $length } teken (blijf onder de { $max }).
   *[other] { $length } tekens (blijf onder de { $max }).
}
review-too-long = Het wordt lang: zeg minder, dan komt de beslissing duidelijker over.
review-too-short = Wat kort: vanaf { $min } klinkt het hartelijker. Schrijf erbij wat je waardeerde, of wie je wilt bedanken.
review-over-explains = De reden beslaat { $sentences } zinnen: één is genoeg, de details mag je voor jezelf houden.
review-critical = “{ $text }” { $why }
review-critical-pay = is kritiek op het salaris.
review-critical-process = is kritiek op hoe de sollicitatieprocedure verliep.
review-critical-people = is kritiek op iemand die je hebt ontmoet.
review-critical-employer = is kritiek op het bedrijf.
review-critical-kinder = Vriendelijker: “{ $kinder }”.
review-critical-leave-out = Laat het weg: je beslissing staat ook zonder.
review-misspelled = { $count ->
    [one] Eén woord is misschien verkeerd gespeld (onderstreept). Klik er met de rechtermuisknop op voor suggesties.
   *[other] { $count } woorden zijn misschien verkeerd gespeld (onderstreept). Klik met de rechtermuisknop op een ervan voor suggesties.
}
review-no-dictionary = Geen spellingcontrole: er staat geen woordenboek voor { $language } op deze computer. Installeer daarvoor het Hunspell-woordenboek van je systeem, of voeg er zelf een toe (.aff en .dic) via Bestand → Spellingwoordenboek toevoegen.
review-dictionary-loading = Spellingwoordenboek wordt ingelezen…
review-no-spelling-here = Geen spellingcontrole voor { $language }: Gracious controleert de spelling met Hunspell-woordenboeken, en die bestaan niet voor deze taal.
review-dictionary-unreliable = Geen spellingcontrole: het woordenboek voor { $language } op deze computer kent gewone woorden als “{ $word }” niet en zou dus fouten aanwijzen in correcte brieven. Voeg een beter woordenboek toe (.aff en .dic) via Bestand → Spellingwoordenboek toevoegen.
review-personal = Dit is letterlijk het sjabloon. Voeg één zin van jezelf toe: wat je waardeerde, of wie je wilt bedanken.
spell-add-word = Toevoegen aan woordenboek
spell-no-suggestions = Geen suggesties
spell-looking = Suggesties worden gezocht…
editor-review-as = Controleren als
dictionary-added = Spellingwoordenboek toegevoegd voor { $language }.
dictionary-failed = Dat woordenboek kon niet worden toegevoegd ({ $path }): { $error }
review-unfilled = Nog niet ingevuld in de tekst: { $placeholders }
review-all-good = Niets te verbeteren.

## Mijn sjablonen

templates-title = Mijn sjablonen
templates-name = Naam van het sjabloon
templates-save-new = Deze brief opslaan als nieuw sjabloon
templates-save-version = Opslaan als mijn versie van dit sjabloon
templates-restore = Oorspronkelijk sjabloon terugzetten
templates-rename = Naam van “{ $name }”
templates-duplicate = “{ $name }” dupliceren
templates-delete = “{ $name }” verwijderen
templates-use = “{ $name }” gebruiken
templates-use-short = Gebruiken
templates-confirm-delete = Echt verwijderen
templates-none = Je hebt nog geen eigen sjablonen. Sla een brief op om hem opnieuw te gebruiken; bedrijf, functie en namen worden dan weer invulvelden.
templates-import = Sjablonen importeren…
templates-export = Mijn sjablonen exporteren…
templates-saved = Opgeslagen als “{ $name }”.
templates-imported = { $count ->
    [one] Eén sjabloon geïmporteerd.
   *[other] { $count } sjablonen geïmporteerd.
}
templates-copy-name = { $name } (kopie)
header-contact-email = E-mailadres contactpersoon

## Over Gracious

about-title = Over Gracious
about-intro = Gracious helpt je om snel, duidelijk en vriendelijk nee te zeggen tegen een baan. Alles blijft op deze computer.
about-version = Versie { $version }
about-data = Gegevensbronnen en licenties
about-data-body = De koopkrachtvergelijking gebruikt de PPP-omrekenfactoren van de Wereldbank, gepubliceerd onder de licentie Creative Commons Naamsvermelding 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious bevat ze in bewerkte vorm en beperkt tot het meest recente jaar van elke reeks; Bulgarije is omgerekend van leva naar euro’s en Zimbabwe is weggelaten. De Wereldbank onderschrijft Gracious niet. Landnamen en notaties van getallen, bedragen en datums komen uit de Unicode CLDR.

## Eerste gebruik

welcome-title = Welkom bij Gracious
welcome-body = Gracious helpt je een baan af te slaan na een gesprek of aanbod: snel, duidelijk en vriendelijk, in je eigen taal.
welcome-steps = Beantwoord vijf korte vragen, kies hoe je het laat weten en schrijf je antwoord op basis van een sjabloon, met een controle voordat je het verstuurt.
welcome-start = Met mijn eigen sollicitatie beginnen
welcome-example = Een voorbeeld bekijken
welcome-private = Alles wat je typt, blijft op deze computer.
# Boven de voorbeeldsollicitatie; “het voorbeeld” is één verzonnen aanbod.
example-banner = Dit is een voorbeeld met verzonnen gegevens: alle panelen zijn ingevuld, zodat je ziet hoe alles werkt.
example-remove = Voorbeeld verwijderen
# Achter de titel van het voorbeeld in de lijst met sollicitaties.
cases-example = voorbeeld

## Volgende stap

# Vóór de knop met het ene ding dat nu te doen is, bijv. “Volgende stap: [Brief schrijven]”.
next-label = Volgende stap:
next-answer-checklist = Checklist invullen
# De checklist zegt dat de functie bij de gebruiker past: er valt niets af te slaan.
next-lean-accept = Je neigt naar ja: voorlopig hoef je nergens nee tegen te zeggen.
next-lean-accept-short = Eerder ja
next-review-checklist = Checklist nalopen
next-pick-channel = Kiezen hoe je het laat weten
next-write-letter = Brief schrijven
# $deadline is een weekdag en datum, eventueel met tijd, bijv. “do 26 nov, 14:00”.
next-send-by = Uiterlijk { $deadline } versturen
next-send = Je antwoord versturen
next-mark-sent = Markeren als verstuurd
# $phase is een periode zoals “Dag 3 tot 7”; $step is een taak zoals “Werk je sollicitatieoverzicht bij”.
next-step = { $phase }: { $step }
next-step-done = Gedaan
# Toegankelijke naam van de knop “Gedaan”; $step is de taak die wordt afgevinkt.
next-step-done-name = Markeren als gedaan: { $step }
next-all-done = Hier hoef je niets meer te doen.
# Onder elke sollicitatie in de lijst; $action is een van de volgende stappen hierboven.
cases-next = Volgende: { $action }
# Wordt door schermlezers na de naam van een paneel uitgesproken, bijv. “Kanaal (afgerond)”.
tab-state-done = afgerond
tab-state-attention = vraagt aandacht
# Knop naast het aanbevolen kanaal: de aanbeveling als je keuze overnemen.
channel-use-recommendation = Hiervoor kiezen

## Date picker

date-pick = Datum kiezen in de kalender: { $field }
date-previous-month = Vorige maand
date-next-month = Volgende maand
date-today = Vandaag
date-clear = Wissen
date-close = Sluiten
date-day-today = { $date } (vandaag)

## Eén venster per gegevensmap

# Verschijnt als Gracious een tweede keer met dezelfde gegevens wordt gestart; $path is de gegevensmap.
notice-already-open = Gracious is al geopend met je gegevens ({ $path }). Dit venster is alleen om ze te bekijken: wat je hier wijzigt, wordt niet opgeslagen. Sluit het en ga verder in het venster dat al open is.

## Afsluiten met niet-opgeslagen wijzigingen

quit-title = Je laatste wijzigingen zijn niet opgeslagen
# $error is de reden die het systeem geeft, bijv. “Permission denied (os error 13)”.
quit-save-failed = Gracious kon je laatste wijzigingen niet opslaan ({ $error }). Als je nu afsluit, gaan ze verloren.
quit-read-only = Dit venster slaat niets op (je gegevens zijn in een ander venster geopend). Als je nu afsluit, gaan de wijzigingen die je hier hebt gemaakt verloren.
quit-retry = Opnieuw proberen op te slaan
# Opent een bestandsvenster om alle gegevens (alle sollicitaties, het profiel, eigen sjablonen) naar een bestand te schrijven.
quit-export = Alles in een bestand opslaan…
quit-anyway = Afsluiten zonder op te slaan

## Aanbiedingen vergelijken: het totale pakket naast elkaar

menu-compare = Aanbiedingen vergelijken
compare-title = Aanbiedingen vergelijken
compare-close = Vergelijking sluiten
compare-intro = Zet je aanbiedingen naast je huidige baan: elk onderdeel van het pakket, wat elke baan per jaar waard is naar het prijspeil van het land waar je nu woont, en hoe die scoort in de beslischecklist en het verhuisoverzicht.
compare-choose = Vergelijken
compare-current-job = Je huidige baan
# Je huidige baan, genoemd midden in een zin (compare-summary, compare-summary-net).
compare-current-job-in-text = je huidige baan
# $max is het grootste aantal banen dat je tegelijk kunt vergelijken (4).
compare-too-many = Je kunt maximaal { $max } banen tegelijk vergelijken.
compare-horizon = Eenmalige bedragen en aandelen spreiden over
compare-horizon-years = { $years ->
    [one] { $years } jaar
   *[other] { $years } jaar
}
compare-horizon-help = Welkomstbonus, verhuisvergoeding en aandelen tellen mee per jaar dat je blijft. Vier jaar is de gebruikelijke vestingperiode.
compare-packages = Wat elke baan betaalt
compare-packages-intro = Bedragen per jaar en vóór belasting, in de valuta van de baan zelf. Laat weg wat je niet weet: Gracious gaat nooit gokken. Grijze waarden komen uit het verhuisoverzicht.
compare-equity-private = Aandelen in een niet-beursgenoteerd bedrijf
compare-results = Naast elkaar
compare-empty = Kies er minstens twee om te vergelijken: je huidige baan en een aanbod, of twee aanbiedingen.
compare-row-verdict = Advies van de checklist
compare-row-fit = Match volgens de checklist
compare-row-total = Totaal per jaar, in valuta van de baan
compare-row-total-home = Totaal per jaar, prijspeil van je woonland
compare-row-net-home = Na belasting, prijspeil van je woonland
compare-row-basis = Prijzen vergeleken op basis van
compare-row-leave = Betaald verlof
compare-row-notice = Opzegtermijn
compare-row-start = Vroegste startdatum
compare-row-deadline = Antwoord uiterlijk
compare-row-mobility = Score verhuisoverzicht
compare-row-traps = Waarschuwingen bij de verhuizing
# Je huidige baan in de adviesrij: die is het ijkpunt, niet iets om over te beslissen.
compare-reference = je ijkpunt
# Markeert het beste cijfer van een rij; $value is dat cijfer.
compare-best = { $value } · beste
compare-leave-value = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} (goed voor { $amount })
compare-notice-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weken
}
compare-not-moving = geen verhuizing
compare-no-traps = geen
compare-not-given = —
compare-basis-same = zelfde land
compare-basis-data = Wereldbank, { $year }
compare-basis-override = je eigen factor
# $country is waar de gebruiker nu woont; $job en $second zijn de namen van twee kolommen.
compare-summary = Naar het prijspeil in je woonland ({ $country }) is { $job } het meeste waard: { $amount } per jaar, { $difference } meer dan { $second }.
# $part is een onderdeel van het pakket, bijv. “bonus”.
compare-summary-why = Het grootste verschil zit in het onderdeel { $part }.
compare-summary-net = Na belasting houd je het meeste over bij { $job }.
compare-summary-none = Vul voor twee banen minstens het basissalaris en het land in om te zien welke meer waard is.
compare-note-equity-private = { $job }: de aandelen zijn van een niet-beursgenoteerd bedrijf. Misschien zijn ze niets waard tot het bedrijf wordt verkocht of naar de beurs gaat.
compare-note-cliff = { $job }: vóór maand { $months } komen er geen aandelen vrij (cliff), en die maand valt na de vergeleken periode.
# $part is hier altijd de welkomstbonus of de verhuisvergoeding (beide de-woorden).
compare-note-repayable = { $job }: de { $part } moet je terugbetalen als je vóór maand { $months } vertrekt. Dat valt na de vergeleken periode, dus telt het bedrag niet mee.
compare-note-bonus-amount = { $job }: er is zowel een bonusbedrag als een percentage ingevuld; het bedrag wordt gebruikt.
compare-note-no-base = { $job }: nog geen basissalaris, dus geen totaal.
compare-note-not-a-number = { $job }: “{ $field }” is geen getal waarmee Gracious kan rekenen.
compare-note-no-country = { $job }: kies het land om deze baan te vergelijken naar het prijspeil van je woonland.
compare-note-no-factor = { $job }: er zijn geen koopkrachtgegevens voor dit land ({ $country }). Vul zelf een factor in om te kunnen vergelijken.
compare-note-currency = { $job }: de gegevens voor dit land ({ $country }) zijn in { $currency }. Vul de bedragen in { $currency } in, of geef een eigen factor op.
compare-note-tax = Na belasting: het belastingtarief van elke baan wordt toegepast op het hele totaal van die baan.
compare-chart-total = Totaal per jaar naar het prijspeil van je woonland, per onderdeel
compare-chart-fit = Hoe goed elke baan past (procent)
compare-chart-checklist = Match volgens de checklist
compare-chart-mobility = Score verhuisoverzicht
compare-chart-alt = Grafiek. Dezelfde cijfers staan in de tabel hierboven.
compare-accept = Dit aanbod aannemen
# Voor schermlezers: wat de knop doet, met de naam van het aanbod.
compare-accept-name = { $job } aannemen en de brieven voorbereiden waarmee je de andere aanbiedingen afslaat
compare-accepted = { $job } is gemarkeerd als geaccepteerd. De brieven aan { $others } zeggen nu nee, omdat je een ander aanbod hebt aangenomen.
compare-export-csv = Exporteren als CSV…
compare-export-text = Exporteren als tekst…
compare-text-title = Aanbiedingen vergeleken op { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = Naar het prijspeil in je woonland ({ $country }); eenmalige bedragen en aandelen gespreid over { $years ->
    [one] { $years } jaar
   *[other] { $years } jaar
}.
pay-field-country = Land
pay-field-currency = Valuta
pay-field-base = Basissalaris
pay-field-bonus-percent = Beoogde bonus (%)
pay-field-bonus-amount = Bonusbedrag
pay-field-equity-grant = Aandelen: waarde van de toekenning
pay-field-equity-years = Aandelen: vestingperiode (jaren)
pay-field-equity-cliff = Aandelen: cliff (maanden)
pay-field-sign-on = Welkomstbonus
pay-field-sign-on-repay = Welkomstbonus: terugbetaalplicht (maanden)
pay-field-relocation = Verhuisvergoeding
pay-field-relocation-repay = Verhuizing: terugbetaalplicht (maanden)
pay-field-pension = Pensioen: werkgeversdeel (% basissalaris)
pay-field-benefits = Secundaire voorwaarden (waarde per jaar)
pay-field-leave = Betaald verlof (dagen)
pay-field-notice = Opzegtermijn (weken)
pay-field-start = Vroegste startdatum
pay-field-tax = Belastingtarief (%)
pay-field-factor = Eigen prijsfactor
pay-part-base = basissalaris
pay-part-bonus = bonus
pay-part-equity = aandelen
pay-part-sign-on = welkomstbonus
pay-part-relocation = verhuisvergoeding
pay-part-pension = pensioen
pay-part-benefits = secundaire voorwaarden
checklist-suggestion-total-net = De vergelijking van aanbiedingen wijst op “{ $answer }”, uitgaande van het totale pakket na belasting tegenover je huidige baan.
checklist-suggestion-total-gross = De vergelijking van aanbiedingen wijst op “{ $answer }”, uitgaande van het totale pakket vóór belasting tegenover je huidige baan. Vul beide belastingtarieven in om te vergelijken wat je overhoudt.

## Na het versturen: hun reactie, je beloftes, de mensen die je hebt ontmoet, de agenda
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = Na het versturen
menu-export-calendar = Alle datums exporteren naar een agendabestand…
followup-intro = Na je nee blijft het zelden bij één bericht. Leg vast wat ze terugschrijven, kom je beloftes na en zet de datums in je agenda.
followup-open = “Na het versturen” openen

followup-reply-title = Reactie van de werkgever
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = Nieuw salarisaanbod: { $pay }
followup-reply-answer = Antwoorden met:
followup-reply-earlier-letter = De brief waarop ze reageerden
followup-they-replied = Ze hebben gereageerd
followup-reply-on = Reactie ontvangen op
followup-reply-kind = Wat ze vragen
followup-reply-new-pay-field = Nieuw jaarsalaris
followup-reply-improved-note = Met een beter aanbod ligt je beslissing weer open: voordat je antwoordt, stelt de checklist de salarisvraag opnieuw, op basis van de nieuwe bedragen.
followup-reply-note = Wat ze schreven (optioneel, voor je eigen overzicht)
followup-reply-date-invalid = Vul de datum in waarop hun reactie binnenkwam.
followup-record-reply = Reactie vastleggen
reply-kind-improved-offer = Een beter aanbod
reply-kind-what-would-it-take = “Wat zou je over de streep trekken?”
reply-kind-ask-for-call = Ze willen bellen na je mail
reply-kind-keep-cv = Mogen ze je cv bewaren?
reply-kind-questionnaire = Een vragenlijst over de procedure
reply-kind-are-you-sure = “Weet je het zeker?”
status-reply-recorded = Hun reactie is vastgelegd en de brief waarmee je antwoordt, staat klaar in de sjablooneditor. De brief waarop ze reageerden, blijft bewaard onder “Na het versturen”.
status-reply-improved = Hun betere aanbod is vastgelegd en je beslissing ligt weer open. Beantwoord de salarisvraag op basis van de nieuwe bedragen en kies daarna je antwoord onder “Na het versturen”.

followup-promises-title = Je beloftes
followup-call-on = Belafspraak op
followup-no-promises = Nog geen beloftes. Wat je in je brieven belooft, verschijnt hier vanzelf; voeg zelf toe wat je verder nog hebt beloofd.
followup-add-promise = Belofte toevoegen
followup-promise-what = Wat
followup-promise-to = Aan wie
followup-promise-due = Uiterlijk
followup-remove = Verwijderen
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = Geef { $company } je antwoord
promise-questionnaire = Stuur de vragenlijst terug
promise-call = Telefoongesprek met { $contact }
promise-return-property = Geef de documenten terug en alles wat { $company } je voor de verhuizing heeft geleend
promise-settle-money = Verreken de verhuisvergoeding of welkomstbonus met { $company }, zoals je contract bepaalt
promise-claim-reimbursements = Declareer de kosten die { $company } heeft toegezegd te vergoeden
promise-check-in = Neem opnieuw contact op met { $name }
promise-untitled = Belofte zonder omschrijving
promise-done = gedaan
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
    [one] een dag te laat ({ $when })
   *[other] { $days } dagen te laat ({ $when })
}
promise-due-today = uiterlijk vandaag ({ $when })
promise-due-soon = { $days ->
    [one] uiterlijk morgen ({ $when })
   *[other] binnen { $days } dagen ({ $when })
}
promise-due-later = uiterlijk { $when }
promise-undated = nog geen datum
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Bekijken

followup-people-title = Mensen die je hebt ontmoet
followup-no-people = Voeg de mensen toe die je hebt ontmoet, zodat contact houden niet van je geheugen afhangt.
followup-person-name = Naam
followup-person-role = Functie
followup-person-reach = Bereikbaar via
followup-person-connected = Connectie op een professioneel netwerk
followup-person-last-contact = Laatste contact
followup-person-check-in = Weer contact opnemen op
followup-write-to = Schrijf een berichtje om contact te houden
followup-add-person = Persoon toevoegen

followup-calendar-title = Je agenda
followup-calendar-note = Exporteer als agendabestand (.ics), met herinneringen: de deadline voor je antwoord, je beloftes, de belafspraak, de stappen na je beslissing en de momenten waarop je weer contact opneemt. Importeer je het opnieuw, dan worden dezelfde afspraken bijgewerkt in plaats van dubbel toegevoegd. Alles blijft op deze computer.
followup-export-calendar = Datums van deze sollicitatie exporteren…
followup-export-calendar-all = Datums van alle sollicitaties exporteren…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what } ({ $company })
ics-reply-by = Deadline voor je antwoord
ics-answer-window = Verstuur je antwoord: 72 uur na je beslissing
# $title: the opportunity (company · role).
ics-description = { $title }. Gemaakt met Gracious.
# $name: the person the promise was made to.
ics-to-whom = aan { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: je sollicitaties
# In de lijst met sollicitaties, naast een sollicitatie met beloftes die uiterlijk vandaag moeten of al te laat zijn. $count: hoeveel.
cases-promises-due = { $count ->
    [one] een belofte nu in te lossen
   *[other] { $count } beloftes nu in te lossen
}
# Naast de datumkiezer in de brief die reageert op een vragenlijst over de procedure.
editor-questionnaire-date = Ik retourneer de vragenlijst uiterlijk op
# Een belafspraak waarvan de dag voorbij is, in de lijst met beloftes. $when: de weekdag, datum en tijd.
promise-call-past = was op { $when }: vink het af als het heeft plaatsgevonden
