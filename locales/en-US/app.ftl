# Gracious — interface strings (en-US, the reference locale).
# Every other locale has exactly these message ids.
#
# For translators: "you" in the interface is the person using Gracious, a candidate
# deciding whether to decline a job; "they", "the employer" and "the contact" are the
# company and the person there (recruiter or hiring manager). An "opportunity" is one
# job application or offer. Address the user as the file's register does throughout
# (e.g. German Sie, Italian infinitives on buttons): never mix.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## Menu

menu-file = File
menu-new-case = New opportunity
menu-export-case = Export this opportunity…
menu-export-workspace = Export all data…
menu-export-csv = Export the list as CSV…
menu-import = Import…
menu-add-dictionary = Add a spelling dictionary…
menu-profile = Profile
menu-about = About
menu-language = Language
menu-language-system = System language ({ $language })
menu-theme = Theme
theme-system = Follow the system
theme-light = Light
theme-dark = Dark

## Notices and status

notice-dismiss = Dismiss
notice-save-failed = Your changes cannot be saved in { $folder } ({ $error }). Gracious keeps them in memory and will try again; keep the app open.
notice-missing-font = { $count ->
    [one] One character cannot be shown because no installed font has it. Install a font for your language (on Debian or Ubuntu: fonts-noto-cjk for Chinese, Japanese and Korean).
   *[other] { $count } characters cannot be shown because no installed font has them. Install a font for your language (on Debian or Ubuntu: fonts-noto-cjk for Chinese, Japanese and Korean).
}
problem-empty = the file was empty
problem-malformed = the file is damaged or not a Gracious file ({ $detail })
problem-future-version = the file was written by a newer version of Gracious (format { $version })
problem-unreadable = the file could not be read ({ $detail })
notice-set-aside = Your saved data could not be loaded: { $problem }. Nothing was deleted: the file was moved to { $path }.
notice-left-in-place = Your saved data could not be loaded: { $problem }. It stays untouched at { $path }, and Gracious will not save over it this session.
notice-restored-backup = Gracious loaded your previous save from the backup { $path }.
notice-backup-set-aside = The backup could not be loaded either: { $problem }. It was moved to { $path }. Gracious started with an empty workspace.
status-saver-stopped = the background saver stopped
status-ready = Everything you type is saved automatically.
status-deleted = Deleted “{ $title }”.
status-undo = Undo
status-reset = The letter is back to the template.
status-copied = Copied to the clipboard.
status-copied-presend-open = { $open ->
    [one] Copied to the clipboard. One item of the pre-send check is still open.
   *[other] Copied to the clipboard. { $open } items of the pre-send check are still open.
}
status-draft-kept = Your edited letter was kept. Press “Reset to the template” to replace it with the new template.
status-copy-failed = Could not copy to the clipboard: { $error }. Select the text and copy it by hand.

## Files

file-dialog-open = A file dialog is open.
file-no-dialog = No file dialog could be opened on this system. Type the path of the file instead.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Imported one opportunity from { $path }.
   *[other] Imported { $count } opportunities from { $path }.
}
file-exported = Saved { $path }.
file-save-title = Save to a file
file-open-title = Open a file
file-path = Path
file-save = Save
file-open = Open
file-cancel = Cancel
csv-date = Interview or offer date

## Opportunities

cases-title = Opportunities
cases-new = New
cases-duplicate = Duplicate
cases-archive = Archive
cases-unarchive = Restore
cases-delete = Delete
cases-untitled = New opportunity
cases-reply-by = reply by { $date }
cases-overdue = overdue
status-deciding = Deciding
status-negotiating = Negotiating
status-declined = Declined
status-accepted = Accepted
status-archived = Archived

## Profile

profile-title = Your profile
profile-intro = Used to sign your letters. It stays on this computer.
profile-name = Name
profile-email = E-mail
profile-signature = Signature
profile-signature-hint = Closes your letters instead of your name, e.g. name, title, phone
profile-letter-language = Default letter language
profile-formality = Formality
profile-formality-help = Formality applies where the letter's language marks it: Sie or du in German, keigo or plain polite Japanese.
formality-formal = Formal
formality-informal = Informal

## Panels

tab-checklist = Decision checklist
tab-mobility = Mobility sheet
tab-channel = Channel
tab-editor = Template editor

## Header of the opportunity

header-company = Company
header-role = Role
header-contact = Contact person
header-stage = Stage
header-status = Status
header-reply-by = Reply by
header-date-interview = Interview date
header-date-offer = Offer date
header-date-hint = YYYY-MM-DD
header-date-invalid = Write the date as YYYY-MM-DD, e.g. 2026-11-26.
stage-after-interview = After the interview
stage-after-offer = After the offer

# Accessible name of one choice in a group, e.g. "Stage: After the offer".
choice-accessible-name = { $group }: { $choice }

## Decision checklist

