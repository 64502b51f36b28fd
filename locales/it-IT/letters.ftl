# Modelli di lettera (it-IT). Variabili: $company, $role, $contact, $sender (il nome),
# $signature (la firma del profilo, altrimenti il nome), $formality (formal / informal),
# $address (come rivolgersi al contatto, così come è stato scritto, altrimenti $contact) e
# $address_given («yes» se è stato scritto un appellativo, altrimenti «no»: una lingua il cui saluto
# richiede una forma propria, come il vocativo, saluta senza il nome quando non è indicata).
# $company e $role arrivano così come sono stati scritti («Nordlicht GmbH», «IBM», «Eni»;
# «Ingegnera del software»): niente articoli o preposizioni articolate davanti, né «e» davanti a un
# nome che inizia per e: «in { $company }», «presso { $company }», «il ruolo di { $role }».
# Un campo vuoto compare come segnaposto tra parentesi quadre, ad es. «[azienda]».

placeholder-company = azienda
placeholder-role = ruolo
placeholder-contact = nome del contatto
placeholder-sender = il suo nome
placeholder-date = data della risposta

# Una data come si scrive nelle lettere. $day, $month e $year sono numeri, $monthname il nome del mese.
# Il primo giorno del mese si scrive «1º».
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} { $monthname } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

letter-withdraw-after-interview-subject = { $formality ->
    [informal] La mia decisione sul ruolo di { $role }
   *[formal] Candidatura per il ruolo di { $role }: la mia decisione
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per il colloquio relativo al ruolo di { $role } in { $company }. Mi ha fatto molto piacere conoscere il team e sentir parlare dei progetti che avete in cantiere.

        Ci ho pensato a lungo e ho deciso di ritirare la mia candidatura. Il ruolo non va nella direzione che voglio dare alla mia carriera in questo momento, e preferisco dirtelo subito piuttosto che rubarti altro tempo.

        Grazie a te e a tutto il team per il tempo che mi avete dedicato e per il clima aperto dei nostri colloqui. Mi piacerebbe restare in contatto: spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per il colloquio relativo alla posizione di { $role } presso { $company }. È stato un vero piacere conoscere il team e i progetti che lo attendono.

        Dopo un'attenta riflessione, ho deciso di ritirare la mia candidatura. Il ruolo non corrisponde alla direzione che desidero dare al mio percorso professionale, e ritengo corretto comunicarlo subito, senza impegnare ulteriormente il Suo tempo.

        Ringrazio Lei e tutto il team per il tempo che mi avete dedicato e per la disponibilità dimostrata. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie davvero per avermi offerto il ruolo di { $role } in { $company } e per l'attenzione che mi hai dedicato durante tutta la selezione.

        Ho deciso di rinunciare all'offerta: ho detto sì a un'altra proposta, un po' più in linea con i miei piani, e non è stata una scelta facile.

        Ho grande stima di quello che state costruendo e ti ringrazio per la fiducia che mi hai dimostrato. Mi farebbe piacere restare in contatto, e spero che un giorno avremo l'occasione di lavorare insieme.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio sentitamente per avermi offerto la posizione di { $role } presso { $company } e per l'attenzione dimostrata durante tutto il processo di selezione.

        Ho deciso di declinare l'offerta. Ho accettato un'altra posizione, un po' più vicina ai miei progetti professionali, e non è stata una scelta facile.

        Nutro grande stima per ciò che il Suo team sta costruendo e La ringrazio per la fiducia che mi ha accordato. Sarei felice di restare in contatto e mi auguro che in futuro si presenti l'occasione di lavorare insieme.

        Con i migliori saluti,
        { $signature }
}

# Dopo un'offerta, quando è il ruolo in sé a non andare bene (valori, modo di lavorare, direzione)
# o per un motivo personale che non riguarda un trasferimento. Volutamente neutra: il motivo
# non viene spiegato.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per avermi offerto il ruolo di { $role } in { $company } e per il tempo che tu e il team mi avete dedicato.

        Ci ho pensato a lungo e ho deciso di rinunciare all'offerta. Alla fine ho capito che in questo momento il ruolo non fa per me, e preferisco dirtelo subito piuttosto che farti aspettare.

        Mi ha fatto molto piacere conoscere il team e ti ringrazio per la fiducia che mi hai dimostrato. Mi piacerebbe restare in contatto, e spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per avermi offerto la posizione di { $role } presso { $company } e per il tempo che Lei e il team mi avete dedicato.

        Dopo un'attenta riflessione, ho deciso di declinare l'offerta. Ho concluso che in questo momento il ruolo non è quello giusto per me, e ritengo corretto comunicarlo subito, senza prolungare la Sua attesa.

        È stato un vero piacere conoscere il team, e La ringrazio per la fiducia che mi ha accordato. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}

