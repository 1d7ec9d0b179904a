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
sent-letter-kept = { $path } holds a letter of level { $level }, which the case's history records as sent on { DATE($sent) }: it is evidence and is never replaced, not even with --force
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

level-of-institution = level { $level } of { $institution } ({ $recipient })
not-admissible-yet = { $case }: { $level } is not admissible yet: { $reason }; it will be from { DATE($from) }
    .help = `recours check { $case }` shows the timeline; --force writes the letter anyway
not-admissible = { $case }: { $level } is not admissible: { $reason }
    .help = the recipient refuses such a file, whatever the letter: `recours check { $case }` shows the timeline and what the case lacks

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
deadline-words = { $unit ->
    [months] { $count ->
        [one] one month
       *[other] { $count } months
    }
    [days] { $count ->
        [one] one day
       *[other] { $count } days
    }
    [working-days] { $count ->
        [one] one working day
       *[other] { $count } working days
    }
   *[business-days] { $count ->
        [one] one business day
       *[other] { $count } business days
    }
}
verdict-admissible = admissible
verdict-admissible-since = admissible since { DATE($from) }
verdict-not-yet = not yet: admissible from { DATE($from) }
verdict-not-yet-because = not yet: admissible from { DATE($from) }, because { $because }
verdict-not-admissible = not admissible: { $rule }
check-verdict-line = { $case }: valid — next: level { $level } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 warning (`recours check { $case }` shows it)
   *[other] { $count } warnings (`recours check { $case }` shows them)
}
check-valid = { $case }: valid — { $institution } ({ $name }, { $country })
check-evaluated-on = evaluated on { DATE($date) }
check-steps-taken = steps taken:
check-no-step = none
check-step = level { $level } ({ $kind }), { $channel }
check-step-tracking = {" "}n° { $tracking }
check-step-reference = , ref. { $reference }
check-step-received = , received { DATE($date) }
check-answered = answered { DATE($date) }
check-answer-summary = : { $summary }
check-holding-letter = holding letter of { DATE($date) }: the longer deadline applies
check-answer-due-from = answer due by { DATE($due) } ({ $deadline } from { DATE($from) })
check-answer-due = answer due by { DATE($due) } ({ $deadline })
check-no-deadline = no answer deadline known
check-answer-asked = no answer deadline of a source runs; the letter asked for an answer by { DATE($due) } (one month from { DATE($from) })
check-deadline-status = { $deadline }: { $status }
status-answered = answered
status-answered-late = answered after the deadline
status-waiting = no answer yet, the deadline runs
status-lapsed = no answer, the deadline lapsed
status-unanswered = no answer
check-next = next: level { $level } ({ $kind })
check-envelope = to, as the envelope will show it:
check-envelope-from-case = to, as the envelope will show it (the address the case gives in letter.recipient_address):
check-by-email = by e-mail only (the level is reached no other way), to:
check-if-sent-from = sent on { DATE($date) }, it must be answered by { DATE($due) } (counted from { DATE($from) })
check-if-sent-lapsed = the answer deadline, counted from { DATE($from) }, already ended on { DATE($due) }: sent on { DATE($date) }, the letter asks for an answer within the month after its receipt, and the next level waits for that month
check-if-sent = sent on { DATE($date) }, it must be answered by { DATE($due) }
check-warnings = warnings:

## Whether a level may be climbed, and when

