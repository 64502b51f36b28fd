# Letter templates (en-US). Variables: $company, $role, $contact, $sender (the name),
# $signature (the profile signature, else the name), $formality (formal / informal),
# $address (how to greet the contact as the user typed it, else $contact) and
# $address_given ("yes" when the user typed a form of address, else "no": a language
# whose greeting needs a form of its own, such as the vocative, greets without the name
# when none was given). $company and $role arrive as typed ("Nordlicht GmbH", "Itaú",
# "IBM"; "Data Engineer"): prefer constructions that never inflect them or need their
# gender ("at the company { $company }", "the { $role } position").
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

# After an offer, when the role itself is not right (values, way of working, direction),
# or for a personal reason that does not involve a move. Neutral on purpose: the reason
# is not spelled out.
letter-not-right-fit-after-offer-subject = Your offer for the { $role } role
letter-not-right-fit-after-offer-body =
    Dear { $contact },

    Thank you for offering me the { $role } position at { $company }, and for the time you and the team invested in me.

    After careful thought, I have decided to decline the offer. I have concluded that the role is not the right fit for me at this point, and I would rather tell you now than keep you waiting.

    I enjoyed getting to know the team, and I am grateful for the trust you showed me. I would be glad to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }

# After the user asked for better terms (pay, start date, remote days…) and the employer
# could not meet them. It thanks them for trying and does not reopen the negotiation.
letter-after-negotiation-subject = Your offer for the { $role } role
letter-after-negotiation-body =
    Dear { $contact },

    Thank you for looking again at the terms of the { $role } offer at { $company }, and for being so open with me about what was possible.

    I have weighed the final offer carefully and decided to decline it. I understand the limits you are working within and respect them; in the end, the gap is too large for me.

    I am grateful for the time and effort you put into this. I would be glad to stay in touch, and I hope we can work together another time.

    Kind regards,
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

# One sentence, neutral and true, for when they ask "why?" (said in a call, or added to a
# letter). The app picks the one that matches what stands in the way in the checklist;
# why-general when it names nothing. The speaker is the candidate; "they" never blames.
why-compensation = In the end, the overall package did not work for my situation.
why-start-date = The timing did not work: I could not start when the team needs me.
why-role-scope = The scope of the role is not quite what I am looking for next.
why-remote-work = The way the work is organised, on site and remote, does not fit my situation.
why-relocation-support = The move would not be workable for me on these terms.
why-values = I am looking for a different kind of environment, and I want to be honest about that.
why-way-of-working = The way of working is not the right match for how I work best.
why-long-term-direction = The role does not point in the direction I want my career to take next.
why-personal-compromise = For personal reasons, this is not the right moment for me to make this change.
why-general = After careful thought, it is not the right step for me at this point.

# The call script: what to say, in the order of the framework (thanks, decision, reason,
# gratitude, staying in touch, next steps). Paragraphs are shown one by one in large type.
# $why is one of the why-* sentences above, chosen from the checklist's reason.
call-script =
    Hello { $contact }, thank you for taking my call. Do you have a few minutes?

    First, thank you again for the time you and the team spent with me on the { $role } role at { $company }.

    I have thought about it carefully, and I have decided not to go ahead.

    { $why }

    I really appreciated how open everyone was, and I learned a lot from our conversations.

    I would be glad to stay in touch, and I will send you a short email to confirm what we said today.

    Thank you again, and all the best to you and the team.

# Sent the same day, after the call in which the candidate declined.
letter-call-recap-subject = Following up on our call
letter-call-recap-body =
    Dear { $contact },

    Thank you for taking the time to speak with me today.

    As I mentioned on the call, I have decided not to move forward with the { $role } role at { $company }. It was not an easy decision, and I am grateful for everything you and the team shared with me.

    I would be happy to stay in touch, and I wish you every success with the search.

    Kind regards,
    { $signature }

# A note for a professional-network invitation: no subject, and at most 300 characters
# with the names filled in (the limit of such invitations), so keep it this short.
letter-stay-connected-body =
    Hello { $contact }, thank you again for our conversations about the { $role } role at { $company }. It did not work out this time, but I enjoyed meeting you and the team and would be glad to stay connected.

    Best wishes,
    { $signature }