# Dopo aver chiesto condizioni migliori (retribuzione, data di inizio, giorni da remoto…) che il
# datore di lavoro non ha potuto concedere. Ringrazia del tentativo e non riapre la trattativa.
letter-after-negotiation-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per aver rivisto le condizioni dell'offerta per il ruolo di { $role } in { $company } e per la chiarezza con cui mi hai detto che cosa era possibile.

        Ho valutato con attenzione l'offerta finale e ho deciso di rinunciare. Capisco i vincoli con cui dovete fare i conti e li rispetto; alla fine, però, la differenza per me è ancora troppo grande.

        Ti ringrazio per il tempo e l'impegno che ci hai dedicato. Mi piacerebbe restare in contatto, e spero che un'altra volta avremo l'occasione di lavorare insieme.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per aver riesaminato le condizioni dell'offerta per la posizione di { $role } presso { $company } e per la trasparenza con cui mi ha spiegato che cosa era possibile.

        Dopo un'attenta valutazione, ho deciso di declinare l'offerta finale. Comprendo i vincoli entro cui vi trovate a operare e li rispetto; tuttavia, il divario resta per me troppo ampio.

        Le sono riconoscente per il tempo e l'impegno che ha dedicato a questa trattativa. Sarei felice di restare in contatto e mi auguro che in futuro si presenti l'occasione di lavorare insieme.

        Cordiali saluti,
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per avermi offerto il ruolo di { $role } in { $company }: è stata davvero una bella notizia.

        Ne abbiamo parlato a lungo a casa e purtroppo devo rinunciare. Trasferirci adesso non è possibile per la mia famiglia, e non potrei dare al ruolo l'impegno che merita.

        Ti ringrazio di cuore per il tempo che mi hai dedicato e per l'aiuto con il trasloco che mi avete offerto. Se più avanti si aprisse un ruolo compatibile con la mia situazione, sarei felice di sentirti; intanto mi piacerebbe restare in contatto.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per avermi offerto la posizione di { $role } presso { $company }: è stata una proposta molto gradita.

        Dopo averne parlato a lungo in famiglia, devo purtroppo declinare la proposta. In questo momento un trasferimento non è praticabile per noi, e non potrei dedicare al ruolo l'impegno che merita.

        Apprezzo sinceramente il tempo che mi ha dedicato e il supporto offerto per il trasferimento. Se in futuro dovesse aprirsi una posizione compatibile con la mia situazione, sarei felice di avere Sue notizie; nel frattempo, mi farebbe piacere restare in contatto.

        Un cordiale saluto,
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }: qualche domanda
   *[formal] La Sua offerta per il ruolo di { $role }: alcune domande
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per l'offerta relativa al ruolo di { $role } in { $company }. Il ruolo e il team mi interessano davvero.

        Prima di darti una risposta, vorrei chiarire con te alcuni punti: [ciò che vorresti cambiare, ad es. lo stipendio, la data di inizio o i giorni di lavoro da remoto]. Mi piacerebbe capire se su questo c'è un po' di flessibilità.

        Riusciamo a sentirci per qualche minuto questa settimana? Vorrei prendere una decisione che vada bene per entrambe le parti, e apprezzo molto la tua disponibilità.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per l'offerta relativa alla posizione di { $role } presso { $company }. Il ruolo e il team mi interessano sinceramente.

        Prima di rispondere, vorrei approfondire con Lei alcuni punti: [ciò che vorrebbe cambiare, ad es. la retribuzione, la data di inizio o i giorni di lavoro da remoto]. Vorrei capire se su questi aspetti esiste un margine di flessibilità.

        Sarebbe possibile fissare un breve colloquio nei prossimi giorni? Desidero prendere una decisione che soddisfi entrambe le parti e apprezzo molto la Sua disponibilità.

        Cordiali saluti,
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per l'offerta relativa al ruolo di { $role } in { $company }. Mi ha fatto molto piacere riceverla, e voglio valutarla con tutta la cura che merita.

        Ti andrebbe bene se ti dessi la mia risposta definitiva entro il { $date }? Qualunque cosa decida, mi farò sentire entro quella data.

        Se vi serve una risposta prima, fammelo sapere e farò il possibile per rispettare i vostri tempi.

        Grazie per la comprensione!

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per l'offerta relativa alla posizione di { $role } presso { $company }. La apprezzo molto e desidero valutarla con la cura che merita.

        Le andrebbe bene se Le dessi la mia risposta definitiva entro il { $date }? Qualunque sia la mia decisione, mi farò sentire entro quella data.

        Se avesse bisogno di una risposta prima, me lo faccia sapere e farò il possibile per rispettare i Suoi tempi.

        La ringrazio per la comprensione.

        Cordiali saluti,
        { $signature }
}

