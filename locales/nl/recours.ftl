# De meldingen van recours zelf, in het Nederlands: fouten, waarschuwingen, samenvattingen, het
# vraaggesprek van `recours new` en de hulp bij de opdrachtregel. Dezelfde id's staan in
# fr/recours.ftl en en/recours.ftl; een test noemt elke id die in een taal ontbreekt.
#
# Waarden ($naam) komen al uitgeschreven binnen: datums, bedragen en paden.

## Hoe een melding verschijnt

shown-error = fout: { $message }
shown-warning = waarschuwing: { $message }
line-expected = verwacht: { $text }
line-help = hulp: { $text }
line-hint = tip: { $text }

## Bestanden die niet gelezen of geschreven kunnen worden

read-failed = kan { $path } niet lezen: { $reason }
read-not-found = dat bestand bestaat niet
read-permission = toegang geweigerd
read-is-folder = het is een map
read-not-text = het is geen tekst (UTF-8)
write-failed = kan { $path } niet schrijven: { $reason }
write-permission = toegang geweigerd: deze gebruiker mag niet schrijven in de map { $folder }
    .help = kies een andere uitvoermap, of vraag schrijfrechten voor deze
write-read-only = de map { $folder } staat op een alleen-lezen bestandssysteem
    .help = kies een andere uitvoermap
write-no-folder = de map { $folder } bestaat niet
    .help = maak ze eerst aan, of kies een andere uitvoermap
write-file-in-the-way = { $file } is een bestand, op de plaats waar een map nodig is
    .help = kies een andere uitvoermap, of verplaats het bestand { $file }
write-file-not-folder = { $path } is een bestand, en hier is een map nodig
    .help = geef een map (ze wordt zo nodig aangemaakt), bijvoorbeeld -o brieven/
write-is-folder = { $path } is een map
    .help = geef een bestandsnaam die op .pdf eindigt
write-no-space = geen plaats meer om het te schrijven in { $folder }
    .help = maak plaats vrij, of kies een andere uitvoermap
would-overwrite = { $path } bestaat al met een andere inhoud; een verstuurde brief is bewijs, dus hij blijft bewaard
    .help = als die brief nooit verstuurd is (een ontwerp dat u verbetert), geef --force om hem te vervangen — of laat tijdens het schrijven `recours watch` bij elke bewaring een voorbeeld herschrijven; als hij verstuurd is, bewaar hem en schrijf de nieuwe elders met -o
sent-letter-kept = { $path } bevat een brief van niveau { $level }, die volgens de geschiedenis van het dossier op { $sent } verstuurd is: hij is bewijs en wordt nooit vervangen, ook niet met --force
    .help = schrijf de nieuwe brief elders met -o (bijvoorbeeld -o { $suggestion })
case-file-exists = { $path } bestaat; kies een andere naam met -o, of verwijder het
file-exists = { $path } bestaat; er is niets geschreven
    .help = { $help }
port-in-use = poort { $port } van 127.0.0.1 is al in gebruik (een ander voorbeeld?)
    .help = geef een andere met --port, bijvoorbeeld --port { $next }, of --port 0 voor om het even welke vrije poort

## Opmaak

typesetting-failed = de opmaak is mislukt
markup-place = gegenereerde opmaak, regel { $line }, kolom { $column }
typesetter-fault = de opmaakmotor is gestopt op een interne fout bij het opmaken van deze brief ({ $detail }); er is niets geschreven
    .help = zoek ongewone tekens in de teksten van het dossier (de feiten, de eisen) en verwijder ze; meld het geval graag, met geanonimiseerde teksten

## Ontvankelijkheid

not-admissible-yet = { $case }: { $level } is nog niet ontvankelijk: { $reason }; dat wordt het vanaf { $from }
    .help = `recours check { $case }` toont het verloop; --force schrijft de brief toch
not-admissible = { $case }: { $level } is niet ontvankelijk: { $reason }
    .help = --force schrijft de brief toch

