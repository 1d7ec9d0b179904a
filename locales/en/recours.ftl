# The messages of recours itself, in English: errors, warnings, summaries, the interview of
# `recours new` and the help of the command line. The same ids exist in fr/recours.ftl and
# nl/recours.ftl; a test names any id missing from a language.
#
# Values ($name) are given already written out: dates, amounts and paths.

## How a message is shown

shown-error = error: { $message }
shown-warning = warning: { $message }
line-expected = expected: { $text }
line-help = help: { $text }
line-hint = hint: { $text }

## Files that cannot be read or written

read-failed = cannot read { $path }: { $reason }
read-not-found = there is no such file
read-permission = permission denied
read-is-folder = it is a folder
read-not-text = it is not text (UTF-8)
write-failed = cannot write { $path }: { $reason }
write-permission = permission denied: the folder { $folder } cannot be written by this user
    .help = choose another output folder, or ask for write access to this one
write-read-only = the folder { $folder } is on a read-only file system
    .help = choose another output folder
write-no-folder = the folder { $folder } does not exist
    .help = create it first, or choose another output folder
write-file-in-the-way = { $file } is a file, and it stands where a folder is needed
    .help = choose another output folder, or move the file { $file } out of the way
write-file-not-folder = { $path } is a file, and a folder is needed here
    .help = give a folder (it is created if need be), e.g. -o lettres/
write-is-folder = { $path } is a folder
    .help = give a file name ending in .pdf
write-no-space = no space left for it in { $folder }
    .help = free some space, or choose another output folder
would-overwrite = { $path } already exists with different content; a letter already sent is evidence, so it is kept
    .help = if that letter was never sent (a draft you are correcting), pass --force to replace it — or, while drafting, let `recours watch` rewrite a preview at each save; if it was sent, keep it and write the new one elsewhere with -o
sent-letter-kept = { $path } holds a letter of level { $level }, which the case's history records as sent on { $sent }: it is evidence and is never replaced, not even with --force
    .help = write the new letter elsewhere with -o (e.g. -o { $suggestion })
case-file-exists = { $path } exists; choose another name with -o, or delete it
file-exists = { $path } exists; nothing was written
    .help = { $help }
port-in-use = the port { $port } of 127.0.0.1 is already in use (another preview?)
    .help = pass another one with --port, e.g. --port { $next }, or --port 0 to take any free one

## Typesetting

typesetting-failed = typesetting failed
markup-place = generated markup line { $line }, column { $column }
typesetter-fault = the typesetter stopped on an internal fault while laying out this letter ({ $detail }); nothing was written
    .help = look for unusual characters in the case's texts (the facts, the demands) and remove them; please report the case, its texts anonymised

## Admissibility

not-admissible-yet = { $case }: { $level } is not admissible yet: { $reason }; it will be from { $from }
    .help = `recours check { $case }` shows the timeline; --force writes the letter anyway
not-admissible = { $case }: { $level } is not admissible: { $reason }
    .help = --force writes the letter anyway

## What `check` says of a case

channel-phone = phone
channel-email = e-mail
channel-letter = letter
channel-registered = registered letter
channel-portal = online form
channel-chat = chat
channel-in-person = in person
kind-complaint = complaint
kind-escalation = escalation
kind-mediation = mediation
kind-authority = authority
verdict-admissible = admissible
verdict-admissible-since = admissible since { $from }
verdict-not-yet = not yet: admissible from { $from }
verdict-not-yet-because = not yet: admissible from { $from }, because { $because }
verdict-not-admissible = not admissible: { $rule }
check-verdict-line = { $case }: valid — next: level { $level } { $id } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 warning (`recours check { $case }` shows it)
   *[other] { $count } warnings (`recours check { $case }` shows them)
}
check-valid = { $case }: valid — { $institution } ({ $name }, { $country })
check-evaluated-on = evaluated on { $date }
check-steps-taken = steps taken:
check-no-step = none
check-step = level { $level } { $id } ({ $kind }), { $channel }
check-step-tracking = {" "}n° { $tracking }
check-step-reference = , ref. { $reference }
check-step-received = , received { $date }
check-answered = answered { $date }
check-holding-letter = holding letter of { $date }: the longer deadline applies
check-answer-due-from = answer due by { $due } ({ $deadline } from { $from })
check-answer-due = answer due by { $due } ({ $deadline })
check-no-deadline = no answer deadline known
check-deadline-status = { $deadline }: { $status }
status-answered = answered
status-answered-late = answered after the deadline
status-waiting = no answer yet, the deadline runs
status-lapsed = no answer, the deadline lapsed
status-unanswered = no answer
check-next = next: level { $level } { $id } ({ $kind })
check-envelope = to, as the envelope will show it:
check-envelope-from-case = to, as the envelope will show it (the address the case gives in letter.recipient_address):
check-if-sent-from = sent on { $date }, it must be answered by { $due } (counted from { $from })
check-if-sent = sent on { $date }, it must be answered by { $due }
check-warnings = warnings:

