# Briefvorlagen (de-DE). Variablen: $company, $role, $contact, $sender (der Name),
# $signature (die Signatur aus dem Profil, sonst der Name), $formality (formal / informal),
# $address (die Anrede, wie sie eingegeben wurde, sonst $contact) und $address_given („yes“,
# wenn eine Anrede eingegeben wurde, sonst „no“; Sprachen, deren Anrede eine eigene Form braucht,
# etwa den Vokativ, grüßen ohne Namen, wenn keine angegeben ist). $company und $role kommen so,
# wie sie eingetippt wurden („Nordlicht GmbH“, „IBM“; „Data Engineer“): Formulierungen wählen,
# die sie nie beugen und ihr Geschlecht nicht brauchen („bei { $company }“, „die Stelle als { $role }“).
# Ein leeres Feld erscheint als Platzhalter in eckigen Klammern, z. B. „[Unternehmen]“.

placeholder-company = Unternehmen
placeholder-role = Stelle
placeholder-contact = Name der Ansprechperson
placeholder-sender = Ihr Name
placeholder-date = Datum Ihrer Antwort

# Ein Datum, wie es in Briefen steht. $day, $month und $year sind Zahlen, $monthname ist der Monatsname.
date-long = { $day }. { $monthname } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Meine Entscheidung zur Stelle als { $role }
   *[formal] Bewerbung als { $role } – meine Entscheidung
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke dir für das Gespräch über die Stelle als { $role } bei { $company }. Ich habe mich gefreut, das Team kennenzulernen und zu hören, woran ihr als Nächstes arbeitet.

        Ich habe lange darüber nachgedacht und mich entschieden, meine Bewerbung zurückzuziehen. Die Stelle passt nicht zu dem, was ich beruflich als Nächstes vorhabe – und das sage ich dir lieber jetzt, bevor ich noch mehr von eurer Zeit in Anspruch nehme.

        Vielen Dank dir und deinen Kolleginnen und Kollegen für die Zeit und die offenen Gespräche. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für das Gespräch über die Stelle als { $role } bei { $company }. Es hat mich sehr gefreut, das Team und seine anstehenden Aufgaben kennenzulernen.

        Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen. Die Stelle passt nicht zu der Richtung, die ich beruflich als Nächstes einschlagen möchte, und ich sage Ihnen das lieber jetzt, als Ihre Zeit weiter in Anspruch zu nehmen.

        Ihnen und Ihren Kolleginnen und Kollegen danke ich herzlich für Ihre Zeit und die offenen Gespräche. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Hallo { $contact },

        vielen Dank für dein Angebot, als { $role } bei { $company } einzusteigen – und dafür, wie aufmerksam du mich durch den ganzen Prozess begleitet hast.

        Ich habe mich entschieden, das Angebot nicht anzunehmen. Ich habe eine andere Stelle angenommen, die noch etwas besser zu meinen Plänen passt. Leicht gefallen ist mir das wirklich nicht.

        Was ihr im Team aufbaut, beeindruckt mich sehr, und ich danke dir für das Vertrauen, das du mir geschenkt hast. Lass uns gern in Kontakt bleiben – ich würde mich freuen, wenn wir irgendwann doch noch zusammenarbeiten.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        herzlichen Dank für Ihr Angebot, bei { $company } als { $role } einzusteigen, und für die aufmerksame Begleitung während des gesamten Bewerbungsverfahrens.

        Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen. Ich habe eine andere Stelle angenommen, die noch etwas besser zu meinen Plänen passt. Leicht gemacht habe ich mir diese Entscheidung nicht.

        Ich schätze sehr, was Ihr Team aufbaut, und danke Ihnen für das Vertrauen, das Sie mir entgegengebracht haben. Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn wir in Zukunft einmal zusammenarbeiten könnten.

        Mit besten Grüßen
        { $signature }
}

# Nach einem Angebot, wenn die Stelle selbst nicht passt (Werte, Arbeitsweise, Ausrichtung)
# oder aus einem persönlichen Grund, der keinen Umzug betrifft. Bewusst neutral: Der Grund
# wird nicht ausgeführt.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Hallo { $contact },

        vielen Dank für dein Angebot, als { $role } bei { $company } einzusteigen, und für die Zeit, die du und das Team in mich investiert habt.

        Ich habe lange darüber nachgedacht und mich entschieden, das Angebot abzulehnen. Ich bin zu dem Schluss gekommen, dass die Stelle im Moment nicht die richtige für mich ist – und das sage ich dir lieber jetzt, als dich warten zu lassen.

        Es hat mir viel Freude gemacht, das Team kennenzulernen, und ich danke dir für das Vertrauen, das du mir geschenkt hast. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Angebot, als { $role } bei { $company } einzusteigen, und für die Zeit, die Sie und Ihr Team in mich investiert haben.

        Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen. Ich bin zu dem Schluss gekommen, dass die Stelle derzeit nicht die richtige für mich ist, und teile Ihnen das lieber jetzt mit, als Sie warten zu lassen.

        Ich habe mich sehr gefreut, das Team kennenzulernen, und danke Ihnen für das Vertrauen, das Sie mir entgegengebracht haben. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}