checklist-title = Should you decline?
# "Explains itself": the verdict comes with its reasons listed under it.
checklist-intro = Answer five questions. The verdict below explains itself; it is advice, and the decision stays yours.
checklist-use-weights = Weigh the questions (say how much each one matters to you)
checklist-blocker = What stands in the way?
checklist-blocker-name = { $question }: what stands in the way
checklist-blocker-negotiable = This can be negotiated.
checklist-blocker-fundamental = Negotiating will not fix this.
blocker-group-negotiable = Can be negotiated
blocker-group-fundamental = A fundamental misfit
blocker-compensation = Pay and benefits
blocker-start-date = Start date
blocker-role-scope = Scope of the role
blocker-remote-work = Remote or flexible work
blocker-relocation-support = Relocation support
blocker-values = Values
blocker-way-of-working = Way of working
blocker-long-term-direction = Long-term direction
blocker-personal-compromise = Family, visa or health
checklist-weight = How much it matters
checklist-weight-name = { $question }: how much it matters
# How much a question matters to the user, 1 to 5; shown after the slider.
weight-1 = a little: it will not decide
weight-2 = somewhat
weight-3 = quite a lot
weight-4 = a lot
weight-5 = it is essential
checklist-note-hint = Note (optional)
checklist-note-name = { $question }: note
checklist-suggestion = Your mobility sheet suggests “{ $answer }”.
checklist-suggestion-net = Your mobility sheet suggests “{ $answer }”, from the pay after tax.
checklist-suggestion-gross = Your mobility sheet suggests “{ $answer }”, from the pay before tax. Give both tax rates to compare what you would keep.
checklist-suggestion-use = Use it
checklist-suggestion-use-name = { $question }: use the suggestion
checklist-q-career-goals = Does the role serve your career goals for the next 12 to 24 months?
checklist-q-career-goals-help = Think of where you want to be in one or two years, not only of the next step.
checklist-q-career-goals-short = Career goals
checklist-q-pay-after-costs = Are pay and benefits acceptable once cost of living and relocation are counted?
checklist-q-pay-after-costs-help = Compare what the money buys where you would live, not the figure alone.
checklist-q-pay-after-costs-short = Pay after costs
checklist-q-growth = Is there a credible path to grow and be promoted?
checklist-q-growth-help = Did anyone describe how people in this role have grown, with examples?
checklist-q-growth-short = Growth
# Here "yes" is the warning answer (the other questions warn on "no").
checklist-q-compromise = Would accepting force a compromise you are not ready to make (family, visa, health)?
checklist-q-compromise-help = Here "Yes" is the warning answer.
checklist-q-compromise-short = Compromise
checklist-q-culture-fit = Do the culture and the leadership style suit you?
checklist-q-culture-fit-help = Recall how the people you met spoke about their work and about each other.
checklist-q-culture-fit-short = Culture and leadership
answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
answer-unanswered = Not answered

verdict-label = Verdict:
verdict-decline = Decline
verdict-decline-advice = One firm misfit is reason enough. Decline promptly and kindly, and keep the door open.
verdict-negotiate-first = Negotiate first
verdict-negotiate-first-advice = What stands in the way can be negotiated. Ask about it before you decline; you can still say no afterwards.
verdict-lean-accept = Lean towards accepting
verdict-lean-accept-advice = Nothing here argues for declining. Accept only once you are sure, and then stop interviewing elsewhere.
verdict-undecided = Undecided
verdict-undecided-advice = Do not accept while you are unsure. Ask for time, name the date you will answer, and find out what you are missing.
verdict-reasons = Because:
reason-fundamental-blocker = { $question }: { $blocker } — a misfit that negotiating will not fix.
reason-negotiable-blocker = { $question }: { $blocker } — a blocker that could be negotiated.
reason-minor = { $question }: a concern, but it matters little to you, so it does not decide.
reason-unanswered = { $question }: not answered yet.
reason-not-sure = { $question }: you are not sure yet.
reason-all-favourable = Every answer favours the role.
# The user leans towards declining, yet the only blockers could be negotiated: asking for
# better terms for a role they do not want wastes everyone's time.
reason-negotiation-not-wanted = { $question }: { $blocker } could be negotiated, but you lean towards declining. Negotiate only for a role you want; otherwise decline now.
# Pay could be negotiated, but growth or culture is still a doubt: settle that first.
reason-doubt-before-negotiating = { $question }: you are not sure yet. Settle that first: negotiate only for a role you otherwise want.
reason-negotiation-failed = { $question }: { $blocker }. They could not meet your request, so it stands in the way.
reason-negotiation-partly = { $question }: they partly met your request. Answer the question again with what they offered.
reason-negotiation-met = { $question }: they met your request.
# The weighted share of favourable answers is below one half.
reason-weak-fit = Only { $percent }% of what matters to you favours the role: do not accept yet.
negotiation-title = How did the negotiation go?
negotiation-pending = No answer yet
negotiation-met = They met it
negotiation-partly = Partly
negotiation-failed = They could not
# The decline button when the answer is given in a call: it opens the call script.
verdict-call-script = Prepare the call
verdict-write-decline = Write the decline letter
verdict-write-negotiate = Write a letter to negotiate
verdict-ask-for-time = Ask for time
verdict-fit = Weighted fit: { $percent }%
flip-answer = What would change the verdict: answering “{ $answer }” for { $question } would make it “{ $verdict }”.
flip-weight = What would change the verdict: giving { $question } the weight { $weight } would make it “{ $verdict }”.
# Which way the user's own feeling goes, whatever the checklist says.
inclination-label = Where are you leaning?
inclination-open = Still open
inclination-accept = Towards accepting
inclination-decline = Towards declining
inclination-still-interviewing = I am still interviewing elsewhere
inclination-too-soon = Accepting while you are still unsure, or while you are still interviewing elsewhere, is a mistake that is hard to undo. Ask for time instead, and name the date you will answer.
presend-title = Before you send
presend-advisor = I talked it over with someone I trust
presend-channel = I chose the channel (email, or a call and a recap)
presend-framework = The message thanks, decides clearly, and keeps the door open
presend-proofread = I proofread it for tone and grammar
presend-in-time = I am sending it within 24 to 72 hours of deciding
presend-archived = I archived the application's papers and updated my job search
# Hover text of a pre-send item Gracious ticked itself (the channel is chosen, the
# review found nothing to fix).
presend-seen = Gracious can see this is done.
presend-summary = Pre-send check: { $done } of { $total } done

