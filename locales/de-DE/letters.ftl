# Briefvorlagen (de-DE). Variablen: $company, $role, $contact, $sender.
# Ein leeres Feld erscheint als Platzhalter in eckigen Klammern, z. B. „[Unternehmen]“.

placeholder-company = Unternehmen
placeholder-role = Stelle
placeholder-contact = Name der Ansprechperson
placeholder-sender = Ihr Name

letter-withdraw-after-interview-subject = Bewerbung als { $role } – meine Entscheidung
letter-withdraw-after-interview-body =
    Guten Tag { $contact },

    vielen Dank für das Gespräch über die Stelle als { $role } bei { $company }. Es hat mich sehr gefreut, das Team und seine anstehenden Aufgaben kennenzulernen.

    Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen. Die Stelle passt nicht zu der Richtung, die ich beruflich als Nächstes einschlagen möchte, und ich sage Ihnen das lieber jetzt, als Ihre Zeit weiter in Anspruch zu nehmen.

    Ihnen und Ihren Kolleginnen und Kollegen danke ich herzlich für Ihre Zeit und die offenen Gespräche. Gern bleibe ich mit Ihnen in Kontakt und hoffe, dass sich unsere Wege wieder kreuzen.

    Mit freundlichen Grüßen
    { $sender }

letter-accepted-other-offer-subject = Ihr Angebot für die Stelle als { $role }
letter-accepted-other-offer-body =
    Guten Tag { $contact },

    herzlichen Dank für Ihr Angebot, bei { $company } als { $role } einzusteigen, und für die aufmerksame Begleitung während des gesamten Bewerbungsverfahrens.

    Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen. Ich habe eine andere Stelle angenommen, die noch etwas besser zu meinen Plänen passt. Diese Entscheidung ist mir nicht leichtgefallen.

    Ich schätze sehr, was Ihr Team aufbaut, und danke Ihnen für das Vertrauen, das Sie mir entgegengebracht haben. Gern bleibe ich mit Ihnen in Kontakt und würde mich freuen, wenn wir in Zukunft einmal zusammenarbeiten.

    Mit besten Grüßen
    { $sender }

letter-relocation-not-feasible-subject = Ihr Angebot für die Stelle als { $role }
letter-relocation-not-feasible-body =
    Guten Tag { $contact },

    vielen Dank für Ihr Angebot für die Stelle als { $role } bei { $company }. Ich habe mich sehr darüber gefreut.

    Nach ausführlichen Gesprächen in der Familie muss ich jedoch absagen. Ein Umzug ist für uns derzeit nicht machbar, und ich könnte der Aufgabe nicht den Einsatz widmen, den sie verdient.

    Ich weiß die Zeit, die Sie investiert haben, und die angebotene Unterstützung beim Umzug sehr zu schätzen. Sollte sich später eine Stelle ergeben, die zu meiner Situation passt, freue ich mich, von Ihnen zu hören. Gern bleibe ich mit Ihnen in Kontakt.

    Herzliche Grüße
    { $sender }