# Nachdem um bessere Bedingungen gebeten wurde (Gehalt, Eintrittstermin, Tage im Homeoffice …)
# und der Arbeitgeber sie nicht erfüllen konnte. Dankt für den Versuch und eröffnet die
# Verhandlung nicht neu.
letter-after-negotiation-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke, dass du dir die Konditionen für die Stelle als { $role } bei { $company } noch einmal angesehen hast – und dass du so offen gesagt hast, was möglich ist.

        Ich habe das endgültige Angebot gründlich abgewogen und mich entschieden, es abzulehnen. Ich verstehe, dass ihr an bestimmte Grenzen gebunden seid, und respektiere das; am Ende liegen unsere Vorstellungen aber zu weit auseinander.

        Vielen Dank für die Zeit und die Mühe, die du dir gemacht hast. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht arbeiten wir ja ein anderes Mal zusammen.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank, dass Sie die Konditionen für die Stelle als { $role } bei { $company } noch einmal geprüft und so offen mit mir besprochen haben, was möglich ist.

        Ich habe das endgültige Angebot sorgfältig abgewogen und mich entschieden, es abzulehnen. Ich verstehe den Rahmen, in dem Sie sich bewegen, und respektiere ihn; am Ende liegen unsere Vorstellungen jedoch zu weit auseinander.

        Für Ihre Zeit und Ihren Einsatz danke ich Ihnen herzlich. Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn wir ein anderes Mal zusammenarbeiten könnten.

        Mit freundlichen Grüßen
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für dein Stellenangebot als { $role } bei { $company } – darüber habe ich mich sehr gefreut.

        Wir haben das zu Hause ausführlich besprochen, und ich muss leider absagen. Ein Umzug ist für meine Familie im Moment nicht machbar, und mit halbem Herzen möchte ich die Stelle nicht antreten.

        Vielen Dank für die Zeit, die du dir genommen hast, und für die Unterstützung beim Umzug, die ihr mir angeboten habt. Falls sich später eine Stelle ergibt, die besser zu meiner Situation passt, freue ich mich, von dir zu hören. Lass uns auf jeden Fall in Kontakt bleiben.

        Herzliche Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Stellenangebot als { $role } bei { $company }. Ich habe mich sehr darüber gefreut.

        Nach ausführlichen Gesprächen in der Familie muss ich jedoch absagen. Ein Umzug ist für uns derzeit nicht machbar, und ich könnte mich der Aufgabe nicht so widmen, wie sie es verdient.

        Ich weiß die Zeit, die Sie investiert haben, und die angebotene Unterstützung beim Umzug sehr zu schätzen. Sollte sich später eine Stelle ergeben, die zu meiner Situation passt, würde ich mich freuen, von Ihnen zu hören. Gern bleibe ich mit Ihnen in Kontakt.

        Herzliche Grüße
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }: ein paar Fragen
   *[formal] Ihr Angebot für die Stelle als { $role }: einige Fragen
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für dein Angebot, als { $role } bei { $company } einzusteigen. Die Stelle und das Team interessieren mich wirklich sehr.

        Bevor ich dir meine Antwort gebe, würde ich gern noch ein paar Punkte mit dir klären: [was sich ändern müsste, z. B. Gehalt, Eintrittstermin oder Tage im Homeoffice]. Mich würde interessieren, ob es da Spielraum gibt.

        Hättest du diese Woche kurz Zeit für ein Gespräch? Ich möchte eine Entscheidung treffen, die für beide Seiten gut passt, und ich schätze deine Offenheit sehr.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Angebot, als { $role } bei { $company } einzusteigen. Die Aufgabe und das Team interessieren mich sehr.

        Bevor ich Ihnen meine Antwort gebe, möchte ich gern noch einige Punkte mit Ihnen besprechen: [was sich ändern müsste, z. B. Gehalt, Eintrittstermin oder Tage im Homeoffice]. Mich würde interessieren, ob es dabei Spielraum gibt.

        Hätten Sie in dieser Woche Zeit für ein kurzes Gespräch? Mir liegt daran, eine Entscheidung zu treffen, die für beide Seiten gut ist, und ich weiß Ihre Offenheit sehr zu schätzen.

        Mit freundlichen Grüßen
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für dein Stellenangebot als { $role } bei { $company }. Ich freue mich sehr darüber und möchte mir meine Entscheidung in Ruhe und gründlich überlegen.

        Wäre es für dich in Ordnung, wenn ich dir meine endgültige Antwort bis zum { $date } gebe? Spätestens an diesem Tag melde ich mich bei dir, egal, wie ich mich entscheide.

        Falls ihr die Antwort früher braucht, gib mir bitte kurz Bescheid – dann versuche ich, das möglich zu machen.

        Danke für dein Verständnis!

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Stellenangebot als { $role } bei { $company }. Ich weiß es sehr zu schätzen und möchte es mit der gebotenen Sorgfalt prüfen.

        Wäre es möglich, Ihnen meine endgültige Antwort bis zum { $date } zu geben? Spätestens an diesem Tag melde ich mich bei Ihnen, wie auch immer meine Entscheidung ausfällt.

        Sollten Sie meine Antwort früher benötigen, lassen Sie es mich bitte wissen – ich tue mein Bestes, um das möglich zu machen.

        Herzlichen Dank für Ihr Verständnis.

        Mit freundlichen Grüßen
        { $signature }
}