## Mobility sheet

mobility-title = Moving abroad for this role?
mobility-intro = Rate what a move would mean for you and your household. Unknowns are worth finding out before you answer.
mobility-moving-abroad = This offer means moving to another country
mobility-not-moving = Tick the box above if the offer involves a move abroad; the sheet then helps you weigh it.
mobility-current-country = You live in
mobility-destination-country = The job is in
# The user's citizenships (several allowed), kept in the profile: they decide whether a
# move needs a visa.
mobility-citizenship = Your citizenship
mobility-citizenship-add = Add a citizenship
mobility-citizenship-remove = Remove { $country }
mobility-choose-country = Choose a country
mobility-search-country = Search countries
ppp-title = What the pay is worth
ppp-intro = Enter both salaries per year, each in its own currency. Gracious compares what they buy, using World Bank purchasing-power data: no exchange rate needed.
ppp-amount = Pay per year
ppp-currency = Currency
ppp-tax = Tax rate (%)
# A purchasing-power conversion factor (local currency per international dollar)
# the user types instead of the World Bank's.
ppp-override = Your own factor
ppp-override-hint = optional
ppp-current-pay = Now
ppp-offered-pay = Offer
ppp-worth = At prices in { $country }, the offer is worth about { $amount } a year.
ppp-change = That is { $change }% against what you earn now.
# Shown first once both tax rates are given: what the user would keep, at home prices.
ppp-worth-net = After tax, at prices in { $country }, the offer is worth about { $amount } a year: { $change }% against what you keep now.
# The figure before tax, shown under the one after tax.
ppp-gross-beside = Before tax: about { $amount } ({ $change }%).
# Where a country's price level comes from; the factor itself is in the hover text.
ppp-source-data = Prices in { $country }: World Bank, { $series }, { $year }.
ppp-source-override = Prices in { $country }: your own factor.
# Hover text: what the purchasing-power factor means, in plain words.
ppp-factor-explained = In { $country }, { $factor } { $currency } buy about what one US dollar buys in the United States.
ppp-series-private = purchasing power for household consumption
ppp-series-gdp = purchasing power for the whole economy (GDP)
ppp-unreliable = Prices in { $country } have been rising fast, and this factor is more than a year old: treat the result as rough.
ppp-national = These are national averages: a big city can cost much more. If you know a better factor, type it in.
ppp-incomplete = Choose both countries and enter both salaries to see what the offer is worth.
ppp-not-positive = Enter each salary as an amount above zero.
ppp-no-data = The World Bank has no usable purchasing-power data for { $country }. Gracious will not guess: type a factor yourself if you have one.
ppp-currency-mismatch = The data for { $country } are in { $currency }: enter that salary in { $currency }.
ppp-sources = Data sources
visa-title = Visa and start date
visa-processing-weeks = Visa processing (weeks)
visa-start-date = Start date
visa-in-time = The visa should arrive in time, with { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } to spare.
visa-late = The visa would arrive about { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } after the start date. Ask for a later start, or for help speeding it up.
visa-unknown = Enter the processing time and the start date to check the timing.
# Whether a visa is needed depends on citizenship: shown instead of the visa questions.
visa-free-own = No visa needed: you are a citizen of { $country }.
visa-free-eu = No visa or work permit needed: as a citizen of { $citizenship }, you may live and work in { $country } (free movement in the EU, the EEA and Switzerland).
visa-free-cta = No visa or work permit needed: as a citizen of { $citizenship }, you may live and work in { $country } (the Common Travel Area of Ireland and the United Kingdom).
visa-free-tasman = No visa application needed: as a citizen of { $citizenship }, you may live and work in { $country } (the Trans-Tasman Travel Arrangement).
visa-partner-note = A partner's right to work depends on their own citizenship: rate it below.
# Whether the city or country's name (e.g. "working in London") draws the user more
# than the job itself.
mobility-prestige = Is the place itself (its name, its prestige) a big part of the appeal?
mobility-weight-name = { $factor }: how much it matters
# The weighted share of the rated factors that look good (unknowns left out).
mobility-score = Of what you know so far, { $percent }% speaks for the move, weighing each factor by how much it matters to you.
mobility-trap-prestige = The place seems to pull more than the role. Would you take the same role at home?
mobility-trap-visa-late = The visa would come after the start date. That is a start date to negotiate, not a reason to give up: ask for a later start.
mobility-horizon = Looking 12 to 24 months ahead
mobility-toward-place = Does it move you toward a place or a visa you want?
mobility-builds-skills = Does it build skills that make a later move easier?
mobility-horizon-warning = Neither: this move does not serve your longer plans.
mobility-factor-visa = Visa and work permit
# "Sponsorship": the employer applying for the candidate's work permit and visa.
mobility-factor-visa-help = How solid is the sponsorship, and will the permit arrive before the start date?
mobility-factor-relocation = Relocation allowance
mobility-factor-relocation-help = Does the company pay for the move, temporary housing and travel?
mobility-factor-family = Support for the family
mobility-factor-family-help = Help with housing, paperwork and settling in for everyone who moves.
mobility-factor-schooling = Schooling
mobility-factor-schooling-help = Places, language of teaching and fees for the children.
# A work permit for the partner (and their chances of work in their field), not the
# abstract social right to work.
mobility-factor-partner-work = Partner's right to work
mobility-factor-partner-work-help = Can your partner work there, and find work in their field?
mobility-factor-cost-of-living = Cost of living against the pay
mobility-factor-cost-of-living-help = What the pay buys there, not the exchange rate alone.
mobility-factor-health-care = Health care and social protection
mobility-factor-health-care-help = Insurance, pension and sick leave compared with what you have now.
mobility-factor-language = Language and culture for the household
mobility-factor-language-help = Will everyone who moves manage daily life and make friends?
mobility-factor-tax = Tax on the pay
mobility-factor-tax-help = Income tax there, and any tax still owed at home.
rating-good = Good
rating-acceptable = Acceptable
rating-poor = Poor
rating-unknown = Unknown
# For the partner's work and schooling, when nobody moves with the user or there are no children.
rating-not-applicable = Does not apply
mobility-note-hint = Note (optional)
mobility-note-name = Note on { $factor }
mobility-summary = Summary
mobility-none = none
mobility-strengths = Strengths:
mobility-risks = Risks:
mobility-unknowns = Still unknown:
mobility-traps = Watch out
mobility-trap-partner-work = Your partner's right to work is poor or unknown. It often decides whether a move works for a couple.
mobility-trap-schooling = Schooling is poor or unknown. Check places and fees before you decide.
mobility-trap-tax = Tax on the pay is unknown. Find out what you would keep after tax.

