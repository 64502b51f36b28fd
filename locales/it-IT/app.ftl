# Gracious — testi dell'interfaccia (it-IT).
# Ogni lingua ha esattamente gli stessi ID di messaggio di en-US.
#
# Per chi traduce: «lei» nell'interfaccia è la persona che usa Gracious, che sta valutando se
# rinunciare a un lavoro; «l'azienda», «il datore di lavoro» e «il contatto» sono la società e la
# persona che ci lavora (recruiter o hiring manager). Una «candidatura» è una selezione o un'offerta.
# Nei testi si dà del lei; sui pulsanti e nelle voci di azione l'infinito (comandi brevi come
# Salva, Apri, Copia restano nella forma consueta). Mai tu.

app-title = Gracious
# Tra gli elementi di un elenco, ad es. «Visto, Tasse». Tra virgolette per conservare lo spazio.
list-separator = { ", " }

## Menu

menu-file = File
menu-new-case = Nuova candidatura
menu-export-case = Esporta questa candidatura…
menu-export-workspace = Esporta tutti i dati…
menu-export-csv = Esporta l'elenco in CSV…
menu-import = Importa…
menu-add-dictionary = Aggiungi un dizionario ortografico…
menu-profile = Profilo
menu-about = Informazioni
menu-language = Lingua
menu-language-system = Lingua di sistema ({ $language })
menu-theme = Tema
theme-system = Come il sistema
theme-light = Chiaro
theme-dark = Scuro

## Avvisi e stato

notice-dismiss = Chiudi
notice-save-failed = Impossibile salvare le modifiche in { $folder } ({ $error }). Gracious le conserva in memoria e riproverà: non chiuda l'app.
notice-missing-font = { $count ->
    [one] Un carattere non può essere visualizzato perché nessun font installato lo contiene. Installi un font per la sua lingua (su Debian o Ubuntu: fonts-noto-cjk per cinese, giapponese e coreano).
    [many] { $count } di caratteri non possono essere visualizzati perché nessun font installato li contiene. Installi un font per la sua lingua (su Debian o Ubuntu: fonts-noto-cjk per cinese, giapponese e coreano).
   *[other] { $count } caratteri non possono essere visualizzati perché nessun font installato li contiene. Installi un font per la sua lingua (su Debian o Ubuntu: fonts-noto-cjk per cinese, giapponese e coreano).
}
problem-empty = il file era vuoto
problem-malformed = il file è danneggiato o non è un file di Gracious ({ $detail })
problem-future-version = il file è stato scritto da una versione più recente di Gracious (formato { $version })
problem-unreadable = impossibile leggere il file ({ $detail })
notice-set-aside = Non è stato possibile caricare i dati salvati: { $problem }. Non è stato eliminato nulla: il file è stato spostato in { $path }.
notice-left-in-place = Non è stato possibile caricare i dati salvati: { $problem }. Il file resta intatto in { $path } e in questa sessione Gracious non lo sovrascriverà.
notice-restored-backup = Gracious ha caricato il salvataggio precedente dalla copia di sicurezza { $path }.
notice-backup-set-aside = Non è stato possibile caricare nemmeno la copia di sicurezza: { $problem }. È stata spostata in { $path }. Gracious è partito con un'area di lavoro vuota.
status-saver-stopped = il salvataggio automatico in background si è interrotto
status-ready = Tutto ciò che scrive viene salvato automaticamente.
status-deleted = Candidatura «{ $title }» eliminata.
status-undo = Annulla
status-reset = Il modello è stato ripristinato.
status-copied = Copiato negli appunti.
status-copied-presend-open = { $open ->
    [one] Copiato negli appunti. Un punto del controllo prima dell'invio è ancora aperto.
    [many] Copiato negli appunti. { $open } di punti del controllo prima dell'invio sono ancora aperti.
   *[other] Copiato negli appunti. { $open } punti del controllo prima dell'invio sono ancora aperti.
}
status-draft-kept = La lettera modificata è stata mantenuta. Prema «Ripristina il modello» per sostituirla con il nuovo modello.
status-copy-failed = Impossibile copiare negli appunti: { $error }. Selezioni il testo e lo copi manualmente.

## File

file-dialog-open = È aperta una finestra di selezione file.
file-no-dialog = Su questo sistema non è possibile aprire una finestra di selezione file. Digiti invece il percorso del file.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Importata una candidatura da { $path }.
    [many] Importate { $count } di candidature da { $path }.
   *[other] Importate { $count } candidature da { $path }.
}
file-exported = Salvato: { $path }.
file-save-title = Salva in un file
file-open-title = Apri un file
file-path = Percorso
file-save = Salva
file-open = Apri
file-cancel = Annulla
csv-date = Data del colloquio o dell'offerta

## Candidature

cases-title = Candidature
cases-new = Nuova
cases-duplicate = Duplica
cases-archive = Archivia
cases-unarchive = Ripristina
cases-delete = Elimina
cases-untitled = Nuova candidatura
cases-reply-by = risposta entro il { $date }
cases-overdue = in ritardo
status-deciding = Da decidere
status-negotiating = In trattativa
status-declined = Declinata
status-accepted = Accettata
status-archived = Archiviata

## Profilo

profile-title = Profilo
profile-intro = Serve a firmare le sue lettere. I dati restano su questo computer.
profile-name = Nome
profile-email = E-mail
profile-signature = Firma
profile-signature-hint = Chiude le lettere al posto del nome, ad es. nome, qualifica, telefono
profile-letter-language = Lingua predefinita delle lettere
profile-formality = Registro
profile-formality-help = Il registro si applica dove la lingua della lettera lo distingue: Lei o tu in italiano, Sie o du in tedesco, keigo o semplice forma cortese in giapponese.
formality-formal = Formale
formality-informal = Informale

## Pannelli

tab-checklist = Checklist decisionale
tab-mobility = Scheda trasferimento
tab-channel = Canale
tab-editor = Editor dei modelli

## Intestazione della candidatura

header-company = Azienda
header-role = Ruolo
header-contact = Contatto
header-stage = Fase
header-status = Stato
header-reply-by = Rispondere entro
header-date-interview = Data del colloquio
header-date-offer = Data dell'offerta
header-date-hint = AAAA-MM-GG
header-date-invalid = Scriva la data nel formato AAAA-MM-GG, ad es. 2026-11-26.
stage-after-interview = Dopo il colloquio
stage-after-offer = Dopo l'offerta

# Nome accessibile di una scelta in un gruppo, ad es. «Fase: Dopo l'offerta».
choice-accessible-name = { $group }: { $choice }

## Checklist decisionale