# Ein Satz, neutral und wahr, für die Frage „Warum?“ (im Gespräch gesagt oder einem Schreiben
# hinzugefügt). Die App wählt den, der zu dem passt, was in der Checkliste dagegen spricht;
# why-general, wenn dort nichts genannt ist. Es spricht die Bewerberin oder der Bewerber;
# der Satz macht dem Arbeitgeber nie einen Vorwurf. Ohne Anrede formuliert, damit er zu „Sie“
# wie zu „du“ passt (diese Meldungen haben keine Variablen, also auch kein $formality).
why-compensation = Unterm Strich passt das Gesamtpaket nicht zu meiner Situation.
why-start-date = Zeitlich passt es nicht: Ich könnte nicht zu dem Zeitpunkt anfangen, zu dem das Team mich braucht.
why-role-scope = Der Zuschnitt der Stelle entspricht nicht ganz dem, was ich als Nächstes suche.
why-remote-work = Die Aufteilung zwischen Arbeit vor Ort und im Homeoffice passt nicht zu meiner Situation.
why-relocation-support = Zu diesen Bedingungen wäre der Umzug für mich nicht machbar.
why-values = Ich suche ein etwas anderes Arbeitsumfeld, und das möchte ich offen sagen.
why-way-of-working = Die Arbeitsweise passt nicht ganz dazu, wie ich am besten arbeite.
why-long-term-direction = Die Stelle geht nicht in die Richtung, die ich beruflich als Nächstes einschlagen möchte.
why-personal-compromise = Aus persönlichen Gründen ist jetzt nicht der richtige Zeitpunkt für diesen Wechsel.
why-general = Ich bin zu dem Schluss gekommen, dass es im Moment nicht der richtige Schritt für mich ist.

# Der Gesprächsleitfaden: was Sie sagen, in der Reihenfolge des Rahmens (Dank, Entscheidung,
# Grund, Wertschätzung, Kontakt halten, nächste Schritte). Die Absätze erscheinen einzeln in großer Schrift.
# $why ist einer der why-*-Sätze oben, passend zum Grund aus der Checkliste gewählt.
call-script = { $formality ->
    [informal]
        Hallo { $contact }, danke, dass du dir Zeit für meinen Anruf nimmst. Hast du ein paar Minuten?

        Zuerst noch mal vielen Dank dir und dem Team für die Zeit, die ihr euch für mich und die Stelle als { $role } bei { $company } genommen habt.

        Ich habe lange darüber nachgedacht und mich gegen die Stelle entschieden.

        { $why }

        Ich fand es wirklich schön, wie offen alle waren, und ich habe aus unseren Gesprächen viel mitgenommen.

        Ich würde mich freuen, wenn wir in Kontakt bleiben. Ich schicke dir im Anschluss noch eine kurze E-Mail, in der ich das Wichtigste festhalte.

        Noch mal danke – und dir und dem Team alles Gute!
   *[formal]
        Guten Tag { $contact }, danke, dass Sie sich Zeit für meinen Anruf nehmen. Haben Sie ein paar Minuten?

        Zunächst noch einmal herzlichen Dank Ihnen und dem Team für die Zeit, die Sie sich für mich und die Stelle als { $role } bei { $company } genommen haben.

        Ich habe sorgfältig darüber nachgedacht und mich gegen die Stelle entschieden.

        { $why }

        Ich habe die Offenheit in allen Gesprächen sehr geschätzt und viel daraus mitgenommen.

        Gern würde ich mit Ihnen in Kontakt bleiben. Ich schicke Ihnen im Anschluss noch eine kurze E-Mail, in der ich das Besprochene festhalte.

        Nochmals vielen Dank, und Ihnen und dem Team alles Gute.
}

# Wird am selben Tag geschickt, nach dem Anruf, in dem die Absage ausgesprochen wurde.
letter-call-recap-subject = { $formality ->
    [informal] Kurz zu unserem Gespräch heute
   *[formal] Zu unserem heutigen Gespräch
}
letter-call-recap-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für unser Telefonat vorhin.

        Wie besprochen habe ich mich gegen die Stelle als { $role } bei { $company } entschieden. Leicht gefallen ist mir das nicht, und ich danke dir und dem Team für die vielen Einblicke, die ihr mir gegeben habt.

        Ich würde mich freuen, wenn wir in Kontakt bleiben, und wünsche euch viel Erfolg dabei, die richtige Person für die Stelle zu finden.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        nochmals vielen Dank für unser heutiges Telefonat.

        Wie besprochen habe ich mich gegen die Stelle als { $role } bei { $company } entschieden. Leicht gemacht habe ich mir diese Entscheidung nicht, und ich danke Ihnen und dem Team herzlich für die vielen Einblicke, die Sie mir gegeben haben.

        Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen viel Erfolg dabei, die richtige Person für die Stelle zu finden.

        Mit freundlichen Grüßen
        { $signature }
}

