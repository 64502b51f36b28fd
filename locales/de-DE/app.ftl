# Gracious — Oberflächentexte (de-DE).
# Jede Sprache hat genau dieselben Message-IDs wie en-US.
#
# Für Übersetzende: „Sie“ in der Oberfläche ist die Person, die Gracious benutzt – jemand, der
# überlegt, eine Stelle abzusagen; „das Unternehmen“, „der Arbeitgeber“ und „die Ansprechperson“
# sind die Firma und die Person dort (Recruiting oder künftige Führungskraft). Eine „Bewerbung“ ist
# ein Bewerbungsverfahren oder Angebot. Durchgehend „Sie“, nie gemischt.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## Menü

menu-file = Datei
menu-new-case = Neue Bewerbung
menu-export-case = Diese Bewerbung exportieren…
menu-export-workspace = Alle Daten exportieren…
menu-export-csv = Liste als CSV exportieren…
menu-import = Importieren…
menu-add-dictionary = Rechtschreibwörterbuch hinzufügen…
menu-profile = Profil
menu-about = Über Gracious
menu-language = Sprache
menu-language-system = Systemsprache ({ $language })
menu-theme = Design
theme-system = Wie im System
theme-light = Hell
theme-dark = Dunkel

## Hinweise und Status

notice-dismiss = Ausblenden
notice-save-failed = Ihre Änderungen können nicht in { $folder } gespeichert werden ({ $error }). Gracious behält sie im Arbeitsspeicher und versucht es erneut; lassen Sie die App bitte geöffnet.
notice-missing-font = { $count ->
    [one] Ein Zeichen kann nicht angezeigt werden, weil keine installierte Schriftart es enthält. Installieren Sie eine Schriftart für Ihre Sprache (unter Debian oder Ubuntu: fonts-noto-cjk für Chinesisch, Japanisch und Koreanisch).
   *[other] { $count } Zeichen können nicht angezeigt werden, weil keine installierte Schriftart sie enthält. Installieren Sie eine Schriftart für Ihre Sprache (unter Debian oder Ubuntu: fonts-noto-cjk für Chinesisch, Japanisch und Koreanisch).
}
problem-empty = die Datei war leer
problem-malformed = die Datei ist beschädigt oder keine Gracious-Datei ({ $detail })
problem-future-version = die Datei stammt von einer neueren Gracious-Version (Format { $version })
problem-unreadable = die Datei konnte nicht gelesen werden ({ $detail })
notice-set-aside = Ihre gespeicherten Daten konnten nicht geladen werden: { $problem }. Es wurde nichts gelöscht: Die Datei wurde nach { $path } verschoben.
notice-left-in-place = Ihre gespeicherten Daten konnten nicht geladen werden: { $problem }. Die Datei bleibt unverändert unter { $path }, und Gracious überschreibt sie in dieser Sitzung nicht.
notice-restored-backup = Gracious hat Ihren vorherigen Speicherstand aus der Sicherungskopie { $path } geladen.
notice-backup-set-aside = Auch die Sicherungskopie konnte nicht geladen werden: { $problem }. Sie wurde nach { $path } verschoben. Gracious wurde mit einem leeren Arbeitsbereich gestartet.
status-saver-stopped = der Speicherdienst im Hintergrund wurde beendet
status-ready = Alle Eingaben werden automatisch gespeichert.
status-deleted = „{ $title }“ gelöscht.
status-undo = Rückgängig
status-reset = Die Vorlage wurde wiederhergestellt.
status-copied = In die Zwischenablage kopiert.
status-copied-presend-open = { $open ->
    [one] In die Zwischenablage kopiert. Ein Punkt der Prüfliste vor dem Absenden ist noch offen.
   *[other] In die Zwischenablage kopiert. { $open } Punkte der Prüfliste vor dem Absenden sind noch offen.
}
status-draft-kept = Ihr bearbeitetes Schreiben wurde beibehalten. Klicken Sie auf „Vorlage wiederherstellen“, um es durch die neue Vorlage zu ersetzen.
status-copy-failed = Kopieren in die Zwischenablage fehlgeschlagen: { $error }. Markieren Sie den Text und kopieren Sie ihn von Hand.

## Dateien

file-dialog-open = Ein Dateidialog ist geöffnet.
file-no-dialog = Auf diesem System lässt sich kein Dateidialog öffnen. Geben Sie stattdessen den Pfad der Datei ein.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Eine Bewerbung aus { $path } importiert.
   *[other] { $count } Bewerbungen aus { $path } importiert.
}
file-exported = { $path } gespeichert.
file-save-title = In Datei speichern
file-open-title = Datei öffnen
file-path = Pfad
file-save = Speichern
file-open = Öffnen
file-cancel = Abbrechen
csv-date = Datum des Gesprächs oder Angebots

## Bewerbungen

cases-title = Bewerbungen
cases-new = Neu
cases-duplicate = Duplizieren
cases-archive = Archivieren
cases-unarchive = Wiederherstellen
cases-delete = Löschen
cases-untitled = Neue Bewerbung
cases-reply-by = Antwort bis { $date }
cases-overdue = überfällig
status-deciding = Entscheidung offen
status-negotiating = In Verhandlung
status-declined = Abgesagt
status-accepted = Angenommen
status-archived = Archiviert

## Profil

profile-title = Ihr Profil
profile-intro = Damit werden Ihre Schreiben unterzeichnet. Die Angaben bleiben auf diesem Computer.
profile-name = Name
profile-email = E-Mail
profile-signature = Signatur
profile-signature-hint = Steht statt Ihres Namens unter Ihren Schreiben, z. B. Name, Position, Telefon
profile-letter-language = Standardsprache für Schreiben
profile-formality = Tonfall
profile-formality-help = Der Tonfall wirkt sich aus, wo die Sprache des Schreibens ihn unterscheidet: „Sie“ oder „du“ im Deutschen, Keigo oder einfache Höflichkeitsform im Japanischen.
formality-formal = Formell
formality-informal = Informell

## Bereiche

tab-checklist = Checkliste
tab-mobility = Umzug
tab-channel = Kanal
tab-editor = Vorlagen-Editor

## Kopfzeile der Bewerbung

header-company = Unternehmen
header-role = Stelle
header-contact = Ansprechperson
header-stage = Phase
header-status = Status
header-reply-by = Antwort bis
header-date-interview = Datum des Gesprächs
header-date-offer = Datum des Angebots
header-date-hint = JJJJ-MM-TT
header-date-invalid = Geben Sie das Datum im ISO-Format JJJJ-MM-TT ein, z. B. 2026-11-26.
stage-after-interview = Nach dem Gespräch
stage-after-offer = Nach dem Angebot

# Barrierefreier Name einer Auswahl in einer Gruppe, z. B. „Phase: Nach dem Angebot“.
choice-accessible-name = { $group }: { $choice }

## Checkliste