checklist-title = Conviene rinunciare?
# Il verdetto compare con le sue ragioni elencate sotto.
checklist-intro = Risponda a cinque domande. Il verdetto qui sotto spiega le sue ragioni: è un consiglio, la decisione resta sua.
checklist-use-weights = Dare un peso alle domande (indicare quanto conta per lei ciascuna)
checklist-blocker = Qual è l'ostacolo?
checklist-blocker-name = { $question }: qual è l'ostacolo
checklist-blocker-negotiable = Si può negoziare.
checklist-blocker-fundamental = Una trattativa non lo risolverebbe.
blocker-group-negotiable = Negoziabile
blocker-group-fundamental = Incompatibilità di fondo
blocker-compensation = Retribuzione e benefit
blocker-start-date = Data di inizio
blocker-role-scope = Perimetro del ruolo
blocker-remote-work = Lavoro da remoto o flessibile
blocker-relocation-support = Supporto al trasferimento
blocker-values = Valori
blocker-way-of-working = Modo di lavorare
blocker-long-term-direction = Direzione a lungo termine
blocker-personal-compromise = Famiglia, visto o salute
checklist-weight = Quanto conta
checklist-weight-name = { $question }: quanto conta
# Quanto conta una domanda per la persona, da 1 a 5; compare dopo il cursore.
weight-1 = poco: non sarà decisivo
weight-2 = abbastanza
weight-3 = parecchio
weight-4 = molto
weight-5 = è essenziale
checklist-note-hint = Nota (facoltativa)
checklist-note-name = { $question }: nota
checklist-suggestion = La scheda trasferimento suggerisce «{ $answer }».
checklist-suggestion-net = La scheda trasferimento suggerisce «{ $answer }», in base allo stipendio netto.
checklist-suggestion-gross = La scheda trasferimento suggerisce «{ $answer }», in base allo stipendio lordo. Indichi entrambe le aliquote fiscali per confrontare quanto le resterebbe al netto.
checklist-suggestion-use = Usa
checklist-suggestion-use-name = { $question }: usare il suggerimento
checklist-q-career-goals = Il ruolo è in linea con i suoi obiettivi di carriera per i prossimi 12-24 mesi?
checklist-q-career-goals-help = Pensi a dove vuole essere fra uno o due anni, non solo al prossimo passo.
checklist-q-career-goals-short = Obiettivi di carriera
checklist-q-pay-after-costs = Retribuzione e benefit sono accettabili una volta considerati costo della vita e trasferimento?
checklist-q-pay-after-costs-help = Confronti ciò che quella cifra permette di comprare dove andrebbe a vivere, non la cifra in sé.
checklist-q-pay-after-costs-short = Retribuzione al netto dei costi
checklist-q-growth = C'è un percorso credibile di crescita e di promozione?
checklist-q-growth-help = Qualcuno le ha raccontato, con esempi, come sono cresciute le persone in questo ruolo?
checklist-q-growth-short = Crescita
# Qui la risposta d'allarme è «sì» (nelle altre domande è «no»).
checklist-q-compromise = Accettare la costringerebbe a un compromesso che non si sente di fare (famiglia, visto, salute)?
checklist-q-compromise-help = Qui è il «Sì» il campanello d'allarme.
checklist-q-compromise-short = Compromesso
checklist-q-culture-fit = La cultura aziendale e lo stile di leadership fanno per lei?
checklist-q-culture-fit-help = Ripensi a come le persone incontrate parlavano del loro lavoro e l'una dell'altra.
checklist-q-culture-fit-short = Cultura e leadership
answer-yes = Sì
answer-no = No
answer-not-sure = Non so
answer-unanswered = Senza risposta

verdict-label = Verdetto:
verdict-decline = Rinunciare
verdict-decline-advice = Un'incompatibilità netta è motivo sufficiente. Risponda presto e con garbo, e lasci la porta aperta.
verdict-negotiate-first = Prima negoziare
verdict-negotiate-first-advice = L'ostacolo si può negoziare. Ne parli prima di rinunciare: potrà sempre dire di no dopo.
verdict-lean-accept = Propendere per il sì
verdict-lean-accept-advice = Nulla qui fa pensare a una rinuncia. Accetti solo quando non avrà più dubbi, e poi interrompa gli altri colloqui.
verdict-undecided = In sospeso
verdict-undecided-advice = Non accetti finché ha dubbi. Chieda tempo, indichi la data della sua risposta e cerchi le informazioni che le mancano.
verdict-reasons = Perché:
reason-fundamental-blocker = { $question }: { $blocker } — un'incompatibilità che nessuna trattativa risolverebbe.
reason-negotiable-blocker = { $question }: { $blocker } — un ostacolo che si potrebbe negoziare.
reason-minor = { $question }: un dubbio, ma conta poco per lei, quindi non è decisivo.
reason-unanswered = { $question }: ancora senza risposta.
reason-not-sure = { $question }: ha ancora dei dubbi.
reason-all-favourable = Tutte le risposte sono a favore del ruolo.
# La persona propende per rinunciare, ma gli unici ostacoli sarebbero negoziabili: chiedere
# condizioni migliori per un ruolo che non si vuole fa perdere tempo a tutti.
reason-negotiation-not-wanted = { $question }: { $blocker } — un punto negoziabile, ma lei propende per rinunciare. Negozi solo per un ruolo che desidera davvero; altrimenti rinunci subito.
# La retribuzione si potrebbe negoziare, ma restano dubbi su crescita o cultura: prima vanno chiariti.
reason-doubt-before-negotiating = { $question }: ha ancora dei dubbi. Li chiarisca prima: negozi solo per un ruolo che, per il resto, le interessa.
reason-negotiation-failed = { $question }: { $blocker }. Non hanno potuto accogliere la sua richiesta, quindi resta un ostacolo.
reason-negotiation-partly = { $question }: la sua richiesta è stata accolta in parte. Risponda di nuovo alla domanda tenendo conto di ciò che le hanno offerto.
reason-negotiation-met = { $question }: la sua richiesta è stata accolta.
# La quota ponderata delle risposte favorevoli è inferiore alla metà.
reason-weak-fit = Solo il { $percent }% di ciò che conta per lei è a favore del ruolo: non accetti ancora.
negotiation-title = Com'è andata la trattativa?
negotiation-pending = Ancora nessuna risposta
negotiation-met = Richiesta accolta
negotiation-partly = In parte
negotiation-failed = Non è stato possibile
# Il pulsante per rinunciare quando la risposta si dà al telefono: apre la traccia della chiamata.
verdict-call-script = Preparare la chiamata
verdict-write-decline = Scrivere la lettera di rinuncia
verdict-write-negotiate = Scrivere una lettera per negoziare
verdict-ask-for-time = Chiedere tempo
verdict-fit = Compatibilità ponderata: { $percent }%
flip-answer = Cosa cambierebbe il verdetto: rispondendo «{ $answer }» alla voce { $question }, diventerebbe «{ $verdict }».
flip-weight = Cosa cambierebbe il verdetto: dando alla voce { $question } il peso { $weight }, diventerebbe «{ $verdict }».
# Dove porta la sensazione personale, indipendentemente dalla checklist.
inclination-label = Verso cosa propende?
inclination-open = Ancora in dubbio
inclination-accept = Verso il sì
inclination-decline = Verso il no
inclination-still-interviewing = Sto ancora facendo colloqui altrove
inclination-too-soon = Accettare mentre ha ancora dubbi, o mentre sta ancora facendo colloqui altrove, è un errore difficile da rimediare. Chieda piuttosto tempo e indichi la data della sua risposta.
presend-title = Prima di inviare
presend-advisor = Ne ho parlato con una persona di fiducia
presend-channel = Ho scelto il canale (e-mail, oppure telefonata e riepilogo)
presend-framework = Il messaggio ringrazia, comunica una decisione chiara e lascia la porta aperta
presend-proofread = Ho riletto tono e grammatica
presend-in-time = Lo invio entro 24-72 ore dalla decisione
presend-archived = Ho archiviato i documenti della candidatura e aggiornato la mia ricerca di lavoro
# Testo al passaggio del mouse su un punto che Gracious ha spuntato da sé (il canale è scelto,
# la revisione non ha trovato nulla da correggere).
presend-seen = Gracious ha verificato che è già fatto.
presend-summary = Controllo prima dell'invio: { $done } su { $total } completati