## Wat `check` over een dossier zegt

channel-phone = telefoon
channel-email = e-mail
channel-letter = brief
channel-registered = aangetekende brief
channel-portal = onlineformulier
channel-chat = chat
channel-in-person = persoonlijk
kind-complaint = klacht
kind-escalation = intern beroep
kind-mediation = bemiddeling
kind-authority = overheid
verdict-admissible = ontvankelijk
verdict-admissible-since = ontvankelijk sinds { $from }
verdict-not-yet = nog niet: ontvankelijk vanaf { $from }
verdict-not-yet-because = nog niet: ontvankelijk vanaf { $from }, omdat { $because }
verdict-not-admissible = niet ontvankelijk: { $rule }
check-verdict-line = { $case }: geldig — volgende: niveau { $level } { $id } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 waarschuwing (`recours check { $case }` toont ze)
   *[other] { $count } waarschuwingen (`recours check { $case }` toont ze)
}
check-valid = { $case }: geldig — { $institution } ({ $name }, { $country })
check-evaluated-on = beoordeeld op { $date }
check-steps-taken = gezette stappen:
check-no-step = geen
check-step = niveau { $level } { $id } ({ $kind }), { $channel }
check-step-tracking = {" "}nr. { $tracking }
check-step-reference = , ref. { $reference }
check-step-received = , ontvangen op { $date }
check-answered = beantwoord op { $date }
check-holding-letter = wachtbrief van { $date }: de langere termijn geldt
check-answer-due-from = antwoord verwacht uiterlijk op { $due } ({ $deadline } vanaf { $from })
check-answer-due = antwoord verwacht uiterlijk op { $due } ({ $deadline })
check-no-deadline = geen antwoordtermijn bekend
check-deadline-status = { $deadline }: { $status }
status-answered = beantwoord
status-answered-late = beantwoord na de termijn
status-waiting = nog geen antwoord, de termijn loopt
status-lapsed = geen antwoord, de termijn is verstreken
status-unanswered = geen antwoord
check-next = volgende: niveau { $level } { $id } ({ $kind })
check-envelope = aan, zoals de envelop het zal tonen:
check-envelope-from-case = aan, zoals de envelop het zal tonen (het adres dat het dossier geeft in letter.recipient_address):
check-if-sent-from = verstuurd op { $date }, moet hij beantwoord zijn uiterlijk op { $due } (gerekend vanaf { $from })
check-if-sent = verstuurd op { $date }, moet hij beantwoord zijn uiterlijk op { $due }
check-warnings = waarschuwingen:

## Of een niveau bereikt mag worden, en wanneer