letter-interview-call-script-body =
    Hello { $contact }, this is { $sender }. Thank you for taking my call; do you have two minutes?

    Thank you again for the interview for the { $role } role at { $company }. I enjoyed meeting the team.

    I have thought it over carefully, and I have decided to withdraw my application. The role is not the right fit for where I want to go next.

    I am grateful for your time and for how open everyone was with me.

    I would be glad to stay in touch. Thank you again, and all the best.

# "Sponsorship" is the employer applying for the work permit and visa on the candidate's
# behalf; say "work permit" rather than a calque of "sponsorship".
letter-visa-unworkable-subject = Your offer for the { $role } role
letter-visa-unworkable-body =
    Dear { $contact },

    Thank you again for speaking with me today, and for the offer for the { $role } position at { $company }.

    As I explained on the call, I have decided to decline the offer. The visa and sponsorship timeline would not allow me to start when the team needs me, and I would not want to hold up your plans.

    I am very grateful for the effort you and the team put into making this work. I would be glad to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }

# The candidate stays with their current employer, who made them a better offer.
letter-counteroffer-subject = Your offer for the { $role } role
letter-counteroffer-body =
    Dear { $contact },

    Thank you for offering me the { $role } position at { $company }, and for the time you invested in me during the process.

    After a lot of thought, I have decided to decline. My current employer has made me an offer that lets me grow in the direction I was looking for, and I have chosen to stay.

    I am grateful for your trust and for everything I learned about your team. I would be happy to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }

letter-many-rounds-call-script-body =
    Hello { $contact }, it's { $sender }. Thank you for taking my call; is now a good moment?

    First, thank you. You and the team gave me a lot of time over these rounds, and I do not take that for granted.

    I have decided not to go ahead with the { $role } role at { $company }. It was a hard decision, and I wanted you to hear it from me directly.

    I valued every conversation, and I learned a lot from the people I met.

    I would really like to stay in touch. I will send you a short email today to confirm what we said.

# It does not promise to repay anything before the contract has been checked.
letter-active-relocation-subject = The { $role } role and my relocation
letter-active-relocation-body =
    Dear { $contact },

    Thank you for all the support you and { $company } have given me around the { $role } position and the move.

    I have to tell you that I have decided not to take up the role. I know the relocation is already under way, so I want to be open about what has been done: [list the paperwork started, company property received, costs already paid].

    I will return anything that belongs to the company. For the costs already paid, I will check what our agreement says and come back to you on how to settle them; please let me know how you would like to handle the rest.

    I am truly grateful for your help and sorry for the extra work. I would be glad to stay in touch.

    Kind regards,
    { $signature }

letter-repair-subject = Following up on my earlier message
letter-repair-body =
    Dear { $contact },

    I have been thinking about how I declined the { $role } position at { $company }, and I feel my message did not come across as I intended.

    I want to say clearly that I am grateful for the time and care you and your team gave me. My decision was about my own situation, not about you or the company.

    If I can help in any way, for example by recommending someone for the role, I would be glad to. I would also like to stay connected, if you are open to it.

    Thank you for your understanding.

    Kind regards,
    { $signature }

# Written some time after a decline, when the user's situation changed. It names what
# changed (the bracketed part) and accepts that the role may be filled.
letter-reopen-subject = The { $role } role at { $company }
letter-reopen-body =
    Dear { $contact },

    Thank you again for considering me for the { $role } position at { $company }. I declined at the time, and I appreciated how graciously you took it.

    Since then, my situation has changed: [what has changed, e.g. my family can now move]. The role now fits where I want to go. I realize the position may well be filled; if it, or a similar one, is still open, I would be very glad to talk again.

    Could we find a short time to speak in the coming weeks?

    Kind regards,
    { $signature }

# Whether letters in this language mark formality (Sie/du, keigo…): "yes" or "no".
letter-formality-marked = no
# Whether the greeting needs a form of address of its own (the vocative: uk "пані
# Олено", pl "pani Anno"): "yes" makes the editor ask for it, with the hint below.
letter-address-asked = no
# An example form of address, shown in the empty field (only where asked).
letter-address-hint = e.g. Ms Weber


## Answering their reply. Written after the user declined (or asked for time) and the
## employer wrote back. Each keeps the decline's tone: brief, warm, honest.

