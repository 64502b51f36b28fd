# Briefvorlagen (de-DE). Variablen: $company, $role, $contact, $sender (der Name),
# $signature (die Signatur aus dem Profil, sonst der Name), $formality (formal / informal).
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

        danke dir für das Gespräch über die Stelle als { $role } bei { $company }. Ich habe mich gefreut, das Team kennenzulernen und zu hören, woran ihr als Nächstes arbeiten wollt.

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

        Ich habe mich entschieden, das Angebot nicht anzunehmen. Ich habe bei einer anderen Stelle zugesagt, die noch etwas besser zu meinen Plänen passt. Leicht gefallen ist mir das wirklich nicht.

        Was ihr im Team aufbaut, beeindruckt mich sehr, und ich danke dir für das Vertrauen, das du mir geschenkt hast. Lass uns gern in Kontakt bleiben – ich würde mich freuen, wenn wir irgendwann doch noch zusammenarbeiten.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        herzlichen Dank für Ihr Angebot, bei { $company } als { $role } einzusteigen, und für die aufmerksame Begleitung während des gesamten Bewerbungsverfahrens.

        Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen. Ich habe eine andere Stelle angenommen, die noch etwas besser zu meinen Plänen passt. Diese Entscheidung ist mir nicht leichtgefallen.

        Ich schätze sehr, was Ihr Team aufbaut, und danke Ihnen für das Vertrauen, das Sie mir entgegengebracht haben. Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn wir in Zukunft einmal zusammenarbeiten.

        Mit besten Grüßen
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Dein Angebot für die Stelle als { $role }
   *[formal] Ihr Angebot für die Stelle als { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke für dein Angebot für die Stelle als { $role } bei { $company } – darüber habe ich mich sehr gefreut.

        Wir haben das zu Hause ausführlich besprochen, und ich muss leider absagen. Ein Umzug ist für meine Familie im Moment nicht machbar, und nur mit halbem Herzen möchte ich die Stelle nicht antreten.

        Vielen Dank für die Zeit, die du dir genommen hast, und für die Unterstützung beim Umzug, die ihr mir angeboten habt. Falls sich später eine Stelle ergibt, die besser zu meiner Situation passt, freue ich mich, von dir zu hören. Lass uns auf jeden Fall in Kontakt bleiben.

        Herzliche Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Angebot für die Stelle als { $role } bei { $company }. Ich habe mich sehr darüber gefreut.

        Nach ausführlichen Gesprächen in der Familie muss ich jedoch absagen. Ein Umzug ist für uns derzeit nicht machbar, und ich könnte der Aufgabe nicht den Einsatz widmen, den sie verdient.

        Ich weiß die Zeit, die Sie investiert haben, und die angebotene Unterstützung beim Umzug sehr zu schätzen. Sollte sich später eine Stelle ergeben, die zu meiner Situation passt, freue ich mich, von Ihnen zu hören. Gern bleibe ich mit Ihnen in Kontakt.

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

        Bevor ich dir meine Antwort gebe, würde ich gern noch ein paar Punkte mit dir klären: [was du ändern möchtest, z. B. Gehalt, Starttermin oder Tage im Homeoffice]. Mich würde interessieren, ob es da Spielraum gibt.

        Hättest du diese Woche kurz Zeit für ein Gespräch? Ich möchte eine Entscheidung treffen, die für beide Seiten gut passt, und ich schätze deine Offenheit sehr.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Angebot, als { $role } bei { $company } einzusteigen. Die Aufgabe und das Team interessieren mich sehr.

        Bevor ich Ihnen meine Antwort gebe, möchte ich gern noch einige Punkte mit Ihnen besprechen: [was Sie ändern möchten, z. B. Gehalt, Starttermin oder Tage im Homeoffice]. Mich würde interessieren, ob es dabei Spielraum gibt.

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

        danke für dein Angebot für die Stelle als { $role } bei { $company }. Ich freue mich sehr darüber und möchte mir meine Entscheidung in Ruhe und gründlich überlegen.

        Wäre es für dich in Ordnung, wenn ich dir meine endgültige Antwort bis zum { $date } gebe? Spätestens an diesem Tag melde ich mich bei dir, egal, wie ich mich entscheide.

        Falls ihr die Antwort früher braucht, gib mir bitte kurz Bescheid – dann versuche ich, das möglich zu machen.

        Danke für dein Verständnis!

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank für Ihr Angebot für die Stelle als { $role } bei { $company }. Ich weiß es sehr zu schätzen und möchte es mit der gebotenen Sorgfalt prüfen.

        Wäre es möglich, dass ich Ihnen meine endgültige Antwort bis zum { $date } gebe? Spätestens an diesem Tag melde ich mich bei Ihnen, wie auch immer meine Entscheidung ausfällt.

        Sollten Sie meine Antwort früher benötigen, lassen Sie es mich bitte wissen; ich werde mein Bestes tun, um das möglich zu machen.

        Herzlichen Dank für Ihr Verständnis.

        Mit freundlichen Grüßen
        { $signature }
}