## Channel

channel-title = Email, call or video?
channel-intro = Tell Gracious a little about the process; it suggests how to deliver your answer.
channel-main-contact = Main contact
channel-contact-recruiter = A recruiter
channel-contact-hiring-manager = The hiring manager
channel-rounds = Interview rounds
channel-close-rapport = The rapport with the hiring manager was close
# Someone at the company (an interviewer, the hiring manager) spent unusual time on
# the candidate: long calls, a site visit, personal advice.
channel-personal-time = Someone gave a lot of their personal time
channel-collaboration = The role meant working closely with the people you met
channel-relocation-visa = Relocation or a visa was discussed or offered
channel-video-process = The interviews were held by video
channel-recommendation = Recommended:
channel-email = Email
channel-phone-then-email = A phone call, then a short email recap
channel-video-then-email = A video call, then a short email recap
channel-why = Why:
channel-reason-email-default = Nothing calls for a voice: an email gives a clear record and respects everyone's time.
channel-reason-recruiter = Your contact was a recruiter in a formal process; email is what they expect.
channel-reason-close-rapport = You built a close rapport with the hiring manager; they should hear it from you.
channel-reason-many-rounds = You went through several rounds; a personal word honours that effort.
channel-reason-personal-time = Someone gave you a lot of their time; a call thanks them properly.
channel-reason-collaboration = The role meant close collaboration; a conversation keeps the relationship warm.
channel-reason-relocation-visa = Relocation or a visa was on the table; people may already have started work on it.
channel-reason-video-process = The process ran by video, so a short video call feels natural.
channel-recap-advice = After the call, send a brief email that confirms what you said.
channel-your-choice = Your choice:
channel-follow = Follow the recommendation
channel-open-call-script = Open the call script
channel-write-recap = Write the recap email
call-mode-title = Call script
call-mode-intro = Say it in your own words; this is the order that works. Keep it short and warm.

## Reply deadline

deadline-title = When to answer
deadline-decided-on = You decided on
deadline-at = at
deadline-time-hint = HH:MM
deadline-decided-now = I decided just now
# The employer's reply-by date: the hard deadline.
deadline-their-date = Their deadline: { $date }.
deadline-not-decided = Not decided yet: the 24 to 72 hours for your answer start when you decide.
deadline-window-past = More than 72 hours have passed since you decided. Answer now, before their deadline.
deadline-overdue-their = Their deadline has passed. Answer today: a late answer is far better than silence.
deadline-invalid = Write the date as YYYY-MM-DD and the time as HH:MM (24-hour clock).
deadline-answer-by = Answer by { $due } — ideally by { $ideal }.
# The ideal moment (24 hours after deciding) has passed; the latest has not.
deadline-answer-by-late = Answer by { $due }. The ideal time, { $ideal }, has passed.
# Once the user marked the opportunity declined: the countdown stops.
deadline-answered-on = Answered on { $date }.
deadline-answered = Answered.
deadline-left-ideal = { $duration } left. Now is the best time to answer.
deadline-left = { $duration } left.
deadline-overdue = Overdue by { $duration }. Answer today: a late answer is far better than silence.
deadline-need-time = Need more time? Say so now, and name the date of your answer.
duration-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
duration-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
duration-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}

