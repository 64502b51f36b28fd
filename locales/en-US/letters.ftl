# Letter templates (en-US). Variables: $company, $role, $contact, $sender (the name),
# $signature (the profile signature, else the name), $formality (formal / informal).
# An empty field arrives as its bracketed placeholder, e.g. "[company]".

placeholder-company = company
placeholder-role = role
placeholder-contact = contact name
placeholder-sender = your name
placeholder-date = date of your answer

# A date as letters write it. $day, $month and $year are numbers, $monthname the name.
date-long = { $monthname } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

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

letter-negotiate-instead-subject = Your offer for the { $role } role: a few questions
letter-negotiate-instead-body =
    Dear { $contact },

    Thank you for the offer for the { $role } position at { $company }. I am genuinely interested in the role and the team.

    Before I can give you my answer, there are a few points I would like to explore with you: [what you would like to change, e.g. the salary, the start date or remote days]. I would like to understand whether there is any flexibility there.

    Could we find a short time to talk this week? I want to make a decision that works well for both sides, and I appreciate your openness.

    Kind regards,
    { $signature }

letter-ask-for-time-subject = Your offer for the { $role } role
letter-ask-for-time-body =
    Dear { $contact },

    Thank you for the offer for the { $role } position at { $company }. I appreciate it, and I want to give it the careful thought it deserves.

    Would it be possible for me to give you my final answer by { $date }? I will be in touch on or before that date, whatever I decide.

    If you need an answer sooner, please let me know and I will do my best to make that work.

    Thank you for your understanding.

    Kind regards,
    { $signature }

# The call script: what to say, in the order of the framework (thanks, decision, reason,
# gratitude, staying in touch, next steps). Paragraphs are shown one by one in large type.
call-script =
    Hello { $contact }, thank you for taking my call. Do you have a few minutes?

    First, thank you again for the time you and the team spent with me on the { $role } role at { $company }.

    I have thought about it carefully, and I have decided not to go ahead.

    The main reason, in one sentence: [one honest, neutral reason, e.g. the role does not fit where I want to go next].

    I really appreciated how open everyone was, and I learned a lot from our conversations.

    I would be glad to stay in touch, and I will send you a short email to confirm what we said today.

    Thank you again, and all the best to you and the team.

letter-call-recap-subject = Following up on our call
letter-call-recap-body =
    Dear { $contact },

    Thank you for taking the time to speak with me today.

    As I mentioned on the call, I have decided not to move forward with the { $role } role at { $company }. It was not an easy decision, and I am grateful for everything you and the team shared with me.

    I would be happy to stay in touch, and I wish you every success with the search.

    Kind regards,
    { $signature }

letter-stay-connected-subject = Staying in touch
letter-stay-connected-body =
    Hello { $contact },

    Thank you again for our conversations about the { $role } role at { $company }. Even though it did not work out this time, I enjoyed getting to know you and the team.

    I would like to stay connected. If I can ever help, for example by pointing a good candidate your way, please let me know, and do keep me in mind for future roles.

    Best wishes,
    { $signature }