warn-card-payment-late = the card payment of { $payment } was debited more than 13 months ago (limit { $limit }): an unauthorised payment can no longer be contested with the bank (Code monétaire et financier L133-24)
warn-card-payment = an unauthorised card payment debited on { $payment } must be contested with the bank by { $limit } (13 months, Code monétaire et financier L133-24)
warn-not-registered = level { $level } of { $institution } is only reached by registered letter; the step of { DATE($date) } went another way and may be disregarded
warn-holding-letter-unknown = the step of { DATE($date) } records a holding letter of { DATE($holding) }, but no source gives the longer deadline of level { $level } of { $institution }: its answer deadline is unknown
warn-early-step = the step of { DATE($date) } (level { $level }) was taken before the deadline of the step of { DATE($before) } (level { $before_level }) lapsed ({ DATE($due) }, { $deadline } from { DATE($from) }) and without its answer: the recipient may hold that it came too early
warn-business-rule = ; { $recipient } takes a business's complaint after { $wait } without an answer ({ $basis })
warn-consumers-only = level { $level } of { $institution } is open to consumers ({ $basis }), and the complainant is a business{ $business_rule }
basis-mediator-conditions = the mediator's conditions
refuse-court-seized = a court is already seized of this dispute (dispute.court_action), and a mediator then steps aside ({ $basis })
refuse-no-written-complaint = no written complaint was made to { $institution } before: a call, a chat or a visit is not one ({ $basis }); write to { $institution } first and record it in the history
refuse-year = the last written complaint, of { DATE($last) }, is more than one year old (the referral was due by { DATE($due) }; { $basis })
warn-year = the last written complaint, of { DATE($last) }, is more than one year old (the referral was due by { DATE($due) }; { $basis }): the mediator may refuse the case
warn-year-unsettled = one year from the written complaint ({ $basis }): counted from the first written complaint, of { DATE($first) }, the year ended on { DATE($first_end) }; counted from the last, of { DATE($last) }, it ends on { DATE($last_end) }. Which one it runs from is not settled: the mediator may refuse the case
opens-own-wait = no answer came within { $wait } of { $start }, and that wait runs until { DATE($until) }
opens-after-deadline = the step of { DATE($date) } (level { $level }) is unanswered and its answer deadline of { $deadline } from { $start } runs until { DATE($until) }
opens-business-wait = a business waits { $wait } without an answer after its written complaint of { DATE($date) } ({ $start }) before seizing the mediator
opens-month-asked = the step of { DATE($date) } (level { $level }) asks for an answer within the month after its receipt, that is from { $start } until { DATE($until) }; no written rule makes waiting for that month a condition, but it is the practice: written before { DATE($opens) }, level { $next } may be sent back to the institution (--force writes it all the same)
warn-no-deadline-known = no answer deadline is known for the steps taken and none was answered: the recipient may ask you to wait for an answer first
warn-email-not-ascii = the address { $address } has an accented letter: the draft writes it as it is, in UTF-8 as RFC 6532 provides, but many mail servers refuse it; check with the recipient whether the address is not { $ascii }
start-sending = sending on { DATE($day) }
start-receipt-assumed = receipt, assumed on { DATE($day) }
start-receipt = receipt on { DATE($day) }
start-unknown-assumed = a start its source does not give, taken as the assumed receipt on { DATE($day) }
start-unknown = a start its source does not give, taken as the receipt on { DATE($day) }
start-first-written = the first written complaint, of { DATE($day) }
start-first-complaint = the first complaint, of { DATE($day) }
warn-assumed-receipt = the step of { DATE($date) } records no day of receipt: it is assumed received on { DATE($received) } ({ $days } business days after sending, the post's usual delay taken generously), so its deadline is taken to end on { DATE($due) }. Record `received:` from the avis de réception for the exact date

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
new-canceled = <canceled>
new-esc = Esc: what would you like to do?
new-esc-back = Back to the previous question
new-esc-resume = Take this question up again
new-esc-give-up = Give up (no file is written)
new-welcome = A few questions, and recours writes your case file { $file }. Esc goes back to the previous question or gives up; Ctrl-C stops at any time without writing anything.
new-required = an answer is needed here
new-optional = optional: Enter to skip
new-select-help = ↑↓ to move, Enter to choose, type to filter
new-yes = yes
new-no = no
new-another = { $question } (another one; Enter on an empty line when done)
new-date-help = YYYY-MM-DD or DD/MM/YYYY: 2026-07-12 or 12/07/2026 for 12 July 2026
new-date-future = this date is after today ({ DATE($today) })
new-read-as = read as: { $read }
new-institution = Which institution is your complaint about?
new-clinic = Is a legal clinic or an association acting for the person (with a written mandate)?
new-clinic-name = The clinic's or association's name
new-whose-clinic = the clinic's address
new-whose-complainant = { $clinic ->
    [yes] your client's address
   *[no] your address
}
new-whose-recipient = the recipient's address
new-street = Street and number ({ $whose })
new-town = Postcode and town ({ $whose })
new-clinic-mandate = The date of the written mandate
new-clinic-reference = The clinic's reference for this case (optional)
new-clinic-email = The clinic's e-mail address (optional)
new-clinic-signatory = Who signs for the clinic: first name and surname (optional)
new-clinic-role = Their function (« juriste », « student ») (optional)
new-civility = { $clinic ->
    [yes] How should the letter address your client?
   *[no] How should the letter address the person?
}
new-civility-none = neither
new-name = { $clinic ->
    [yes] First name and surname of your client
   *[no] First name and surname of the person who complains
}
new-audience = { $clinic ->
    [yes] Does your client act as a private individual or for a business?
   *[no] Does the person act as a private individual or for a business?
}
new-consumer = as a private individual (consumer)
new-business = for a business
new-email = { $clinic ->
    [yes] E-mail address of your client
   *[no] E-mail address of the person
}
new-product = The product or contract concerned (e.g. "Carte Gold American Express", "personal loan no. …")
new-ref-file-number = The file number
new-ref-file-number-digits = The file number ({ $digits } digits)
new-ref-contract-number = The contract number
new-ref-member-number = The member number
new-ref-card-number = The card number (only its last 4 digits are printed)
new-ref-national-register = The national register number (YY.MM.DD-SSS.CC)
new-ref-digits = the file number has { $digits } digits; { $problem }
new-need-required = required by the institution
new-ref-which = { $names }: which do you have? The institution needs one of them
new-ref-or = {" or "}
new-ref-all = { $count ->
    [2] Both
   *[other] All of them
}
new-need-advised = advised: Enter to skip
new-need-optional = optional: Enter to skip
new-subject = The subject of the complaint, in a few words (it becomes the letter's "Subject")
new-facts = What happened: one paragraph (dates, amounts)
new-facts-help = { $clinic ->
    [yes] one paragraph per answer, in the third person (« Mme Dubois a… »); Enter on an empty line when done
   *[no] one paragraph per answer; Enter on an empty line when done
}
new-demands = { $clinic ->
    [yes] What your client asks for
   *[no] What you ask for
}
new-demands-help = one demand per answer; Enter on an empty line when done
new-amount = The amount in dispute, in euros (optional)
new-amount-help = e.g. 45.00; Enter to skip
new-history-first = Have you already contacted { $institution } about it (call, letter, e-mail…)?
new-history-more = Another step already taken with { $institution } or its mediator?
new-level = level { $level }: { $recipients } ({ $kind })
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

render-forced-not-yet = level { $level } is not admissible before { DATE($from) } ({ $because }); written anyway (--force)
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
render-by-email = by e-mail only (the level is reached no other way), to:

## What a level needs

advice-level-first = advice, not a condition: { $institution } advises taking level { $advised } ({ $name }) before level { $level } ({ $kind }) — { $basis }
advice-reference = advice, not a condition: { $institution } asks for the { $noun } (`references.{ $key }`) to deal with the letter quickly; the case does not give it{ $basis }
reference-required = { $institution } level { $level } ({ $kind }) needs the { $noun }, which the case does not give{ $basis }
reference-required-help = add `{ $key }:` under `references`
reference-one-of-help = add one of { $keys } under `references`
reference-or-the = {" "}or the{" "}
reference-or = {" "}or{" "}
noun-file-number = file number (numéro de dossier)
noun-contract-number = contract number (numéro de contrat)
noun-member-number = member number (numéro d’adhérent)
noun-card-number = card number (numéro de carte)
noun-national-register = national register number (numéro de registre national)

## Reading the case file (YAML)

yaml-missing-key = the key `{ $field }` is missing
    .help = add `{ $field }:` here; see the case-file reference in README.md
yaml-did-you-mean = did you mean `{ $near }`?
yaml-not-accepted = `{ $value }` is not an accepted value
yaml-wrong-type = wrong type: found { $found }
yaml-invalid-value = invalid value: { $found }
yaml-duplicate-key = the key `{ $key }` is given twice
yaml-duplicate = a key is given twice
    .help = keep one of them
yaml-invalid = this is not valid YAML: { $detail }
    .help = check the indentation and the quotes around this line
yaml-unknown-key = unknown key `{ $field }`
    .help = remove the key or move it where it belongs; unknown keys are refused so that no data is silently dropped
yaml-unknown-key-near = did you mean `{ $near }`? Unknown keys are refused so that no data is silently dropped
yaml-amount-help = YAML reads « 45,00 » as a text: write the euros with a point, without spaces or « € »
yaml-tab = a tab indents this line, and YAML indents with spaces only
    .help = replace the tab by spaces, as many as on the lines around it (two per level)
yaml-empty-list = an empty list
yaml-empty-mapping = an empty mapping
yaml-empty-then-items = `{ $mark }` ({ $what }) is the whole value of its key, and items follow it on line { $line }
    .help = delete this `{ $mark }` now that the items below give the value
yaml-quote-not-closed = the quote opened here is not closed on its line: YAML reads the rest of the file as the rest of this text
    .help = add the closing quote « " » at the end of the text, on this line
yaml-extra-indent = this line is indented { $count ->
    [one] one space
   *[other] { $count } spaces
} further than the key above it
    .help = start it at the same column as the key above (the keys of one block start at the same column)
yaml-colon = this text holds « : » followed by a space, which YAML reads as a new key
    .help = put this text in quotes:
        {"        "}{ $quoted }
expected-date = a date written YYYY-MM-DD, e.g. 2026-07-02
expected-amount = a number of euros, e.g. 45.00
expected-bool = true or false
expected-list = a list, one item per line starting with `- `
expected-step = a level number (1, 2, 3…) or a level id
expected-channel = one of `phone`, `email`, `letter`, `registered`, `portal`, `chat`, `in-person` (or téléphone, courriel, courrier, lettre recommandée, formulaire, en personne)
expected-civility = `Madame` or `Monsieur`
expected-type = `consumer` or `business`
expected-country = `FR` or `BE`
expected-text = a text
expected-nothing = nothing here
expected-one-of = one of { $list }
found-other = another kind of value
found-list = a list (or a block under the key)
found-mapping = a mapping of keys
case-empty = this is empty
case-not-accepted = { $shown } is not an accepted value
found-a-list = a list
found-nothing = nothing
case-too-large = the file is { $size } KiB; a case file is at most { $max } KiB
    .help = a case file holds text only: name the documents in `attachments`, do not paste them
case-not-utf8 = the file is not UTF-8 text (from byte { $byte })
    .help = save the case file as UTF-8

## Addresses

block-recipient = the recipient block
block-sender = the sender block
address-lines = { $what } has { $count } lines; La Poste and bpost ask for { $max } at most
address-line-long = line { $number } of { $what } (“{ $line }”) has { $length } characters; La Poste and bpost ask for { $max } at most
address-overflow = { $what } takes { $shown } lines of the letter once long lines wrap, and the envelope's window holds { $window }: it would not show in the window
    .help = shorten the lines (abbreviate « boulevard », « bâtiment »…) or drop one

## The history and the levels

letter-date-cli = { DATE($date) } (given with --date)
letter-date-case = { DATE($date) } (letter.date)
letter-date-today = { DATE($date) } (today)
no-such-level = { $institution } has no level `{ $level }`
no-such-level-number = { $institution } has no level { $level }
one-of-levels = one of the levels { $levels }
step-after-letter = this step is dated { DATE($date) }, after the letter's date { $letter }
    .help = a letter can only cite steps already taken: correct the date, or date the letter later with `letter.date` or --date
history-out-of-order = the history is out of order: this step ({ DATE($date) }) comes after one dated { DATE($before) }
    .help = list the steps oldest first
received-before-step = the step is said received on { DATE($on) }, before it was made ({ DATE($date) })
received-after-letter = the step is said received on { DATE($on) }, after the letter's date { $letter }
answer-before-step = the answer is dated { DATE($answered) }, before the step it answers ({ DATE($date) })
answer-after-letter = the answer is dated { DATE($answered) }, after the letter's date { $letter }
holding-before-step = the holding letter is dated { DATE($on) }, before the step it answers ({ DATE($date) })
    .help = give the date printed on the letter announcing the longer deadline
holding-after-letter = the holding letter is dated { DATE($on) }, after the letter's date { $letter }
ladder-climbed = the history has climbed every level of { $institution } ({ $levels }): there is no next level
    .help = to write one of these letters again, name its level in `letter.step` or with --step

## The case's texts and references

the-case = the case
card-in-text = { $place }: { $field } holds a card number ({ $masked }); the letter prints it masked like this — write only its last four digits, or give it as `references.card_number`
name-empty = the name is empty
    .help = write the complainant's full name
address-empty = the address is empty
    .expected = the postal lines as on an envelope, the last one "CODE LOCALITÉ"
subject-empty = the subject is empty
    .help = say in a few words what the dispute is about; it becomes the letter's « Objet »
facts-too-long = the facts run to { $length } characters; a letter holds at most { $max }
    .help = summarise the facts and enclose the long documents as attachments
facts-empty = the facts are empty
    .expected = the facts in plain text, paragraphs separated by a blank line
    .help = a mediator or a complaints service decides on the facts: dates, amounts, what went wrong
demands-none = no demand is given
    .expected = a list of what is asked, one item each (e.g. - le remboursement de 45,00 €)
demand-empty = this demand is empty
    .help = remove the empty item
representative-name-empty = the representative's name is empty
representative-address-empty = the representative's address is empty
placeholder-left = a value of `recours init` is still to be filled in
    .help = replace « À COMPLÉTER … » by the value, or remove the line if it is optional
file-number-digits = the file number of { $institution } has { $digits } digits; { $why }
    .expected = { $digits } digits, e.g. { $example }
    .help = copy it from a statement or a letter of the institution
card-number = the card number
    .expected = the 13 to 19 digits printed on the card
    .help = copy the number again from the card; the letter prints only its last four digits
national-register = the national register number
    .expected = 11 digits written YY.MM.DD-SSS.CC, as on the back of the Belgian identity card
    .help = copy the number again from the identity card

## The recipient and its address

recipient-unconfirmed = unconfirmed: { $why }; check that { $recipient } is competent before sending ({ $institution } level { $level })
its-website = its website
recipient-prefers-form = { $recipient } asks for complaints through its web form: { $form }. File the referral there (the letter's text can be pasted into it, the PDF attached); post it only if the form cannot be used{ $basis }
recipient-businesses-only = `{ $id }` serves businesses only; the complainant is a consumer{ $basis }
recipient-consumers-only = `{ $id }` serves consumers only; the complainant is a business (`complainant.type: business`){ $basis }
recipient-audience-help = remove `recipient:` to write to the recipient that serves the complainant
no-such-recipient = level { $level } ({ $kind }) of { $institution } has no recipient `{ $recipient }`
address-known = the registry knows the address of { $recipient } ({ $institution } level { $level }): « { $address } »; a different one would send the letter to someone else under its name
    .expected = no `recipient_address` where the registry knows the address
    .help = remove `recipient_address` to write to the registry's address; if the institution has moved, correct a copy of the registry and pass it with `--registry FILE` (`recours institutions --export FILE` writes one)
quote-not-opened = this text ends with a quote « " » that was never opened: the letter would print it as it is
    .help = add the opening quote at the start of the text, or remove the one at its end
address-no-postcode = the address's last line, « { $line } », is not a postcode followed by the locality
    .expected = a last line « POSTCODE LOCALITY »: « 59000 Lille », « 1000 Bruxelles »
address-too-short = the recipient's address needs the name and at least one postal line
    .expected = the lines as on an envelope, name first, the last one "CODE LOCALITÉ"
no-source-gives-it = no source gives it
address-unknown = the postal address of { $recipient } ({ $institution } level { $level }, { $kind }) is not known: { $why }
    .help = recours never invents an address. If you have it from the contract or a letter of the institution, give it under `letter:` as `recipient_address:` (the lines as on the envelope, name first)
    .help-email = recours never invents an address. If you have it from the contract or a letter of the institution, give it under `letter:` as `recipient_address:` (the lines as on the envelope, name first); or send it by e-mail: `recours render --email` (with `recipient_email:` where no source gives the address)
email-known = the registry knows the e-mail address of { $recipient } ({ $institution } level { $level }): { $known }; a different one would send the letter to someone else under its name
    .expected = no `recipient_email` where the registry knows the address
    .help = remove `recipient_email`; if the address has changed, correct a copy of the registry and pass it with `--registry FILE`
email-not-address = « { $address } » is not an e-mail address
    .expected = an address such as reclamations@example.fr
email-unknown = the e-mail address of { $recipient } ({ $institution } level { $level }, { $kind }) is not known: no source gives it
    .help = recours never invents an address. If you have it from the contract or a message of the institution, give it under `letter:` as `recipient_email:`; or leave out --email

unknown-institution = unknown institution `{ $id }`
    .help = `recours institutions` lists the institutions recours knows
unknown-institution-near = did you mean `{ $near }`? `recours institutions` lists them all
unknown-institution-several = did you mean one of these: { $ids }? `recours institutions` lists them all
unknown-institution-body = { $name } is { $kind ->
    [mediator] a mediator
    [authority] an authority
   *[portal] an online platform
}, not an institution: it is seized at the end of the ladder of the institution in dispute, and recours writes that referral from that institution's case file (recours init --institution …, then render when its turn comes); leading to it: { $institutions }
level-required = { $lead }level { $level } ({ $kind }) of { $institution } comes after level { $required } ({ $name }), which is not in the history{ $basis }
    .help = take level { $required } first, or record it in `history` with its date and channel (a condition of the source: --force does not override it)
level-required-answered = an answer was received in time:{" "}
    .help = contest the answer at level { $required } first
language-dutch-belgian = Dutch letters are for the Belgian institutions; { $institution } is French
language-german-belgian = German letters are for the Belgian institutions; { $institution } is French
language-belgian = the letter's language
    .help = remove `language` to write in French
language-expected-belgian = `fr`, `nl` or `de`
language-unknown = unknown language `{ $language }`
signature-expected = the path of a PNG or JPEG file in the case's folder
letter-block-spent = the history records the letter of level { $level } as sent on { DATE($date) } (history[{ $index }]): letter.{ $fields } { $count ->
    [one] no longer applies; remove it
   *[other] no longer apply; remove them
} from `letter:`, or write that letter again with --step { $level }

## The scanned signature

signature-empty = the signature image's path is empty
signature-absolute = the signature image is given by an absolute path; it is read only from the case's folder
signature-goes-up = the signature image's path goes up out of the case's folder (`..`)
signature-missing = there is no file { $path }
signature-link = { $path } is a link to a file outside the case's folder; links out of it are not followed
signature-not-file = { $path } is not a file
signature-too-large = { $path } has { $size } bytes; a signature image has at most { $max }
signature-too-many-pixels = { $path } is { $width } × { $height } pixels; a signature image has at most { $max } on each side
signature-not-image = { $path } is not a PNG or JPEG image
signature-damaged = { $path } cannot be read as an image: { $why }
signature-unreadable = cannot read { $path }: { $why }
signature-smaller = scan the signature alone, or save it at a lower resolution
signature-save-again = save the scanned signature again as PNG or JPEG
signature-in-folder = put the image in the case's folder (or a folder inside it) and give its path from there, e.g. `signature.png`

## The agenda

state-lapsing = lapsing
state-ready = ready
state-blocked = blocked
state-answer-due = answer due
state-waiting = waiting
state-done = done
agenda-level = level { $level } ({ $kind })
agenda-blocked = { $name }: { $rule }
agenda-lapsing = { $window }; next: { $name }{ $ready ->
    [yes] , which may be sent today
   *[no] {""}
}
agenda-waiting = { $name } may be sent from { DATE($from) }: { $because }
agenda-answer-due = the { $referral ->
    [yes] referral
   *[no] step
} of { DATE($date) } (level { $level }) awaits its answer { $requested ->
    [yes] within the month it asked for, until
   *[no] by
} { DATE($due) }; then { $name }
agenda-ready = { $name } may be sent today{ $email ->
    [yes] , by e-mail
   *[no] {""}
}
agenda-done-answered = level { $level } ({ $kind }), the last, sent on { DATE($sent) }, answered on { DATE($answer) }
agenda-done-due = level { $level } ({ $kind }), the last, sent on { DATE($sent) }; its answer is due by { DATE($due) }
agenda-done = level { $level } ({ $kind }), the last, sent on { DATE($sent) }
window-mediation = the year to refer the dispute to the mediator after the written complaint of { DATE($from) } closes on { DATE($closes) }
window-card-payment = the 13 months to contest the card payment debited on { DATE($from) } close on { DATE($closes) } (L133-24)
event-answer-due = answer due: level { $level } of { DATE($date) }
event-answer-asked = answer asked by: level { $level } of { DATE($date) }
event-admissible = level { $level } ({ $kind }) may be sent
event-mediation-window = last day to refer to the mediator (complaint of { DATE($from) })
event-card-window = last day to contest the card payment of { DATE($from) }
agenda-more-faults = {" "}(and { $count } more: recours check)
agenda-head = agenda of { DATE($date) }; lapsing: a period closing within { $days } days
agenda-count = { $count ->
    [one] 1 case
   *[other] { $count } cases
}: { $states }
agenda-not-folder = the agenda reads a folder of cases, and this is a file
    .help = give the folder it is in, or see this case alone with `recours check { $case }`

## The dashboard

dashboard-title = Agenda of { DATE($date) }
dashboard-legend = Timelines: a circle per step (filled once answered, a green tick on the day of the answer), a bar per answer deadline (grey: the month the letter asked for), red line: today, green dashes: the day the next level opens, red dots: the last day of a period (the mediator's year, the 13 months to contest a card payment). Lapsing: closing within { $days } days.
dashboard-state = State
dashboard-date = Date
dashboard-case = Case
dashboard-institution = Institution
dashboard-level = Level
dashboard-why = Why
dashboard-letter = Letter
dashboard-step = level { $level } on { DATE($date) } ({ $channel }), unanswered
dashboard-step-answered = level { $level } on { DATE($date) } ({ $channel }), answered on { DATE($answered) }
dashboard-asked = level { $level }: answer asked for by { DATE($due) }
dashboard-due = level { $level }: answer due by { DATE($due) }
dashboard-today = today
dashboard-opens = the next level opens on { DATE($date) }
check-done = { $case }: done: { $detail }
check-standing = today: { $state } — { $detail }
check-invalid = { $case }: invalid
check-count = { $count ->
    [one] 1 case
   *[other] { $count } cases
}: { $valid } valid, { $invalid } invalid

## sent and answered

sent-already = the history already records level { $level } as sent on { DATE($date) }
    .help = nothing to record; to record an answer, `recours answered`
undo-nothing = there is nothing to take back: the case's latest record, if it has one, is not one `recours { $command }` made
    .help = to change the history otherwise, edit the case file
undo-changed = the case file changed after `recours { $command }` recorded in it: taking the record back would lose that change
    .help = take it back by hand in the case file (the history's last step, or its answer)
undo-done = taken back: the last record of `recours { $command }`; { $path } is as it was before it
sent-no-letter = no letter written for this case was found (beside it, { $expected }, nor in a batch's folder with its SHA256SUMS)
    .help = write it first (recours render { $case }); for a step taken another way (a call, a form, a letter written by hand), give its level: --step N (and --force if that level is not admissible on that day)
sent-not-admissible = level { $level } ({ $kind }) was not admissible on { DATE($date) }: { $reason }
    .help = its letter may be sent back; to record it all the same, give --step { $level } --force
sent-edited = recorded: the step of level { $level } of { DATE($date) } (history[{ $index }]) now notes { $what } in { $path }
sent-recorded = recorded: level { $level } ({ $kind }) sent on { DATE($date) } ({ $how }) in { $path }
received-no-step = the history records no such step yet
    .help = record the step itself: give the day it was sent with --date as well
received-already = this step already records when it was received
    .help = to record a new step and its receipt, give the day it was sent with --date as well
received-recorded = recorded: the step of { DATE($date) } (history[{ $index }]) received on { DATE($received) } in { $path }
sent-future = the letter is dated { DATE($date) }, after today ({ DATE($today) })
    .help = record a letter once it is sent; give the day it was posted with --date
sent-received-before = the letter was received on { DATE($received) }, before it was sent ({ DATE($date) })
    .help = give the date on the avis de réception
sent-received-future = the letter is received on { DATE($received) }, after today ({ DATE($today) })
    .help = record the avis de réception once it has come back
sent-channel = expected phone, email, letter, registered, portal, chat or in-person (or courriel, courrier, recommandé…)
sent-next-ready = next: { $detail }: { $command }
sent-next-later = next: { $detail }; `recours agenda` lists it when it is due
sent-next-done = next: nothing to write; { $detail }: `recours answered` records its answer
sent-next-blocked = next: no letter to write now: { $detail }
answered-date = the answer's date
    .help = give the date written on the institution's answer
answered-future = the answer is dated { DATE($date) }, after today
    .help = record an answer once it has come
answered-recorded = recorded: the answer of { DATE($date) } to the step of { DATE($step) } (level { $level }) in { $path }
answered-no-step-of-level = the history records no step of level { $level }
answered-no-step = the history records no step yet
    .help = record the step first (`history:` in the case), or name its level with --step
answered-all-answered = every step of the history already records an answer
file-changed = the file changed on disk while it was being edited
    .help = run the command again
edit-by-hand = edit the file by hand for this one
edit-flow-list = `history` is written on one line (a flow list): write its steps one per line, each starting with `- `, to record a step
edit-no-item = `history` holds no item
edit-not-list = `history` is not a list of steps each starting with `- `
edit-no-history = the case has no `history`
edit-no-step = `history` has no step { $number }
edit-brace = this step's `{"{"}` is not closed on its line
edit-has-answer = step { $number } of `history` already records an answer
edit-has-receipt = step { $number } of `history` already records its receipt
edit-has-key = step { $number } of `history` already records its { $key }
edit-no-key = this step of `history` has no `{ $key }` on a line of its own to change

## batch

batch-written = written
batch-unchanged = unchanged
batch-waiting = waiting
batch-done = done
batch-failed = failed
batch-not-yet = { $level } is not admissible yet: it will be from { DATE($from) }
shard-not-k-n = `{ $text }` is not K/N (e.g. 2/8)
shard-not-number = `{ $text }` is not a number
shard-range = `{ $text }`: K/N needs 1 ≤ K ≤ N
batch-same-letter = the same letter is already there
batch-foreign-file = { $path } already exists with other content and was not written by a batch here; it is kept (--force replaces it)
batch-replaced-foreign = replaced a file no batch wrote (--force)
batch-beside = written beside { $earlier }, an earlier version of this letter kept as evidence (it may have been sent)
batch-beside-sent = ; the case records level { $level } as sent on { DATE($sent) }
batch-thousand = { $path } has a thousand versions already; nothing was written
batch-summary = { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}: { $written } written, { $unchanged } unchanged, { $waiting } waiting, { $failed } failed{ $done ->
    [0] {""}
   *[other] , { $done } done
}
batch-waiting-case = waiting: { $case }
batch-warned-case = written with a warning: { $case } → { $output }
batch-failed-case = failed: { $case }
batch-because = , because { $reason }
batch-inputs-unchanged = inputs unchanged since the letter was written
batch-inputs-unchanged-since = inputs unchanged since the letter was written ({ $earlier })

## init

init-wrote = wrote { $case } (and { $schema } for your editor)
init-wrote-refreshed = wrote { $case } (and { $schema } for your editor, generated: refreshed)
init-fill-in = fill in every « À COMPLÉTER », then: recours check { $case }

## watch, preview, templates

watch-built-in = { $name } (built in)
watch-markup-line = generated markup line { $line }
watch-generated-markup = generated markup
watch-pdf-failed = the PDF could not be written from the laid-out letter
watch-draft = ; the preview is marked « { $label } », and `recours render` refuses it
watch-not-yet = not to be sent yet: level { $level } is admissible from { DATE($from) } ({ $because }){ $draft } until then
watch-not-admissible = not to be sent: level { $level } is not admissible ({ $rule }){ $draft }
watch-stale = error (the PDF is the last good one; this error stands until a save fixes it): { $error }
watch-rendered = rendered { $path } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
}) in { $ms } ms
watch-failed = error (the last good PDF is kept): { $message }
watch-watching = watching { $case } (Ctrl-C to stop)
preview-serving = preview of { $case } at { $address } (Ctrl-C to stop)
templates-export-help = export into a new or empty folder; an adapted template is never replaced
templates-wrote = wrote { $count } templates into { $dir }
templates-then = edit them, then: recours --templates { $dir } render CASE.yaml (or watch, to see each save)

## institutions

registry-export-help = choose another file name; a corrected registry is never replaced
registry-wrote = wrote { $file }
registry-then = correct or extend it (its header explains every field), then: recours --registry { $file } check CASE.yaml
inst-col-id = ID
inst-col-country = COUNTRY
inst-col-name = NAME
inst-col-ladder = LADDER
inst-col-verified = VERIFIED
inst-check-valid = { $file }: valid — { $count ->
    [one] 1 entry
   *[other] { $count } entries
} ({ $ids }), to read on top of the registry
inst-consumers-tag = consumers
inst-businesses-tag = businesses
inst-kind-mediator = mediator
inst-kind-authority = authority
inst-kind-portal = online platform
inst-added = { $name } [the clinic's: { $file }]
inst-after-holding = { $deadline } after a holding letter
inst-from-sending = from sending
inst-from-receipt = from receipt
inst-from-first-written = from the first written complaint
inst-from-first-complaint = from the first complaint
inst-from-unknown = from a start the source does not give
inst-basis = basis: { $text }
inst-channel = channel: { $text }
inst-registered = registered letter required
inst-acknowledge = acknowledgement within { $deadline }
inst-answer = answer within { $deadline }
inst-answer-payment = answer within, for a contested payment, { $deadline }
inst-insurance = produits d’assurance
inst-address-unknown = address unknown: { $why }
inst-to = to `{ $id }`{ $tags }: { $name } — { $address }
inst-unconfirmed = UNCONFIRMED: { $why }
inst-note = note: { $note }
inst-after = after level(s) { $levels } (condition)
inst-advised = level(s) { $levels } advised first (advice, not a condition)
inst-opens = opens when the earlier levels are unanswered after { $deadline }
inst-after-answered = after level(s) { $levels } when an earlier level was answered in time
inst-consumers = open to consumers (a business case is warned)
inst-requires = requires: { $refs }
inst-requires-one-of = requires one of: { $refs }
inst-advises = advises (a warning when missing): { $refs }
inst-cites = cites when given: { $refs }
inst-products = products: { $products }
inst-source = source: { $source }
inst-verified = verified: { DATE($date) }
inst-address = address: { $address }
inst-website = website: { $url }
inst-conditions = conditions: { $text }
inst-unknown = no institution or mediator `{ $id }` in the registry
    .help = `recours institutions` lists them all
inst-route-registered = registered letter, the PDF to post (render)
inst-route-post = letter, the PDF to post (render)
inst-route-email = e-mail to { $address }, a draft .eml (render --email)
inst-route-form = web form, the text to paste (render --format text)
inst-send-by = send by { $way }
inst-or-by = ; or by { $way }
inst-no-address = no address is known: the case gives it (`letter.recipient_address` or `letter.recipient_email`)
inst-how = how, to `{ $id }`: { $how }

## The command line's help (English is the options' own text; these are clap's words)

help-usage = Usage:
help-commands = Commands:
help-arguments = Arguments:
help-options = Options:
help-flag-help = Print help
help-flag-version = Print version
help-default = [default: { $value }]
help-possible = [possible values: { $values }]
man-wrote = wrote { $count } manual pages into { $dir } ({ $first } and one per command)
generate-wrote = wrote { $count } invented cases under { $dir }
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-missing = the following required arguments were not provided: { $args }
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-more = For more information, try '--help'.
new-letter-language = In which language should the letter be written?

## The YAML parser's words (English is the parser's own)

yp-quoted-indent = invalid indentation in multiline quoted scalar
yp-flow-indent = invalid indentation in flow construct
yp-indent = invalid indentation
yp-colon-place = illegal placement of ':' indicator
yp-after-quote = invalid trailing content after a quoted scalar
yp-mapping-values = mapping values are not allowed in this context
yp-expected-key = did not find expected key
yp-expected-dash = did not find expected '-' indicator
yp-flow-mapping = did not find expected ',' or '{"}"}'
yp-node-content = did not find expected node content
yp-unclosed-quote = unclosed quote
yp-comment-intercepts = a comment (« # … ») cuts this text of several lines: put the comment after the text's last line, or the text between quotes
yp-plain-end = unexpected end of plain scalar
yp-unclosed-bracket = unclosed bracket
step-expecting = a level number (1, 2, 3…) or a level id of the institution's ladder
step-too-large = this level number is far too large
step-zero = a level number is 1 or more
new-need-one-of-again = the institution needs one of these: { $names }
new-check-failed = The case file { $file } is written, but `recours check` finds what follows to correct in it (with a text editor), then: recours check { $file }