## Timeline

timeline-title = After you decide
timeline-day-1 = Day 1
timeline-day-2 = Day 2
timeline-days-3-7 = Days 3 to 7
timeline-stay-in-touch = Staying in touch
step-draft = Draft the message
step-choose-channel = Choose the channel
step-book-call = Book the call
step-send-or-call = Send the message, or make the call
step-send-recap = Send the recap email after the call
step-archive = Archive the application's papers
step-tracker = Update your job-search tracker
step-refocus = Put the freed time into roles that fit better
step-close-visa = Close out the visa or relocation paperwork
step-reimbursements = Confirm any reimbursements or obligations
step-connect = Connect with a personal note
step-offer-help = Offer to help, e.g. by referring a peer
step-future-roles = Ask to be considered for future roles
timeline-write-note = Write a note to stay in touch
channel-timing = Answer within 24 to 72 hours of deciding. If you need longer, say so at once and name the date. Silence is the worst answer.

## Template editor

editor-title = Your letter
editor-scenario = Situation
scenario-withdraw-after-interview = After an interview: not the right fit
scenario-accepted-other-offer = After an offer: accepted another offer
scenario-not-right-fit-after-offer = After an offer: not the right fit
scenario-after-negotiation = After a negotiation: declining the final offer
scenario-relocation-not-feasible = After an offer: relocation not feasible for the family
scenario-negotiate-instead = Negotiate instead: explore flexibility
scenario-ask-for-time = Ask for time: name the date of your answer
scenario-call-recap = After a call: the email recap
scenario-stay-connected = Stay connected: a short networking note
scenario-interview-call-script = After an interview: call script
scenario-visa-unworkable = After an offer: visa or sponsorship unworkable (email after the call)
scenario-counteroffer = Staying with your employer after a counteroffer
scenario-many-rounds-call-script = After many rounds: call script
scenario-active-relocation = During a relocation: open about commitments
scenario-repair = Repair note after an awkward decline
scenario-reopen = Reopening a role you declined earlier
scenario-improved-offer-hold = Their reply: an improved offer, your decision stands
scenario-improved-offer-reopen = Their reply: an improved offer that changes your mind
scenario-what-would-it-take = Their reply: "What would it take?"
scenario-call-after-decline = Their reply: they ask for a call after your email
scenario-keep-cv-on-file = Their reply: may they keep your CV on file?
scenario-exit-questionnaire = Their reply: a feedback questionnaire
scenario-are-you-sure = Their reply: a late "are you sure?"
editor-letter-language = Letter language
editor-letter-language-same = Same as the interface ({ $language })
editor-letter-language-profile = From your profile ({ $language })
editor-sender = Your name
editor-subject = Subject
editor-body = Message
editor-unfilled = Still to fill in: { $placeholders }
editor-copy = Copy
# Copy puts the letter's text (without the subject) on the clipboard; the subject has
# its own button, for the mail's subject field.
editor-copy-subject = Copy the subject
# Shown beside the copy button until the text changes.
editor-copied = Copied
# Offered once the letter has been copied, saved or handed to the mail client.
editor-mark-declined = Mark as declined
editor-reset = Reset to the template
editor-formality = Formality
editor-to = To
# How the letter greets the contact; asked only where the letter language needs it.
editor-address = Address them as
editor-script-note = This is a call script: say it in your own words, then send the recap email.
editor-answer-date = I will answer by
editor-answer-date-past = Choose a date after today: the letter must not promise an answer by a date that has already passed.
# A one-sentence answer for when the employer asks why; shown with the call script and in the editor.
why-title = If they ask why
editor-network-note = For a connection invitation: no subject, and at most 300 characters ({ $count } now).
editor-network-too-long = { $count } characters: shorten it to 300 or fewer to fit an invitation.
editor-relocation-check = Before you promise to repay anything, check what your contract says about relocation costs.
editor-fill = Fill in
editor-fill-name = Value for { $placeholder }
editor-save-txt = Save as text…
editor-save-eml = Save as e-mail draft (.eml)…
editor-mail-client = Open in mail client
editor-copy-refused = Fill in { $placeholders } before copying.
editor-export-refused = Fill in { $placeholders } before sending it anywhere.
editor-mail-failed = No mail client could be opened ({ $error }). Copy the text instead.
editor-mail-opened = Opened in your mail client.
editor-group-builtin = Built-in templates
editor-group-mine = My templates
editor-customised = (your version)

## Review