warn-card-payment-late = de kaartbetaling van { $payment } is meer dan 13 maanden geleden gedebiteerd (grens: { $limit }): een niet-toegestane betaling kan niet meer bij de bank betwist worden (Code monétaire et financier L133-24)
warn-card-payment = een niet-toegestane kaartbetaling gedebiteerd op { $payment } moet uiterlijk op { $limit } bij de bank betwist worden (13 maanden, Code monétaire et financier L133-24)
warn-not-registered = niveau { $level } van { $institution } wordt alleen per aangetekende brief bereikt; de stap van { $date } ging langs een andere weg en kan buiten beschouwing blijven
warn-holding-letter-unknown = de stap van { $date } vermeldt een wachtbrief van { $holding }, maar geen enkele bron geeft de langere termijn van niveau { $level } van { $institution }: de antwoordtermijn is onbekend
warn-early-step = de stap van { $date } (niveau { $level }) is gezet voordat de termijn van de stap van { $before } (niveau { $before_level }) verstreken was ({ $due }, { $deadline } vanaf { $from }) en zonder het antwoord erop: de ontvanger kan oordelen dat hij te vroeg kwam
warn-business-rule = ; { $recipient } neemt de klacht van een onderneming aan na { $wait } zonder antwoord ({ $basis })
warn-consumers-only = niveau { $level } van { $institution } staat open voor consumenten ({ $basis }), en de klager is een onderneming{ $business_rule }
basis-mediator-conditions = de voorwaarden van de ombudsman
refuse-court-seized = een rechtbank is al met dit geschil belast (dispute.court_action), en dan treedt een ombudsman terug ({ $basis })
refuse-no-written-complaint = er is vooraf geen schriftelijke klacht bij { $institution } ingediend: een telefoontje, een chat of een bezoek is er geen ({ $basis }); schrijf eerst aan { $institution } en noteer het in de geschiedenis
refuse-year = de laatste schriftelijke klacht, van { $last }, is meer dan een jaar oud (de aanvraag moest uiterlijk op { $due } ingediend zijn; { $basis })
warn-year = de laatste schriftelijke klacht, van { $last }, is meer dan een jaar oud (de aanvraag moest uiterlijk op { $due } ingediend zijn; { $basis }): de ombudsman kan het dossier weigeren
warn-year-unsettled = een jaar na de schriftelijke klacht ({ $basis }): gerekend vanaf de eerste schriftelijke klacht, van { $first }, eindigde het jaar op { $first_end }; gerekend vanaf de laatste, van { $last }, eindigt het op { $last_end }. Vanaf welke het loopt, staat niet vast: de ombudsman kan het dossier weigeren
opens-own-wait = er kwam geen antwoord binnen { $wait } vanaf { $start }, en die termijn loopt tot { $until }
opens-after-deadline = de stap van { $date } (niveau { $level }) is onbeantwoord en de antwoordtermijn van { $deadline } vanaf { $start } loopt tot { $until }
warn-taken-after-lapse = de stap van { $date } (niveau { $level }) is gezet nadat de termijn van { $deadline } vanaf { $start } verstreken was ({ $due }); geen enkele bron geeft hem een eigen termijn: de ontvanger kan verwachten dat hij tijd kreeg om te antwoorden
opens-business-wait = een onderneming wacht { $wait } zonder antwoord na haar schriftelijke klacht van { $date } ({ $start }) voor ze de ombudsman aanspreekt
warn-month-asked = een brief van recours vraagt een antwoord binnen een maand na ontvangst: voor de stap van { $date } (niveau { $level }) loopt die maand vanaf { $start } tot { $until }; geschreven vóór { $opens } kan niveau { $next } naar de instelling teruggestuurd worden
warn-no-deadline-known = voor de gezette stappen is geen antwoordtermijn bekend en geen enkele is beantwoord: de ontvanger kan u vragen eerst een antwoord af te wachten
start-sending = de verzending op { $day }
start-receipt-assumed = de ontvangst, verondersteld op { $day }
start-receipt = de ontvangst op { $day }
start-unknown-assumed = een begin dat de bron niet geeft, genomen als de veronderstelde ontvangst op { $day }
start-unknown = een begin dat de bron niet geeft, genomen als de ontvangst op { $day }
start-first-written = de eerste schriftelijke klacht, van { $day }
start-first-complaint = de eerste klacht, van { $day }
warn-assumed-receipt = de stap van { $date } vermeldt geen ontvangstdatum: hij wordt verondersteld ontvangen op { $received } ({ $days } werkdagen na verzending, de gewone termijn van de post ruim genomen), dus de termijn wordt genomen als eindigend op { $due }. Noteer `received:` volgens het ontvangstbewijs voor de juiste datum

## Identificatiemiddelen en datums