checklist-title = Sollten Sie absagen?
# Die Empfehlung steht mit ihren Gründen darunter.
checklist-intro = Beantworten Sie fünf Fragen. Die Empfehlung darunter nennt ihre Gründe; sie ist ein Rat, die Entscheidung liegt bei Ihnen.
checklist-use-weights = Fragen gewichten (angeben, wie wichtig Ihnen jede einzelne ist)
checklist-blocker = Was spricht dagegen?
checklist-blocker-name = { $question }: was dagegen spricht
checklist-blocker-negotiable = Darüber lässt sich verhandeln.
checklist-blocker-fundamental = Daran ändert auch eine Verhandlung nichts.
blocker-group-negotiable = Verhandelbar
blocker-group-fundamental = Passt grundsätzlich nicht
blocker-compensation = Gehalt und Zusatzleistungen
blocker-start-date = Eintrittstermin
blocker-role-scope = Zuschnitt der Stelle
blocker-remote-work = Homeoffice oder flexibles Arbeiten
blocker-relocation-support = Unterstützung beim Umzug
blocker-values = Werte
blocker-way-of-working = Arbeitsweise
blocker-long-term-direction = Langfristige Ausrichtung
blocker-personal-compromise = Familie, Visum oder Gesundheit
checklist-weight = Wie wichtig es Ihnen ist
checklist-weight-name = { $question }: wie wichtig es Ihnen ist
# Wie wichtig eine Frage der Nutzerin oder dem Nutzer ist, 1 bis 5; erscheint neben dem Schieberegler.
weight-1 = ein wenig: gibt nicht den Ausschlag
weight-2 = etwas
weight-3 = ziemlich
weight-4 = sehr
weight-5 = unverzichtbar
checklist-note-hint = Notiz (optional)
checklist-note-name = { $question }: Notiz
checklist-suggestion = Ihre Angaben im Bereich „Umzug“ legen „{ $answer }“ nahe.
checklist-suggestion-net = Ihre Angaben im Bereich „Umzug“ legen „{ $answer }“ nahe, gerechnet mit dem Gehalt nach Steuern.
checklist-suggestion-gross = Ihre Angaben im Bereich „Umzug“ legen „{ $answer }“ nahe, gerechnet mit dem Gehalt vor Steuern. Geben Sie beide Steuersätze an, um zu vergleichen, was Ihnen netto bliebe.
checklist-suggestion-use = Übernehmen
checklist-suggestion-use-name = { $question }: Vorschlag übernehmen
checklist-q-career-goals = Bringt Sie die Stelle Ihren beruflichen Zielen für die nächsten 12 bis 24 Monate näher?
checklist-q-career-goals-help = Denken Sie daran, wo Sie in ein oder zwei Jahren stehen möchten, nicht nur an den nächsten Schritt.
checklist-q-career-goals-short = Berufliche Ziele
checklist-q-pay-after-costs = Sind Gehalt und Zusatzleistungen akzeptabel, wenn Sie Lebenshaltungs- und Umzugskosten einrechnen?
checklist-q-pay-after-costs-help = Vergleichen Sie, was Sie sich am neuen Wohnort davon leisten können, nicht nur die Zahl.
checklist-q-pay-after-costs-short = Gehalt nach Kosten
checklist-q-growth = Gibt es realistische Entwicklungs- und Aufstiegschancen?
checklist-q-growth-help = Hat Ihnen jemand an Beispielen erklärt, wie sich Menschen auf dieser Stelle weiterentwickelt haben?
checklist-q-growth-short = Entwicklung
# Hier ist „Ja“ die Warnantwort (bei den anderen Fragen warnt „Nein“).
checklist-q-compromise = Würde eine Zusage Sie zu einem Kompromiss zwingen, zu dem Sie nicht bereit sind (Familie, Visum, Gesundheit)?
checklist-q-compromise-help = Hier ist „Ja“ das Warnsignal.
checklist-q-compromise-short = Kompromiss
checklist-q-culture-fit = Passen Unternehmenskultur und Führungsstil zu Ihnen?
checklist-q-culture-fit-help = Erinnern Sie sich, wie die Menschen, die Sie kennengelernt haben, über ihre Arbeit und übereinander gesprochen haben.
checklist-q-culture-fit-short = Kultur und Führung
answer-yes = Ja
answer-no = Nein
answer-not-sure = Unsicher
answer-unanswered = Nicht beantwortet

verdict-label = Empfehlung:
verdict-decline = Absagen
verdict-decline-advice = Schon ein Punkt, der eindeutig nicht passt, ist Grund genug. Sagen Sie zügig und freundlich ab und lassen Sie die Tür offen.
verdict-negotiate-first = Erst verhandeln
verdict-negotiate-first-advice = Was dagegen spricht, lässt sich verhandeln. Sprechen Sie es an, bevor Sie absagen; Nein sagen können Sie danach immer noch.
verdict-lean-accept = Eher zusagen
verdict-lean-accept-advice = Nichts hier spricht für eine Absage. Sagen Sie erst zu, wenn Sie sicher sind, und beenden Sie dann Ihre übrigen Bewerbungsverfahren.
verdict-undecided = Unentschieden
verdict-undecided-advice = Sagen Sie nicht zu, solange Sie unsicher sind. Bitten Sie um Bedenkzeit, nennen Sie den Tag, bis zu dem Sie antworten, und klären Sie, was Ihnen noch fehlt.
verdict-reasons = Gründe:
reason-fundamental-blocker = { $question }: { $blocker } – passt nicht, und daran ändert auch eine Verhandlung nichts.
reason-negotiable-blocker = { $question }: { $blocker } – ein Hindernis, über das sich verhandeln ließe.
reason-minor = { $question }: ein Einwand, der Ihnen aber wenig wichtig ist und deshalb nicht den Ausschlag gibt.
reason-unanswered = { $question }: noch nicht beantwortet.
reason-not-sure = { $question }: Sie sind sich noch nicht sicher.
reason-all-favourable = Alle Antworten sprechen für die Stelle.
# Die Nutzerin oder der Nutzer neigt zur Absage, doch die einzigen Hindernisse wären verhandelbar:
# Bessere Bedingungen für eine Stelle zu verlangen, die man nicht will, kostet alle nur Zeit.
reason-negotiation-not-wanted = { $question }: { $blocker } – darüber ließe sich verhandeln, aber Sie neigen zu einer Absage. Verhandeln Sie nur, wenn Sie die Stelle wirklich wollen; andernfalls sagen Sie jetzt ab.
# Über das Gehalt ließe sich verhandeln, aber bei Entwicklung oder Kultur bleiben Zweifel: Das zuerst klären.
reason-doubt-before-negotiating = { $question }: Sie sind sich noch nicht sicher. Klären Sie das zuerst: Verhandeln Sie nur über eine Stelle, die Sie ansonsten wollen.
reason-negotiation-failed = { $question }: { $blocker }. Das Unternehmen konnte Ihrem Wunsch nicht entsprechen, deshalb bleibt es ein Hindernis.
reason-negotiation-partly = { $question }: Ihrem Wunsch wurde teilweise entsprochen. Beantworten Sie die Frage noch einmal, ausgehend von dem, was Ihnen angeboten wurde.
reason-negotiation-met = { $question }: Ihrem Wunsch wurde entsprochen.
# Der gewichtete Anteil der günstigen Antworten liegt unter der Hälfte.
reason-weak-fit = Nur { $percent } % dessen, was Ihnen wichtig ist, spricht für die Stelle: Sagen Sie noch nicht zu.
negotiation-title = Wie ist die Verhandlung ausgegangen?
negotiation-pending = Noch keine Antwort
negotiation-met = Wunsch erfüllt
negotiation-partly = Teilweise erfüllt
negotiation-failed = Nicht möglich
# Die Schaltfläche für die Absage, wenn die Antwort telefonisch gegeben wird: Sie öffnet den Gesprächsleitfaden.
verdict-call-script = Anruf vorbereiten
verdict-write-decline = Absage schreiben
verdict-write-negotiate = Verhandlungsanfrage schreiben
verdict-ask-for-time = Um Bedenkzeit bitten
verdict-fit = Gewichtete Passung: { $percent } %
flip-answer = Was die Empfehlung ändern würde: Die Antwort „{ $answer }“ bei „{ $question }“ ergäbe „{ $verdict }“.
flip-weight = Was die Empfehlung ändern würde: Die Gewichtung { $weight } für „{ $question }“ ergäbe „{ $verdict }“.
# In welche Richtung das eigene Gefühl geht, unabhängig von der Checkliste.
inclination-label = Wozu neigen Sie?
inclination-open = Noch offen
inclination-accept = Eher zusagen
inclination-decline = Eher absagen
inclination-still-interviewing = Ich bin noch in anderen Bewerbungsverfahren
inclination-too-soon = Zuzusagen, solange Sie noch unsicher sind oder noch in anderen Bewerbungsverfahren stecken, ist ein Fehler, der sich kaum rückgängig machen lässt. Bitten Sie stattdessen um Bedenkzeit und nennen Sie den Tag, bis zu dem Sie antworten.
presend-title = Vor dem Absenden
presend-advisor = Ich habe mit einer Vertrauensperson darüber gesprochen
presend-channel = Ich habe den Kanal gewählt (E-Mail oder Anruf mit kurzer Zusammenfassung)
presend-framework = Die Nachricht bedankt sich, nennt die Entscheidung klar und lässt die Tür offen
presend-proofread = Ich habe Ton, Rechtschreibung und Grammatik geprüft
presend-in-time = Ich sende die Nachricht innerhalb von 24 bis 72 Stunden nach meiner Entscheidung
presend-archived = Ich habe die Bewerbungsunterlagen archiviert und meine Stellensuche auf den neuesten Stand gebracht
# Tooltip eines Punkts, den Gracious selbst abgehakt hat (der Kanal ist gewählt, die Prüfung
# hat nichts zu beanstanden).
presend-seen = Gracious hat erkannt, dass dies erledigt ist.
presend-summary = Prüfliste vor dem Absenden: { $done } von { $total } erledigt