# Eine Notiz für eine Kontaktanfrage in einem beruflichen Netzwerk: ohne Betreff und mit
# eingesetzten Namen höchstens 300 Zeichen lang (die Grenze solcher Anfragen), also so kurz halten.
letter-stay-connected-body = { $formality ->
    [informal]
        Hallo { $contact }, danke noch mal für unsere Gespräche über die Stelle als { $role } bei { $company }. Diesmal hat es nicht gepasst, aber ich habe mich gefreut, dich und das Team kennenzulernen, und würde gern in Kontakt bleiben.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact }, nochmals vielen Dank für unsere Gespräche über die Stelle als { $role } bei { $company }. Diesmal hat es nicht gepasst, aber ich habe mich gefreut, Sie und das Team kennenzulernen, und würde gern mit Ihnen in Kontakt bleiben.

        Beste Grüße
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Hallo { $contact }, hier ist { $sender } – schön, dass ich dich erreiche. Hast du zwei Minuten?

        Noch mal danke für das Gespräch über die Stelle als { $role } bei { $company }. Ich habe mich gefreut, das Team kennenzulernen.

        Ich habe gründlich darüber nachgedacht und mich entschieden, meine Bewerbung zurückzuziehen. Die Stelle passt nicht zu dem, was ich beruflich als Nächstes vorhabe.

        Ich bin dir dankbar für deine Zeit und dafür, wie offen alle mit mir waren.

        Ich würde mich freuen, wenn wir in Kontakt bleiben. Noch mal danke, und alles Gute!
   *[formal]
        Guten Tag { $contact }, hier spricht { $sender } – schön, dass ich Sie erreiche. Haben Sie zwei Minuten Zeit?

        Zunächst noch einmal vielen Dank für das Gespräch über die Stelle als { $role } bei { $company }. Ich habe mich gefreut, das Team kennenzulernen.

        Ich habe sorgfältig darüber nachgedacht und mich entschieden, meine Bewerbung zurückzuziehen. Die Stelle passt nicht zu der Richtung, die ich beruflich als Nächstes einschlagen möchte.

        Ich bin Ihnen dankbar für Ihre Zeit und dafür, wie offen alle mit mir gesprochen haben.

        Gern würde ich mit Ihnen in Kontakt bleiben. Nochmals vielen Dank und alles Gute!
}

# „Sponsorship“ heißt: Der Arbeitgeber beantragt Arbeitserlaubnis und Visum für die Bewerberin
# oder den Bewerber; „Arbeitserlaubnis“ sagen, kein Lehnwort wie „Sponsoring“.
letter-visa-unworkable-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke noch mal für unser Gespräch heute und für dein Stellenangebot als { $role } bei { $company }.

        Wie vorhin besprochen habe ich mich entschieden, das Angebot abzulehnen. Visum und Arbeitserlaubnis würden so lange dauern, dass ich nicht dann anfangen könnte, wenn ihr mich im Team braucht – und ich möchte eure Planung nicht verzögern.

        Ich bin dir und dem Team sehr dankbar für alles, was ihr versucht habt, um das möglich zu machen. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        nochmals vielen Dank für unser heutiges Gespräch und für Ihr Stellenangebot als { $role } bei { $company }.

        Wie besprochen habe ich mich entschieden, das Angebot abzulehnen. Visum und Arbeitserlaubnis würden so lange dauern, dass ich nicht zu dem Zeitpunkt beginnen könnte, zu dem Ihr Team mich braucht, und ich möchte Ihre Planung nicht verzögern.

        Ihnen und Ihrem Team bin ich sehr dankbar für den Einsatz, mit dem Sie versucht haben, das möglich zu machen. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}