## Scheda trasferimento

mobility-title = Trasferirsi all'estero per questo ruolo?
mobility-intro = Valuti che cosa significherebbe un trasferimento per lei e per chi vive con lei. Prima di rispondere, vale la pena chiarire ciò che non sa.
mobility-moving-abroad = Questa offerta comporta un trasferimento in un altro paese
mobility-not-moving = Spunti la casella qui sopra se l'offerta comporta un trasferimento all'estero: la scheda la aiuterà a valutarlo.
mobility-current-country = Paese in cui vive
mobility-destination-country = Paese del lavoro
# Le cittadinanze della persona (anche più di una), salvate nel profilo: stabiliscono se
# un trasferimento richiede un visto.
mobility-citizenship = Cittadinanza
mobility-citizenship-add = Aggiungere una cittadinanza
mobility-citizenship-remove = Rimuovere questa cittadinanza ({ $country })
mobility-choose-country = Scegliere un paese
mobility-search-country = Cercare un paese
ppp-title = Quanto vale davvero lo stipendio
ppp-intro = Inserisca i due stipendi annui, ciascuno nella sua valuta. Gracious confronta ciò che permettono di acquistare in base ai dati sul potere d'acquisto della Banca Mondiale: non serve alcun tasso di cambio.
ppp-amount = Stipendio annuo
ppp-currency = Valuta
ppp-tax = Aliquota fiscale (%)
# Un fattore di conversione a parità di potere d'acquisto (valuta locale per dollaro
# internazionale) che la persona inserisce al posto di quello della Banca Mondiale.
ppp-override = Fattore personalizzato
ppp-override-hint = facoltativo
ppp-current-pay = Attuale
ppp-offered-pay = Offerta
ppp-worth = Ai prezzi del paese in cui vive ({ $country }), l'offerta vale circa { $amount } all'anno.
ppp-change = Una differenza del { $change }% rispetto a quanto guadagna oggi.
# Mostrato per primo quando entrambe le aliquote sono inserite: ciò che resterebbe alla persona, ai prezzi del suo paese.
ppp-worth-net = Al netto delle imposte e ai prezzi del paese in cui vive ({ $country }), l'offerta vale circa { $amount } all'anno: una differenza del { $change }% rispetto a quanto le resta oggi.
# L'importo al lordo delle imposte, mostrato sotto quello al netto.
ppp-gross-beside = Al lordo delle imposte: circa { $amount } ({ $change }%).
# Da dove proviene il livello dei prezzi di un paese; il fattore in sé è nel testo al passaggio del mouse.
ppp-source-data = { $country }: prezzi secondo la Banca Mondiale, { $series }, { $year }.
ppp-source-override = { $country }: prezzi secondo il suo fattore personalizzato.
# Testo al passaggio del mouse: che cosa significa il fattore di potere d'acquisto, in parole semplici.
ppp-factor-explained = In questo paese ({ $country }), con { $factor } { $currency } si acquista circa quanto con un dollaro statunitense negli Stati Uniti.
ppp-series-private = potere d'acquisto per i consumi delle famiglie
ppp-series-gdp = potere d'acquisto per l'intera economia (PIL)
ppp-unreliable = In questo paese ({ $country }) i prezzi stanno salendo rapidamente e il fattore risale a più di un anno fa: consideri il risultato come indicativo.
ppp-national = Sono medie nazionali: una grande città può costare molto di più. Se conosce un fattore migliore, lo inserisca.
ppp-incomplete = Scelga entrambi i paesi e inserisca entrambi gli stipendi per vedere quanto vale l'offerta.
ppp-not-positive = Inserisca ogni stipendio come importo maggiore di zero.
ppp-no-data = La Banca Mondiale non dispone di dati utilizzabili sul potere d'acquisto per questo paese ({ $country }). Gracious non tira a indovinare: se conosce un fattore, lo inserisca.
ppp-currency-mismatch = I dati per questo paese ({ $country }) sono espressi in { $currency }: inserisca lo stipendio in { $currency }.
ppp-sources = Fonti dei dati
visa-title = Visto e data di inizio
visa-processing-weeks = Tempi del visto (settimane)
visa-start-date = Data di inizio
visa-in-time = { $weeks ->
    [0] Il visto dovrebbe arrivare appena in tempo, senza alcun margine.
    [one] Il visto dovrebbe arrivare in tempo, con una settimana di margine.
   *[other] Il visto dovrebbe arrivare in tempo, con { $weeks } settimane di margine.
}
visa-late = { $weeks ->
    [one] Il visto arriverebbe circa una settimana dopo la data di inizio. Chieda di posticipare l'inizio, o un aiuto per accelerare la pratica.
   *[other] Il visto arriverebbe circa { $weeks } settimane dopo la data di inizio. Chieda di posticipare l'inizio, o un aiuto per accelerare la pratica.
}
visa-unknown = Inserisca i tempi del visto e la data di inizio per verificare le tempistiche.
# Se serve un visto dipende dalla cittadinanza: mostrato al posto delle domande sul visto.
visa-free-own = Non serve alcun visto: ha la cittadinanza di questo paese ({ $country }).
visa-free-eu = Non servono né visto né permesso di lavoro: con la sua cittadinanza ({ $citizenship }) può vivere e lavorare nel paese di destinazione ({ $country }), grazie alla libera circolazione nell'UE, nello SEE e in Svizzera.
visa-free-cta = Non servono né visto né permesso di lavoro: con la sua cittadinanza ({ $citizenship }) può vivere e lavorare nel paese di destinazione ({ $country }), grazie alla zona di libero spostamento (Common Travel Area) tra Irlanda e Regno Unito.
visa-free-tasman = Non serve presentare domanda di visto: con la sua cittadinanza ({ $citizenship }) può vivere e lavorare nel paese di destinazione ({ $country }), grazie al Trans-Tasman Travel Arrangement tra Australia e Nuova Zelanda.
visa-partner-note = Il diritto del partner a lavorare lì dipende dalla cittadinanza del partner stesso: lo valuti più sotto.
# Se il nome della città o del paese («lavorare a Londra») attira più del lavoro in sé.
mobility-prestige = Il luogo in sé (il nome, il prestigio) è una parte importante dell'attrattiva?
mobility-weight-name = { $factor }: quanto conta
# La quota ponderata dei fattori valutati che risultano positivi (esclusi quelli non noti).
mobility-score = Di ciò che sa finora, il { $percent }% è a favore del trasferimento, pesando ogni fattore in base a quanto conta per lei.
mobility-trap-prestige = Sembra attrarla più il luogo che il ruolo. Accetterebbe lo stesso ruolo nel suo paese?
mobility-trap-visa-late = Il visto arriverebbe dopo la data di inizio. È un motivo per negoziarla, non per rinunciare: chieda di iniziare più tardi.
mobility-horizon = Guardando ai prossimi 12-24 mesi
mobility-toward-place = La avvicina a un luogo o a un visto che desidera?
mobility-builds-skills = Le fa acquisire competenze che renderanno più facile un trasferimento futuro?
mobility-horizon-warning = Né l'uno né l'altro: questo trasferimento non serve ai suoi piani a lungo termine.
mobility-factor-visa = Visto e permesso di lavoro
# «Sponsorship»: l'azienda chiede il permesso di lavoro e il visto per conto della persona candidata.
mobility-factor-visa-help = Quanto è affidabile il sostegno dell'azienda alla richiesta del permesso, e il permesso arriverà prima della data di inizio?
mobility-factor-relocation = Contributo per il trasferimento
mobility-factor-relocation-help = L'azienda paga il trasloco, un alloggio temporaneo e i viaggi?
mobility-factor-family = Supporto per la famiglia
mobility-factor-family-help = Aiuto con alloggio, pratiche e inserimento per tutte le persone che si trasferiscono.
mobility-factor-schooling = Scuola
mobility-factor-schooling-help = Posti disponibili, lingua d'insegnamento e rette per i figli.
# Il permesso di lavoro del partner (e le sue possibilità di lavorare nel proprio settore), non il
# diritto al lavoro in senso astratto.
mobility-factor-partner-work = Permesso di lavoro del partner
mobility-factor-partner-work-help = Il partner potrà lavorare lì e trovare un impiego nel proprio settore?
mobility-factor-cost-of-living = Costo della vita rispetto allo stipendio
mobility-factor-cost-of-living-help = Ciò che lo stipendio permette di acquistare sul posto, non solo il tasso di cambio.
mobility-factor-health-care = Sanità e previdenza
mobility-factor-health-care-help = Assicurazione, pensione e indennità di malattia rispetto a ciò che ha oggi.
mobility-factor-language = Lingua e cultura per chi si trasferisce
mobility-factor-language-help = Tutte le persone che si trasferiscono riusciranno a gestire la vita quotidiana e a farsi degli amici?
mobility-factor-tax = Tasse sullo stipendio
mobility-factor-tax-help = Imposte sul reddito nel nuovo paese ed eventuali imposte ancora dovute nel proprio.
rating-good = Buono
rating-acceptable = Accettabile
rating-poor = Scarso
rating-unknown = Non noto
# Per il permesso di lavoro del partner e la scuola, quando nessuno si trasferisce con la persona o non ci sono figli.
rating-not-applicable = Non pertinente
mobility-note-hint = Nota (facoltativa)
mobility-note-name = Nota su { $factor }
mobility-summary = Riepilogo
mobility-none = nessuno
mobility-strengths = Punti di forza:
mobility-risks = Rischi:
mobility-unknowns = Ancora da chiarire:
mobility-traps = Attenzione
mobility-trap-partner-work = Il permesso di lavoro del partner è incerto o non ancora noto. Spesso è ciò che decide se un trasferimento funziona per una coppia.
mobility-trap-schooling = L'offerta scolastica è scarsa o non nota. Verifichi posti e rette prima di decidere.
mobility-trap-tax = Le tasse sullo stipendio non sono note. Verifichi quanto le resterebbe al netto delle imposte.