# Una frase, neutra e vera, per quando chiedono «perché?» (detta durante una chiamata o aggiunta a
# una lettera). L'app sceglie quella che corrisponde all'ostacolo indicato nella checklist;
# why-general quando non ne è indicato nessuno. Parla la persona candidata; la frase non dà mai la
# colpa al datore di lavoro. Sono scritte senza tu né Lei, così vanno bene in entrambi i registri
# (questi messaggi non hanno variabili, quindi nemmeno $formality).
why-compensation = In definitiva, il pacchetto retributivo nel suo insieme non è compatibile con la mia situazione.
why-start-date = I tempi non coincidono: non potrei iniziare quando il team ha bisogno di me.
why-role-scope = Il perimetro del ruolo non corrisponde del tutto a ciò che cerco per il mio prossimo passo.
why-remote-work = L'organizzazione del lavoro, tra presenza in sede e lavoro da remoto, non è compatibile con la mia situazione.
why-relocation-support = A queste condizioni il trasferimento non sarebbe praticabile per me.
why-values = Cerco un ambiente di lavoro diverso, e ritengo giusto dirlo con franchezza.
why-way-of-working = Il modo di lavorare non corrisponde del tutto a quello in cui rendo al meglio.
why-long-term-direction = Il ruolo non va nella direzione che desidero dare al mio percorso professionale.
why-personal-compromise = Per motivi personali, questo non è il momento giusto per un cambiamento del genere.
why-general = Ho concluso che, in questo momento, non è il passo giusto per me.

# La traccia della chiamata: cosa dire, nell'ordine dello schema (ringraziamento, decisione,
# motivo, gratitudine, restare in contatto, prossimi passi). I paragrafi compaiono uno alla volta, a caratteri grandi.
# $why è una delle frasi why-* qui sopra, scelta in base al motivo indicato nella checklist.
call-script = { $formality ->
    [informal]
        Ciao { $contact }, grazie per avermi risposto. Hai qualche minuto?

        Prima di tutto grazie ancora a te e al team per il tempo che mi avete dedicato durante la selezione per il ruolo di { $role } in { $company }.

        Ci ho pensato con calma e ho deciso di non andare avanti.

        { $why }

        Ho apprezzato tantissimo la disponibilità di tutte le persone che ho incontrato, e dai nostri colloqui ho imparato molto.

        Mi piacerebbe restare in contatto. Dopo la chiamata ti mando una breve e-mail per riassumere quello che abbiamo detto.

        Grazie ancora, e buon lavoro a te e a tutto il team!
   *[formal]
        Buongiorno { $contact }, grazie per avermi risposto. Ha qualche minuto?

        Innanzitutto grazie ancora a Lei e al team per il tempo che mi avete dedicato durante la selezione per il ruolo di { $role } presso { $company }.

        Ci ho riflettuto con attenzione e ho deciso di non proseguire.

        { $why }

        Ho apprezzato molto la disponibilità di tutte le persone che ho incontrato, e dai nostri colloqui ho imparato tanto.

        Mi farebbe piacere restare in contatto. Dopo la chiamata Le invierò una breve e-mail per confermare quanto abbiamo detto.

        Grazie ancora, e buon lavoro a Lei e a tutto il team.
}