## Umzug

mobility-title = Für diese Stelle ins Ausland ziehen?
mobility-intro = Bewerten Sie, was ein Umzug für Sie und Ihren Haushalt bedeuten würde. Offene Punkte sollten Sie klären, bevor Sie antworten.
mobility-moving-abroad = Dieses Angebot bedeutet einen Umzug in ein anderes Land
mobility-not-moving = Setzen Sie oben das Häkchen, wenn das Angebot einen Umzug ins Ausland mit sich bringt; diese Übersicht hilft Ihnen dann bei der Abwägung.
mobility-current-country = Ihr Wohnland
mobility-destination-country = Land der Stelle
# Die Staatsangehörigkeiten der Person (mehrere möglich), im Profil gespeichert: Sie
# entscheiden, ob für einen Umzug ein Visum nötig ist.
mobility-citizenship = Ihre Staatsangehörigkeit
mobility-citizenship-add = Staatsangehörigkeit hinzufügen
mobility-citizenship-remove = Staatsangehörigkeit { $country } entfernen
mobility-choose-country = Land auswählen
mobility-search-country = Land suchen
ppp-title = Was das Gehalt wert ist
ppp-intro = Geben Sie beide Jahresgehälter ein, jeweils in der eigenen Währung. Gracious vergleicht anhand der Kaufkraftdaten der Weltbank, was Sie sich davon leisten können; einen Wechselkurs braucht es dafür nicht.
ppp-amount = Jahresgehalt
ppp-currency = Währung
ppp-tax = Steuersatz (%)
# Ein Kaufkraft-Umrechnungsfaktor (Landeswährung je internationalem Dollar), den man statt
# des Werts der Weltbank selbst eingibt.
ppp-override = Eigener Faktor
ppp-override-hint = optional
ppp-current-pay = Aktuell
ppp-offered-pay = Angebot
ppp-worth = Zu Preisen in Ihrem Wohnland ({ $country }) ist das Angebot etwa { $amount } im Jahr wert.
ppp-change = Das sind { $change } % gegenüber Ihrem jetzigen Gehalt.
# Steht an erster Stelle, sobald beide Steuersätze eingegeben sind: was der Person bleibt, zu Preisen im Wohnland.
ppp-worth-net = Nach Steuern und zu Preisen in Ihrem Wohnland ({ $country }) ist das Angebot etwa { $amount } im Jahr wert: { $change } % gegenüber dem, was Ihnen heute netto bleibt.
# Der Betrag vor Steuern, unter dem Betrag nach Steuern.
ppp-gross-beside = Vor Steuern: etwa { $amount } ({ $change } %).
# Woher das Preisniveau eines Landes stammt; der Faktor selbst steht im Tooltip.
ppp-source-data = { $country }: Preisdaten der Weltbank, { $series }, { $year }.
ppp-source-override = { $country }: Preise nach Ihrem eigenen Faktor.
# Tooltip: Was der Kaufkraftfaktor bedeutet, in einfachen Worten.
ppp-factor-explained = In diesem Land ({ $country }) bekommen Sie für { $factor } { $currency } etwa so viel wie für einen US-Dollar in den USA.
ppp-series-private = Kaufkraft für den Konsum privater Haushalte
ppp-series-gdp = Kaufkraft für die Gesamtwirtschaft (BIP)
ppp-unreliable = Die Preise in diesem Land ({ $country }) sind zuletzt stark gestiegen, und dieser Faktor ist über ein Jahr alt: Sehen Sie das Ergebnis nur als grobe Orientierung.
ppp-national = Das sind landesweite Durchschnittswerte: In einer Großstadt kann das Leben deutlich teurer sein. Wenn Sie einen besseren Faktor kennen, tragen Sie ihn ein.
ppp-incomplete = Wählen Sie beide Länder und geben Sie beide Gehälter ein, um zu sehen, was das Angebot wert ist.
ppp-not-positive = Geben Sie jedes Gehalt als Betrag über null ein.
ppp-no-data = Die Weltbank hat keine verwertbaren Kaufkraftdaten für dieses Land ({ $country }). Gracious stellt keine Vermutungen an: Tragen Sie selbst einen Faktor ein, wenn Sie einen haben.
ppp-currency-mismatch = Die Daten für dieses Land ({ $country }) sind in { $currency } angegeben: Geben Sie dieses Gehalt in { $currency } ein.
ppp-sources = Datenquellen
visa-title = Visum und Arbeitsbeginn
visa-processing-weeks = Bearbeitungszeit des Visums (Wochen)
visa-start-date = Arbeitsbeginn
visa-in-time = { $weeks ->
    [0] Das Visum sollte gerade noch rechtzeitig vorliegen, ohne zeitlichen Puffer.
    [one] Das Visum sollte rechtzeitig vorliegen, mit einer Woche Puffer.
   *[other] Das Visum sollte rechtzeitig vorliegen, mit { $weeks } Wochen Puffer.
}
visa-late = { $weeks ->
    [one] Das Visum käme etwa eine Woche nach dem Arbeitsbeginn. Bitten Sie um einen späteren Eintrittstermin oder um Unterstützung, damit es schneller geht.
   *[other] Das Visum käme etwa { $weeks } Wochen nach dem Arbeitsbeginn. Bitten Sie um einen späteren Eintrittstermin oder um Unterstützung, damit es schneller geht.
}
visa-unknown = Geben Sie Bearbeitungszeit und Arbeitsbeginn ein, um den Zeitplan zu prüfen.
# Ob ein Visum nötig ist, hängt von der Staatsangehörigkeit ab: Wird statt der Fragen zum Visum angezeigt.
visa-free-own = Kein Visum nötig: Sie besitzen die Staatsangehörigkeit dieses Landes ({ $country }).
visa-free-eu = Weder Visum noch Arbeitserlaubnis nötig: Mit der Staatsangehörigkeit { $citizenship } dürfen Sie im Land der Stelle ({ $country }) leben und arbeiten – dank der Freizügigkeit in der EU, im EWR und in der Schweiz.
visa-free-cta = Weder Visum noch Arbeitserlaubnis nötig: Mit der Staatsangehörigkeit { $citizenship } dürfen Sie im Land der Stelle ({ $country }) leben und arbeiten – dank des einheitlichen Reisegebiets (Common Travel Area) zwischen Irland und dem Vereinigten Königreich.
visa-free-tasman = Kein Visumantrag nötig: Mit der Staatsangehörigkeit { $citizenship } dürfen Sie im Land der Stelle ({ $country }) leben und arbeiten – dank des Trans-Tasman Travel Arrangement zwischen Australien und Neuseeland.
visa-partner-note = Ob Ihre Partnerin oder Ihr Partner dort arbeiten darf, hängt von deren eigener Staatsangehörigkeit ab: Bewerten Sie das weiter unten.
# Ob der Name der Stadt oder des Landes („in London arbeiten“) mehr lockt als die Stelle selbst.
mobility-prestige = Macht der Ort selbst (sein Name, sein Prestige) einen großen Teil des Reizes aus?
mobility-weight-name = { $factor }: wie wichtig es Ihnen ist
# Der gewichtete Anteil der bewerteten Punkte, die gut aussehen (unbekannte nicht mitgezählt).
mobility-score = Von dem, was Sie bisher wissen, sprechen { $percent } % für den Umzug – jeder Punkt gewichtet danach, wie wichtig er Ihnen ist.
mobility-trap-prestige = Der Ort scheint Sie mehr anzuziehen als die Stelle. Würden Sie dieselbe Stelle auch an Ihrem jetzigen Wohnort annehmen?
mobility-trap-visa-late = Das Visum käme erst nach dem Arbeitsbeginn. Das ist kein Grund aufzugeben, sondern ein Anlass, über den Eintrittstermin zu verhandeln: Bitten Sie um einen späteren Beginn.
mobility-horizon = Mit Blick auf die nächsten 12 bis 24 Monate
mobility-toward-place = Bringt Sie dieser Schritt einem Wunschort oder einem angestrebten Visum näher?
mobility-builds-skills = Erwerben Sie dabei Fähigkeiten, die einen späteren Umzug erleichtern?
mobility-horizon-warning = Beides nicht: Dieser Umzug dient Ihren längerfristigen Plänen nicht.
mobility-factor-visa = Visum und Arbeitserlaubnis
# „Sponsorship“: Der Arbeitgeber beantragt Arbeitserlaubnis und Visum für die Bewerberin
# oder den Bewerber.
mobility-factor-visa-help = Wie verlässlich unterstützt der Arbeitgeber den Antrag, und liegt die Erlaubnis vor dem Arbeitsbeginn vor?
mobility-factor-relocation = Umzugskostenzuschuss
mobility-factor-relocation-help = Übernimmt das Unternehmen Umzug, Übergangswohnung und Reisekosten?
mobility-factor-family = Unterstützung für die Familie
mobility-factor-family-help = Hilfe bei Wohnungssuche, Behördengängen und beim Einleben für alle, die mitziehen.
mobility-factor-schooling = Schule
mobility-factor-schooling-help = Schulplätze, Unterrichtssprache und Schulgebühren für die Kinder.
# Die Arbeitserlaubnis der Partnerin oder des Partners (und ihre Aussichten auf Arbeit im
# eigenen Beruf), nicht das abstrakte Recht auf Arbeit.
mobility-factor-partner-work = Arbeitserlaubnis für Partner/in
mobility-factor-partner-work-help = Darf Ihre Partnerin oder Ihr Partner dort arbeiten und eine Stelle im eigenen Berufsfeld finden?
mobility-factor-cost-of-living = Lebenshaltungskosten im Verhältnis zum Gehalt
mobility-factor-cost-of-living-help = Was Sie sich dort vom Gehalt leisten können, nicht nur der Wechselkurs.
mobility-factor-health-care = Gesundheitsversorgung und soziale Absicherung
mobility-factor-health-care-help = Krankenversicherung, Rente und Lohnfortzahlung im Krankheitsfall im Vergleich zu heute.
mobility-factor-language = Sprache und Kultur für Ihren Haushalt
mobility-factor-language-help = Kommen alle, die mitziehen, im Alltag zurecht und finden sie Anschluss?
mobility-factor-tax = Steuern auf das Gehalt
mobility-factor-tax-help = Einkommensteuer vor Ort und etwaige Steuern, die im Heimatland weiter anfallen.
rating-good = Gut
rating-acceptable = Akzeptabel
rating-poor = Schlecht
rating-unknown = Unbekannt
# Für die Arbeitserlaubnis der Partnerin oder des Partners und für die Schule, wenn niemand mitzieht oder es keine Kinder gibt.
rating-not-applicable = Entfällt
mobility-note-hint = Notiz (optional)
mobility-note-name = Notiz zu „{ $factor }“
mobility-summary = Zusammenfassung
mobility-none = keine
mobility-strengths = Stärken:
mobility-risks = Risiken:
mobility-unknowns = Noch unklar:
mobility-traps = Achtung
mobility-trap-partner-work = Ob Ihre Partnerin oder Ihr Partner dort eine Arbeitserlaubnis bekommt, ist fraglich oder noch unklar. Gerade das entscheidet oft darüber, ob ein Umzug für ein Paar gelingt.
mobility-trap-schooling = Die Schulsituation ist schlecht oder unbekannt. Prüfen Sie Plätze und Gebühren, bevor Sie sich entscheiden.
mobility-trap-tax = Die Steuern auf das Gehalt sind unbekannt. Finden Sie heraus, was Ihnen netto bleiben würde.