## Canale

channel-title = E-mail, telefonata o videochiamata?
channel-intro = Racconti a Gracious qualcosa della selezione: le suggerirà come comunicare la sua risposta.
channel-main-contact = Contatto principale
channel-contact-recruiter = Un recruiter
channel-contact-hiring-manager = L'hiring manager
channel-rounds = Colloqui sostenuti
channel-close-rapport = Con l'hiring manager si è creato un rapporto stretto
# Qualcuno dell'azienda (chi ha fatto un colloquio, l'hiring manager) ha dedicato alla persona
# candidata un tempo insolito: lunghe chiamate, una visita in sede, consigli personali.
channel-personal-time = Qualcuno ha dedicato molto del proprio tempo
channel-collaboration = Il ruolo prevedeva una stretta collaborazione con le persone incontrate
channel-relocation-visa = Si è parlato di trasferimento o di visto, o c'è stata un'offerta in merito
channel-video-process = I colloqui si sono svolti in video
channel-recommendation = Consigliato:
channel-email = E-mail
channel-phone-then-email = Una telefonata, poi una breve e-mail di riepilogo
channel-video-then-email = Una videochiamata, poi una breve e-mail di riepilogo
channel-why = Perché:
channel-reason-email-default = Nulla richiede una conversazione a voce: un'e-mail lascia una traccia chiara e rispetta il tempo di tutti.
channel-reason-recruiter = Il contatto principale è un recruiter e la selezione è formale: l'e-mail è il canale atteso.
channel-reason-close-rapport = Con l'hiring manager si è creato un rapporto stretto: è giusto che lo sappia direttamente da lei.
channel-reason-many-rounds = Ha sostenuto diversi colloqui: una parola di persona rende onore a quell'impegno.
channel-reason-personal-time = Qualcuno le ha dedicato molto tempo: una telefonata è il modo giusto per ringraziare.
channel-reason-collaboration = Il ruolo prevedeva una stretta collaborazione: una conversazione mantiene vivo il rapporto.
channel-reason-relocation-visa = Si parlava di trasferimento o di visto: qualcuno potrebbe averci già lavorato.
channel-reason-video-process = La selezione si è svolta in video, quindi una breve videochiamata è naturale.
channel-recap-advice = Dopo la chiamata, invii una breve e-mail che confermi quanto detto.
channel-your-choice = La sua scelta:
channel-follow = Seguire il consiglio
channel-open-call-script = Aprire la traccia della chiamata
channel-write-recap = Scrivere l'e-mail di riepilogo
call-mode-title = Traccia della chiamata
call-mode-intro = Lo dica con parole sue: questo è l'ordine che funziona. Sia breve e cordiale.

## Termine per la risposta

deadline-title = Quando rispondere
deadline-decided-on = Ha deciso il
deadline-at = alle
deadline-time-hint = HH:MM
deadline-decided-now = Ho appena deciso
# La data entro cui il datore di lavoro vuole una risposta: la scadenza vincolante.
deadline-their-date = Scadenza dell'azienda: { $date }.
deadline-not-decided = Non ha ancora deciso: le 24-72 ore per la risposta partono dal momento in cui decide.
deadline-window-past = Sono passate più di 72 ore dalla sua decisione. Risponda ora, prima della scadenza dell'azienda.
deadline-overdue-their = La scadenza dell'azienda è passata. Risponda oggi: una risposta tardiva è molto meglio del silenzio.
deadline-invalid = Scriva la data come AAAA-MM-GG e l'ora come HH:MM (formato 24 ore).
deadline-answer-by = Rispondere entro { $due }, idealmente entro { $ideal }.
# Il momento ideale (24 ore dopo la decisione) è passato; il termine ultimo non ancora.
deadline-answer-by-late = Rispondere entro { $due }. Il momento ideale ({ $ideal }) è già passato.
# Quando la candidatura è segnata come declinata: il conto alla rovescia si ferma.
deadline-answered-on = Risposta inviata il { $date }.
deadline-answered = Risposta inviata.
deadline-left-ideal = Mancano { $duration }. Questo è il momento migliore per rispondere.
deadline-left = Mancano { $duration }.
deadline-overdue = In ritardo di { $duration }. Risponda oggi: una risposta tardiva è molto meglio del silenzio.
deadline-need-time = Le serve più tempo? Lo dica subito e indichi la data della sua risposta.
duration-days = { $n ->
    [one] 1 giorno
    [many] { $n } di giorni
   *[other] { $n } giorni
}
duration-hours = { $n ->
    [one] 1 ora
    [many] { $n } di ore
   *[other] { $n } ore
}
duration-minutes = { $n ->
    [one] 1 minuto
    [many] { $n } di minuti
   *[other] { $n } minuti
}