# Inviata lo stesso giorno, dopo la chiamata in cui la persona candidata ha rinunciato.
letter-call-recap-subject = { $formality ->
    [informal] Dopo la nostra chiamata di oggi
   *[formal] A seguito della nostra conversazione telefonica
}
letter-call-recap-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie ancora per la telefonata di oggi.

        Come ti ho detto durante la chiamata, ho deciso di non andare avanti con la candidatura per il ruolo di { $role } in { $company }. Non è stata una decisione facile, e sono riconoscente a te e al team per tutto quello che avete condiviso con me.

        Mi piacerebbe restare in contatto, e vi auguro di trovare presto la persona giusta.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio ancora per la conversazione telefonica di oggi.

        Come anticipato durante la chiamata, ho deciso di non proseguire con la candidatura per il ruolo di { $role } presso { $company }. Non è stata una decisione facile, e sono riconoscente a Lei e al team per tutto ciò che avete condiviso con me.

        Sarei felice di restare in contatto e Le auguro ogni successo nella ricerca della persona giusta.

        Cordiali saluti,
        { $signature }
}

# Un messaggio per un invito su un social network professionale: niente oggetto e al massimo
# 300 caratteri con i nomi inseriti (il limite di questi inviti), quindi va tenuto così breve.
letter-stay-connected-body = { $formality ->
    [informal]
        Ciao { $contact }, grazie ancora per le nostre chiacchierate sul ruolo di { $role } in { $company }. Questa volta non è andata in porto, ma mi ha fatto davvero piacere conoscere te e il team, e mi piacerebbe restare in contatto.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact }, La ringrazio ancora per i nostri colloqui sul ruolo di { $role } presso { $company }. Anche se questa volta non è andata in porto, è stato un piacere conoscere Lei e il team, e sarei felice di restare in contatto.

        Cordiali saluti,
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Ciao { $contact }, sono { $sender }. Grazie per avermi risposto: hai un paio di minuti?

        Grazie ancora per il colloquio sul ruolo di { $role } in { $company }. Mi ha fatto piacere conoscere il team.

        Ci ho pensato bene e ho deciso di ritirare la mia candidatura. Il ruolo non va nella direzione che voglio dare alla mia carriera.

        Ti sono riconoscente per il tempo che mi hai dedicato e per la disponibilità di tutti.

        Mi piacerebbe restare in contatto. Grazie ancora, e buon lavoro!
   *[formal]
        Buongiorno { $contact }, sono { $sender }. Grazie per avermi risposto: ha un paio di minuti?

        La ringrazio ancora per il colloquio relativo alla posizione di { $role } presso { $company }. È stato un piacere conoscere il team.

        Ci ho riflettuto con attenzione e ho deciso di ritirare la mia candidatura. Il ruolo non corrisponde alla direzione che desidero dare al mio percorso professionale.

        Le sono riconoscente per il tempo che mi ha dedicato e per la disponibilità che tutti mi hanno dimostrato.

        Mi farebbe piacere restare in contatto. Grazie ancora, e buon lavoro.
}

# «Sponsorship»: l'azienda chiede il permesso di lavoro e il visto per conto della persona
# candidata; dire «permesso di lavoro», non un calco di «sponsorship».
letter-visa-unworkable-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie ancora per la chiacchierata di oggi e per l'offerta relativa al ruolo di { $role } in { $company }.

        Come ti ho spiegato al telefono, ho deciso di rinunciare all'offerta. Con i tempi del visto e del permesso di lavoro non riuscirei a iniziare quando il team ha bisogno di me, e non voglio rallentare i vostri piani.

        Sono davvero riconoscente a te e al team per tutto l'impegno che ci avete messo per far funzionare le cose. Mi piacerebbe restare in contatto, e spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio ancora per la conversazione di oggi e per l'offerta relativa alla posizione di { $role } presso { $company }.

        Come Le ho spiegato al telefono, ho deciso di declinare l'offerta. I tempi necessari per il visto e il permesso di lavoro non mi permetterebbero di iniziare quando il team ha bisogno di me, e non vorrei essere d'ostacolo alla vostra pianificazione.

        Sono molto riconoscente a Lei e al team per l'impegno con cui avete cercato di rendere possibile questa soluzione. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}