review-title = Review
review-intro = Held against the framework: acknowledge, decide, give a reason, thank, stay in touch, next steps, sign off.
review-acknowledge = Acknowledges the interview or offer
review-decision = States the decision plainly
review-reason = Gives a brief reason
review-gratitude = Says thank you
review-stay-in-touch = Offers to stay in touch
review-next-steps = Names next steps
review-sign-off = Signs off
review-present = present
review-missing = missing
review-optional = optional, not found
review-length-words = { $length } words (keep it under { $max }).
review-length-chars = { $length } characters (keep it under { $max }).
review-too-long = It is getting long: say less, the decision reads clearer.
review-too-short = Rather short: at { $min } or more it reads warmer. Add what you valued, or whom you thank.
review-over-explains = The reason runs to { $sentences } sentences: one is enough, and the details can stay with you.
review-critical = “{ $text }” { $why }
review-critical-pay = criticises the pay.
review-critical-process = criticises how the process was run.
review-critical-people = criticises someone you met.
review-critical-employer = criticises the company.
review-critical-kinder = Kinder: “{ $kinder }”.
review-critical-leave-out = Leave it out: the decision stands without it.
review-misspelled = { $count ->
    [one] One word may be misspelled (underlined). Right-click it for suggestions.
   *[other] { $count } words may be misspelled (underlined). Right-click one for suggestions.
}
review-no-dictionary = No spelling check: there is no { $language } dictionary on this computer. Install your system's Hunspell dictionary for it, or add one (.aff and .dic) with File → Add a spelling dictionary.
review-dictionary-loading = Reading the spelling dictionary…
review-no-spelling-here = No spelling check for { $language }: Gracious checks spelling with Hunspell dictionaries, and there are none for this language.
review-dictionary-unreliable = No spelling check: the { $language } dictionary on this computer does not know everyday words such as “{ $word }”, so it would flag correct letters. Add a better one (.aff and .dic) with File → Add a spelling dictionary.
review-personal = This is the template word for word. Add one sentence of your own: what you valued, or whom you want to thank.
spell-add-word = Add to dictionary
spell-no-suggestions = No suggestions
spell-looking = Looking for suggestions…
editor-review-as = Review it as
dictionary-added = Spelling dictionary added for { $language }.
dictionary-failed = That dictionary could not be added ({ $path }): { $error }
review-unfilled = Placeholders still in the text: { $placeholders }
review-all-good = Nothing to fix.

## My templates

templates-title = My templates
templates-name = Template name
templates-save-new = Save this letter as a new template
templates-save-version = Save as my version of this template
templates-restore = Restore the original template
templates-rename = Name of { $name }
templates-duplicate = Duplicate { $name }
templates-delete = Delete { $name }
templates-use = Use { $name }
templates-use-short = Use
templates-confirm-delete = Really delete
templates-none = You have no templates of your own yet. Save a letter to reuse it, with the company, role and names turned back into placeholders.
templates-import = Import templates…
templates-export = Export my templates…
templates-saved = Saved as “{ $name }”.
templates-imported = { $count ->
    [one] Imported one template.
   *[other] Imported { $count } templates.
}
templates-copy-name = { $name } (copy)
header-contact-email = Contact e-mail

## About

about-title = About Gracious
about-intro = Gracious helps you decline a job promptly, clearly and kindly. Everything stays on this computer.
about-version = Version { $version }
about-data = Data sources and licences
about-data-body = The purchasing-power comparison uses the World Bank's PPP conversion factors, published under the Creative Commons Attribution 4.0 licence (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious ships them reshaped and reduced to the latest year of each series, with Bulgaria converted from leva to euros and Zimbabwe left out. The World Bank does not endorse Gracious. Country names and number, money and date formats come from the Unicode CLDR.

## First start

welcome-title = Welcome to Gracious
welcome-body = Gracious helps you turn down a job after an interview or an offer: promptly, clearly and kindly, in your own language.
welcome-steps = Answer five short questions, choose how to tell them, and write your answer from a template, with a review before you send it.
welcome-start = Start with my own opportunity
welcome-example = Show me an example
welcome-private = Everything you type stays on this computer.
# Shown above the example opportunity; "the example" is one made-up job offer.
example-banner = This is an example with made-up details, filled in to show every panel.
example-remove = Remove the example
# Added to the example's title in the list of opportunities.
cases-example = example

## Next step

# Before the button with the single next thing to do, e.g. "Next step: [Write the letter]".
next-label = Next step:
next-answer-checklist = Answer the checklist
# The checklist says the role suits the user: there is nothing to turn down.
next-lean-accept = You are leaning towards accepting, so there is nothing to decline for now.
next-lean-accept-short = Leaning towards accepting
next-review-checklist = Review the checklist
next-pick-channel = Choose how to tell them
next-write-letter = Write the letter
# $deadline is a weekday and date, possibly with a time, e.g. "Thu, 26 Nov, 14:00".
next-send-by = Send by { $deadline }
next-send = Send your answer
next-mark-sent = Mark as sent
# $phase is a period such as "Days 3 to 7"; $step is a task such as "Update your job-search tracker".
next-step = { $phase }: { $step }
next-step-done = Done
# Accessible name of the "Done" button; $step is the task it ticks off.
next-step-done-name = Mark as done: { $step }
next-all-done = Nothing left to do here.
# Under each opportunity in the list; $action is one of the next steps above.
cases-next = Next: { $action }
# Said after a panel's name by screen readers, e.g. "Channel (done)".
tab-state-done = done
tab-state-attention = needs attention
# Button beside the recommended channel: take the recommendation as your choice.
channel-use-recommendation = Go with this

## Date picker

# The button beside a date field that opens a calendar; $field is the field's label.
date-pick = Pick a date: { $field }
date-previous-month = Previous month
date-next-month = Next month
# Picks today's date and closes the calendar.
date-today = Today
# Empties the date field.
date-clear = Clear
date-close = Close
# A day in the calendar that is today, for screen readers; $date is the day written out.
date-day-today = { $date } (today)