## Tempistica

timeline-title = Dopo la decisione
timeline-day-1 = Giorno 1
timeline-day-2 = Giorno 2
timeline-days-3-7 = Giorni 3-7
timeline-stay-in-touch = Restare in contatto
step-draft = Scrivere la bozza del messaggio
step-choose-channel = Scegliere il canale
step-book-call = Fissare la chiamata
step-send-or-call = Inviare il messaggio o fare la chiamata
step-send-recap = Inviare l'e-mail di riepilogo dopo la chiamata
step-archive = Archiviare i documenti della candidatura
step-tracker = Aggiornare il registro della ricerca di lavoro
step-refocus = Dedicare il tempo liberato a ruoli più adatti
step-close-visa = Chiudere le pratiche di visto o trasferimento
step-reimbursements = Confermare eventuali rimborsi o obblighi
step-connect = Mettersi in contatto con un messaggio personale
step-offer-help = Offrire aiuto, ad es. segnalando un collega valido
step-future-roles = Chiedere di ricevere proposte per ruoli futuri
timeline-write-note = Scrivere un messaggio per restare in contatto
channel-timing = Risponda entro 24-72 ore dalla decisione. Se le serve più tempo, lo dica subito e indichi la data. Il silenzio è la risposta peggiore.

## Editor dei modelli

editor-title = La sua lettera
editor-scenario = Situazione
scenario-withdraw-after-interview = Dopo un colloquio: il ruolo non è adatto
scenario-accepted-other-offer = Dopo un'offerta: accettata un'altra offerta
scenario-not-right-fit-after-offer = Dopo un'offerta: il ruolo non è adatto
scenario-after-negotiation = Dopo una trattativa: rinunciare all'offerta finale
scenario-relocation-not-feasible = Dopo un'offerta: trasferimento non possibile per la famiglia
scenario-negotiate-instead = Negoziare invece di rinunciare: verificare i margini
scenario-ask-for-time = Chiedere tempo: indicare la data della risposta
scenario-call-recap = Dopo una chiamata: l'e-mail di riepilogo
scenario-stay-connected = Restare in contatto: un breve messaggio di networking
scenario-interview-call-script = Dopo un colloquio: traccia della chiamata
scenario-visa-unworkable = Dopo un'offerta: visto o permesso di lavoro non ottenibili in tempo (e-mail dopo la chiamata)
scenario-counteroffer = Restare dal proprio datore di lavoro dopo una controfferta
scenario-many-rounds-call-script = Dopo molti colloqui: traccia della chiamata
scenario-active-relocation = Durante un trasferimento: trasparenza sugli impegni presi
scenario-repair = Messaggio per rimediare a una rinuncia poco felice
scenario-reopen = Riaprire un ruolo rifiutato in passato
scenario-improved-offer-hold = Risposta dell'azienda: un'offerta migliorata, ma la decisione resta
scenario-improved-offer-reopen = Risposta dell'azienda: un'offerta migliorata che le fa cambiare idea
scenario-what-would-it-take = Risposta dell'azienda: «Che cosa le farebbe cambiare idea?»
scenario-call-after-decline = Risposta dell'azienda: chiedono una telefonata dopo la sua e-mail
scenario-keep-cv-on-file = Risposta dell'azienda: possono conservare il suo CV?
scenario-exit-questionnaire = Risposta dell'azienda: un questionario di feedback sulla selezione
scenario-are-you-sure = Risposta dell'azienda: «La sua decisione è definitiva?», qualche giorno dopo
editor-letter-language = Lingua della lettera
editor-letter-language-same = Come l'interfaccia ({ $language })
editor-letter-language-profile = Dal profilo ({ $language })
editor-sender = Il suo nome
editor-subject = Oggetto
editor-body = Messaggio
editor-unfilled = Ancora da compilare: { $placeholders }
editor-copy = Copia
# «Copia» mette negli appunti il testo della lettera (senza oggetto); l'oggetto ha un pulsante
# suo, per il campo Oggetto dell'e-mail.
editor-copy-subject = Copia oggetto
# Compare accanto al pulsante «Copia» finché il testo non cambia.
editor-copied = Copiato
# Proposto dopo che la lettera è stata copiata, salvata o passata al programma di posta.
editor-mark-declined = Segnare come declinata
editor-reset = Ripristina il modello
editor-formality = Registro
editor-to = A
# Come la lettera si rivolge al contatto; richiesto solo dove la lingua della lettera ne ha bisogno.
editor-address = Appellativo
editor-script-note = Questa è una traccia per la chiamata: la dica con parole sue, poi invii l'e-mail di riepilogo.
editor-answer-date = Risponderò entro il
editor-answer-date-past = Scelga una data successiva a oggi: la lettera non deve promettere una risposta entro una data già passata.
# Una risposta di una frase nel caso in cui l'azienda chieda il perché; compare con la traccia della chiamata e nell'editor.
why-title = Se le chiedono perché
editor-network-note = Per un invito a collegarsi: niente oggetto e al massimo 300 caratteri (ora { $count }).
editor-network-too-long = { $count ->
    [one] { $count } carattere: accorci il testo a 300 caratteri o meno perché rientri in un invito.
    [many] { $count } di caratteri: accorci il testo a 300 caratteri o meno perché rientri in un invito.
   *[other] { $count } caratteri: accorci il testo a 300 caratteri o meno perché rientri in un invito.
}
editor-relocation-check = Prima di promettere qualsiasi rimborso, verifichi che cosa prevede il suo contratto sulle spese di trasferimento.
editor-fill = Compila
editor-fill-name = Valore per { $placeholder }
editor-save-txt = Salva come testo…
editor-save-eml = Salva come bozza e-mail (.eml)…
editor-mail-client = Apri nel programma di posta
editor-copy-refused = Compili { $placeholders } prima di copiare.
editor-export-refused = Compili { $placeholders } prima di inviarlo.
editor-mail-failed = Impossibile aprire un programma di posta ({ $error }). Copi invece il testo.
editor-mail-opened = Aperto nel programma di posta.
editor-group-builtin = Modelli integrati
editor-group-mine = I miei modelli
editor-customised = (versione personale)

## Revisione