## Kanal

channel-title = E-Mail, Anruf oder Video?
channel-intro = Erzählen Sie Gracious ein wenig über das Bewerbungsverfahren; es schlägt Ihnen vor, wie Sie Ihre Antwort am besten übermitteln.
channel-main-contact = Hauptansprechperson
channel-contact-recruiter = Recruiting oder HR
channel-contact-hiring-manager = Die künftige Führungskraft
channel-rounds = Gesprächsrunden
channel-close-rapport = Sie hatten einen engen Draht zur künftigen Führungskraft
# Jemand im Unternehmen (eine Interviewerin, die künftige Führungskraft) hat sich ungewöhnlich
# viel Zeit genommen: lange Gespräche, ein Besuch vor Ort, persönlicher Rat.
channel-personal-time = Jemand hat viel persönliche Zeit investiert
channel-collaboration = Sie hätten eng mit den Menschen zusammengearbeitet, die Sie kennengelernt haben
channel-relocation-visa = Umzug oder Visum wurden besprochen oder angeboten
channel-video-process = Die Gespräche fanden per Video statt
channel-recommendation = Empfehlung:
channel-email = E-Mail
channel-phone-then-email = Ein Anruf, danach eine kurze Zusammenfassung per E-Mail
channel-video-then-email = Ein Videoanruf, danach eine kurze Zusammenfassung per E-Mail
channel-why = Warum:
channel-reason-email-default = Nichts spricht für ein persönliches Gespräch: Eine E-Mail ist klar dokumentiert und schont die Zeit aller Beteiligten.
channel-reason-recruiter = Ihr Kontakt lief über das Recruiting in einem formalen Verfahren; dort ist eine E-Mail üblich.
channel-reason-close-rapport = Sie hatten einen engen Draht zur künftigen Führungskraft; sie sollte es direkt von Ihnen hören.
channel-reason-many-rounds = Sie haben mehrere Gesprächsrunden durchlaufen; ein persönliches Wort würdigt diesen Aufwand.
channel-reason-personal-time = Jemand hat sich viel Zeit für Sie genommen; ein Anruf ist der angemessene Dank.
channel-reason-collaboration = Die Stelle hätte enge Zusammenarbeit bedeutet; ein Gespräch erhält das gute Verhältnis.
channel-reason-relocation-visa = Umzug oder Visum standen im Raum; womöglich hat schon jemand mit den Vorbereitungen begonnen.
channel-reason-video-process = Das Verfahren lief per Video, daher ist ein kurzer Videoanruf ganz natürlich.
channel-recap-advice = Schicken Sie nach dem Gespräch eine kurze E-Mail, die das Gesagte bestätigt.
channel-your-choice = Ihre Wahl:
channel-follow = Der Empfehlung folgen
channel-open-call-script = Gesprächsleitfaden öffnen
channel-write-recap = Zusammenfassung per E-Mail schreiben
call-mode-title = Gesprächsleitfaden
call-mode-intro = Sagen Sie es mit Ihren eigenen Worten – diese Reihenfolge hat sich bewährt. Fassen Sie sich kurz und bleiben Sie herzlich.

## Antwortfrist

deadline-title = Wann antworten?
deadline-decided-on = Entschieden am
deadline-at = um
deadline-time-hint = HH:MM
deadline-decided-now = Ich habe mich gerade entschieden
# Die Antwortfrist des Arbeitgebers: die feste Frist.
deadline-their-date = Frist des Unternehmens: { $date }.
deadline-not-decided = Noch nicht entschieden: Die 24 bis 72 Stunden für Ihre Antwort beginnen, sobald Sie sich entschieden haben.
deadline-window-past = Seit Ihrer Entscheidung sind mehr als 72 Stunden vergangen. Antworten Sie jetzt, bevor die Frist des Unternehmens abläuft.
deadline-overdue-their = Die Frist des Unternehmens ist abgelaufen. Antworten Sie noch heute: Eine späte Antwort ist viel besser als Schweigen.
deadline-invalid = Geben Sie das Datum als JJJJ-MM-TT und die Uhrzeit als HH:MM ein (24-Stunden-Format).
deadline-answer-by = Antworten Sie spätestens bis { $due }, am besten bis { $ideal }.
# Der ideale Zeitpunkt (24 Stunden nach der Entscheidung) ist vorbei, der späteste noch nicht.
deadline-answer-by-late = Antworten Sie spätestens bis { $due }. Der ideale Zeitpunkt ({ $ideal }) ist bereits vorbei.
# Sobald die Bewerbung als abgesagt markiert ist: Der Countdown endet.
deadline-answered-on = Beantwortet am { $date }.
deadline-answered = Beantwortet.
deadline-left-ideal = Noch { $duration }. Jetzt ist der beste Zeitpunkt für Ihre Antwort.
deadline-left = Noch { $duration }.
deadline-overdue = Frist um { $duration } überschritten. Antworten Sie noch heute: Eine späte Antwort ist viel besser als Schweigen.
deadline-need-time = Sie brauchen mehr Zeit? Sagen Sie es jetzt und nennen Sie den Tag, bis zu dem Sie antworten.
duration-days = { $n ->
    [one] 1 Tag
   *[other] { $n } Tage
}
duration-hours = { $n ->
    [one] 1 Stunde
   *[other] { $n } Stunden
}
duration-minutes = { $n ->
    [one] 1 Minute
   *[other] { $n } Minuten
}