# Die Bewerberin oder der Bewerber bleibt beim jetzigen Arbeitgeber, der ein besseres Angebot gemacht hat.
letter-counteroffer-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für dein Stellenangebot als { $role } bei { $company } und für die Zeit, die du dir während des ganzen Prozesses für mich genommen hast.

        Nach langem Überlegen habe ich mich entschieden, das Angebot abzulehnen. Mein jetziger Arbeitgeber hat mir ein Angebot gemacht, mit dem ich mich genau in die Richtung entwickeln kann, die ich gesucht habe – deshalb bleibe ich dort.

        Ich danke dir für dein Vertrauen und für alles, was ich über euer Team erfahren habe. Lass uns gern in Kontakt bleiben – vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Stellenangebot als { $role } bei { $company } und für die Zeit, die Sie im Bewerbungsverfahren in mich investiert haben.

        Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen. Mein derzeitiger Arbeitgeber hat mir ein Angebot gemacht, das mir genau die Entwicklung ermöglicht, die ich gesucht habe. Daher bleibe ich dort.

        Ich danke Ihnen für Ihr Vertrauen und für alles, was ich über Ihr Team erfahren durfte. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Hallo { $contact }, hier ist { $sender } – schön, dass ich dich erreiche. Passt es dir gerade?

        Zuerst einmal danke für die viele Zeit, die du und das Team euch in den Gesprächsrunden für mich genommen habt. Das ist für mich nicht selbstverständlich.

        Ich habe mich entschieden, die Stelle als { $role } bei { $company } nicht anzunehmen. Das ist mir schwergefallen, und ich wollte, dass du es direkt von mir hörst.

        Ich habe jedes einzelne Gespräch geschätzt und von den Menschen, die ich kennengelernt habe, viel gelernt.

        Ich würde sehr gern in Kontakt bleiben. Ich schicke dir heute noch eine kurze E-Mail, in der ich das Besprochene festhalte.
   *[formal]
        Guten Tag { $contact }, hier spricht { $sender } – schön, dass ich Sie erreiche. Passt es Ihnen gerade?

        Zuerst einmal vielen Dank für die viele Zeit, die Sie und Ihr Team sich in den Gesprächsrunden für mich genommen haben. Das ist für mich nicht selbstverständlich.

        Ich habe mich entschieden, die Stelle als { $role } bei { $company } nicht anzunehmen. Die Entscheidung ist mir schwergefallen, und ich wollte, dass Sie es direkt von mir hören.

        Ich habe jedes einzelne Gespräch geschätzt und von den Menschen, die ich kennengelernt habe, viel gelernt.

        Sehr gern würde ich mit Ihnen in Kontakt bleiben. Ich schicke Ihnen heute noch eine kurze E-Mail, in der ich das Besprochene festhalte.
}

# Verspricht keine Rückzahlung, bevor der Vertrag geprüft ist.
letter-active-relocation-subject = { $formality ->
    [informal] Die Stelle als { $role } und mein Umzug
   *[formal] Die Stelle als { $role } und mein Umzug
}
letter-active-relocation-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für die große Unterstützung, die ich von dir und { $company } rund um die Stelle als { $role } und den Umzug bekommen habe.

        Ich muss dir leider sagen, dass ich mich entschieden habe, die Stelle nicht anzutreten. Ich weiß, dass der Umzug schon läuft, deshalb möchte ich offen sagen, was bereits passiert ist: [hier auflisten: begonnene Formalitäten, erhaltenes Firmeneigentum, bereits bezahlte Kosten].

        Alles, was dem Unternehmen gehört, gebe ich zurück. Bei den bereits bezahlten Kosten schaue ich nach, was unsere Vereinbarung vorsieht, und melde mich dann bei dir, um zu klären, wie wir das regeln; sag mir bitte, wie ihr den Rest handhaben möchtet.

        Ich bin dir für deine Hilfe wirklich dankbar, und es tut mir leid, dass ich euch zusätzliche Arbeit mache. Ich würde mich freuen, wenn wir in Kontakt bleiben.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für die große Unterstützung, die ich von Ihnen und { $company } rund um die Stelle als { $role } und den Umzug erhalten habe.

        Ich muss Ihnen leider mitteilen, dass ich mich entschieden habe, die Stelle nicht anzutreten. Da der Umzug bereits angelaufen ist, möchte ich offenlegen, was schon geschehen ist: [hier auflisten: begonnene Formalitäten, erhaltenes Firmeneigentum, bereits bezahlte Kosten].

        Alles, was dem Unternehmen gehört, gebe ich zurück. Was die bereits bezahlten Kosten betrifft, prüfe ich, was unsere Vereinbarung vorsieht, und komme dann auf Sie zu, um zu klären, wie wir sie begleichen. Bitte teilen Sie mir mit, wie Sie beim Übrigen vorgehen möchten.

        Für Ihre Hilfe bin ich Ihnen sehr dankbar, und es tut mir leid, dass Ihnen dadurch zusätzliche Arbeit entsteht. Gern bleibe ich mit Ihnen in Kontakt.

        Mit freundlichen Grüßen
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Noch einmal zu meiner letzten Nachricht
   *[formal] Nachtrag zu meiner letzten Nachricht
}
letter-repair-body = { $formality ->
    [informal]
        Hallo { $contact },

        ich habe noch einmal über meine Absage für die Stelle als { $role } bei { $company } nachgedacht und fürchte, meine Nachricht ist nicht so angekommen, wie ich sie gemeint hatte.

        Deshalb möchte ich es klar sagen: Ich bin dir und deinem Team sehr dankbar für eure Zeit und die Sorgfalt, mit der ihr mich durch das Verfahren begleitet habt. Meine Entscheidung hatte mit meiner eigenen Situation zu tun, nicht mit dir oder dem Unternehmen.

        Wenn ich dir irgendwie helfen kann, zum Beispiel, indem ich jemanden für die Stelle empfehle, mache ich das gern. Und wenn du magst, würde ich gern mit dir in Kontakt bleiben.

        Danke für dein Verständnis!

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        ich habe noch einmal über meine Absage für die Stelle als { $role } bei { $company } nachgedacht und habe den Eindruck, dass meine Nachricht nicht so angekommen ist, wie ich sie gemeint hatte.

        Deshalb möchte ich ausdrücklich sagen: Ich bin Ihnen und Ihrem Team sehr dankbar für Ihre Zeit und die Sorgfalt, mit der Sie mich durch das Verfahren begleitet haben. Meine Entscheidung hatte mit meiner eigenen Situation zu tun, nicht mit Ihnen oder Ihrem Unternehmen.

        Wenn ich Ihnen in irgendeiner Weise helfen kann, etwa indem ich jemanden für die Stelle empfehle, tue ich das gern. Ich würde auch gern mit Ihnen in Kontakt bleiben, sofern Ihnen das recht ist.

        Vielen Dank für Ihr Verständnis.

        Mit freundlichen Grüßen
        { $signature }
}