## One window per data folder

# Shown when Gracious is started a second time on the same data; $path is the data folder.
notice-already-open = Gracious is already open with your data ({ $path }). This window only shows it: nothing you change here is saved. Close it and carry on in the window that is already open.

## Quitting with unsaved changes

quit-title = Your latest changes are not saved
# $error is the system's reason, e.g. "Permission denied (os error 13)".
quit-save-failed = Gracious could not save your latest changes ({ $error }). If you quit now, they are lost.
quit-read-only = This window does not save (another window has your data open). If you quit now, the changes you made here are lost.
quit-retry = Try saving again
# Opens a file dialog to write all data (every opportunity, the profile, own templates) to a file.
quit-export = Save everything to a file…
quit-anyway = Quit without saving

## Compare offers: total compensation side by side

menu-compare = Compare offers
compare-title = Compare offers
compare-close = Close the comparison
compare-intro = Put your offers side by side with your current job: every part of the pay, what each is worth in a year at the prices where you live now, and how each fares on the checklist and the mobility sheet.
compare-choose = Compare
compare-current-job = Your current job
# The current job named inside a sentence (compare-summary, compare-summary-net).
compare-current-job-in-text = your current job
# $max is the largest number of opportunities compared at once (4).
compare-too-many = You can compare up to { $max } opportunities at a time.
compare-horizon = Spread one-off money and shares over
compare-horizon-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
compare-horizon-help = Sign-on money, relocation money and shares count per year of staying. Four years is the usual vesting period.
compare-packages = What each one pays
compare-packages-intro = Amounts per year and before tax, in the job's own currency. Leave out what you don't know: Gracious never guesses. Grey values are taken from the mobility sheet.
compare-equity-private = Shares in a private company
compare-results = Side by side
compare-empty = Choose at least two to compare: your current job and an offer, or two offers.
compare-row-verdict = Checklist verdict
compare-row-fit = Checklist fit
compare-row-total = Total a year, own currency
compare-row-total-home = Total a year at home prices
compare-row-net-home = After tax, at home prices
compare-row-basis = Prices compared with
compare-row-leave = Paid leave
compare-row-notice = Notice period
compare-row-start = Earliest start
compare-row-deadline = Answer due
compare-row-mobility = Mobility score
compare-row-traps = Warnings for the move
# The current job in the verdict row: it is the reference, not something to decide on.
compare-reference = your reference
# Marks the best figure of a row; $value is the figure.
compare-best = { $value } · best
compare-leave-value = { $days ->
    [one] { $days } day
   *[other] { $days } days
} (worth { $amount })
compare-notice-weeks = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
compare-not-moving = no move
compare-no-traps = none
compare-not-given = —
compare-basis-same = same country
compare-basis-data = World Bank, { $year }
compare-basis-override = your own factor
# $country is where the user lives now; $job and $second are the names of two columns.
compare-summary = At prices in { $country }, { $job } is worth the most: { $amount } a year, { $difference } more than { $second }.
# $part is a part of the pay, e.g. "bonus".
compare-summary-why = The biggest difference is in the { $part }.
compare-summary-net = After tax, { $job } leaves you the most.
compare-summary-none = Enter at least the base pay and the country of two jobs to see which is worth more.
compare-note-equity-private = { $job }: the shares are in a private company. They may be worth nothing until it is sold or listed.
compare-note-cliff = { $job }: no shares vest before month { $months }, which is after the period compared.
compare-note-repayable = { $job }: the { $part } must be paid back if you leave before month { $months }. That is after the period compared, so it is not counted.
compare-note-bonus-amount = { $job }: both a bonus amount and a percentage are given; the amount is used.
compare-note-no-base = { $job }: no base pay yet, so no total.
compare-note-not-a-number = { $job }: “{ $field }” is not a number Gracious can use.
compare-note-no-country = { $job }: choose its country to compare it at home prices.
compare-note-no-factor = { $job }: there is no purchasing-power data for { $country }. Type a factor to compare it.
compare-note-currency = { $job }: the data for { $country } are in { $currency }. Enter the amounts in { $currency }, or type a factor.
compare-note-tax = After tax: each job's tax rate is applied to its whole total.
compare-chart-total = Total a year at home prices, part by part
compare-chart-fit = How well each one fits (percent)
compare-chart-checklist = Checklist fit
compare-chart-mobility = Mobility score
compare-chart-alt = Chart. The same figures are in the table above.
compare-accept = Accept this offer
# For screen readers: what the button does, with the offer's name.
compare-accept-name = Accept { $job } and prepare the letters that decline the others
compare-accepted = { $job } is marked as accepted. The letters to { $others } now decline because you accepted another offer.
compare-export-csv = Export as CSV…
compare-export-text = Export as text…
compare-text-title = Offers compared on { $date }
# A line of the printable text: a job and its figure in one row of the comparison.
compare-text-cell = { $job }: { $value }
compare-text-basis = At prices in { $country }; one-off money and shares spread over { $years ->
    [one] { $years } year
   *[other] { $years } years
}.
pay-field-country = Country
pay-field-currency = Currency
pay-field-base = Base pay
pay-field-bonus-percent = Bonus target (%)
pay-field-bonus-amount = Bonus amount
pay-field-equity-grant = Shares: value of the grant
pay-field-equity-years = Shares: vesting years
pay-field-equity-cliff = Shares: cliff (months)
pay-field-sign-on = Sign-on bonus
pay-field-sign-on-repay = Sign-on: repay if leaving before (months)
pay-field-relocation = Relocation money
pay-field-relocation-repay = Relocation: repay if leaving before (months)
pay-field-pension = Employer pension (% of base)
pay-field-benefits = Benefits you value (a year)
pay-field-leave = Paid leave (days)
pay-field-notice = Notice period (weeks)
pay-field-start = Earliest start
pay-field-tax = Tax rate (%)
pay-field-factor = Your own price factor
pay-part-base = base pay
pay-part-bonus = bonus
pay-part-equity = shares
pay-part-sign-on = sign-on bonus
pay-part-relocation = relocation money
pay-part-pension = pension
pay-part-benefits = benefits
checklist-suggestion-total-net = The comparison of offers suggests “{ $answer }”, from the whole pay after tax against your current job.
checklist-suggestion-total-gross = The comparison of offers suggests “{ $answer }”, from the whole pay before tax against your current job. Give both tax rates to compare what you would keep.