# They improved the offer after the decline; the user's decision stands. It thanks them
# for the effort and does not hint that a higher figure would change anything.
letter-improved-offer-hold-subject = Re: the { $role } role at { $company }
letter-improved-offer-hold-body =
    Dear { $contact },

    Thank you for your message and for the improved offer for the { $role } position at { $company }. It means a lot that you went back to the team on my behalf.

    I have thought about it carefully, and my decision stands: I will not be accepting the offer. It was never only about the figures, and I would not want you to hold the role open for me.

    I am grateful for the effort you and your colleagues put into this. I would be glad to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }

# They improved the offer and it does change the picture: the user says so honestly and
# names the date of the real answer ($date, the same date as the promise in the app).
# The bracketed part is for the user to write in their own words.
letter-improved-offer-reopen-subject = Your new offer for the { $role } role
letter-improved-offer-reopen-body =
    Dear { $contact },

    Thank you for coming back to me with a new offer for the { $role } position at { $company }. I did not expect it, and I appreciate it.

    I want to be honest with you: the new terms change the picture for me, and I would like to reconsider my decision properly rather than answer straight away. [What has changed for you, e.g. the new salary now covers the cost of the move.]

    Would it be possible for me to give you my answer by { $date }? If it helps, I am happy to talk before then.

    Kind regards,
    { $signature }

# They asked "what would it take?". The honest answer when nothing in the offer would
# change the decision: say so, kindly, without opening a negotiation the user would not
# finish. (When money would change it, the user negotiates instead.)
letter-what-would-it-take-subject = Re: the { $role } role at { $company }
letter-what-would-it-take-body =
    Dear { $contact },

    Thank you for your reply and for asking what it would take. I take the question as the compliment it is.

    I would rather be straightforward than start a negotiation I could not finish: my decision to decline the offer stands. It comes from my own situation, not from anything you could change in the offer.

    Thank you again for your openness and for the time you gave me. I would be glad to stay in touch, and I hope we get the chance to work together in the future.

    Kind regards,
    { $signature }

# They asked for a call after the user declined by email. The user agrees to a short call
# and says beforehand that the decision stands, so nobody prepares a counteroffer in
# vain. The bracketed part is for the user's times.
letter-call-after-decline-subject = Re: the { $role } role at { $company }
letter-call-after-decline-body =
    Dear { $contact },

    Thank you for your reply, and for wanting to talk it through. Of course, I am happy to have a short call.

    So that you can plan, I want to be upfront: my decision not to accept the { $role } position stands, and the call will not change it. I would still value the chance to thank you in person and to answer any questions you have.

    Would one of these times suit you? [two or three times that work for you]

    Kind regards,
    { $signature }

# They asked whether they may keep the user's CV on file for future roles (in many
# countries they need consent to do so). The user agrees and leaves the door open.
letter-keep-cv-on-file-subject = Re: keeping my CV on file
letter-keep-cv-on-file-body =
    Dear { $contact },

    Thank you for your message and for thinking of me for future roles at { $company }.

    Yes, you are welcome to keep my CV and application on file. I am glad to hear about openings that match my experience, and I would be pleased to stay in touch.

    Thank you again for the care you showed throughout the process.

    Kind regards,
    { $signature }

# They sent a feedback or exit questionnaire about the process. The user agrees to
# answer it and says when; the feedback itself goes into the questionnaire, not here.
letter-exit-questionnaire-subject = Re: your questionnaire on the { $role } process
letter-exit-questionnaire-body =
    Dear { $contact },

    Thank you for your message and for asking about my experience of the process for the { $role } role at { $company }.

    I will gladly fill in the questionnaire and will send it back by { $date }. I hope my answers are useful to you.

    Thank you again for the time and attention you gave me.

    Kind regards,
    { $signature }

# A late "are you sure?" from the employer, days after the decline. The user confirms
# the decision kindly and briefly, without reopening it.
letter-are-you-sure-subject = Re: the { $role } role at { $company }
letter-are-you-sure-body =
    Dear { $contact },

    Thank you for your message and for checking in with me once more about the { $role } position at { $company }.

    Yes, I am sure. I thought it through carefully, and my decision to decline the offer stands.

    I really appreciated the time and trust you gave me. I would be glad to stay in touch, and I hope our paths cross again.

    Kind regards,
    { $signature }
