# Briefvorlagen (de-DE). Variablen: $company, $role, $contact, $sender (der Name),
# $signature (die Signatur aus dem Profil, sonst der Name), $formality (formal / informal).
# Ein leeres Feld erscheint als Platzhalter in eckigen Klammern, z. B. „[Unternehmen]“.

placeholder-company = Unternehmen
placeholder-role = Stelle
placeholder-contact = Name der Ansprechperson
placeholder-sender = Ihr Name

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