## After you send: their reply, your promises, the people you met, the calendar
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = After you send
menu-export-calendar = Export all dates to a calendar file…
followup-intro = Declining rarely ends with one message. Record what they write back, keep the promises you made, and take the dates to your calendar.
followup-open = Open “After you send”

followup-reply-title = Their reply
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = New pay offered: { $pay }
followup-reply-answer = Answer with:
followup-reply-earlier-letter = The letter they replied to
followup-they-replied = They replied
followup-reply-on = Their reply came on
followup-reply-kind = What they asked
followup-reply-new-pay-field = New yearly pay
followup-reply-improved-note = An improved offer reopens your decision: the checklist asks the pay question again, on the new figures, before you answer.
followup-reply-note = What they wrote (optional, for your records)
followup-reply-date-invalid = Enter the date their reply came.
followup-record-reply = Record their reply
reply-kind-improved-offer = An improved offer
reply-kind-what-would-it-take = “What would it take?”
reply-kind-ask-for-call = A call, after your email
reply-kind-keep-cv = May they keep your CV on file?
reply-kind-questionnaire = A feedback questionnaire
reply-kind-are-you-sure = “Are you sure?”
status-reply-recorded = Their reply is recorded, and the letter that answers it is in the editor. The letter they replied to is kept under “After you send”.
status-reply-improved = Their improved offer is recorded and your decision is open again. Answer the pay question on the new figures, then choose your answer under “After you send”.

followup-promises-title = Your promises
followup-call-on = Call booked for
followup-no-promises = No promises yet. The ones your letters make appear here on their own; add any others you made.
followup-add-promise = Add a promise
followup-promise-what = What
followup-promise-to = To whom
followup-promise-due = By
followup-remove = Remove
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = Give { $company } your answer
promise-questionnaire = Send back the questionnaire
promise-call = The call with { $contact }
promise-return-property = Return the documents and anything { $company } lent you for the move
promise-settle-money = Settle the relocation or sign-on money with { $company } as your contract says
promise-claim-reimbursements = Claim the costs { $company } agreed to reimburse
promise-check-in = Check in again with { $name }
promise-untitled = A promise without a description
promise-done = done
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
    [one] overdue by a day ({ $when })
   *[other] overdue by { $days } days ({ $when })
}
promise-due-today = due today ({ $when })
promise-due-soon = { $days ->
    [one] due tomorrow ({ $when })
   *[other] due in { $days } days ({ $when })
}
promise-due-later = by { $when }
promise-undated = no date yet
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Show

followup-people-title = People you met
followup-no-people = Add the people you met, so that staying in touch does not depend on memory.
followup-person-name = Name
followup-person-role = Role
followup-person-reach = How to reach them
followup-person-connected = Connected on a professional network
followup-person-last-contact = Last contact
followup-person-check-in = Check in again on
followup-write-to = Write them a stay-connected note
followup-add-person = Add a person

followup-calendar-title = Your calendar
followup-calendar-note = Export the reply deadline, your promises, the booked call, the steps after deciding and your check-ins as a calendar file (.ics), with reminders. Importing it again updates the same entries instead of adding new ones. Nothing leaves your computer.
followup-export-calendar = Export this opportunity’s dates…
followup-export-calendar-all = Export the dates of all opportunities…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what } ({ $company })
ics-reply-by = Answer due
ics-answer-window = Send your answer: 72 hours since you decided
# $title: the opportunity (company · role).
ics-description = { $title }. Written by Gracious.
# $name: the person the promise was made to.
ics-to-whom = to { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: your job search
# In the list of opportunities, beside one whose promises are due today or overdue. $count: how many.
cases-promises-due = { $count ->
    [one] a promise due
   *[other] { $count } promises due
}
# Beside the date picker of the letter that answers a feedback questionnaire.
editor-questionnaire-date = I will send it back by
# A booked call whose day is over, in the list of promises. $when: its weekday, date and time.
promise-call-past = was on { $when }: tick it once it has taken place