## Whether a level may be climbed, and when

warn-card-payment-late = the card payment of { $payment } was debited more than 13 months ago (limit { $limit }): an unauthorised payment can no longer be contested with the bank (Code monétaire et financier L133-24)
warn-card-payment = an unauthorised card payment debited on { $payment } must be contested with the bank by { $limit } (13 months, Code monétaire et financier L133-24)
warn-not-registered = level { $level } of { $institution } is only reached by registered letter; the step of { $date } went another way and may be disregarded
warn-holding-letter-unknown = the step of { $date } records a holding letter of { $holding }, but no source gives the longer deadline of level { $level } of { $institution }: its answer deadline is unknown
warn-early-step = the step of { $date } (level { $level }) was taken before the deadline of the step of { $before } (level { $before_level }) lapsed ({ $due }, { $deadline } from { $from }) and without its answer: the recipient may hold that it came too early
warn-business-rule = ; { $recipient } takes a business's complaint after { $wait } without an answer ({ $basis })
warn-consumers-only = level { $level } of { $institution } is open to consumers ({ $basis }), and the complainant is a business{ $business_rule }
basis-mediator-conditions = the mediator's conditions
refuse-court-seized = a court is already seized of this dispute (dispute.court_action), and a mediator then steps aside ({ $basis })
refuse-no-written-complaint = no written complaint was made to { $institution } before: a call, a chat or a visit is not one ({ $basis }); write to { $institution } first and record it in the history
refuse-year = the last written complaint, of { $last }, is more than one year old (the referral was due by { $due }; { $basis })
warn-year = the last written complaint, of { $last }, is more than one year old (the referral was due by { $due }; { $basis }): the mediator may refuse the case
warn-year-unsettled = one year from the written complaint ({ $basis }): counted from the first written complaint, of { $first }, the year ended on { $first_end }; counted from the last, of { $last }, it ends on { $last_end }. Which one it runs from is not settled: the mediator may refuse the case
opens-own-wait = no answer came within { $wait } of { $start }, and that wait runs until { $until }
opens-after-deadline = the step of { $date } (level { $level }) is unanswered and its answer deadline of { $deadline } from { $start } runs until { $until }
warn-taken-after-lapse = the step of { $date } (level { $level }) was taken after its deadline of { $deadline } from { $start } had lapsed ({ $due }); no source gives it a deadline of its own: the recipient may expect it to have been left time to answer
opens-business-wait = a business waits { $wait } without an answer after its written complaint of { $date } ({ $start }) before seizing the mediator
warn-month-asked = a letter of recours asks for an answer within one month of its receipt: for the step of { $date } (level { $level }), that month runs from { $start } until { $until }; written before { $opens }, level { $next } may be sent back to the institution
warn-no-deadline-known = no answer deadline is known for the steps taken and none was answered: the recipient may ask you to wait for an answer first
start-sending = sending on { $day }
start-receipt-assumed = receipt, assumed on { $day }
start-receipt = receipt on { $day }
start-unknown-assumed = a start its source does not give, taken as the assumed receipt on { $day }
start-unknown = a start its source does not give, taken as the receipt on { $day }
start-first-written = the first written complaint, of { $day }
start-first-complaint = the first complaint, of { $day }
warn-assumed-receipt = the step of { $date } records no day of receipt: it is assumed received on { $received } ({ $days } business days after sending, the post's usual delay taken generously), so its deadline is taken to end on { $due }. Record `received:` from the avis de réception for the exact date

## Identifiers and dates

card-not-digits = the card number holds other characters than digits and separators (spaces, dots, dashes, slashes)
card-length = the card number has { $count } digits; a payment card has 13 to 19
card-luhn = the card number ending in { $last_four } fails its Luhn check (ISO/IEC 7812-1): a digit is wrong or missing
register-not-digits = the national register number holds other characters than digits, dots and dashes
register-length = the national register number has { $count } digits; it has 11 (YY.MM.DD-SSS.CC)
register-check = the national register number fails its check (the last two digits are 97 minus the first nine modulo 97)
fixed-digits-count = it has { $count } digits
fixed-digits-not-digits = it holds other characters than digits
date-day-first = `{ $text }` is not a date written YYYY-MM-DD: write { $iso }
date-not-iso = `{ $text }` is not a date written YYYY-MM-DD (e.g. 2026-07-02)
date-no-month = `{ $text }` is not a date: there is no month { $month }
date-month-days = `{ $text }` is not a date: that month has { $days } days
amount-not-yaml = `{ $text }` is not a number as YAML writes it: write { $amount }
amount-not-number = `{ $text }` is not an amount: write a number of euros, e.g. 45.00

## recours new: the interview

new-no-terminal = `recours new` asks its questions in a terminal, and none is attached
    .help = to write a case file without questions, use `recours init --institution ID`, then fill it in
new-interrupted = interrupted: no file was written
new-welcome = A few questions, and recours writes your case file { $file }. Ctrl-C stops at any time without writing anything.
new-required = an answer is needed here
new-optional = optional: Enter to skip
new-select-help = ↑↓ to move, Enter to choose, type to filter
new-yes = yes
new-no = no
new-another = { $question } (another one; Enter on an empty line when done)
new-date-help = YYYY-MM-DD, the year first: 2026-07-12 for 12 July 2026
new-date-future = this date is after today ({ $today })
new-institution = Which institution is your complaint about?
new-clinic = Is a legal clinic or an association acting for the person (with a written mandate)?
new-clinic-name = The clinic's or association's name
new-whose-clinic = the clinic's address
new-whose-complainant = your address
new-whose-recipient = the recipient's address
new-street = Street and number ({ $whose })
new-town = Postcode and town ({ $whose })
new-clinic-mandate = The date of the written mandate
new-clinic-reference = The clinic's reference for this case (optional)
new-clinic-email = The clinic's e-mail address (optional)
new-civility = How should the letter address the person?
new-civility-none = neither
new-name = First name and surname of the person who complains
new-audience = Does the person act as a private individual or for a business?
new-consumer = as a private individual (consumer)
new-business = for a business
new-email = E-mail address of the person
new-product = The product or contract concerned (e.g. "Carte Gold American Express", "personal loan no. …")
new-ref-file-number = The file number
new-ref-file-number-digits = The file number ({ $digits } digits)
new-ref-contract-number = The contract number
new-ref-member-number = The member number
new-ref-card-number = The card number (only its last 4 digits are printed)
new-ref-national-register = The national register number (YY.MM.DD-SSS.CC)
new-ref-digits = the file number has { $digits } digits; { $problem }
new-need-required = required by the institution
new-need-one-of = this one or another reference is required: Enter to skip
new-need-advised = advised: Enter to skip
new-need-optional = optional: Enter to skip
new-subject = The subject of the complaint, in a few words (it becomes the letter's "Subject")
new-facts = What happened: one paragraph (dates, amounts)
new-facts-help = one paragraph per answer; Enter on an empty line when done
new-demands = What you ask for
new-demands-help = one demand per answer; Enter on an empty line when done
new-amount = The amount in dispute, in euros (optional)
new-amount-help = e.g. 45.00; Enter to skip
new-history-first = Have you already contacted { $institution } about it (call, letter, e-mail…)?
new-history-more = Another step already taken with { $institution } or its mediator?
new-level = level { $level }: { $id }
new-history-level = Which level of the procedure was it?
new-history-date = On what date?
new-history-channel = How?
new-history-tracking = The registered-mail number (optional)
new-history-answered = Did an answer come?
new-history-answer-date = The date of the answer
new-history-answer-summary = What did it say, in a few words (optional)
new-recipient-name = To whom should the first letter go (the name on your contract or on the letters you received)?
new-recipient-help = no source gives this recipient's postal address: recours does not invent it
new-written = Case file written: { $file }
new-render-now = Write the letter now?
new-render-later = when you are ready: recours render { $file }

## What `render` says

render-forced-not-yet = level { $level } is not admissible before { $from } ({ $because }); written anyway (--force)
render-forced-not-admissible = level { $level } is not admissible ({ $rule }); written anyway (--force)
render-replaced-warning = { $path } held another letter; replaced (--force)
render-wrote = wrote: { $path }
render-replaced = replaced: { $path }
render-unchanged = unchanged (the same letter is already there): { $path }
render-summary = { $institution } level { $level } ({ $kind }), to { $recipient }; { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
route-registered = by registered mail, with avis de réception
route-post = by post
route-email-draft = the draft { $draft } from your mailbox, to { $address }
route-email = by e-mail to { $address }: `recours render { $case } --email` writes the draft
route-form = in the web form{ $place }: `recours render { $case } --format text` prints what it asks for; attach the PDF
route-form-at = {" "}at { $address }
route-send = send: { $how }
route-or = or: { $how }
render-envelope = envelope:
render-envelope-from-case = envelope (the address the case gives in letter.recipient_address):

## What a level needs

advice-level-first = advice, not a condition: { $institution } advises taking level { $advised } ({ $name }) before level { $level } ({ $id }) — { $basis }
advice-reference = advice, not a condition: { $institution } asks for the { $noun } (`references.{ $key }`) to deal with the letter quickly; the case does not give it{ $basis }
reference-required = { $institution } level { $level } ({ $id }) needs the { $noun }, which the case does not give{ $basis }
reference-required-help = add `{ $key }:` under `references`
reference-one-of-help = add one of { $keys } under `references`
reference-or-the = {" "}or the{" "}
reference-or = {" "}or{" "}
noun-file-number = file number (numéro de dossier)
noun-contract-number = contract number (numéro de contrat)
noun-member-number = member number (numéro d’adhérent)
noun-card-number = card number (numéro de carte)
noun-national-register = national register number (numéro de registre national)