card-not-digits = het kaartnummer bevat andere tekens dan cijfers en scheidingstekens (spaties, punten, streepjes, schuine strepen)
card-length = het kaartnummer heeft { $count } cijfers; een betaalkaart heeft er 13 tot 19
card-luhn = het kaartnummer dat eindigt op { $last_four } faalt voor zijn Luhn-controle (ISO/IEC 7812-1): een cijfer is fout of ontbreekt
register-not-digits = het rijksregisternummer bevat andere tekens dan cijfers, punten en streepjes
register-length = het rijksregisternummer heeft { $count } cijfers; het heeft er 11 (JJ.MM.DD-SSS.CC)
register-check = het rijksregisternummer faalt voor zijn controle (de laatste twee cijfers zijn 97 min de eerste negen modulo 97)
fixed-digits-count = het heeft { $count } cijfers
fixed-digits-not-digits = het bevat andere tekens dan cijfers
date-day-first = `{ $text }` is geen datum geschreven JJJJ-MM-DD: schrijf { $iso }
date-not-iso = `{ $text }` is geen datum geschreven JJJJ-MM-DD (bijvoorbeeld 2026-07-02)
date-no-month = `{ $text }` is geen datum: er is geen maand { $month }
date-month-days = `{ $text }` is geen datum: die maand heeft { $days } dagen
amount-not-yaml = `{ $text }` is geen getal zoals YAML het schrijft: schrijf { $amount }
amount-not-number = `{ $text }` is geen bedrag: schrijf een aantal euro, bijvoorbeeld 45.00

## recours new: het vraaggesprek

new-no-terminal = `recours new` stelt zijn vragen in een terminal, en er is er geen verbonden
    .help = om een dossier zonder vragen te schrijven, gebruik `recours init --institution ID` en vul het daarna in
new-interrupted = onderbroken: er is geen bestand geschreven
new-welcome = Enkele vragen, en recours schrijft uw dossier { $file }. Ctrl-C stopt op elk moment zonder iets te schrijven.
new-required = hier is een antwoord nodig
new-optional = facultatief: Enter om over te slaan
new-select-help = ↑↓ om te bewegen, Enter om te kiezen, typ om te filteren
new-yes = ja
new-no = nee
new-another = { $question } (nog een; Enter op een lege regel om te eindigen)
new-date-help = JJJJ-MM-DD, het jaar eerst: 2026-07-12 voor 12 juli 2026
new-date-future = deze datum ligt na vandaag ({ $today })
new-institution = Tegen welke instelling is uw klacht gericht?
new-clinic = Treedt een rechtswinkel of een vereniging op voor de persoon (met een schriftelijk mandaat)?
new-clinic-name = De naam van de rechtswinkel of de vereniging
new-whose-clinic = adres van de rechtswinkel
new-whose-complainant = uw adres
new-whose-recipient = adres van de ontvanger
new-street = Straat en nummer ({ $whose })
new-town = Postcode en gemeente ({ $whose })
new-clinic-mandate = De datum van het schriftelijk mandaat
new-clinic-reference = De referentie van de rechtswinkel voor dit dossier (facultatief)
new-clinic-email = Het e-mailadres van de rechtswinkel (facultatief)
new-civility = Hoe moet de brief de persoon aanspreken?
new-civility-none = geen van beide
new-name = Voornaam en naam van de persoon die klaagt
new-audience = Treedt de persoon op als particulier of voor een onderneming?
new-consumer = als particulier (consument)
new-business = voor een onderneming
new-email = E-mailadres van de persoon
new-product = Het product of contract in kwestie (bijvoorbeeld "persoonlijke lening nr. …")
new-ref-file-number = Het dossiernummer
new-ref-file-number-digits = Het dossiernummer ({ $digits } cijfers)
new-ref-contract-number = Het contractnummer
new-ref-member-number = Het lidnummer
new-ref-card-number = Het kaartnummer (alleen de laatste 4 cijfers worden afgedrukt)
new-ref-national-register = Het rijksregisternummer (JJ.MM.DD-SSS.CC)
new-ref-digits = het dossiernummer heeft { $digits } cijfers; { $problem }
new-need-required = vereist door de instelling
new-need-one-of = dit of een ander referentienummer is vereist: Enter om over te slaan
new-need-advised = aangeraden: Enter om over te slaan
new-need-optional = facultatief: Enter om over te slaan
new-subject = Het onderwerp van de klacht, in enkele woorden (het wordt het "Betreft" van de brief)
new-facts = Wat er gebeurd is: één alinea (datums, bedragen)
new-facts-help = één alinea per antwoord; Enter op een lege regel om te eindigen
new-demands = Wat u vraagt
new-demands-help = één eis per antwoord; Enter op een lege regel om te eindigen
new-amount = Het betwiste bedrag, in euro (facultatief)
new-amount-help = bijvoorbeeld 45.00; Enter om over te slaan
new-history-first = Hebt u { $institution } hierover al gecontacteerd (telefoon, brief, e-mail…)?
new-history-more = Nog een stap bij { $institution } of zijn ombudsman?
new-level = niveau { $level }: { $id }
new-history-level = Op welk niveau van de procedure was dat?
new-history-date = Op welke datum?
new-history-channel = Op welke manier?
new-history-tracking = Het nummer van de aangetekende zending (facultatief)
new-history-answered = Is er een antwoord gekomen?
new-history-answer-date = De datum van het antwoord
new-history-answer-summary = Wat het zei, in enkele woorden (facultatief)
new-recipient-name = Aan wie moet de eerste brief gaan (de naam op uw contract of op de ontvangen brieven)?
new-recipient-help = geen enkele bron geeft het postadres van deze ontvanger: recours verzint het niet
new-written = Dossier geschreven: { $file }
new-render-now = De brief nu schrijven?
new-render-later = wanneer u klaar bent: recours render { $file }