review-title = Revisione
review-intro = Verifica secondo lo schema: riconoscere, decidere, motivare, ringraziare, restare in contatto, prossimi passi, congedo.
review-acknowledge = Fa riferimento al colloquio o all'offerta
review-decision = Comunica chiaramente la decisione
review-reason = Dà una breve motivazione
review-gratitude = Ringrazia
review-stay-in-touch = Propone di restare in contatto
review-next-steps = Indica i prossimi passi
review-sign-off = Ha una formula di congedo
review-present = presente
review-missing = mancante
review-optional = facoltativo, non trovato
review-length-words = { $length ->
    [one] { $length } parola (resti sotto le { $max }).
   *[other] { $length } parole (resti sotto le { $max }).
}
review-length-chars = { $length ->
    [one] { $length } carattere (resti sotto i { $max }).
   *[other] { $length } caratteri (resti sotto i { $max }).
}
review-too-long = Si sta allungando: meno parole rendono la decisione più chiara.
review-too-short = Un po' breve: da { $min } in su la lettera risulta più calorosa. Aggiunga ciò che ha apprezzato o chi desidera ringraziare.
review-over-explains = La motivazione occupa { $sentences } frasi: ne basta una, i dettagli può tenerli per sé.
review-critical = «{ $text }» { $why }
review-critical-pay = critica la retribuzione.
review-critical-process = critica come è stata gestita la selezione.
review-critical-people = critica una persona che ha conosciuto.
review-critical-employer = critica l'azienda.
review-critical-kinder = Più gentile: «{ $kinder }».
review-critical-leave-out = Meglio ometterlo: la decisione regge anche senza.
review-misspelled = { $count ->
    [one] Una parola potrebbe essere scritta male (è sottolineata). Faccia clic destro sulla parola per vedere i suggerimenti.
    [many] { $count } di parole potrebbero essere scritte male (sono sottolineate). Faccia clic destro su una di esse per vedere i suggerimenti.
   *[other] { $count } parole potrebbero essere scritte male (sono sottolineate). Faccia clic destro su una di esse per vedere i suggerimenti.
}
review-no-dictionary = Nessun controllo ortografico: su questo computer non c'è un dizionario per questa lingua ({ $language }). Installi il dizionario Hunspell del suo sistema per questa lingua, oppure ne aggiunga uno (.aff e .dic) da File → Aggiungi un dizionario ortografico.
review-dictionary-loading = Caricamento del dizionario ortografico…
review-no-spelling-here = Nessun controllo ortografico: Gracious controlla l'ortografia con i dizionari Hunspell, che per questa lingua ({ $language }) non esistono.
review-dictionary-unreliable = Nessun controllo ortografico: il dizionario per questa lingua ({ $language }) presente su questo computer non conosce parole comuni come «{ $word }» e segnalerebbe errori in lettere corrette. Ne aggiunga uno migliore (.aff e .dic) da File → Aggiungi un dizionario ortografico.
review-personal = Il testo riprende il modello parola per parola. Aggiunga una frase sua: ciò che ha apprezzato o chi desidera ringraziare.
spell-add-word = Aggiungi al dizionario
spell-no-suggestions = Nessun suggerimento
spell-looking = Ricerca dei suggerimenti…
editor-review-as = Rivedere come
dictionary-added = Dizionario ortografico aggiunto: { $language }.
dictionary-failed = Impossibile aggiungere il dizionario ({ $path }): { $error }
review-unfilled = Segnaposto ancora nel testo: { $placeholders }
review-all-good = Niente da correggere.

## I miei modelli

templates-title = I miei modelli
templates-name = Nome del modello
templates-save-new = Salva questa lettera come nuovo modello
templates-save-version = Salva come mia versione di questo modello
templates-restore = Ripristina il modello originale
templates-rename = Nome di { $name }
templates-duplicate = Duplica { $name }
templates-delete = Elimina { $name }
templates-use = Usa { $name }
templates-use-short = Usa
templates-confirm-delete = Elimina definitivamente
templates-none = Non ha ancora modelli personali. Salvi una lettera per riutilizzarla: azienda, ruolo e nomi tornano a essere segnaposto.
templates-import = Importa modelli…
templates-export = Esporta i miei modelli…
templates-saved = Salvato come «{ $name }».
templates-imported = { $count ->
    [one] Importato un modello.
    [many] Importati { $count } di modelli.
   *[other] Importati { $count } modelli.
}
templates-copy-name = { $name } (copia)
header-contact-email = E-mail del contatto

## Informazioni

about-title = Informazioni su Gracious
about-intro = Gracious la aiuta a rinunciare a un lavoro in modo tempestivo, chiaro e gentile. Tutto resta su questo computer.
about-version = Versione { $version }
about-data = Fonti dei dati e licenze
about-data-body = Il confronto del potere d'acquisto utilizza i fattori di conversione PPP della Banca Mondiale, pubblicati con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious li include rielaborati e ridotti all'anno più recente di ciascuna serie; i valori della Bulgaria sono convertiti da lev in euro e lo Zimbabwe è escluso. La Banca Mondiale non sostiene né raccomanda Gracious. I nomi dei paesi e i formati di numeri, importi e date provengono da Unicode CLDR.

## Primo avvio

welcome-title = Le diamo il benvenuto in Gracious
welcome-body = Gracious la aiuta a rinunciare a un lavoro dopo un colloquio o un'offerta: in modo tempestivo, chiaro e gentile, nella sua lingua.
welcome-steps = Risponda a cinque brevi domande, scelga come comunicare la sua decisione e scriva la risposta partendo da un modello, con una revisione prima dell'invio.
welcome-start = Iniziare con la mia candidatura
welcome-example = Vedere un esempio
welcome-private = Tutto ciò che scrive resta su questo computer.
# Mostrato sopra la candidatura di esempio; «l'esempio» è un'offerta di lavoro inventata.
example-banner = Questo è un esempio con dati inventati, compilato in ogni parte per mostrarle tutti i pannelli.
example-remove = Elimina l'esempio
# Aggiunto al titolo dell'esempio nell'elenco delle candidature.
cases-example = esempio

## Prossimo passo

# Prima del pulsante con l'unica cosa da fare subito, ad es. «Prossimo passo: [Scrivere la lettera]».
next-label = Prossimo passo:
next-answer-checklist = Compilare la checklist
# La checklist indica che il ruolo fa per lei: non c'è nulla a cui rinunciare.
next-lean-accept = Propende per il sì, quindi per ora non c'è nulla a cui rinunciare.
next-lean-accept-short = Propendere per il sì
next-review-checklist = Rivedere la checklist
next-pick-channel = Scegliere come comunicarlo
next-write-letter = Scrivere la lettera
# $deadline è un giorno della settimana con la data, a volte con l'ora, ad es. «gio 26 nov, 14:00».
next-send-by = Inviare entro { $deadline }
next-send = Inviare la risposta
next-mark-sent = Segnare come inviata
# $phase è un periodo come «Giorni 3-7»; $step, un'attività come «Aggiornare il registro della ricerca di lavoro».
next-step = { $phase }: { $step }
next-step-done = Fatto
# Nome accessibile del pulsante «Fatto»; $step è l'attività che viene spuntata.
next-step-done-name = Segnare come fatto: { $step }
next-all-done = Qui non resta altro da fare.
# Sotto ogni candidatura nell'elenco; $action è uno dei passi qui sopra.
cases-next = Prossimo passo: { $action }
# Letto dagli screen reader dopo il nome di un pannello, ad es. «Canale (completato)».
tab-state-done = completato
tab-state-attention = da controllare
# Pulsante accanto al canale consigliato: adottare il consiglio come propria scelta.
channel-use-recommendation = Scegliere questa opzione

## Date picker

date-pick = Scegliere dal calendario: { $field }
date-previous-month = Mese precedente
date-next-month = Mese successivo
date-today = Oggi
date-clear = Cancella
date-close = Chiudi
date-day-today = { $date } (oggi)

## Una finestra per cartella di dati

# Mostrato quando Gracious viene avviato una seconda volta sugli stessi dati; $path è la cartella dei dati.
notice-already-open = Gracious è già aperto con i suoi dati ({ $path }). Questa finestra serve solo a consultarli: le modifiche fatte qui non verranno salvate. La chiuda e continui nella finestra già aperta.

## Uscita con modifiche non salvate