# Einige Zeit nach einer Absage geschrieben, wenn sich die Situation geändert hat. Nennt, was
# sich geändert hat (der Teil in eckigen Klammern), und rechnet damit, dass die Stelle besetzt ist.
letter-reopen-subject = { $formality ->
    [informal] Die Stelle als { $role } bei { $company }
   *[formal] Die Stelle als { $role } bei { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Hallo { $contact },

        noch einmal danke, dass du mich für die Stelle als { $role } bei { $company } in Betracht gezogen hast. Ich hatte damals abgesagt und fand es schön, wie verständnisvoll du das aufgenommen hast.

        Seitdem hat sich bei mir etwas verändert: [was sich geändert hat, z. B. meine Familie kann jetzt umziehen]. Die Stelle passt jetzt gut zu dem, was ich beruflich vorhabe. Mir ist klar, dass sie inzwischen vielleicht schon besetzt ist; falls sie oder eine ähnliche Stelle noch offen ist, würde ich mich sehr freuen, wieder mit dir ins Gespräch zu kommen.

        Hättest du in den nächsten Wochen kurz Zeit für ein Gespräch?

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        nochmals vielen Dank, dass Sie mich für die Stelle als { $role } bei { $company } in Betracht gezogen haben. Ich hatte damals abgesagt und habe sehr geschätzt, wie freundlich Sie meine Entscheidung aufgenommen haben.

        Inzwischen hat sich meine Situation verändert: [was sich geändert hat, z. B. meine Familie kann nun umziehen]. Die Stelle passt jetzt gut zu meinen beruflichen Zielen. Mir ist bewusst, dass sie womöglich schon besetzt ist; sollte sie oder eine ähnliche Position noch offen sein, würde ich mich sehr freuen, wieder mit Ihnen ins Gespräch zu kommen.

        Hätten Sie in den kommenden Wochen Zeit für ein kurzes Gespräch?

        Mit freundlichen Grüßen
        { $signature }
}

# Ob Schreiben in dieser Sprache den Tonfall unterscheiden (Sie/du, Keigo …): „yes“ oder „no“.
letter-formality-marked = yes
# Ob die Anrede eine eigene Form braucht (der Vokativ: uk „пані Олено“, pl „pani Anno“): „yes“
# lässt den Editor danach fragen, mit dem Beispiel unten. Im Deutschen genügt „Guten Tag { $contact }“.
letter-address-asked = no
# Ein Beispiel für eine Anrede, im leeren Feld angezeigt (nur wo danach gefragt wird).
letter-address-hint = z. B. Frau Weber

## Antworten auf die Rückmeldung des Arbeitgebers. Geschrieben, nachdem abgesagt (oder um
## Bedenkzeit gebeten) wurde und der Arbeitgeber darauf geantwortet hat. Jede behält den Ton
## der Absage: kurz, herzlich, ehrlich.

# Der Arbeitgeber hat das Angebot nach der Absage verbessert; die Entscheidung bleibt. Dankt für
# die Mühe und deutet nicht an, dass eine höhere Summe etwas ändern würde.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: Dein verbessertes Angebot für die Stelle als { $role }
   *[formal] Re: Ihr verbessertes Angebot für die Stelle als { $role }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Nachricht und dein verbessertes Angebot für die Stelle als { $role } bei { $company }. Dass du dich dafür noch einmal beim Team für mich eingesetzt hast, bedeutet mir viel.

        Ich habe gründlich darüber nachgedacht und bleibe bei meiner Entscheidung: Ich nehme das Angebot nicht an. Es ging mir nie nur ums Geld, und ich möchte nicht, dass ihr die Stelle meinetwegen länger freihaltet.

        Ich bin dir und deinen Kolleginnen und Kollegen wirklich dankbar für euren Einsatz. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Nachricht und Ihr verbessertes Angebot für die Stelle als { $role } bei { $company }. Dass Sie sich dafür noch einmal bei Ihrem Team für mich eingesetzt haben, bedeutet mir viel.

        Ich habe gründlich darüber nachgedacht und bleibe bei meiner Entscheidung: Ich nehme das Angebot nicht an. Es ging mir nie nur ums Geld, und ich möchte nicht, dass Sie die Stelle meinetwegen länger freihalten.

        Ihnen und Ihren Kolleginnen und Kollegen bin ich für Ihren Einsatz sehr dankbar. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}