## Wat `render` zegt

render-forced-not-yet = niveau { $level } is niet ontvankelijk vóór { $from } ({ $because }); toch geschreven (--force)
render-forced-not-admissible = niveau { $level } is niet ontvankelijk ({ $rule }); toch geschreven (--force)
render-replaced-warning = { $path } bevatte een andere brief; vervangen (--force)
render-wrote = geschreven: { $path }
render-replaced = vervangen: { $path }
render-unchanged = ongewijzigd (dezelfde brief staat er al): { $path }
render-summary = { $institution } niveau { $level } ({ $kind }), aan { $recipient }; { $pages ->
    [one] 1 bladzijde
   *[other] { $pages } bladzijden
}
route-registered = per aangetekende zending met ontvangstbewijs
route-post = per post
route-email-draft = het ontwerp { $draft } vanuit uw mailbox, aan { $address }
route-email = per e-mail aan { $address }: `recours render { $case } --email` schrijft het ontwerp
route-form = via het onlineformulier{ $place }: `recours render { $case } --format text` toont wat het vraagt; voeg de PDF bij
route-form-at = {" "}op { $address }
route-send = versturen: { $how }
route-or = of: { $how }
render-envelope = envelop:
render-envelope-from-case = envelop (het adres dat het dossier geeft in letter.recipient_address):

## Wat een niveau vraagt

advice-level-first = advies, geen voorwaarde: { $institution } raadt aan niveau { $advised } ({ $name }) te nemen vóór niveau { $level } ({ $id }) — { $basis }
advice-reference = advies, geen voorwaarde: { $institution } vraagt het { $noun } (`references.{ $key }`) om de brief snel te behandelen; het dossier geeft het niet{ $basis }
reference-required = { $institution } niveau { $level } ({ $id }) vraagt het { $noun }, dat het dossier niet geeft{ $basis }
reference-required-help = voeg `{ $key }:` toe onder `references`
reference-one-of-help = voeg een van deze sleutels toe onder `references`: { $keys }
reference-or-the = {" "}of het{" "}
reference-or = {" "}of{" "}
noun-file-number = dossiernummer
noun-contract-number = contractnummer
noun-member-number = lidnummer
noun-card-number = kaartnummer
noun-national-register = rijksregisternummer