## Zeitplan

timeline-title = Nach Ihrer Entscheidung
timeline-day-1 = Tag 1
timeline-day-2 = Tag 2
timeline-days-3-7 = Tag 3 bis 7
timeline-stay-in-touch = In Kontakt bleiben
step-draft = Nachricht entwerfen
step-choose-channel = Kanal wählen
step-book-call = Gesprächstermin vereinbaren
step-send-or-call = Nachricht senden oder anrufen
step-send-recap = Nach dem Gespräch die Zusammenfassung per E-Mail senden
step-archive = Bewerbungsunterlagen archivieren
step-tracker = Übersicht Ihrer Bewerbungen aktualisieren
step-refocus = Die frei gewordene Zeit in besser passende Stellen investieren
step-close-visa = Visums- oder Umzugsformalitäten abschließen
step-reimbursements = Etwaige Kostenerstattungen oder Verpflichtungen klären
step-connect = Sich mit einer persönlichen Nachricht vernetzen
step-offer-help = Hilfe anbieten, z. B. jemanden aus Ihrem Netzwerk empfehlen
step-future-roles = Darum bitten, bei künftigen Stellen berücksichtigt zu werden
timeline-write-note = Nachricht zum Kontakthalten schreiben
channel-timing = Antworten Sie innerhalb von 24 bis 72 Stunden nach Ihrer Entscheidung. Wenn Sie länger brauchen, sagen Sie das sofort und nennen Sie einen Termin. Schweigen ist die schlechteste Antwort.

## Vorlagen-Editor

editor-title = Ihr Schreiben
editor-scenario = Situation
scenario-withdraw-after-interview = Nach einem Gespräch: Stelle passt nicht
scenario-accepted-other-offer = Nach einem Angebot: anderes Angebot angenommen
scenario-not-right-fit-after-offer = Nach einem Angebot: Stelle passt nicht
scenario-after-negotiation = Nach einer Verhandlung: endgültiges Angebot ablehnen
scenario-relocation-not-feasible = Nach einem Angebot: Umzug für die Familie nicht machbar
scenario-negotiate-instead = Verhandeln statt absagen: Spielraum ausloten
scenario-ask-for-time = Um Bedenkzeit bitten: Termin für die Antwort nennen
scenario-call-recap = Nach einem Anruf: Zusammenfassung per E-Mail
scenario-stay-connected = In Kontakt bleiben: kurze Networking-Nachricht
scenario-interview-call-script = Nach einem Gespräch: Leitfaden für den Anruf
scenario-visa-unworkable = Nach einem Angebot: Visum oder Arbeitserlaubnis nicht machbar (E-Mail nach dem Anruf)
scenario-counteroffer = Nach einem Gegenangebot: beim jetzigen Arbeitgeber bleiben
scenario-many-rounds-call-script = Nach vielen Gesprächsrunden: Leitfaden für den Anruf
scenario-active-relocation = Umzug bereits im Gange: Verpflichtungen offen ansprechen
scenario-repair = Nach einer missglückten Absage: die Wogen glätten
scenario-reopen = Früher abgesagte Stelle: wieder ins Gespräch kommen
scenario-improved-offer-hold = Antwort des Arbeitgebers: besseres Angebot, Ihre Entscheidung steht
scenario-improved-offer-reopen = Antwort des Arbeitgebers: besseres Angebot, das Sie umstimmt
scenario-what-would-it-take = Antwort des Arbeitgebers: „Was müsste sich ändern?“
scenario-call-after-decline = Antwort des Arbeitgebers: Bitte um ein Telefonat nach Ihrer E-Mail
scenario-keep-cv-on-file = Antwort des Arbeitgebers: Dürfen Ihre Unterlagen aufbewahrt werden?
scenario-exit-questionnaire = Antwort des Arbeitgebers: ein Fragebogen zum Bewerbungsverfahren
scenario-are-you-sure = Antwort des Arbeitgebers: ein spätes „Sind Sie sicher?“
editor-letter-language = Sprache des Schreibens
editor-letter-language-same = Wie die Oberfläche ({ $language })
editor-letter-language-profile = Aus Ihrem Profil ({ $language })
editor-sender = Ihr Name
editor-subject = Betreff
editor-body = Nachricht
editor-unfilled = Noch auszufüllen: { $placeholders }
editor-copy = Kopieren
# „Kopieren“ legt den Text des Schreibens (ohne Betreff) in die Zwischenablage; der Betreff hat
# eine eigene Schaltfläche, für das Betreff-Feld der E-Mail.
editor-copy-subject = Betreff kopieren
# Erscheint neben der Schaltfläche „Kopieren“, bis sich der Text ändert.
editor-copied = Kopiert
# Wird angeboten, sobald das Schreiben kopiert, gespeichert oder an das E-Mail-Programm übergeben wurde.
editor-mark-declined = Als abgesagt markieren
editor-reset = Vorlage wiederherstellen
editor-formality = Tonfall
editor-to = An
# Wie das Schreiben die Ansprechperson anredet; wird nur abgefragt, wo die Sprache des Schreibens es braucht.
editor-address = Anrede
editor-script-note = Dies ist ein Gesprächsleitfaden: Sagen Sie es mit Ihren eigenen Worten und senden Sie danach die Zusammenfassung per E-Mail.
editor-answer-date = Ich antworte bis
editor-answer-date-past = Wählen Sie ein Datum nach dem heutigen: Das Schreiben darf keine Antwort bis zu einem Datum versprechen, das schon vorbei ist.
# Eine Antwort in einem Satz, falls der Arbeitgeber nach dem Grund fragt; erscheint beim Gesprächsleitfaden und im Editor.
why-title = Falls man Sie nach dem Grund fragt
editor-network-note = Für eine Kontaktanfrage: ohne Betreff und höchstens 300 Zeichen (derzeit { $count }).
editor-network-too-long = { $count } Zeichen: Kürzen Sie den Text auf höchstens 300, damit er in eine Kontaktanfrage passt.
editor-relocation-check = Bevor Sie versprechen, etwas zurückzuzahlen, prüfen Sie, was Ihr Vertrag zu Umzugskosten regelt.
editor-fill = Ausfüllen
editor-fill-name = Wert für { $placeholder }
editor-save-txt = Als Text speichern…
editor-save-eml = Als E-Mail-Entwurf speichern (.eml)…
editor-mail-client = Im E-Mail-Programm öffnen
editor-copy-refused = Füllen Sie vor dem Kopieren noch { $placeholders } aus.
editor-export-refused = Füllen Sie { $placeholders } aus, bevor Sie das Schreiben speichern oder versenden.
editor-mail-failed = Es ließ sich kein E-Mail-Programm öffnen ({ $error }). Kopieren Sie den Text stattdessen.
editor-mail-opened = In Ihrem E-Mail-Programm geöffnet.
editor-group-builtin = Mitgelieferte Vorlagen
editor-group-mine = Meine Vorlagen
editor-customised = (Ihre Fassung)

## Prüfung