# Das verbesserte Angebot ändert tatsächlich etwas: Das wird ehrlich gesagt, mit dem Termin der
# endgültigen Antwort ($date, derselbe Termin wie die Zusage in der App). Enthält keine Absage.
# Den Teil in eckigen Klammern schreibt die Bewerberin oder der Bewerber in eigenen Worten.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Dein neues Angebot für die Stelle als { $role }
   *[formal] Ihr neues Angebot für die Stelle als { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke, dass du mir für die Stelle als { $role } bei { $company } ein neues Angebot gemacht hast. Damit hatte ich nicht gerechnet, und ich weiß das wirklich zu schätzen.

        Ich will ehrlich zu dir sein: Die neuen Konditionen ändern für mich einiges, und ich möchte meine Entscheidung in Ruhe noch einmal überdenken, statt dir vorschnell zu antworten. [was sich geändert hat, z. B. das neue Gehalt deckt jetzt die Kosten für den Umzug]

        Wäre es für dich in Ordnung, wenn ich dir bis zum { $date } Bescheid gebe? Wenn es dir hilft, können wir auch vorher gern telefonieren.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank, dass Sie mir für die Stelle als { $role } bei { $company } ein neues Angebot gemacht haben. Damit hatte ich nicht gerechnet, und ich weiß es sehr zu schätzen.

        Ich möchte offen zu Ihnen sein: Die neuen Konditionen ändern für mich einiges, und ich würde meine Entscheidung gern in Ruhe noch einmal überdenken, statt Ihnen vorschnell zu antworten. [was sich geändert hat, z. B. das neue Gehalt deckt jetzt die Kosten für den Umzug]

        Wäre es für Sie in Ordnung, wenn ich Ihnen meine Antwort bis zum { $date } gebe? Wenn es Ihnen hilft, können wir gern vorher noch miteinander sprechen.

        Mit freundlichen Grüßen
        { $signature }
}

# Der Arbeitgeber fragt: „Was müsste sich ändern?“ Die ehrliche Antwort, wenn nichts am Angebot
# die Entscheidung ändern würde: freundlich sagen, ohne eine Verhandlung zu eröffnen, die nicht zu
# Ende geführt würde. (Würde Geld etwas ändern, wird stattdessen verhandelt.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: Die Stelle als { $role } bei { $company }
   *[formal] Re: Die Stelle als { $role } bei { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Rückmeldung und für deine Frage, was es bräuchte, damit ich es mir anders überlege. Ich fasse das als Kompliment auf, und so ist es sicher auch gemeint.

        Ich bin lieber ehrlich zu dir, als eine Verhandlung anzufangen, die ich nicht zu Ende führen würde. Ich bleibe bei meiner Entscheidung, das Angebot abzulehnen. Das hat mit meiner eigenen Situation zu tun, nicht mit etwas, das ihr am Angebot ändern könntet.

        Noch mal danke für deine Offenheit und für die Zeit, die du dir für mich genommen hast. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht arbeiten wir ja irgendwann doch noch zusammen.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Rückmeldung und für Ihre Frage, was es bräuchte, damit ich es mir anders überlege. Ich verstehe das als Kompliment, und so ist es sicher auch gemeint.

        Ich bin lieber offen zu Ihnen, als eine Verhandlung zu beginnen, die ich nicht zu Ende führen würde. Ich bleibe bei meiner Entscheidung, das Angebot abzulehnen. Das hat mit meiner eigenen Situation zu tun, nicht mit etwas, das Sie am Angebot ändern könnten.

        Nochmals vielen Dank für Ihre Offenheit und für die Zeit, die Sie sich für mich genommen haben. Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn wir in Zukunft einmal zusammenarbeiten könnten.

        Mit freundlichen Grüßen
        { $signature }
}