# La persona candidata resta presso il datore di lavoro attuale, che le ha fatto un'offerta migliore.
letter-counteroffer-subject = { $formality ->
    [informal] La tua offerta per il ruolo di { $role }
   *[formal] La Sua offerta per il ruolo di { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per avermi offerto il ruolo di { $role } in { $company } e per il tempo che mi hai dedicato durante tutta la selezione.

        Dopo averci pensato a lungo, ho deciso di rinunciare all'offerta. La mia attuale azienda mi ha fatto una proposta che mi permette di crescere proprio nella direzione che cercavo, e ho scelto di rimanere lì.

        Ti ringrazio per la fiducia e per tutto quello che ho scoperto sul vostro team. Mi piacerebbe restare in contatto: spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per avermi offerto la posizione di { $role } presso { $company } e per il tempo che mi ha dedicato durante tutto il processo di selezione.

        Dopo una lunga riflessione, ho deciso di declinare l'offerta. Il mio attuale datore di lavoro mi ha proposto un percorso di crescita proprio nella direzione che cercavo, e ho scelto di rimanere in azienda.

        Le sono riconoscente per la fiducia e per tutto ciò che ho potuto conoscere del Suo team. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Ciao { $contact }, sono { $sender }. Grazie per avermi risposto: è un buon momento?

        Prima di tutto, grazie. Tu e il team mi avete dedicato tantissimo tempo in questi colloqui, e non lo do per scontato.

        Ho deciso di non andare avanti con la selezione per il ruolo di { $role } in { $company }. È stata una decisione difficile, e volevo che lo sapessi direttamente da me.

        Ho apprezzato ogni conversazione e ho imparato molto dalle persone che ho conosciuto.

        Mi piacerebbe davvero restare in contatto. Oggi stesso ti mando una breve e-mail per confermare quello che abbiamo detto.
   *[formal]
        Buongiorno { $contact }, sono { $sender }. Grazie per avermi risposto: è un buon momento per parlare?

        Prima di tutto, grazie. Lei e il team mi avete dedicato molto tempo in questi colloqui, e non lo do affatto per scontato.

        Ho deciso di non proseguire con la selezione per il ruolo di { $role } presso { $company }. È stata una decisione difficile, e volevo che lo sapesse direttamente da me.

        Ho apprezzato ogni conversazione e ho imparato molto dalle persone che ho incontrato.

        Mi farebbe davvero piacere restare in contatto. Oggi stesso Le invierò una breve e-mail per confermare quanto abbiamo detto.
}

# Non promette alcun rimborso prima di aver verificato il contratto.
letter-active-relocation-subject = { $formality ->
    [informal] Il ruolo di { $role } e il mio trasferimento
   *[formal] La posizione di { $role } e il mio trasferimento
}
letter-active-relocation-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per tutto il supporto che tu e il team di { $company } mi avete dato per il ruolo di { $role } e per il trasferimento.

        Purtroppo devo dirti che ho deciso di rinunciare al ruolo. So che il trasferimento è già in corso, quindi voglio essere trasparente su quello che è già stato fatto: [elenco delle pratiche avviate, dei beni aziendali ricevuti, delle spese già sostenute].

        Restituirò tutto ciò che appartiene all'azienda. Per le spese già sostenute, verifico che cosa prevede il nostro accordo e poi ci sentiamo per capire come regolarle; intanto fammi sapere come preferite gestire il resto.

        Ti ringrazio davvero per l'aiuto e mi dispiace per il lavoro in più che vi sto causando. Mi piacerebbe restare in contatto.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per tutto il supporto che Lei e il team di { $company } mi avete offerto per la posizione di { $role } e per il trasferimento.

        Con rammarico Le comunico che ho deciso di rinunciare all'incarico. So che il trasferimento è già in corso, per questo desidero essere trasparente su quanto è già stato fatto: [elenco delle pratiche avviate, dei beni aziendali ricevuti, delle spese già sostenute].

        Restituirò tutto ciò che appartiene all'azienda. Quanto alle spese già sostenute, verificherò che cosa prevede il nostro accordo e La ricontatterò per concordare come regolarle. Per il resto, mi faccia sapere come preferisce procedere.

        La ringrazio sinceramente per il Suo aiuto e mi scuso per il lavoro aggiuntivo che questo comporta. Sarei felice di restare in contatto.

        Cordiali saluti,
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Ancora sul mio ultimo messaggio
   *[formal] In merito al mio precedente messaggio
}
letter-repair-body = { $formality ->
    [informal]
        Ciao { $contact },

        ho ripensato al messaggio con cui ho rinunciato al ruolo di { $role } in { $company }, e temo che non sia arrivato nel modo in cui lo intendevo.

        Ci tengo a dirtelo chiaramente: sono davvero riconoscente a te e al tuo team per il tempo e l'attenzione che mi avete dedicato. La mia decisione dipendeva dalla mia situazione, non da te né dall'azienda.

        Se posso esserti utile in qualche modo, per esempio segnalandoti qualcuno per il ruolo, lo farò volentieri. E, se ti va, mi piacerebbe restare in contatto.

        Grazie per la comprensione.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        ripensando al modo in cui ho declinato la posizione di { $role } presso { $company }, ho l'impressione che il mio messaggio non abbia trasmesso ciò che intendevo.

        Ci tengo quindi a dirlo con chiarezza: sono sinceramente riconoscente a Lei e al Suo team per il tempo e l'attenzione che mi avete dedicato. La mia decisione dipendeva dalla mia situazione personale, non da Lei né dall'azienda.

        Se posso essere d'aiuto in qualche modo, ad esempio segnalando un profilo adatto al ruolo, lo farò volentieri. Mi farebbe anche piacere restare in contatto, se per Lei va bene.

        La ringrazio per la comprensione.

        Cordiali saluti,
        { $signature }
}