# Der Gesprächsleitfaden: was Sie sagen, in der Reihenfolge des Rahmens (Dank, Entscheidung,
# Grund, Wertschätzung, Kontakt halten, nächste Schritte). Die Absätze erscheinen einzeln in großer Schrift.
call-script = { $formality ->
    [informal]
        Hallo { $contact }, danke, dass du dir Zeit für meinen Anruf nimmst. Hast du ein paar Minuten?

        Zuerst noch mal vielen Dank dir und dem Team für die Zeit, die ihr euch für mich und die Stelle als { $role } bei { $company } genommen habt.

        Ich habe lange darüber nachgedacht und mich gegen die Stelle entschieden.

        Der wichtigste Grund ist: [ein ehrlicher, neutraler Grund in einem Satz, z. B. die Stelle passt nicht zu dem, was ich beruflich als Nächstes vorhabe].

        Ich fand es wirklich schön, wie offen alle waren, und ich habe aus unseren Gesprächen viel mitgenommen.

        Ich würde mich freuen, wenn wir in Kontakt bleiben. Ich schicke dir im Anschluss noch eine kurze E-Mail, in der ich das Wichtigste festhalte.

        Noch mal danke – und dir und dem Team alles Gute!
   *[formal]
        Guten Tag { $contact }, danke, dass Sie sich Zeit für meinen Anruf nehmen. Haben Sie ein paar Minuten?

        Zunächst noch einmal herzlichen Dank Ihnen und dem Team für die Zeit, die Sie sich für mich und die Stelle als { $role } bei { $company } genommen haben.

        Ich habe sorgfältig darüber nachgedacht und mich gegen die Stelle entschieden.

        Der wichtigste Grund ist: [ein ehrlicher, neutraler Grund in einem Satz, z. B. die Stelle passt nicht zu dem, was ich beruflich als Nächstes vorhabe].

        Ich habe die Offenheit in allen Gesprächen sehr geschätzt und viel daraus mitgenommen.

        Gern würde ich mit Ihnen in Kontakt bleiben. Ich schicke Ihnen im Anschluss noch eine kurze E-Mail, in der ich das Besprochene festhalte.

        Nochmals vielen Dank, und Ihnen und dem Team alles Gute.
}

letter-call-recap-subject = { $formality ->
    [informal] Kurz zu unserem Gespräch heute
   *[formal] Zu unserem heutigen Gespräch
}
letter-call-recap-body = { $formality ->
    [informal]
        Hallo { $contact },

        danke, dass du dir heute Zeit für unser Gespräch genommen hast.

        Wie besprochen habe ich mich gegen die Stelle als { $role } bei { $company } entschieden. Leicht gefallen ist mir das nicht, und ich danke dir und dem Team für die vielen Einblicke, die ihr mir gegeben habt.

        Ich würde mich freuen, wenn wir in Kontakt bleiben, und wünsche euch viel Erfolg dabei, die richtige Person für die Stelle zu finden.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        vielen Dank, dass Sie sich heute die Zeit für unser Gespräch genommen haben.

        Wie besprochen habe ich mich gegen die Stelle als { $role } bei { $company } entschieden. Diese Entscheidung ist mir nicht leichtgefallen, und ich danke Ihnen und dem Team herzlich für die vielen Einblicke, die Sie mir gegeben haben.

        Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen viel Erfolg dabei, die richtige Person für die Stelle zu finden.

        Mit freundlichen Grüßen
        { $signature }
}

letter-stay-connected-subject = { $formality ->
    [informal] Lass uns in Kontakt bleiben
   *[formal] In Kontakt bleiben
}
letter-stay-connected-body = { $formality ->
    [informal]
        Hallo { $contact },

        noch einmal danke für unsere Gespräche über die Stelle als { $role } bei { $company }. Auch wenn es diesmal nicht gepasst hat, habe ich mich sehr gefreut, dich und das Team kennenzulernen.

        Ich würde gern mit dir in Kontakt bleiben. Wenn ich dir mal helfen kann, zum Beispiel mit einer Empfehlung für eine gute Kandidatin oder einen guten Kandidaten, sag einfach Bescheid. Und wenn bei euch künftig eine passende Stelle frei wird, denk gern an mich.

        Viele Grüße
        { $signature }
   *[formal]
        Guten Tag { $contact },

        noch einmal vielen Dank für unsere Gespräche über die Stelle als { $role } bei { $company }. Auch wenn es diesmal nicht gepasst hat, habe ich mich sehr gefreut, Sie und das Team kennenzulernen.

        Ich würde gern mit Ihnen in Verbindung bleiben. Falls ich Ihnen einmal helfen kann, etwa indem ich Ihnen eine gute Kandidatin oder einen guten Kandidaten empfehle, lassen Sie es mich gern wissen. Und wenn sich künftig eine passende Stelle ergibt, würde ich mich freuen, wenn Sie an mich denken.

        Beste Grüße
        { $signature }
}