review-title = Prüfung
review-intro = Abgeglichen mit dem bewährten Aufbau: Bezug nehmen, Entscheidung nennen, kurz begründen, danken, Kontakt anbieten, nächste Schritte, Grußformel.
review-acknowledge = Nimmt Bezug auf das Gespräch oder Angebot
review-decision = Nennt die Entscheidung klar
review-reason = Nennt einen kurzen Grund
review-gratitude = Bedankt sich
review-stay-in-touch = Bietet an, in Kontakt zu bleiben
review-next-steps = Nennt die nächsten Schritte
review-sign-off = Schließt mit einer Grußformel
review-present = vorhanden
review-missing = fehlt
review-optional = optional, nicht gefunden
review-length-words = { $length ->
    [one] { $length } Wort (bleiben Sie unter { $max }).
   *[other] { $length } Wörter (bleiben Sie unter { $max }).
}
review-length-chars = { $length } Zeichen (bleiben Sie unter { $max }).
review-too-long = Der Text wird lang: Je kürzer er ist, desto klarer kommt die Entscheidung an.
review-too-short = Recht knapp: Ab { $min } wirkt das Schreiben herzlicher. Ergänzen Sie, was Sie geschätzt haben oder wem Sie danken möchten.
review-over-explains = Die Begründung umfasst { $sentences } Sätze: Einer genügt, die Einzelheiten dürfen Sie für sich behalten.
review-critical = „{ $text }“ { $why }
review-critical-pay = kritisiert das Gehalt.
review-critical-process = kritisiert, wie das Bewerbungsverfahren gelaufen ist.
review-critical-people = kritisiert jemanden, den Sie kennengelernt haben.
review-critical-employer = kritisiert das Unternehmen.
review-critical-kinder = Freundlicher: „{ $kinder }“.
review-critical-leave-out = Lassen Sie es weg: Die Entscheidung steht auch so.
review-misspelled = { $count ->
    [one] Ein Wort ist vielleicht falsch geschrieben (unterstrichen). Mit einem Rechtsklick darauf erhalten Sie Vorschläge.
   *[other] { $count } Wörter sind vielleicht falsch geschrieben (unterstrichen). Mit einem Rechtsklick auf eines erhalten Sie Vorschläge.
}
review-no-dictionary = Keine Rechtschreibprüfung: Auf diesem Computer ist kein Wörterbuch für { $language } vorhanden. Installieren Sie das passende Hunspell-Wörterbuch Ihres Systems oder fügen Sie selbst eines hinzu (.aff und .dic): Datei → Rechtschreibwörterbuch hinzufügen.
review-dictionary-loading = Das Rechtschreibwörterbuch wird geladen…
review-no-spelling-here = Keine Rechtschreibprüfung für { $language }: Gracious prüft die Rechtschreibung mit Hunspell-Wörterbüchern, und für diese Sprache gibt es keine.
review-dictionary-unreliable = Keine Rechtschreibprüfung: Das Wörterbuch für { $language } auf diesem Computer kennt nicht einmal alltägliche Wörter wie „{ $word }“ und würde Fehler in korrekten Schreiben anzeigen. Fügen Sie ein besseres hinzu (.aff und .dic): Datei → Rechtschreibwörterbuch hinzufügen.
review-personal = Der Text entspricht Wort für Wort der Vorlage. Fügen Sie einen eigenen Satz hinzu: was Sie geschätzt haben oder wem Sie danken möchten.
spell-add-word = Zum Wörterbuch hinzufügen
spell-no-suggestions = Keine Vorschläge
spell-looking = Vorschläge werden gesucht…
editor-review-as = Prüfen als
dictionary-added = Rechtschreibwörterbuch für { $language } hinzugefügt.
dictionary-failed = Das Wörterbuch konnte nicht hinzugefügt werden ({ $path }): { $error }
review-unfilled = Noch auszufüllen: { $placeholders }
review-all-good = Alles in Ordnung.

## Meine Vorlagen

templates-title = Meine Vorlagen
templates-name = Name der Vorlage
templates-save-new = Dieses Schreiben als neue Vorlage speichern
templates-save-version = Als meine Fassung dieser Vorlage speichern
templates-restore = Ursprüngliche Vorlage wiederherstellen
templates-rename = Name von „{ $name }“
templates-duplicate = „{ $name }“ duplizieren
templates-delete = „{ $name }“ löschen
templates-use = „{ $name }“ verwenden
templates-use-short = Verwenden
templates-confirm-delete = Wirklich löschen
templates-none = Sie haben noch keine eigenen Vorlagen. Speichern Sie ein Schreiben, um es wiederzuverwenden – Unternehmen, Stelle und Namen werden dabei wieder zu Platzhaltern.
templates-import = Vorlagen importieren…
templates-export = Meine Vorlagen exportieren…
templates-saved = Als „{ $name }“ gespeichert.
templates-imported = { $count ->
    [one] Eine Vorlage importiert.
   *[other] { $count } Vorlagen importiert.
}
templates-copy-name = { $name } (Kopie)
header-contact-email = E-Mail der Ansprechperson

## Über Gracious

about-title = Über Gracious
about-intro = Gracious hilft Ihnen, eine Stelle zügig, klar und freundlich abzusagen. Alle Daten bleiben auf diesem Computer.
about-version = Version { $version }
about-data = Datenquellen und Lizenzen
about-data-body = Der Kaufkraftvergleich verwendet die PPP-Umrechnungsfaktoren der Weltbank, veröffentlicht unter der Lizenz Creative Commons Namensnennung 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious enthält sie umgeformt und auf das jeweils neueste Jahr jeder Reihe beschränkt; Bulgarien ist von Lew in Euro umgerechnet, Simbabwe ist nicht enthalten. Die Weltbank unterstützt oder empfiehlt Gracious nicht. Länder- und Währungsnamen sowie Zahlen-, Geld- und Datumsformate stammen aus dem Unicode CLDR.

## Erster Start

welcome-title = Willkommen bei Gracious
welcome-body = Gracious hilft Ihnen, eine Stelle nach einem Vorstellungsgespräch oder einem Angebot abzusagen: zügig, klar und freundlich, in Ihrer Sprache.
welcome-steps = Beantworten Sie fünf kurze Fragen, entscheiden Sie, ob Sie schreiben oder anrufen, und verfassen Sie Ihre Antwort mithilfe einer Vorlage. Vor dem Absenden wird sie noch einmal geprüft.
welcome-start = Mit eigener Bewerbung beginnen
welcome-example = Beispiel ansehen
welcome-private = Alles, was Sie eingeben, bleibt auf diesem Computer.
# Steht über der Beispielbewerbung; „das Beispiel“ ist ein erfundenes Stellenangebot.
example-banner = Dies ist ein Beispiel mit erfundenen Angaben; alle Bereiche sind zur Veranschaulichung ausgefüllt.
example-remove = Beispiel entfernen
# Wird in der Liste der Bewerbungen an den Titel des Beispiels angehängt.
cases-example = Beispiel

## Nächster Schritt

# Vor der Schaltfläche mit dem einen nächsten Schritt, z. B. „Nächster Schritt: [Schreiben verfassen]“.
next-label = Nächster Schritt:
next-answer-checklist = Checkliste ausfüllen
# Die Checkliste spricht für die Stelle: Es gibt nichts abzusagen.
next-lean-accept = Sie neigen eher zu einer Zusage, daher gibt es vorerst nichts abzusagen.
next-lean-accept-short = Eher zusagen
next-review-checklist = Checkliste durchsehen
next-pick-channel = Festlegen, wie Sie antworten
next-write-letter = Schreiben verfassen
# $deadline ist Wochentag und Datum, ggf. mit Uhrzeit, z. B. „Do., 26. Nov., 14:00“.
next-send-by = Antwort bis { $deadline } senden
next-send = Antwort senden
next-mark-sent = Als gesendet markieren
# $phase ist ein Zeitraum wie „Tag 3 bis 7“, $step eine Aufgabe wie „Übersicht Ihrer Bewerbungen aktualisieren“.
next-step = { $phase }: { $step }
next-step-done = Erledigt
# Barrierefreier Name der Schaltfläche „Erledigt“; $step ist die Aufgabe, die damit abgehakt wird.
next-step-done-name = Als erledigt markieren: { $step }
next-all-done = Hier ist nichts mehr zu tun.
# Unter jeder Bewerbung in der Liste; $action ist einer der nächsten Schritte oben.
cases-next = Als Nächstes: { $action }
# Wird von Screenreadern nach dem Namen eines Bereichs vorgelesen, z. B. „Kanal (erledigt)“.
tab-state-done = erledigt
tab-state-attention = bitte prüfen
# Schaltfläche neben dem empfohlenen Kanal: Die Empfehlung wird als Ihre Wahl übernommen.
channel-use-recommendation = Übernehmen