# Scritta qualche tempo dopo una rinuncia, quando la situazione è cambiata. Dice che cosa è
# cambiato (la parte tra parentesi quadre) e mette in conto che la posizione sia già coperta.
letter-reopen-subject = { $formality ->
    [informal] Il ruolo di { $role } in { $company }
   *[formal] La posizione di { $role } presso { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie ancora per aver pensato a me per il ruolo di { $role } in { $company }. All'epoca avevo rinunciato, e ho apprezzato molto la gentilezza con cui hai accolto la mia decisione.

        Da allora la mia situazione è cambiata: [che cosa è cambiato, ad es. ora la mia famiglia può trasferirsi]. Oggi il ruolo va proprio nella direzione che voglio prendere. Immagino che la posizione possa essere già stata coperta; se però fosse ancora aperta, o ce ne fosse una simile, mi piacerebbe molto riparlarne.

        Riusciamo a sentirci nelle prossime settimane?

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio ancora per aver preso in considerazione la mia candidatura per la posizione di { $role } presso { $company }. Allora avevo declinato, e ho molto apprezzato la cortesia con cui ha accolto la mia decisione.

        Nel frattempo la mia situazione è cambiata: [che cosa è cambiato, ad es. ora la mia famiglia può trasferirsi]. Oggi il ruolo corrisponde alla direzione che desidero prendere. Sono consapevole che la posizione potrebbe essere già stata coperta; se fosse ancora aperta, o ce ne fosse una simile, sarei molto felice di riparlarne.

        Sarebbe possibile fissare un breve colloquio nelle prossime settimane?

        Cordiali saluti,
        { $signature }
}

# Se le lettere in questa lingua distinguono il registro (Lei/tu, Sie/du, keigo…): «yes» o «no».
letter-formality-marked = yes
# Se il saluto richiede una forma propria per rivolgersi al contatto (il vocativo: uk «пані Олено»,
# pl «pani Anno»): «yes» fa sì che l'editor la chieda, con l'esempio qui sotto. In italiano basta
# «Gentile { $contact }».
letter-address-asked = no
# Un esempio di appellativo, mostrato nel campo vuoto (solo dove viene chiesto).
letter-address-hint = ad es. Sig.ra Weber

## Rispondere alla loro risposta. Scritte dopo che la persona candidata ha rinunciato (o ha chiesto
## tempo) e l'azienda ha risposto. Ognuna mantiene il tono della rinuncia: breve, cordiale, sincero.

# L'azienda ha migliorato l'offerta dopo la rinuncia; la decisione resta. Ringrazia per l'impegno e
# non lascia intendere che una cifra più alta cambierebbe qualcosa.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: il ruolo di { $role } in { $company }
   *[formal] Re: la posizione di { $role } presso { $company }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per il messaggio e per la nuova offerta relativa al ruolo di { $role } in { $company }. Apprezzo davvero che tu abbia insistito con il team per me.

        Ci ho pensato con calma e la mia decisione resta la stessa: non accetterò l'offerta. Non è mai stata solo una questione di soldi, e non vorrei che teneste il ruolo aperto per me.

        Grazie a te e ai tuoi colleghi per tutto l'impegno che ci avete messo. Mi piacerebbe restare in contatto, e spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per il Suo messaggio e per l'offerta migliorativa relativa alla posizione di { $role } presso { $company }. Apprezzo molto che abbia perorato la mia causa con il team.

        Ci ho riflettuto con attenzione e la mia decisione resta invariata: non accetterò l'offerta. Non è mai stata soltanto una questione economica, e non vorrei che la posizione restasse in sospeso per causa mia.

        Sono sinceramente riconoscente a Lei e ai Suoi colleghi per l'impegno dedicato a questa proposta. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}

# L'azienda ha migliorato l'offerta e questo cambia le cose: la persona candidata lo dice con
# sincerità e indica la data della risposta vera e propria ($date, la stessa data dell'impegno preso
# nell'app). La parte tra parentesi quadre va scritta con parole proprie. Nessuna parola di rinuncia:
# la lettera non deve sembrare un rifiuto.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] La tua nuova offerta per il ruolo di { $role }
   *[formal] La Sua nuova offerta per la posizione di { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per la nuova offerta relativa al ruolo di { $role } in { $company }. Non me l'aspettavo, e la apprezzo davvero.

        Ti dico la verità: le nuove condizioni cambiano le cose per me, e vorrei ripensarci con calma invece di risponderti su due piedi. [che cosa è cambiato, ad es. ora il nuovo stipendio copre le spese del trasferimento]

        Ti andrebbe bene se ti dessi la mia risposta entro il { $date }? Se ti è utile, possiamo anche sentirci prima.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per la nuova offerta relativa alla posizione di { $role } presso { $company }. Non me l'aspettavo, e la apprezzo molto.

        Le dico con franchezza che le nuove condizioni cambiano la mia valutazione, e vorrei riconsiderare la mia decisione con la dovuta attenzione anziché rispondere subito. [che cosa è cambiato, ad es. ora il nuovo stipendio copre le spese del trasferimento]

        Le andrebbe bene se Le dessi la mia risposta entro il { $date }? Se Le è utile, sono disponibile per un confronto anche prima di allora.

        Cordiali saluti,
        { $signature }
}

# L'azienda chiede «che cosa ti/Le farebbe cambiare idea?». La risposta onesta quando nulla
# nell'offerta cambierebbe la decisione: dirlo con gentilezza, senza aprire una trattativa che la
# persona candidata non porterebbe a termine. (Se i soldi la cambierebbero, conviene negoziare.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: il ruolo di { $role } in { $company }
   *[formal] Re: la posizione di { $role } presso { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per la risposta e per avermi chiesto che cosa potrebbe farmi cambiare idea. Per me è un bel complimento.

        Preferisco dirtelo chiaramente piuttosto che avviare una trattativa che non riuscirei a portare fino in fondo. La mia decisione di rinunciare all'offerta non cambia: dipende dalla mia situazione, non da qualcosa che si potrebbe modificare nell'offerta.

        Grazie ancora per la tua apertura e per il tempo che mi hai dedicato. Mi piacerebbe restare in contatto, e spero che un giorno avremo l'occasione di lavorare insieme.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per la Sua risposta e per avermi chiesto che cosa potrebbe farmi cambiare idea. Considero la Sua domanda un vero complimento.

        Preferisco parlarLe con franchezza piuttosto che avviare una trattativa che non potrei portare a termine. La mia decisione di declinare l'offerta resta invariata: dipende dalla mia situazione personale, non da un aspetto dell'offerta che si possa modificare.

        La ringrazio ancora per la Sua apertura e per il tempo che mi ha dedicato. Sarei felice di restare in contatto e mi auguro che in futuro si presenti l'occasione di lavorare insieme.

        Cordiali saluti,
        { $signature }
}

# L'azienda chiede una telefonata dopo la rinuncia via e-mail. La persona candidata accetta una
# breve chiamata e dice prima che la decisione resta, così nessuno prepara una controfferta
# inutilmente. La parte tra parentesi quadre è per gli orari proposti.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: il ruolo di { $role } in { $company }
   *[formal] Re: la posizione di { $role } presso { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per la risposta e per la voglia di parlarne a voce. Certo, una breve chiamata va benissimo.

        Così puoi organizzarti, te lo dico subito: la mia decisione di non accettare il ruolo di { $role } resta la stessa, e la chiamata non la cambierà. Mi farebbe comunque piacere ringraziarti direttamente e rispondere alle tue domande.

        Ti andrebbe bene uno di questi orari? [due o tre fasce orarie possibili, con giorno e ora]

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per la Sua risposta e per il desiderio di parlarne a voce. Sono senz'altro disponibile per una breve telefonata.

        Per permetterLe di organizzarsi, Le anticipo fin d'ora che la mia decisione di non accettare la posizione di { $role } resta invariata, e che la telefonata non la cambierà. Mi farebbe comunque piacere ringraziarLa direttamente e rispondere alle Sue eventuali domande.

        Le andrebbe bene uno di questi orari? [due o tre fasce orarie possibili, con giorno e ora]

        Cordiali saluti,
        { $signature }
}

# L'azienda chiede se può conservare il CV per posizioni future (il GDPR richiede il consenso). La
# persona candidata acconsente e lascia la porta aperta.
letter-keep-cv-on-file-subject = Re: conservazione del mio CV
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per il messaggio e per aver pensato a me per future posizioni in { $company }.

        Certo, puoi tenere il mio CV e la mia candidatura. Mi fa piacere ricevere notizie di posizioni in linea con la mia esperienza, e mi piacerebbe restare in contatto.

        Grazie ancora per l'attenzione che mi hai dedicato durante tutta la selezione.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per il Suo messaggio e per aver pensato a me per future posizioni presso { $company }.

        Sì, acconsento volentieri alla conservazione del mio CV e della mia candidatura. Mi farà piacere ricevere notizie di posizioni in linea con la mia esperienza, e sarei felice di restare in contatto.

        La ringrazio ancora per la cura e l'attenzione dimostrate durante tutto il processo di selezione.

        Cordiali saluti,
        { $signature }
}