# Der Arbeitgeber bittet nach der Absage per E-Mail um ein Telefonat. Sagt ein kurzes Gespräch zu
# und stellt vorher klar, dass die Entscheidung steht, damit niemand umsonst ein Gegenangebot
# vorbereitet. In die eckigen Klammern kommen die eigenen Terminvorschläge.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: Die Stelle als { $role } bei { $company }
   *[formal] Re: Die Stelle als { $role } bei { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Rückmeldung und dafür, dass du noch einmal mit mir darüber sprechen möchtest. Für ein kurzes Telefonat nehme ich mir natürlich gern Zeit.

        Damit du planen kannst, sage ich es lieber gleich vorweg: Ich bleibe bei meiner Entscheidung, die Stelle als { $role } nicht anzunehmen, und daran wird auch das Gespräch nichts ändern. Ich freue mich trotzdem darauf, dir persönlich zu danken und deine Fragen zu beantworten.

        Bei mir ginge es zu diesen Zeiten: [zwei oder drei Termine mit Datum und Uhrzeit]. Hättest du an einem davon Zeit?

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Rückmeldung und dafür, dass Sie noch einmal mit mir sprechen möchten. Für ein kurzes Telefonat nehme ich mir selbstverständlich gern Zeit.

        Damit Sie planen können, möchte ich Ihnen vorab offen sagen: Ich bleibe bei meiner Entscheidung, die Stelle als { $role } nicht anzunehmen, und daran wird auch das Gespräch nichts ändern. Ich freue mich dennoch darauf, Ihnen persönlich zu danken und Ihre Fragen zu beantworten.

        Folgende Termine wären bei mir möglich: [zwei oder drei Termine mit Datum und Uhrzeit]. Hätten Sie an einem davon Zeit?

        Mit freundlichen Grüßen
        { $signature }
}

# Der Arbeitgeber fragt, ob er die Unterlagen für künftige Stellen aufbewahren darf (nach der
# DSGVO braucht er dafür die Einwilligung). Stimmt zu und hält die Tür offen.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: Aufbewahrung meiner Bewerbungsunterlagen
   *[formal] Re: Aufbewahrung meiner Bewerbungsunterlagen
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Nachricht und dafür, dass du mich für künftige Stellen bei { $company } im Hinterkopf behältst.

        Klar, ihr dürft meinen Lebenslauf und meine Bewerbungsunterlagen gern dafür aufbewahren, ich bin damit einverstanden. Ich freue mich, von Stellen zu hören, die zu meiner Erfahrung passen, und würde gern mit dir in Kontakt bleiben.

        Noch mal vielen Dank dafür, wie aufmerksam du mich durch das ganze Verfahren begleitet hast.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Nachricht und dafür, dass Sie mich für künftige Stellen bei { $company } berücksichtigen möchten.

        Gern dürfen Sie meinen Lebenslauf und meine Bewerbungsunterlagen dafür aufbewahren, ich bin damit einverstanden. Ich freue mich, von Stellen zu hören, die zu meiner Erfahrung passen, und bleibe gern mit Ihnen in Kontakt.

        Nochmals vielen Dank für die aufmerksame Begleitung während des gesamten Verfahrens.

        Mit freundlichen Grüßen
        { $signature }
}

# Der Arbeitgeber schickt einen Fragebogen zum Bewerbungsverfahren. Sagt zu, ihn auszufüllen, und
# nennt den Termin; das Feedback selbst gehört in den Fragebogen, nicht hierher.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: Fragebogen zum Bewerbungsverfahren für die Stelle als { $role }
   *[formal] Re: Ihr Fragebogen zum Bewerbungsverfahren für die Stelle als { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Nachricht und dafür, dass ihr wissen möchtet, wie ich das Bewerbungsverfahren für die Stelle als { $role } bei { $company } erlebt habe.

        Den Fragebogen fülle ich gern aus und schicke ihn dir bis zum { $date } zurück. Ich hoffe, meine Antworten helfen euch weiter.

        Noch mal danke für deine Zeit und die Aufmerksamkeit, die du mir geschenkt hast.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Nachricht und für Ihr Interesse daran, wie ich das Bewerbungsverfahren für die Stelle als { $role } bei { $company } erlebt habe.

        Den Fragebogen fülle ich gern aus und schicke ihn Ihnen bis zum { $date } zurück. Ich hoffe, meine Antworten sind Ihnen eine Hilfe.

        Nochmals vielen Dank für die Zeit und die Aufmerksamkeit, die Sie mir gewidmet haben.

        Mit freundlichen Grüßen
        { $signature }
}

# Ein spätes „Sind Sie sicher?“ des Arbeitgebers, Tage nach der Absage. Bestätigt die Entscheidung
# freundlich und knapp, ohne sie wieder zu öffnen.
letter-are-you-sure-subject = { $formality ->
    [informal] Re: Die Stelle als { $role } bei { $company }
   *[formal] Re: Die Stelle als { $role } bei { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für deine Nachricht und dafür, dass du wegen der Stelle als { $role } bei { $company } noch einmal bei mir nachfragst.

        Ja, ich bin mir sicher. Ich habe gründlich darüber nachgedacht und bleibe bei meiner Entscheidung, das Angebot abzulehnen.

        Deine Zeit und dein Vertrauen habe ich sehr geschätzt. Ich würde mich freuen, wenn wir in Kontakt bleiben, und vielleicht kreuzen sich unsere Wege ja wieder.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihre Nachricht und dafür, dass Sie wegen der Stelle als { $role } bei { $company } noch einmal bei mir nachfragen.

        Ja, ich bin mir sicher. Ich habe gründlich darüber nachgedacht und bleibe bei meiner Entscheidung, das Angebot abzulehnen.

        Ihre Zeit und Ihr Vertrauen habe ich sehr geschätzt. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

        Mit freundlichen Grüßen
        { $signature }
}