quit-title = Le ultime modifiche non sono state salvate
# $error è il motivo indicato dal sistema, ad es. «Permission denied (os error 13)».
quit-save-failed = Gracious non è riuscito a salvare le ultime modifiche ({ $error }). Se esce ora, andranno perse.
quit-read-only = Questa finestra non salva nulla (i suoi dati sono aperti in un'altra finestra). Se esce ora, le modifiche fatte qui andranno perse.
quit-retry = Riprova a salvare
# Apre una finestra di selezione file per scrivere tutti i dati (tutte le candidature, il profilo, i modelli personali) in un file.
quit-export = Salva tutto in un file…
quit-anyway = Esci senza salvare

## Confronto delle offerte: retribuzione complessiva fianco a fianco

menu-compare = Confronta le offerte
compare-title = Confronto delle offerte
compare-close = Chiudi il confronto
compare-intro = Metta a confronto le sue offerte con il lavoro attuale: ogni voce della retribuzione, quanto vale ciascun lavoro in un anno ai prezzi del paese in cui vive ora e come si colloca nella checklist decisionale e nella scheda trasferimento.
# Etichetta prima delle caselle: il lavoro attuale e ogni candidatura.
compare-choose = Da confrontare:
compare-current-job = Il suo lavoro attuale
# Il lavoro attuale nominato in una frase (compare-summary, compare-summary-net).
compare-current-job-in-text = il suo lavoro attuale
# $max è il numero massimo di candidature confrontate insieme (4).
compare-too-many = Può confrontare fino a { $max } candidature alla volta.
# Seguito da un cursore che mostra ad es. «4 anni».
compare-horizon = Ripartire importi una tantum e azioni su
compare-horizon-years = { $years ->
    [one] { $years } anno
   *[other] { $years } anni
}
compare-horizon-help = Bonus d'ingresso, contributo per il trasferimento e azioni si contano per anno di permanenza. Il periodo di vesting abituale è di quattro anni.
compare-packages = La retribuzione, voce per voce
compare-packages-intro = Importi annui lordi, nella valuta di ciascun lavoro. Lasci vuoto ciò che non sa: Gracious non tira mai a indovinare. I valori in grigio vengono dalla scheda trasferimento.
compare-equity-private = Azioni di una società non quotata
compare-results = A confronto
compare-empty = Ne scelga almeno due da confrontare: il suo lavoro attuale e un'offerta, oppure due offerte.
compare-row-verdict = Verdetto della checklist
compare-row-fit = Compatibilità (checklist)
compare-row-total = Totale annuo, nella valuta del lavoro
compare-row-total-home = Totale annuo ai prezzi del paese in cui vive
compare-row-net-home = Al netto, ai prezzi del paese in cui vive
compare-row-basis = Base per il confronto dei prezzi
compare-row-leave = Ferie
compare-row-notice = Preavviso
compare-row-start = Prima data di inizio possibile
compare-row-deadline = Rispondere entro
compare-row-mobility = Punteggio trasferimento
compare-row-traps = Avvertenze sul trasferimento
# Il lavoro attuale nella riga del verdetto: è il riferimento, non c'è nulla da decidere.
compare-reference = termine di paragone
# Segna il valore migliore di una riga; $value è il valore.
compare-best = { $value } · migliore
compare-leave-value = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
} (pari a { $amount })
compare-notice-weeks = { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
}
compare-not-moving = nessun trasferimento
compare-no-traps = nessuna
compare-not-given = —
compare-basis-same = stesso paese
compare-basis-data = Banca Mondiale, { $year }
compare-basis-override = fattore personalizzato
# $country è il paese in cui vive la persona; $job è il lavoro che vale di più, $second quello che segue.
compare-summary = Ai prezzi del paese in cui vive ({ $country }), vale di più { $job }: { $amount } all'anno, { $difference } in più rispetto alla seconda opzione ({ $second }).
# $part è una voce della retribuzione, ad es. «bonus» (messaggi pay-part-*).
compare-summary-why = La differenza maggiore riguarda la voce «{ $part }».
compare-summary-net = Al netto delle imposte, è { $job } a farle guadagnare di più.
compare-summary-none = Inserisca almeno la retribuzione fissa e il paese di due lavori per vedere quale vale di più.
compare-note-equity-private = { $job }: le azioni sono di una società non quotata. Potrebbero non valere nulla finché la società non viene venduta o quotata in borsa.
compare-note-cliff = { $job }: nessuna azione matura prima di { $months ->
    [one] un mese
   *[other] { $months } mesi
} (cliff), cioè oltre il periodo confrontato.
compare-note-repayable = { $job }: { $part } da restituire se lascia l'azienda prima di { $months ->
    [one] un mese
   *[other] { $months } mesi
}. Il termine va oltre il periodo confrontato, quindi l'importo non viene conteggiato.
compare-note-bonus-amount = { $job }: sono indicati sia un importo sia una percentuale di bonus; viene usato l'importo.
compare-note-no-base = { $job }: manca ancora la retribuzione fissa, quindi non c'è un totale.
compare-note-not-a-number = { $job }: «{ $field }» non è un numero che Gracious possa usare.
compare-note-no-country = { $job }: scelga il paese di questo lavoro per confrontarlo ai prezzi del paese in cui vive.
compare-note-no-factor = { $job }: non ci sono dati sul potere d'acquisto per questo paese ({ $country }). Inserisca un fattore per includerlo nel confronto.
compare-note-currency = { $job }: i dati per questo paese ({ $country }) sono espressi in { $currency }. Inserisca gli importi in { $currency } oppure un fattore.
compare-note-tax = Al netto delle imposte: l'aliquota di ciascun lavoro si applica all'intero totale annuo.
compare-chart-total = Totale annuo ai prezzi del paese in cui vive, voce per voce
compare-chart-fit = Compatibilità di ciascuna opzione (%)
compare-chart-checklist = Compatibilità (checklist)
compare-chart-mobility = Punteggio trasferimento
compare-chart-alt = Grafico. Gli stessi valori sono nella tabella qui sopra.
compare-accept = Accettare questa offerta
# Per gli screen reader: che cosa fa il pulsante, con il nome dell'offerta.
compare-accept-name = Accettare l'offerta { $job } e preparare le lettere di rinuncia alle altre
compare-accepted = { $job }: offerta segnata come accettata. Le lettere per le altre offerte ({ $others }) ora comunicano che ha accettato un'altra offerta.
compare-export-csv = Esporta in CSV…
compare-export-text = Esporta come testo…
compare-text-title = Offerte confrontate il { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = Ai prezzi del paese in cui vive ({ $country }); importi una tantum e azioni ripartiti su { $years ->
    [one] { $years } anno
   *[other] { $years } anni
}.
pay-field-country = Paese
pay-field-currency = Valuta
pay-field-base = Retribuzione fissa (RAL)
pay-field-bonus-percent = Bonus annuo target (%)
pay-field-bonus-amount = Importo del bonus
pay-field-equity-grant = Azioni: valore dell'assegnazione
pay-field-equity-years = Azioni: anni di vesting
pay-field-equity-cliff = Azioni: cliff (mesi)
pay-field-sign-on = Bonus d'ingresso
pay-field-sign-on-repay = Bonus d'ingresso: permanenza minima (mesi)
pay-field-relocation = Contributo per il trasferimento
pay-field-relocation-repay = Trasferimento: permanenza minima (mesi)
pay-field-pension = Fondo pensione: quota azienda (% RAL)
pay-field-benefits = Benefit (valore per lei, all'anno)
pay-field-leave = Ferie (giorni)
pay-field-notice = Preavviso (settimane)
pay-field-start = Prima data di inizio possibile
pay-field-tax = Aliquota fiscale (%)
pay-field-factor = Fattore prezzi personalizzato
# Voci della retribuzione, in minuscolo e senza articolo: seguono i due punti
# (compare-summary-why) o aprono una nota (compare-note-repayable) e fanno da legenda al grafico.
pay-part-base = retribuzione fissa
pay-part-bonus = bonus
pay-part-equity = azioni
pay-part-sign-on = bonus d'ingresso
pay-part-relocation = contributo per il trasferimento
pay-part-pension = fondo pensione
pay-part-benefits = benefit
checklist-suggestion-total-net = Il confronto delle offerte suggerisce «{ $answer }», in base alla retribuzione complessiva netta rispetto al suo lavoro attuale.
checklist-suggestion-total-gross = Il confronto delle offerte suggerisce «{ $answer }», in base alla retribuzione complessiva lorda rispetto al suo lavoro attuale. Indichi entrambe le aliquote fiscali per confrontare quanto le resterebbe al netto.

## Dopo l'invio: la risposta dell'azienda, i suoi impegni, le persone incontrate, il calendario
# Il quinto pannello. «Loro» / «la loro risposta» è l'azienda (il recruiter o l'hiring manager).
tab-followup = Dopo l'invio
menu-export-calendar = Esporta tutte le date in un file di calendario…
followup-intro = Una rinuncia raramente si chiude con un solo messaggio. Registri che cosa le risponde l'azienda, mantenga gli impegni presi e riporti le date nel suo calendario.
followup-open = Aprire «Dopo l'invio»

followup-reply-title = Risposta dell'azienda
# $date: il giorno in cui è arrivata la risposta (giorno della settimana e data); $kind: che cosa chiede l'azienda (un testo reply-kind-*).
followup-reply-recorded = { $date }: { $kind }
# $pay: la nuova retribuzione annua, così come l'ha scritta la persona.
followup-reply-new-pay = Nuova retribuzione offerta: { $pay }
followup-reply-answer = Rispondere con:
followup-reply-earlier-letter = La lettera a cui l'azienda ha risposto
followup-they-replied = L'azienda ha risposto
followup-reply-on = Risposta ricevuta il
followup-reply-kind = Che cosa chiede l'azienda
followup-reply-new-pay-field = Nuova retribuzione annua
followup-reply-improved-note = Un'offerta migliorata rimette in discussione la sua decisione: prima che lei risponda, la checklist le ripropone la domanda sulla retribuzione con le nuove cifre.
followup-reply-note = Che cosa ha scritto l'azienda (facoltativo, come promemoria)
followup-reply-date-invalid = Inserisca la data in cui è arrivata la risposta.
followup-record-reply = Registrare la risposta
reply-kind-improved-offer = Un'offerta migliorata
reply-kind-what-would-it-take = «Che cosa le farebbe cambiare idea?»
reply-kind-ask-for-call = Una richiesta di telefonata dopo la sua e-mail
reply-kind-keep-cv = Possono conservare il suo CV?
reply-kind-questionnaire = Un questionario di feedback
reply-kind-are-you-sure = «La sua decisione è definitiva?»
status-reply-recorded = La risposta dell'azienda è stata registrata e la lettera per rispondere è pronta nell'editor dei modelli. La lettera a cui l'azienda ha risposto resta disponibile in «Dopo l'invio».
status-reply-improved = L'offerta migliorata è stata registrata e la sua decisione torna in discussione. Risponda alla domanda sulla retribuzione con le nuove cifre, poi scelga la sua risposta in «Dopo l'invio».

followup-promises-title = I suoi impegni
followup-call-on = Chiamata fissata per il
followup-no-promises = Ancora nessun impegno. Quelli presi nelle sue lettere compaiono qui automaticamente; aggiunga gli altri che ha preso.
followup-add-promise = Aggiungere un impegno
followup-promise-what = Impegno
followup-promise-to = Con chi
followup-promise-due = Entro il
followup-remove = Rimuovi
# Ciò che l'app sa degli impegni presi dalla persona. $company, $contact: dalla candidatura; $name: una persona incontrata.
promise-answer = Comunicare la sua risposta a { $company }
promise-questionnaire = Inviare il questionario compilato
promise-call = Chiamata con { $contact }
promise-return-property = Restituire i documenti e tutto ciò che { $company } le ha prestato per il trasferimento
promise-settle-money = Regolare con { $company } il contributo per il trasferimento o il bonus d'ingresso, come previsto dal contratto
promise-claim-reimbursements = Chiedere il rimborso delle spese che { $company } ha accettato di coprire
promise-check-in = Ricontattare { $name }
promise-untitled = Impegno senza descrizione
promise-done = fatto
# $when: un giorno della settimana con la data (con l'ora per la chiamata); $days: un numero di giorni (1 o più).
promise-overdue = { $days ->
    [one] in ritardo di un giorno ({ $when })
    [many] in ritardo di { $days } di giorni ({ $when })
   *[other] in ritardo di { $days } giorni ({ $when })
}
promise-due-today = scade oggi ({ $when })
promise-due-soon = { $days ->
    [one] scade domani ({ $when })
   *[other] scade tra { $days } giorni ({ $when })
}
promise-due-later = entro { $when }
promise-undated = ancora senza data
# Avviso sopra i pannelli mentre l'app è aperta. $when: un testo promise-overdue o promise-due-today; $what: l'impegno; $title: la candidatura.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Mostra

followup-people-title = Persone incontrate
followup-no-people = Aggiunga le persone che ha incontrato: così restare in contatto non dipenderà dalla memoria.
followup-person-name = Nome
followup-person-role = Ruolo
followup-person-reach = Recapiti
followup-person-connected = In contatto su un social network professionale
followup-person-last-contact = Ultimo contatto
followup-person-check-in = Ricontattare il
followup-write-to = Scrivere un messaggio per restare in contatto
followup-add-person = Aggiungere una persona

followup-calendar-title = Il suo calendario
followup-calendar-note = Esporti la scadenza per la risposta, i suoi impegni, la chiamata fissata, i passi dopo la decisione e le date in cui ricontattare le persone in un file di calendario (.ics), con i promemoria. Se importa di nuovo il file, gli stessi eventi vengono aggiornati invece di essere duplicati. Tutto resta su questo computer.
followup-export-calendar = Esporta le date di questa candidatura…
followup-export-calendar-all = Esporta le date di tutte le candidature…
# Nel file di calendario. $what: che cosa va fatto; $company: l'azienda.
ics-summary = { $what } ({ $company })
ics-reply-by = Scadenza per la risposta
ics-answer-window = Inviare la risposta: 72 ore dalla decisione
# $title: la candidatura (azienda · ruolo).
ics-description = { $title }. Creato con Gracious.
# $name: la persona con cui è stato preso l'impegno.
ics-to-whom = impegno preso con { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: la sua ricerca di lavoro
# Nell'elenco delle candidature, accanto a una con impegni in scadenza oggi o già scaduti. $count: quanti sono.
cases-promises-due = { $count ->
    [one] un impegno da onorare
    [many] { $count } di impegni da onorare
   *[other] { $count } impegni da onorare
}
# Accanto al selettore della data nella lettera che risponde a un questionario di feedback.
editor-questionnaire-date = Invierò il questionario compilato entro il
# Una chiamata fissata il cui giorno è passato, nell'elenco degli impegni. $when: giorno della settimana, data e ora.
promise-call-past = era prevista per { $when }: la spunti una volta effettuata