# L'azienda invia un questionario di feedback sul processo di selezione. La persona candidata
# accetta di compilarlo e dice entro quando; le osservazioni vanno nel questionario, non qui.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: questionario sulla selezione per il ruolo di { $role }
   *[formal] Re: questionario sulla selezione per la posizione di { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per il messaggio e per aver chiesto la mia opinione sulla selezione per il ruolo di { $role } in { $company }.

        Compilerò volentieri il questionario e te lo rimanderò entro il { $date }. Spero che le mie risposte vi siano utili.

        Grazie ancora per il tempo e l'attenzione che mi hai dedicato.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per il Suo messaggio e per aver chiesto la mia opinione sul processo di selezione per la posizione di { $role } presso { $company }.

        Compilerò volentieri il questionario e lo invierò entro il { $date }. Mi auguro che le mie risposte vi siano utili.

        La ringrazio ancora per il tempo e l'attenzione che mi ha dedicato.

        Cordiali saluti,
        { $signature }
}

# Un «è sicuro?» tardivo dell'azienda, qualche giorno dopo la rinuncia. La persona candidata
# conferma la decisione con gentilezza e in poche parole, senza riaprirla.
letter-are-you-sure-subject = { $formality ->
    [informal] Re: il ruolo di { $role } in { $company }
   *[formal] Re: la posizione di { $role } presso { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        Ciao { $contact },

        grazie per il messaggio e per avermi scritto di nuovo a proposito del ruolo di { $role } in { $company }.

        Sì, confermo: ci ho pensato bene e la mia decisione di rinunciare all'offerta non cambia.

        Ho apprezzato davvero il tempo e la fiducia che mi hai dato. Mi piacerebbe restare in contatto, e spero che le nostre strade si incrocino di nuovo.

        Un caro saluto,
        { $signature }
   *[formal]
        Gentile { $contact },

        La ringrazio per il Suo messaggio e per avermi scritto ancora a proposito della posizione di { $role } presso { $company }.

        Sì, Le confermo la mia scelta: ci ho riflettuto con attenzione e la mia decisione di declinare l'offerta resta invariata.

        Ho apprezzato molto il tempo e la fiducia che mi ha accordato. Sarei felice di restare in contatto e spero che le nostre strade si incrocino di nuovo.

        Cordiali saluti,
        { $signature }
}
