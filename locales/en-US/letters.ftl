# Letter templates (en-US). Variables: $company, $role, $contact, $sender (the name),
# $signature (the profile signature, else the name), $formality (formal / informal).
# An empty field arrives as its bracketed placeholder, e.g. "[company]".

placeholder-company = company
placeholder-role = role
placeholder-contact = contact name
placeholder-sender = your name

letter-withdraw-after-interview-subject = { $role } application: my decision
letter-withdraw-after-interview-body =
    Dear { $contact },

    Thank you for our conversation about the { $role } role at { $company }. I enjoyed learning about the team and the work ahead of it.

    After careful thought, I have decided to withdraw my application. The role is not the right fit for where I want to take my career next, and I would rather tell you now than take more of your time.

    I am grateful for the time and openness you and your colleagues gave me. I would be glad to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }

letter-accepted-other-offer-subject = Your offer for the { $role } role
letter-accepted-other-offer-body =
    Dear { $contact },

    Thank you very much for offering me the { $role } position at { $company }, and for the care you took throughout the process.

    I have decided to decline the offer. I have accepted another position that matches my plans a little more closely, and it was not an easy choice.

    I have great respect for what your team is building, and I am thankful for the trust you showed me. I would be happy to stay in touch and hope we can work together in the future.

    With best wishes,
    { $signature }

letter-relocation-not-feasible-subject = Your offer for the { $role } role
letter-relocation-not-feasible-body =
    Dear { $contact },

    Thank you for offering me the { $role } position at { $company }. I was glad to receive it.

    After talking it through at home, I must decline. Moving now is not feasible for my family, and I could not give the role the commitment it deserves.

    I truly appreciate the time you invested and the support you offered for the move. If a role that suits my situation opens later, I would be pleased to hear from you, and I would like to stay in touch.

    Warm regards,
    { $signature }