## Date picker

date-pick = Datum im Kalender auswählen: { $field }
date-previous-month = Vorheriger Monat
date-next-month = Nächster Monat
date-today = Heute
date-clear = Löschen
date-close = Schließen
date-day-today = { $date } (heute)

## Ein Fenster pro Datenordner

# Erscheint, wenn Gracious ein zweites Mal mit denselben Daten gestartet wird; $path ist der Datenordner.
notice-already-open = Gracious ist bereits mit Ihren Daten ({ $path }) geöffnet. Dieses Fenster zeigt sie nur an: Was Sie hier ändern, wird nicht gespeichert. Schließen Sie es und arbeiten Sie im bereits geöffneten Fenster weiter.

## Beenden mit nicht gespeicherten Änderungen

quit-title = Ihre letzten Änderungen sind nicht gespeichert
# $error ist die vom System gemeldete Ursache, z. B. „Permission denied (os error 13)“.
quit-save-failed = Gracious konnte Ihre letzten Änderungen nicht speichern ({ $error }). Wenn Sie Gracious jetzt beenden, gehen sie verloren.
quit-read-only = In diesem Fenster wird nichts gespeichert (Ihre Daten sind in einem anderen Fenster geöffnet). Wenn Sie Gracious jetzt beenden, gehen die hier vorgenommenen Änderungen verloren.
quit-retry = Erneut speichern
# Öffnet einen Dateidialog, um alle Daten (alle Bewerbungen, das Profil, eigene Vorlagen) in eine Datei zu schreiben.
quit-export = Alles in einer Datei speichern…
quit-anyway = Ohne Speichern beenden

## Angebote vergleichen: Gesamtvergütung im direkten Vergleich

menu-compare = Angebote vergleichen
compare-title = Angebote vergleichen
compare-close = Vergleich schließen
compare-intro = Vergleichen Sie Ihre Angebote direkt mit Ihrer jetzigen Stelle: alle Bestandteile der Vergütung, was jede Stelle im Jahr zu den Preisen in Ihrem Wohnland wert ist und wie sie in der Checkliste und im Bereich „Umzug“ abschneidet.
compare-choose = Vergleichen
compare-current-job = Ihre jetzige Stelle
# Die jetzige Stelle, im Satz genannt (compare-summary, compare-summary-net).
compare-current-job-in-text = Ihre jetzige Stelle
# $max ist die größte Zahl von Stellen, die gleichzeitig verglichen werden (4).
compare-too-many = Sie können höchstens { $max } Stellen gleichzeitig vergleichen.
compare-horizon = Einmalzahlungen und Aktien/Anteile verteilen auf
compare-horizon-years = { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
}
compare-horizon-help = Antrittsprämie, Umzugskostenzuschuss und Aktien/Anteile zählen anteilig für jedes Jahr, das Sie bleiben. Üblich ist ein Vesting über vier Jahre.
compare-packages = Was jede Stelle zahlt
compare-packages-intro = Beträge pro Jahr und vor Steuern, jeweils in der Währung der Stelle. Lassen Sie weg, was Sie nicht wissen: Gracious stellt keine Vermutungen an. Graue Werte stammen aus dem Bereich „Umzug“.
compare-equity-private = Aktien/Anteile: nicht börsennotiert
compare-results = Gegenüberstellung
compare-empty = Wählen Sie mindestens zwei zum Vergleich aus: Ihre jetzige Stelle und ein Angebot oder zwei Angebote.
compare-row-verdict = Empfehlung der Checkliste
compare-row-fit = Passung laut Checkliste
compare-row-total = Jahressumme in der Währung der Stelle
compare-row-total-home = Jahressumme zu Preisen Ihres Wohnlands
compare-row-net-home = Nach Steuern, zu Preisen Ihres Wohnlands
compare-row-basis = Grundlage des Preisvergleichs
compare-row-leave = Bezahlter Urlaub
compare-row-notice = Kündigungsfrist
compare-row-start = Frühestmöglicher Eintritt
compare-row-deadline = Antwort bis
compare-row-mobility = Umzugsbewertung
compare-row-traps = Warnhinweise zum Umzug
# Die jetzige Stelle in der Zeile der Empfehlung: Sie ist der Maßstab, über sie wird nicht entschieden.
compare-reference = Ihre Vergleichsbasis
# Markiert den besten Wert einer Zeile; $value ist der Wert.
compare-best = { $value } · Bestwert
compare-leave-value = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} (im Wert von { $amount })
compare-notice-weeks = { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
}
compare-not-moving = kein Umzug
compare-no-traps = keine
compare-not-given = —
compare-basis-same = gleiches Land
compare-basis-data = Weltbank, { $year }
compare-basis-override = Ihr eigener Faktor
# $country ist das Wohnland; $job und $second sind die Namen zweier Spalten (im Satz stets Nominativ).
compare-summary = Zu Preisen in Ihrem Wohnland ({ $country }) ist { $job } am meisten wert: { $amount } im Jahr, { $difference } mehr als { $second }.
# $part ist ein Bestandteil der Vergütung, z. B. „Bonus“.
compare-summary-why = Der größte Unterschied liegt beim Posten „{ $part }“.
compare-summary-net = Nach Steuern bringt Ihnen { $job } am meisten.
compare-summary-none = Geben Sie für zwei Stellen mindestens das Festgehalt und das Land ein, um zu sehen, welche mehr wert ist.
compare-note-equity-private = { $job }: Es handelt sich um Anteile an einem nicht börsennotierten Unternehmen. Sie sind womöglich nichts wert, solange es weder verkauft wird noch an die Börse geht.
compare-note-cliff = { $job }: Die ersten Aktien/Anteile werden erst in Monat { $months } unverfallbar (Cliff), also nach dem verglichenen Zeitraum.
compare-note-repayable = { $job }: Der Posten „{ $part }“ ist zurückzuzahlen, wenn Sie vor Monat { $months } ausscheiden. Dieser Zeitpunkt liegt nach dem verglichenen Zeitraum, daher ist der Betrag nicht eingerechnet.
compare-note-bonus-amount = { $job }: Der Bonus ist sowohl als Betrag als auch in Prozent angegeben; verwendet wird der Betrag.
compare-note-no-base = { $job }: noch kein Festgehalt, daher keine Summe.
compare-note-not-a-number = { $job }: „{ $field }“ ist keine Zahl, mit der Gracious rechnen kann.
compare-note-no-country = { $job }: Wählen Sie das Land der Stelle, um sie zu Preisen Ihres Wohnlands zu vergleichen.
compare-note-no-factor = { $job }: Für dieses Land ({ $country }) gibt es keine Kaufkraftdaten. Tragen Sie einen eigenen Faktor ein, um die Stelle zu vergleichen.
compare-note-currency = { $job }: Die Daten für dieses Land ({ $country }) sind in { $currency } angegeben. Geben Sie die Beträge in { $currency } ein oder tragen Sie einen eigenen Faktor ein.
compare-note-tax = Nach Steuern: Der Steuersatz jeder Stelle wird auf ihre gesamte Jahressumme angewandt.
compare-chart-total = Jahressumme zu Preisen Ihres Wohnlands, nach Bestandteilen
compare-chart-fit = Wie gut jede Stelle passt (in Prozent)
compare-chart-checklist = Passung laut Checkliste
compare-chart-mobility = Umzugsbewertung
compare-chart-alt = Diagramm. Dieselben Zahlen stehen in der Tabelle oben.
compare-accept = Dieses Angebot annehmen
# Für Screenreader: was die Schaltfläche tut, mit dem Namen des Angebots.
compare-accept-name = Angebot annehmen und Absagen an die übrigen vorbereiten: { $job }
compare-accepted = { $job } ist als angenommen markiert. Die Schreiben an { $others } sind jetzt Absagen mit der Begründung, dass Sie ein anderes Angebot angenommen haben.
compare-export-csv = Als CSV exportieren…
compare-export-text = Als Text exportieren…
compare-text-title = Angebotsvergleich vom { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = Zu Preisen in Ihrem Wohnland ({ $country }); Einmalzahlungen und Aktien/Anteile verteilt auf { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
}.
pay-field-country = Land
pay-field-currency = Währung
pay-field-base = Festgehalt
pay-field-bonus-percent = Zielbonus (%)
pay-field-bonus-amount = Bonusbetrag
pay-field-equity-grant = Aktien/Anteile: Wert der Zuteilung
pay-field-equity-years = Aktien/Anteile: Vesting (Jahre)
pay-field-equity-cliff = Aktien/Anteile: Cliff (Monate)
pay-field-sign-on = Antrittsprämie
pay-field-sign-on-repay = Antrittsprämie: Bindungsfrist (Monate)
pay-field-relocation = Umzugskostenzuschuss
pay-field-relocation-repay = Umzugskosten: Bindungsfrist (Monate)
pay-field-pension = Betriebsrente (% vom Festgehalt)
pay-field-benefits = Zusatzleistungen (Wert für Sie pro Jahr)
pay-field-leave = Bezahlter Urlaub (Tage)
pay-field-notice = Kündigungsfrist (Wochen)
pay-field-start = Frühestmöglicher Eintritt
pay-field-tax = Steuersatz (%)
pay-field-factor = Eigener Preisfaktor
pay-part-base = Festgehalt
pay-part-bonus = Bonus
pay-part-equity = Aktien/Anteile
pay-part-sign-on = Antrittsprämie
pay-part-relocation = Umzugskostenzuschuss
pay-part-pension = Betriebsrente
pay-part-benefits = Zusatzleistungen
checklist-suggestion-total-net = Der Angebotsvergleich legt „{ $answer }“ nahe, gerechnet mit der gesamten Vergütung nach Steuern im Vergleich zu Ihrer jetzigen Stelle.
checklist-suggestion-total-gross = Der Angebotsvergleich legt „{ $answer }“ nahe, gerechnet mit der gesamten Vergütung vor Steuern im Vergleich zu Ihrer jetzigen Stelle. Geben Sie beide Steuersätze an, um zu vergleichen, was Ihnen netto bliebe.

## Nach dem Absenden: Antwort des Arbeitgebers, Ihre Versprechen, Ihre Kontakte, der Kalender
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = Nach dem Absenden
menu-export-calendar = Alle Termine als Kalenderdatei exportieren…
followup-intro = Eine Absage ist selten mit einer einzigen Nachricht erledigt. Notieren Sie, was das Unternehmen antwortet, halten Sie Ihre Versprechen und übertragen Sie die Termine in Ihren Kalender.
followup-open = „Nach dem Absenden“ öffnen

followup-reply-title = Antwort des Arbeitgebers
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = Neues Gehaltsangebot: { $pay }
followup-reply-answer = Antworten mit:
followup-reply-earlier-letter = Ihr Schreiben, auf das geantwortet wurde
followup-they-replied = Das Unternehmen hat geantwortet
followup-reply-on = Antwort erhalten am
followup-reply-kind = Anliegen
followup-reply-new-pay-field = Neues Jahresgehalt
followup-reply-improved-note = Mit einem besseren Angebot ist Ihre Entscheidung wieder offen: Bevor Sie antworten, stellt Ihnen die Checkliste die Gehaltsfrage anhand der neuen Zahlen noch einmal.
followup-reply-note = Was das Unternehmen geschrieben hat (optional, für Ihre Unterlagen)
followup-reply-date-invalid = Geben Sie das Datum ein, an dem die Antwort eingegangen ist.
followup-record-reply = Antwort erfassen
reply-kind-improved-offer = Ein besseres Angebot
reply-kind-what-would-it-take = „Was müsste sich ändern?“
reply-kind-ask-for-call = Bitte um ein Telefonat nach Ihrer E-Mail
reply-kind-keep-cv = Dürfen Ihre Unterlagen aufbewahrt werden?
reply-kind-questionnaire = Ein Fragebogen zum Bewerbungsverfahren
reply-kind-are-you-sure = „Sind Sie sicher?“
status-reply-recorded = Die Antwort des Unternehmens ist erfasst, und Ihr Antwortschreiben liegt im Vorlagen-Editor bereit. Ihr Schreiben, auf das geantwortet wurde, finden Sie weiterhin unter „Nach dem Absenden“.
status-reply-improved = Das bessere Angebot ist erfasst, und Ihre Entscheidung ist wieder offen. Beantworten Sie die Gehaltsfrage anhand der neuen Zahlen und wählen Sie dann unter „Nach dem Absenden“ Ihre Antwort.

followup-promises-title = Ihre Versprechen
followup-call-on = Telefontermin am
followup-no-promises = Noch keine Versprechen. Was Sie in Ihren Schreiben versprechen, erscheint hier automatisch; tragen Sie alle weiteren Versprechen selbst ein.
followup-add-promise = Versprechen hinzufügen
followup-promise-what = Was
followup-promise-to = Wem
followup-promise-due = Bis
followup-remove = Entfernen
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = { $company } Ihre Antwort geben
promise-questionnaire = Fragebogen zurückschicken
promise-call = Telefonat mit { $contact }
promise-return-property = Unterlagen und alles zurückgeben, was { $company } Ihnen für den Umzug überlassen hat
promise-settle-money = Umzugskostenzuschuss oder Antrittsprämie mit { $company } vertragsgemäß abrechnen
promise-claim-reimbursements = Kosten einreichen, deren Erstattung { $company } zugesagt hat
promise-check-in = Sich wieder bei { $name } melden
promise-untitled = Versprechen ohne Beschreibung
promise-done = erledigt
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
    [one] seit einem Tag überfällig ({ $when })
   *[other] seit { $days } Tagen überfällig ({ $when })
}
promise-due-today = heute fällig ({ $when })
promise-due-soon = { $days ->
    [one] morgen fällig ({ $when })
   *[other] in { $days } Tagen fällig ({ $when })
}
promise-due-later = bis { $when }
promise-undated = noch ohne Datum
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Anzeigen

followup-people-title = Menschen, die Sie kennengelernt haben
followup-no-people = Tragen Sie die Menschen ein, die Sie kennengelernt haben. So bleiben Sie in Kontakt, ohne sich alles merken zu müssen.
followup-person-name = Name
followup-person-role = Funktion
followup-person-reach = Erreichbar über
followup-person-connected = In einem beruflichen Netzwerk vernetzt
followup-person-last-contact = Letzter Kontakt
followup-person-check-in = Wieder melden am
followup-write-to = Nachricht zum Kontakthalten schreiben
followup-add-person = Person hinzufügen

followup-calendar-title = Ihr Kalender
followup-calendar-note = Exportieren Sie die Antwortfrist, Ihre Versprechen, den vereinbarten Telefontermin, die Schritte nach Ihrer Entscheidung und die Tage, an denen Sie sich wieder melden wollen, als Kalenderdatei (.ics) mit Erinnerungen. Wenn Sie die Datei erneut importieren, werden die bestehenden Einträge aktualisiert und keine neuen angelegt. Alle Daten bleiben auf diesem Computer.
followup-export-calendar = Termine dieser Bewerbung exportieren…
followup-export-calendar-all = Termine aller Bewerbungen exportieren…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what } ({ $company })
ics-reply-by = Antwortfrist
ics-answer-window = Antwort senden: 72 Stunden nach Ihrer Entscheidung
# $title: the opportunity (company · role).
ics-description = { $title }. Erstellt mit Gracious.
# $name: the person the promise was made to.
ics-to-whom = an { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: Ihre Bewerbungen
# In der Liste der Bewerbungen neben einer, deren Versprechen heute fällig oder überfällig sind. $count: wie viele.
cases-promises-due = { $count ->
    [one] ein fälliges Versprechen
   *[other] { $count } fällige Versprechen
}
# Neben der Datumsauswahl im Schreiben, das auf einen Fragebogen zum Bewerbungsverfahren antwortet.
editor-questionnaire-date = Rücksendung des Fragebogens bis
# Ein vereinbartes Telefonat, dessen Tag vorbei ist, in der Liste der Versprechen. $when: Wochentag, Datum und Uhrzeit.
promise-call-past = war am { $when }: abhaken, sobald es stattgefunden hat
