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
sent-letter-kept = { $path } bevat een brief van niveau { $level }, die volgens de geschiedenis van het dossier op { DATE($sent) } verstuurd is: hij is bewijs en wordt nooit vervangen, ook niet met --force
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

level-of-institution = niveau { $level } van { $institution } ({ $recipient })
not-admissible-yet = { $case }: { $level } is nog niet ontvankelijk: { $reason }; dat wordt het vanaf { DATE($from) }
    .help = `recours check { $case }` toont het verloop; --force schrijft de brief toch
not-admissible = { $case }: { $level } is niet ontvankelijk: { $reason }
    .help = de ontvanger weigert zo'n dossier, welke brief het ook is: `recours check { $case }` toont het verloop en wat het dossier mist

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
deadline-words = { $unit ->
    [months] { $count ->
        [one] een maand
       *[other] { $count } maanden
    }
    [days] { $count ->
        [one] een dag
       *[other] { $count } dagen
    }
   *[other] { $count ->
        [one] een werkdag
       *[other] { $count } werkdagen
    }
}
verdict-admissible = ontvankelijk
verdict-admissible-since = ontvankelijk sinds { DATE($from) }
verdict-not-yet = nog niet: ontvankelijk vanaf { DATE($from) }
verdict-not-yet-because = nog niet: ontvankelijk vanaf { DATE($from) }, omdat { $because }
verdict-not-admissible = niet ontvankelijk: { $rule }
check-verdict-line = { $case }: geldig — volgende: niveau { $level } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 waarschuwing (`recours check { $case }` toont ze)
   *[other] { $count } waarschuwingen (`recours check { $case }` toont ze)
}
check-valid = { $case }: geldig — { $institution } ({ $name }, { $country })
check-evaluated-on = beoordeeld op { DATE($date) }
check-steps-taken = gezette stappen:
check-no-step = geen
check-step = niveau { $level } ({ $kind }), { $channel }
check-step-tracking = {" "}nr. { $tracking }
check-step-reference = , ref. { $reference }
check-step-received = , ontvangen op { DATE($date) }
check-answered = beantwoord op { DATE($date) }
check-answer-summary = : { $summary }
check-holding-letter = wachtbrief van { DATE($date) }: de langere termijn geldt
check-answer-due-from = antwoord verwacht uiterlijk op { DATE($due) } ({ $deadline } vanaf { DATE($from) })
check-answer-due = antwoord verwacht uiterlijk op { DATE($due) } ({ $deadline })
check-no-deadline = geen antwoordtermijn bekend
check-answer-asked = volgens de bronnen loopt geen antwoordtermijn; de brief vroeg een antwoord uiterlijk op { DATE($due) } (een maand vanaf { DATE($from) })
check-deadline-status = { $deadline }: { $status }
status-answered = beantwoord
status-answered-late = beantwoord na de termijn
status-waiting = nog geen antwoord, de termijn loopt
status-lapsed = geen antwoord, de termijn is verstreken
status-unanswered = geen antwoord
check-next = volgende: niveau { $level } ({ $kind })
check-envelope = aan, zoals de envelop het zal tonen:
check-envelope-from-case = aan, zoals de envelop het zal tonen (het adres dat het dossier geeft in letter.recipient_address):
check-by-email = alleen per e-mail (het niveau is niet anders te bereiken), aan:
check-if-sent-from = verstuurd op { DATE($date) }, moet hij beantwoord zijn uiterlijk op { DATE($due) } (gerekend vanaf { DATE($from) })
check-if-sent-lapsed = de antwoordtermijn, gerekend vanaf { DATE($from) }, is al verstreken op { DATE($due) }: verstuurd op { DATE($date) } vraagt de brief een antwoord binnen de maand na ontvangst, en het volgende niveau wacht die maand af
check-if-sent = verstuurd op { DATE($date) }, moet hij beantwoord zijn uiterlijk op { DATE($due) }
check-warnings = waarschuwingen:

## Of een niveau bereikt mag worden, en wanneer

warn-card-payment-late = de kaartbetaling van { $payment } is meer dan 13 maanden geleden gedebiteerd (grens: { $limit }): een niet-toegestane betaling kan niet meer bij de bank betwist worden (Code monétaire et financier L133-24)
warn-card-payment = een niet-toegestane kaartbetaling gedebiteerd op { $payment } moet uiterlijk op { $limit } bij de bank betwist worden (13 maanden, Code monétaire et financier L133-24)
warn-not-registered = niveau { $level } van { $institution } wordt alleen per aangetekende brief bereikt; de stap van { DATE($date) } ging langs een andere weg en kan buiten beschouwing blijven
warn-holding-letter-unknown = de stap van { DATE($date) } vermeldt een wachtbrief van { DATE($holding) }, maar geen enkele bron geeft de langere termijn van niveau { $level } van { $institution }: de antwoordtermijn is onbekend
warn-early-step = de stap van { DATE($date) } (niveau { $level }) is gezet voordat de termijn van de stap van { DATE($before) } (niveau { $before_level }) verstreken was ({ DATE($due) }, { $deadline } vanaf { DATE($from) }) en zonder het antwoord erop: de ontvanger kan oordelen dat hij te vroeg kwam
warn-business-rule = ; { $recipient } neemt de klacht van een onderneming aan na { $wait } zonder antwoord ({ $basis })
warn-consumers-only = niveau { $level } van { $institution } staat open voor consumenten ({ $basis }), en de klager is een onderneming{ $business_rule }
basis-mediator-conditions = de voorwaarden van de ombudsman
refuse-court-seized = een rechtbank is al met dit geschil belast (dispute.court_action), en dan treedt een ombudsman terug ({ $basis })
refuse-no-written-complaint = er is vooraf geen schriftelijke klacht bij { $institution } ingediend: een telefoontje, een chat of een bezoek is er geen ({ $basis }); schrijf eerst aan { $institution } en noteer het in de geschiedenis
refuse-year = de laatste schriftelijke klacht, van { DATE($last) }, is meer dan een jaar oud (de aanvraag moest uiterlijk op { DATE($due) } ingediend zijn; { $basis })
warn-year = de laatste schriftelijke klacht, van { DATE($last) }, is meer dan een jaar oud (de aanvraag moest uiterlijk op { DATE($due) } ingediend zijn; { $basis }): de ombudsman kan het dossier weigeren
warn-year-unsettled = een jaar na de schriftelijke klacht ({ $basis }): gerekend vanaf de eerste schriftelijke klacht, van { DATE($first) }, eindigde het jaar op { DATE($first_end) }; gerekend vanaf de laatste, van { DATE($last) }, eindigt het op { DATE($last_end) }. Vanaf welke het loopt, staat niet vast: de ombudsman kan het dossier weigeren
opens-own-wait = er kwam geen antwoord binnen { $wait } vanaf { $start }, en die termijn loopt tot { DATE($until) }
opens-after-deadline = de stap van { DATE($date) } (niveau { $level }) is onbeantwoord en de antwoordtermijn van { $deadline } vanaf { $start } loopt tot { DATE($until) }
opens-business-wait = een onderneming wacht { $wait } zonder antwoord na haar schriftelijke klacht van { DATE($date) } ({ $start }) voor ze de ombudsman aanspreekt
opens-month-asked = de stap van { DATE($date) } (niveau { $level }) vraagt een antwoord binnen de maand na ontvangst, dus vanaf { $start } tot { DATE($until) }; geen geschreven regel maakt van die maand een voorwaarde, maar zo is de praktijk: geschreven vóór { DATE($opens) } kan niveau { $next } naar de instelling teruggestuurd worden (--force schrijft hem toch)
warn-no-deadline-known = voor de gezette stappen is geen antwoordtermijn bekend en geen enkele is beantwoord: de ontvanger kan u vragen eerst een antwoord af te wachten
warn-email-not-ascii = het adres { $address } bevat een letter met accent: het concept schrijft het zoals het is, in UTF-8 zoals RFC 6532 voorziet, maar veel mailservers weigeren het; vraag de ontvanger of het adres niet { $ascii } is
start-sending = de verzending op { DATE($day) }
start-receipt-assumed = de ontvangst, verondersteld op { DATE($day) }
start-receipt = de ontvangst op { DATE($day) }
start-unknown-assumed = een begin dat de bron niet geeft, genomen als de veronderstelde ontvangst op { DATE($day) }
start-unknown = een begin dat de bron niet geeft, genomen als de ontvangst op { DATE($day) }
start-first-written = de eerste schriftelijke klacht, van { DATE($day) }
start-first-complaint = de eerste klacht, van { DATE($day) }
warn-assumed-receipt = de stap van { DATE($date) } vermeldt geen ontvangstdatum: hij wordt verondersteld ontvangen op { DATE($received) } ({ $days } werkdagen na verzending, de gewone termijn van de post ruim genomen), dus de termijn wordt genomen als eindigend op { DATE($due) }. Noteer `received:` volgens het ontvangstbewijs voor de juiste datum

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
new-canceled = <geannuleerd>
new-esc = Esc: wat wilt u doen?
new-esc-back = Terug naar de vorige vraag
new-esc-resume = Deze vraag hervatten
new-esc-give-up = Alles opgeven (er wordt geen bestand geschreven)
new-welcome = Enkele vragen, en recours schrijft uw dossier { $file }. Esc gaat terug naar de vorige vraag of geeft op; Ctrl-C stopt op elk moment zonder iets te schrijven.
new-required = hier is een antwoord nodig
new-optional = facultatief: Enter om over te slaan
new-select-help = ↑↓ om te bewegen, Enter om te kiezen, typ om te filteren
new-yes = ja
new-no = nee
new-another = { $question } (nog een; Enter op een lege regel om te eindigen)
new-date-help = JJJJ-MM-DD of DD/MM/JJJJ: 2026-07-12 of 12/07/2026 voor 12 juli 2026
new-date-future = deze datum ligt na vandaag ({ DATE($today) })
new-read-as = gelezen als: { $read }
new-institution = Tegen welke instelling is uw klacht gericht?
new-clinic = Treedt een rechtswinkel of een vereniging op voor de persoon (met een schriftelijk mandaat)?
new-clinic-name = De naam van de rechtswinkel of de vereniging
new-whose-clinic = adres van de rechtswinkel
new-whose-complainant = { $clinic ->
    [yes] het adres van uw cliënt
   *[no] uw adres
}
new-whose-recipient = adres van de ontvanger
new-street = Straat en nummer ({ $whose })
new-town = Postcode en gemeente ({ $whose })
new-clinic-mandate = De datum van het schriftelijk mandaat
new-clinic-reference = De referentie van de rechtswinkel voor dit dossier (facultatief)
new-clinic-email = Het e-mailadres van de rechtswinkel (facultatief)
new-clinic-signatory = Wie tekent voor de rechtswinkel: voornaam en naam (facultatief)
new-clinic-role = De functie (« jurist », « student ») (facultatief)
new-civility = { $clinic ->
    [yes] Hoe moet de brief uw cliënt aanspreken?
   *[no] Hoe moet de brief de persoon aanspreken?
}
new-civility-none = geen van beide
new-name = { $clinic ->
    [yes] Voornaam en naam van uw cliënt
   *[no] Voornaam en naam van de persoon die klaagt
}
new-audience = { $clinic ->
    [yes] Treedt uw cliënt op als particulier of voor een onderneming?
   *[no] Treedt de persoon op als particulier of voor een onderneming?
}
new-consumer = als particulier (consument)
new-business = voor een onderneming
new-email = { $clinic ->
    [yes] E-mailadres van uw cliënt
   *[no] E-mailadres van de persoon
}
new-product = Het product of contract in kwestie (bijvoorbeeld "persoonlijke lening nr. …")
new-ref-file-number = Het dossiernummer
new-ref-file-number-digits = Het dossiernummer ({ $digits } cijfers)
new-ref-contract-number = Het contractnummer
new-ref-member-number = Het lidnummer
new-ref-card-number = Het kaartnummer (alleen de laatste 4 cijfers worden afgedrukt)
new-ref-national-register = Het rijksregisternummer (JJ.MM.DD-SSS.CC)
new-ref-digits = het dossiernummer heeft { $digits } cijfers; { $problem }
new-need-required = vereist door de instelling
new-ref-which = { $names }: welk hebt u? De instelling vraagt er een van
new-ref-or = {" of "}
new-ref-all = { $count ->
    [2] Allebei
   *[other] Allemaal
}
new-need-advised = aangeraden: Enter om over te slaan
new-need-optional = facultatief: Enter om over te slaan
new-subject = Het onderwerp van de klacht, in enkele woorden (het wordt het "Betreft" van de brief)
new-facts = Wat er gebeurd is: één alinea (datums, bedragen)
new-facts-help = { $clinic ->
    [yes] één alinea per antwoord, in de derde persoon (« mevrouw Peeters heeft… »); Enter op een lege regel om te eindigen
   *[no] één alinea per antwoord; Enter op een lege regel om te eindigen
}
new-demands = { $clinic ->
    [yes] Wat uw cliënt vraagt
   *[no] Wat u vraagt
}
new-demands-help = één eis per antwoord; Enter op een lege regel om te eindigen
new-amount = Het betwiste bedrag, in euro (facultatief)
new-amount-help = bijvoorbeeld 45.00; Enter om over te slaan
new-history-first = Hebt u { $institution } hierover al gecontacteerd (telefoon, brief, e-mail…)?
new-history-more = Nog een stap bij { $institution } of zijn ombudsman?
new-level = niveau { $level }: { $recipients } ({ $kind })
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

render-forced-not-yet = niveau { $level } is niet ontvankelijk vóór { DATE($from) } ({ $because }); toch geschreven (--force)
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
render-by-email = alleen per e-mail (het niveau is niet anders te bereiken), aan:

## Wat een niveau vraagt

advice-level-first = advies, geen voorwaarde: { $institution } raadt aan niveau { $advised } ({ $name }) te nemen vóór niveau { $level } ({ $kind }) — { $basis }
advice-reference = advies, geen voorwaarde: { $institution } vraagt het { $noun } (`references.{ $key }`) om de brief snel te behandelen; het dossier geeft het niet{ $basis }
reference-required = { $institution } niveau { $level } ({ $kind }) vraagt het { $noun }, dat het dossier niet geeft{ $basis }
reference-required-help = voeg `{ $key }:` toe onder `references`
reference-one-of-help = voeg een van deze sleutels toe onder `references`: { $keys }
reference-or-the = {" "}of het{" "}
reference-or = {" "}of{" "}
noun-file-number = dossiernummer
noun-contract-number = contractnummer
noun-member-number = lidnummer
noun-card-number = kaartnummer
noun-national-register = rijksregisternummer

## Het dossier lezen (YAML)

yaml-missing-key = de sleutel `{ $field }` ontbreekt
    .help = voeg hier `{ $field }:` toe; zie de beschrijving van het dossier in README.md
yaml-did-you-mean = bedoelde u `{ $near }`?
yaml-not-accepted = `{ $value }` is geen aanvaarde waarde
yaml-wrong-type = verkeerd type: gevonden { $found }
yaml-invalid-value = ongeldige waarde: { $found }
yaml-duplicate-key = de sleutel `{ $key }` staat er twee keer
yaml-duplicate = een sleutel staat er twee keer
    .help = behoud er één
yaml-invalid = dit is geen geldige YAML: { $detail }
    .help = controleer het inspringen en de aanhalingstekens rond deze regel
yaml-unknown-key = onbekende sleutel `{ $field }`
    .help = verwijder de sleutel of verplaats hem naar waar hij hoort; onbekende sleutels worden geweigerd zodat geen gegevens ongemerkt verloren gaan
yaml-unknown-key-near = bedoelde u `{ $near }`? Onbekende sleutels worden geweigerd zodat geen gegevens ongemerkt verloren gaan
yaml-amount-help = YAML leest « 45,00 » als tekst: schrijf de euro's met een punt, zonder spaties of « € »
yaml-tab = een tab laat deze regel inspringen, en YAML springt alleen met spaties in
    .help = vervang de tab door spaties, evenveel als op de regels eromheen (twee per niveau)
yaml-empty-list = een lege lijst
yaml-empty-mapping = een lege verzameling sleutels
yaml-empty-then-items = `{ $mark }` ({ $what }) is de hele waarde van zijn sleutel, en er volgen elementen op regel { $line }
    .help = verwijder deze `{ $mark }` nu de elementen eronder de waarde geven
yaml-quote-not-closed = het aanhalingsteken dat hier opent, wordt op deze regel niet gesloten: YAML leest de rest van het bestand als het vervolg van deze tekst
    .help = voeg het sluitende aanhalingsteken « " » toe aan het eind van de tekst, op deze regel
yaml-extra-indent = deze regel springt { $count ->
    [one] één spatie
   *[other] { $count } spaties
} verder in dan de sleutel erboven
    .help = laat hem in dezelfde kolom beginnen als de sleutel erboven (de sleutels van één blok beginnen in dezelfde kolom)
yaml-colon = deze tekst bevat « : » gevolgd door een spatie, wat YAML als een nieuwe sleutel leest
    .help = zet deze tekst tussen aanhalingstekens:
        {"        "}{ $quoted }
expected-date = een datum geschreven JJJJ-MM-DD, bijvoorbeeld 2026-07-02
expected-amount = een aantal euro, bijvoorbeeld 45.00
expected-bool = true of false
expected-list = een lijst, één element per regel die begint met `- `
expected-step = een niveaunummer (1, 2, 3…) of de id van een niveau
expected-channel = een van `phone`, `email`, `letter`, `registered`, `portal`, `chat`, `in-person` (of téléphone, courriel, courrier, lettre recommandée, formulaire, en personne)
expected-civility = `Madame` of `Monsieur`
expected-type = `consumer` of `business`
expected-country = `FR` of `BE`
expected-text = een tekst
expected-nothing = hier niets
expected-one-of = een van { $list }
found-other = een andere soort waarde
found-list = een lijst (of een blok onder de sleutel)
found-mapping = een verzameling sleutels
case-empty = dit is leeg
case-not-accepted = { $shown } is geen aanvaarde waarde
found-a-list = een lijst
found-nothing = niets
case-too-large = het bestand is { $size } KiB; een dossier is hoogstens { $max } KiB
    .help = een dossier bevat alleen tekst: noem de documenten in `attachments`, plak ze er niet in
case-not-utf8 = het bestand is geen UTF-8-tekst (vanaf byte { $byte })
    .help = bewaar het dossier als UTF-8

## Adressen

block-recipient = het blok van de ontvanger
block-sender = het blok van de afzender
address-lines = { $what } heeft { $count } regels; La Poste en bpost vragen er hoogstens { $max }
address-line-long = regel { $number } van { $what } („{ $line }”) heeft { $length } tekens; La Poste en bpost vragen er hoogstens { $max }
address-overflow = { $what } neemt { $shown } regels van de brief in zodra lange regels afbreken, en het venster van de envelop bevat er { $window }: het zou niet in het venster te zien zijn
    .help = maak de regels korter (kort « boulevard », « bâtiment »… af) of laat er een weg

## De geschiedenis en de niveaus

letter-date-cli = { DATE($date) } (gegeven met --date)
letter-date-case = { DATE($date) } (letter.date)
letter-date-today = { DATE($date) } (vandaag)
no-such-level = { $institution } heeft geen niveau `{ $level }`
no-such-level-number = { $institution } heeft geen niveau { $level }
one-of-levels = een van de niveaus { $levels }
step-after-letter = deze stap is gedateerd op { DATE($date) }, na de datum van de brief, { $letter }
    .help = een brief kan alleen reeds gezette stappen vermelden: verbeter de datum, of dateer de brief later met `letter.date` of --date
history-out-of-order = de geschiedenis staat niet in volgorde: deze stap ({ DATE($date) }) komt na een stap van { DATE($before) }
    .help = zet de stappen van de oudste naar de recentste
received-before-step = de stap zou ontvangen zijn op { DATE($on) }, voordat hij gezet werd ({ DATE($date) })
received-after-letter = de stap zou ontvangen zijn op { DATE($on) }, na de datum van de brief, { $letter }
answer-before-step = het antwoord is gedateerd op { DATE($answered) }, vóór de stap waarop het antwoordt ({ DATE($date) })
answer-after-letter = het antwoord is gedateerd op { DATE($answered) }, na de datum van de brief, { $letter }
holding-before-step = de wachtbrief is gedateerd op { DATE($on) }, vóór de stap waarop hij antwoordt ({ DATE($date) })
    .help = geef de datum die gedrukt staat op de brief die de langere termijn aankondigt
holding-after-letter = de wachtbrief is gedateerd op { DATE($on) }, na de datum van de brief, { $letter }
ladder-climbed = de geschiedenis heeft alle niveaus van { $institution } doorlopen ({ $levels }): er is geen volgend niveau
    .help = om een van die brieven opnieuw te schrijven, noem het niveau in `letter.step` of met --step

## De teksten en referenties van het dossier

the-case = het dossier
card-in-text = { $place }: { $field } bevat een kaartnummer ({ $masked }); de brief drukt het zo gemaskeerd af — schrijf alleen de laatste vier cijfers, of geef het in `references.card_number`
name-empty = de naam is leeg
    .help = schrijf de volledige naam van de persoon die klaagt
address-empty = het adres is leeg
    .expected = de postregels zoals op een envelop, de laatste "POSTCODE GEMEENTE"
subject-empty = het onderwerp is leeg
    .help = zeg in enkele woorden waarover het geschil gaat; het wordt het "Betreft" van de brief
facts-too-long = de feiten tellen { $length } tekens; een brief bevat er hoogstens { $max }
    .help = vat de feiten samen en voeg lange documenten als bijlagen toe
facts-empty = de feiten zijn leeg
    .expected = de feiten in gewone tekst, alinea's gescheiden door een lege regel
    .help = een ombudsman of een klachtendienst beslist op grond van de feiten: datums, bedragen, wat misliep
demands-none = er is geen eis gegeven
    .expected = een lijst van wat gevraagd wordt, één element per eis (bijvoorbeeld - de terugbetaling van 45,00 €)
demand-empty = deze eis is leeg
    .help = verwijder het lege element
representative-name-empty = de naam van de vertegenwoordiger is leeg
representative-address-empty = het adres van de vertegenwoordiger is leeg
placeholder-left = een waarde van `recours init` moet nog ingevuld worden
    .help = vervang « À COMPLÉTER … » door de waarde, of verwijder de regel als ze facultatief is
file-number-digits = het dossiernummer van { $institution } heeft { $digits } cijfers; { $why }
    .expected = { $digits } cijfers, bijvoorbeeld { $example }
    .help = neem het over van een rekeninguittreksel of een brief van de instelling
card-number = het kaartnummer
    .expected = de 13 tot 19 cijfers die op de kaart staan
    .help = neem het nummer opnieuw over van de kaart; de brief drukt alleen de laatste vier cijfers af
national-register = het rijksregisternummer
    .expected = 11 cijfers geschreven JJ.MM.DD-SSS.CC, zoals op de achterkant van de Belgische identiteitskaart
    .help = neem het nummer opnieuw over van de identiteitskaart

## De ontvanger en zijn adres

recipient-unconfirmed = niet bevestigd: { $why }; ga na of { $recipient } bevoegd is voor u verstuurt ({ $institution } niveau { $level })
its-website = zijn website
recipient-prefers-form = { $recipient } vraagt klachten via zijn onlineformulier in te dienen: { $form }. Dien de aanvraag daar in (de tekst van de brief kan erin geplakt worden, de PDF bijgevoegd); verstuur ze alleen per post als het formulier niet gebruikt kan worden{ $basis }
recipient-businesses-only = `{ $id }` bedient alleen ondernemingen; de klager is een consument{ $basis }
recipient-consumers-only = `{ $id }` bedient alleen consumenten; de klager is een onderneming (`complainant.type: business`){ $basis }
recipient-audience-help = verwijder `recipient:` om te schrijven aan de ontvanger die de klager bedient
no-such-recipient = niveau { $level } ({ $kind }) van { $institution } heeft geen ontvanger `{ $recipient }`
address-known = het register kent het adres van { $recipient } ({ $institution } niveau { $level }): « { $address } »; een ander adres zou de brief onder zijn naam naar iemand anders sturen
    .expected = geen `recipient_address` waar het register het adres kent
    .help = verwijder `recipient_address` om naar het adres van het register te schrijven; als de instelling verhuisd is, verbeter een kopie van het register en geef ze mee met `--registry BESTAND` (`recours institutions --export BESTAND` schrijft er een)
quote-not-opened = deze tekst eindigt op een aanhalingsteken « " » dat nooit geopend werd: de brief zou het zo afdrukken
    .help = voeg het openende aanhalingsteken toe aan het begin van de tekst, of verwijder dat op het eind
address-no-postcode = de laatste regel van het adres, « { $line } », is geen postcode gevolgd door de plaats
    .expected = een laatste regel « POSTCODE PLAATS »: « 59000 Lille », « 1000 Brussel »
address-too-short = het adres van de ontvanger vraagt de naam en minstens één postregel
    .expected = de regels zoals op een envelop, de naam eerst, de laatste "POSTCODE GEMEENTE"
no-source-gives-it = geen enkele bron geeft het
address-unknown = het postadres van { $recipient } ({ $institution } niveau { $level }, { $kind }) is niet bekend: { $why }
    .help = recours verzint nooit een adres. Als u het hebt uit het contract of een brief van de instelling, geef het onder `letter:` als `recipient_address:` (de regels zoals op de envelop, de naam eerst)
    .help-email = recours verzint nooit een adres. Als u het hebt uit het contract of een brief van de instelling, geef het onder `letter:` als `recipient_address:` (de regels zoals op de envelop, de naam eerst); of verstuur de brief per e-mail: `recours render --email` (met `recipient_email:` waar geen bron het adres geeft)
email-known = het register kent het e-mailadres van { $recipient } ({ $institution } niveau { $level }): { $known }; een ander adres zou de brief onder zijn naam naar iemand anders sturen
    .expected = geen `recipient_email` waar het register het adres kent
    .help = verwijder `recipient_email`; als het adres veranderd is, verbeter een kopie van het register en geef ze mee met `--registry BESTAND`
email-not-address = « { $address } » is geen e-mailadres
    .expected = een adres zoals klachten@example.be
email-unknown = het e-mailadres van { $recipient } ({ $institution } niveau { $level }, { $kind }) is niet bekend: geen enkele bron geeft het
    .help = recours verzint nooit een adres. Als u het hebt uit het contract of een bericht van de instelling, geef het onder `letter:` als `recipient_email:`; of laat --email weg

unknown-institution = onbekende instelling `{ $id }`
    .help = `recours institutions` somt de instellingen op die recours kent
unknown-institution-near = bedoelde u `{ $near }`? `recours institutions` somt ze allemaal op
unknown-institution-several = bedoelde u een van deze: { $ids }? `recours institutions` somt ze allemaal op
unknown-institution-body = { $name } is { $kind ->
    [mediator] een bemiddelaar
    [authority] een overheid
   *[portal] een onlineplatform
}, geen instelling: men wendt zich ertoe aan het eind van de ladder van de betrokken instelling, en recours schrijft die verwijzing vanuit het dossier van die instelling (recours init --institution …, dan render wanneer het aan de beurt is); erheen leiden: { $institutions }
level-required = { $lead }niveau { $level } ({ $kind }) van { $institution } komt na niveau { $required } ({ $name }), dat niet in de geschiedenis staat{ $basis }
    .help = zet eerst niveau { $required }, of noteer het in `history` met zijn datum en kanaal (een voorwaarde van de bron: --force heft ze niet op)
level-required-answered = er kwam tijdig een antwoord:{" "}
    .help = betwist eerst het antwoord op niveau { $required }
language-dutch-belgian = Nederlandstalige brieven zijn voor de Belgische instellingen; { $institution } is Frans
language-german-belgian = Duitstalige brieven zijn voor de Belgische instellingen; { $institution } is Frans
language-belgian = de taal van de brief
    .help = verwijder `language` om in het Frans te schrijven
language-expected-belgian = `fr`, `nl` of `de`
language-unknown = onbekende taal `{ $language }`
signature-expected = het pad van een PNG- of JPEG-bestand in de map van het dossier
letter-block-spent = de geschiedenis vermeldt de brief van niveau { $level } als verstuurd op { DATE($date) } (history[{ $index }]): letter.{ $fields } { $count ->
    [one] geldt niet meer; verwijder het
   *[other] gelden niet meer; verwijder ze
} uit `letter:`, of schrijf die brief opnieuw met --step { $level }

## De gescande handtekening

signature-empty = het pad van de afbeelding van de handtekening is leeg
signature-absolute = de afbeelding van de handtekening is gegeven met een absoluut pad; ze wordt alleen in de map van het dossier gelezen
signature-goes-up = het pad van de afbeelding van de handtekening gaat uit de map van het dossier (`..`)
signature-missing = er is geen bestand { $path }
signature-link = { $path } is een koppeling naar een bestand buiten de map van het dossier; koppelingen naar buiten worden niet gevolgd
signature-not-file = { $path } is geen bestand
signature-too-large = { $path } heeft { $size } bytes; een afbeelding van een handtekening heeft er hoogstens { $max }
signature-too-many-pixels = { $path } is { $width } × { $height } pixels; een afbeelding van een handtekening heeft er hoogstens { $max } per zijde
signature-not-image = { $path } is geen PNG- of JPEG-afbeelding
signature-damaged = { $path } kan niet als afbeelding gelezen worden: { $why }
signature-unreadable = kan { $path } niet lezen: { $why }
signature-smaller = scan alleen de handtekening, of bewaar ze in een lagere resolutie
signature-save-again = bewaar de gescande handtekening opnieuw als PNG of JPEG
signature-in-folder = zet de afbeelding in de map van het dossier (of een map daarin) en geef het pad vanaf daar, bijvoorbeeld `signature.png`

## De agenda

state-lapsing = verloopt
state-ready = klaar
state-blocked = geblokkeerd
state-answer-due = antwoord verwacht
state-waiting = wacht
state-done = afgerond
agenda-level = niveau { $level } ({ $kind })
agenda-blocked = { $name }: { $rule }
agenda-lapsing = { $window }; daarna: { $name }{ $ready ->
    [yes] , dat vandaag mag vertrekken
   *[no] {""}
}
agenda-waiting = { $name } mag vertrekken vanaf { DATE($from) }: { $because }
agenda-answer-due = { $referral ->
    [yes] de aanvraag
   *[no] de stap
} van { DATE($date) } (niveau { $level }) wacht op antwoord { $requested ->
    [yes] binnen de gevraagde maand, tot
   *[no] uiterlijk op
} { DATE($due) }; daarna { $name }
agenda-ready = { $name } mag vandaag vertrekken{ $email ->
    [yes] , per e-mail
   *[no] {""}
}
agenda-done-answered = niveau { $level } ({ $kind }), het laatste, verstuurd op { DATE($sent) }, beantwoord op { DATE($answer) }
agenda-done-due = niveau { $level } ({ $kind }), het laatste, verstuurd op { DATE($sent) }; het antwoord wordt verwacht uiterlijk op { DATE($due) }
agenda-done = niveau { $level } ({ $kind }), het laatste, verstuurd op { DATE($sent) }
window-mediation = het jaar om de ombudsman aan te spreken na de schriftelijke klacht van { DATE($from) } eindigt op { DATE($closes) }
window-card-payment = de 13 maanden om de kaartbetaling gedebiteerd op { DATE($from) } te betwisten eindigen op { DATE($closes) } (L133-24)
event-answer-due = antwoord verwacht: niveau { $level } van { DATE($date) }
event-answer-asked = antwoord gevraagd tegen: niveau { $level } van { DATE($date) }
event-admissible = niveau { $level } ({ $kind }) mag vertrekken
event-mediation-window = laatste dag om de ombudsman aan te spreken (klacht van { DATE($from) })
event-card-window = laatste dag om de kaartbetaling van { DATE($from) } te betwisten
agenda-more-faults = {" "}(en nog { $count }: recours check)
agenda-head = agenda op { DATE($date) }; verloopt: een termijn die binnen { $days } dagen eindigt
agenda-count = { $count ->
    [one] 1 dossier
   *[other] { $count } dossiers
}: { $states }
agenda-not-folder = de agenda leest een map met dossiers, en dit is een bestand
    .help = geef de map waarin het staat, of bekijk dit dossier apart met `recours check { $case }`

## Het overzicht

dashboard-title = Agenda op { DATE($date) }
dashboard-legend = Tijdlijnen: een cirkel per stap (gevuld zodra beantwoord, een groen streepje op de dag van het antwoord), een balk per antwoordtermijn (grijs: de maand die de brief vroeg), rode lijn: vandaag, groene streepjes: de dag waarop het volgende niveau opengaat, rode stippen: de laatste dag van een termijn (het jaar van de ombudsman, de 13 maanden om een kaartbetaling te betwisten). Verloopt: eindigt binnen { $days } dagen.
dashboard-state = Stand
dashboard-date = Datum
dashboard-case = Dossier
dashboard-institution = Instelling
dashboard-level = Niveau
dashboard-why = Waarom
dashboard-letter = Brief
dashboard-step = niveau { $level } op { DATE($date) } ({ $channel }), onbeantwoord
dashboard-step-answered = niveau { $level } op { DATE($date) } ({ $channel }), beantwoord op { DATE($answered) }
dashboard-asked = niveau { $level }: antwoord gevraagd tegen { DATE($due) }
dashboard-due = niveau { $level }: antwoord verwacht uiterlijk op { DATE($due) }
dashboard-today = vandaag
dashboard-opens = het volgende niveau gaat open op { DATE($date) }
check-done = { $case }: afgerond: { $detail }
check-standing = vandaag: { $state } — { $detail }
check-invalid = { $case }: ongeldig
check-count = { $count ->
    [one] 1 dossier
   *[other] { $count } dossiers
}: { $valid } geldig, { $invalid } ongeldig

## sent en answered

sent-already = de geschiedenis vermeldt niveau { $level } al als verstuurd op { DATE($date) }
    .help = niets te noteren; om een antwoord te noteren, `recours answered`
undo-nothing = er is niets terug te nemen: de laatste notitie van het dossier, als er een is, komt niet van `recours { $command }`
    .help = om de geschiedenis anders te wijzigen, bewerk het dossierbestand
undo-changed = het dossierbestand is gewijzigd nadat `recours { $command }` erin noteerde: terugnemen zou die wijziging verliezen
    .help = neem het met de hand terug in het bestand (de laatste stap van de geschiedenis, of het antwoord erop)
undo-done = teruggenomen: de laatste notitie van `recours { $command }`; { $path } is zoals het ervoor was
sent-no-letter = er is geen brief voor dit dossier gevonden (ernaast, { $expected }, noch in de map van een reeks met haar SHA256SUMS)
    .help = schrijf hem eerst (recours render { $case }); voor een stap die anders gezet is (een oproep, een formulier, een met de hand geschreven brief), geef het niveau: --step N (en --force als dat niveau die dag niet ontvankelijk was)
sent-not-admissible = niveau { $level } ({ $kind }) was op { DATE($date) } niet ontvankelijk: { $reason }
    .help = de brief kan teruggestuurd worden; om hem toch te noteren, geef --step { $level } --force
sent-edited = genoteerd: de stap van niveau { $level } van { DATE($date) } (history[{ $index }]) vermeldt nu { $what } in { $path }
sent-recorded = genoteerd: niveau { $level } ({ $kind }) verstuurd op { DATE($date) } ({ $how }) in { $path }
received-no-step = de geschiedenis vermeldt die stap nog niet
    .help = noteer de stap zelf: geef ook de dag van verzending met --date
received-already = deze stap vermeldt al wanneer hij ontvangen is
    .help = om een nieuwe stap en zijn ontvangst te noteren, geef ook de dag van verzending met --date
received-recorded = genoteerd: de stap van { DATE($date) } (history[{ $index }]) ontvangen op { DATE($received) } in { $path }
sent-future = de brief is gedateerd op { DATE($date) }, na vandaag ({ DATE($today) })
    .help = noteer een brief zodra hij verstuurd is; geef de dag van verzending met --date
sent-received-before = de brief zou ontvangen zijn op { DATE($received) }, voor hij verstuurd werd ({ DATE($date) })
    .help = geef de datum op het ontvangstbewijs
sent-received-future = de brief zou ontvangen zijn op { DATE($received) }, na vandaag ({ DATE($today) })
    .help = noteer het ontvangstbewijs zodra het terug is
sent-channel = verwacht: phone, email, letter, registered, portal, chat of in-person (of courriel, courrier, recommandé…)
sent-next-ready = volgende: { $detail }: { $command }
sent-next-later = volgende: { $detail }; `recours agenda` toont het wanneer het zover is
sent-next-done = volgende: niets te schrijven; { $detail }: `recours answered` noteert het antwoord
sent-next-blocked = volgende: nu geen brief te schrijven: { $detail }
answered-date = de datum van het antwoord
    .help = geef de datum die op het antwoord van de instelling staat
answered-future = het antwoord is gedateerd op { DATE($date) }, na vandaag
    .help = noteer een antwoord zodra het gekomen is
answered-recorded = genoteerd: het antwoord van { DATE($date) } op de stap van { DATE($step) } (niveau { $level }) in { $path }
answered-no-step-of-level = de geschiedenis vermeldt geen stap van niveau { $level }
answered-no-step = de geschiedenis vermeldt nog geen stap
    .help = noteer eerst de stap (`history:` in het dossier), of noem het niveau met --step
answered-all-answered = elke stap van de geschiedenis vermeldt al een antwoord
file-changed = het bestand is op de schijf veranderd terwijl het bewerkt werd
    .help = voer de opdracht opnieuw uit
edit-by-hand = bewerk het bestand hiervoor met de hand
edit-flow-list = `history` staat op één regel (een inline lijst): schrijf de stappen één per regel, elk beginnend met `- `, om een stap te noteren
edit-no-item = `history` bevat geen element
edit-not-list = `history` is geen lijst van stappen die elk met `- ` beginnen
edit-no-history = het dossier heeft geen `history`
edit-no-step = `history` heeft geen stap { $number }
edit-brace = de accolade `{"{"}` van deze stap wordt op haar regel niet gesloten
edit-has-answer = stap { $number } van `history` vermeldt al een antwoord
edit-has-receipt = stap { $number } van `history` vermeldt al de ontvangst
edit-has-key = stap { $number } van `history` vermeldt al zijn { $key }
edit-no-key = deze stap van `history` heeft geen `{ $key }` op een eigen regel om te wijzigen

## batch

batch-written = geschreven
batch-unchanged = ongewijzigd
batch-waiting = wacht
batch-done = afgerond
batch-failed = mislukt
batch-not-yet = { $level } is nog niet ontvankelijk: dat wordt het vanaf { DATE($from) }
shard-not-k-n = `{ $text }` is geen K/N (bijvoorbeeld 2/8)
shard-not-number = `{ $text }` is geen getal
shard-range = `{ $text }`: K/N vraagt 1 ≤ K ≤ N
batch-same-letter = dezelfde brief staat er al
batch-foreign-file = { $path } bestaat al met een andere inhoud en is hier niet door een batch geschreven; het blijft bewaard (--force vervangt het)
batch-replaced-foreign = heeft een bestand vervangen dat geen batch schreef (--force)
batch-beside = geschreven naast { $earlier }, een vroegere versie van deze brief die als bewijs bewaard blijft (ze kan verstuurd zijn)
batch-beside-sent = ; het dossier vermeldt niveau { $level } als verstuurd op { DATE($sent) }
batch-thousand = { $path } heeft al duizend versies; er is niets geschreven
batch-summary = { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
}: { $written } geschreven, { $unchanged } ongewijzigd, { $waiting } wachtend, { $failed } mislukt{ $done ->
    [0] {""}
   *[other] , { $done } afgerond
}
batch-waiting-case = wacht: { $case }
batch-warned-case = geschreven met een waarschuwing: { $case } → { $output }
batch-failed-case = mislukt: { $case }
batch-because = , omdat { $reason }
batch-inputs-unchanged = gegevens ongewijzigd sinds de brief geschreven is
batch-inputs-unchanged-since = gegevens ongewijzigd sinds de brief geschreven is ({ $earlier })

## init

init-wrote = geschreven: { $case } (en { $schema } voor uw editor)
init-wrote-refreshed = geschreven: { $case } (en { $schema } voor uw editor, gegenereerd: vernieuwd)
init-fill-in = vul elke « À COMPLÉTER » in, en dan: recours check { $case }

## watch, preview, templates

watch-built-in = { $name } (ingebouwd)
watch-markup-line = gegenereerde opmaak, regel { $line }
watch-generated-markup = gegenereerde opmaak
watch-pdf-failed = de PDF kon niet geschreven worden uit de opgemaakte brief
watch-draft = ; het voorbeeld draagt de vermelding « { $label } », en `recours render` weigert het
watch-not-yet = nog niet versturen: niveau { $level } is ontvankelijk vanaf { DATE($from) } ({ $because }){ $draft } tot dan
watch-not-admissible = niet versturen: niveau { $level } is niet ontvankelijk ({ $rule }){ $draft }
watch-stale = fout (de PDF is de laatste goede; deze fout blijft tot een bewaring ze herstelt): { $error }
watch-rendered = { $path } geschreven ({ $pages ->
    [one] 1 bladzijde
   *[other] { $pages } bladzijden
}) in { $ms } ms
watch-failed = fout (de laatste goede PDF blijft bewaard): { $message }
watch-watching = { $case } wordt gevolgd (Ctrl-C om te stoppen)
preview-serving = voorbeeld van { $case } op { $address } (Ctrl-C om te stoppen)
templates-export-help = exporteer naar een nieuwe of lege map; een aangepast sjabloon wordt nooit vervangen
templates-wrote = { $count } sjablonen geschreven in { $dir }
templates-then = pas ze aan, en dan: recours --templates { $dir } render CASE.yaml (of watch, om elke bewaring te zien)

## institutions

registry-export-help = kies een andere bestandsnaam; een verbeterd register wordt nooit vervangen
registry-wrote = geschreven: { $file }
registry-then = verbeter of vul het aan (de kop legt elk veld uit), en dan: recours --registry { $file } check CASE.yaml
inst-col-id = ID
inst-col-country = LAND
inst-col-name = NAAM
inst-col-ladder = PROCEDURE
inst-col-verified = NAGEKEKEN
inst-check-valid = { $file }: geldig — { $count ->
    [one] 1 item
   *[other] { $count } items
} ({ $ids }), te lezen bovenop het register
inst-consumers-tag = consumenten
inst-businesses-tag = ondernemingen
inst-kind-mediator = ombudsman
inst-kind-authority = overheid
inst-kind-portal = onlineplatform
inst-added = { $name } [van de rechtswinkel: { $file }]
inst-after-holding = { $deadline } na een wachtbrief
inst-from-sending = vanaf de verzending
inst-from-receipt = vanaf de ontvangst
inst-from-first-written = vanaf de eerste schriftelijke klacht
inst-from-first-complaint = vanaf de eerste klacht
inst-from-unknown = vanaf een begin dat de bron niet geeft
inst-basis = grondslag: { $text }
inst-channel = kanaal: { $text }
inst-registered = aangetekende brief vereist
inst-acknowledge = ontvangstbevestiging binnen { $deadline }
inst-answer = antwoord binnen { $deadline }
inst-answer-payment = antwoord, voor een betwiste betaling, binnen { $deadline }
inst-insurance = verzekeringsproducten
inst-address-unknown = adres onbekend: { $why }
inst-to = aan `{ $id }`{ $tags }: { $name } — { $address }
inst-unconfirmed = NIET BEVESTIGD: { $why }
inst-note = opmerking: { $note }
inst-after = na niveau(s) { $levels } (voorwaarde)
inst-advised = niveau(s) { $levels } eerst aangeraden (advies, geen voorwaarde)
inst-opens = gaat open wanneer de vorige niveaus onbeantwoord blijven na { $deadline }
inst-after-answered = na niveau(s) { $levels } wanneer een vorig niveau tijdig geantwoord heeft
inst-consumers = open voor consumenten (een dossier van een onderneming krijgt een waarschuwing)
inst-requires = vereist: { $refs }
inst-requires-one-of = vereist een van: { $refs }
inst-advises = raadt aan (een waarschuwing als het ontbreekt): { $refs }
inst-cites = vermeldt indien gegeven: { $refs }
inst-products = producten: { $products }
inst-source = bron: { $source }
inst-verified = nagekeken: { DATE($date) }
inst-address = adres: { $address }
inst-website = website: { $url }
inst-conditions = voorwaarden: { $text }
inst-unknown = geen instelling of ombudsman `{ $id }` in het register
    .help = `recours institutions` somt ze allemaal op
inst-route-registered = aangetekende brief, de PDF om te posten (render)
inst-route-post = brief, de PDF om te posten (render)
inst-route-email = e-mail aan { $address }, een ontwerp .eml (render --email)
inst-route-form = onlineformulier, de tekst om te plakken (render --format text)
inst-send-by = versturen per { $way }
inst-or-by = ; of per { $way }
inst-no-address = geen adres bekend: het dossier geeft het (`letter.recipient_address` of `letter.recipient_email`)
inst-how = hoe, aan `{ $id }`: { $how }

## De hulp bij de opdrachtregel

help-usage = Gebruik:
help-commands = Opdrachten:
help-arguments = Argumenten:
help-options = Opties:
help-flag-help = Hulp tonen
help-flag-version = Versie tonen
help-default = [standaard: { $value }]
help-possible = [mogelijke waarden: { $values }]
help-about = Klachtbrieven en aanvragen bij de ombudsman als PDF, uit een YAML-dossier
help-global-registry = Dit institutions.yaml gebruiken in plaats van het ingebouwde register
help-global-registry_dir = De registerbestanden van deze map (*.yaml) bovenop het register lezen: de eigen instellingen van een rechtswinkel, benoemd in zijn fr/destinataires.ftl, nl/ontvangers.ftl en de/empfaenger.ftl [standaard: de map `recours` van de configuratie van de gebruiker, als die bestaat: $XDG_CONFIG_HOME/recours, ~/.config/recours, %APPDATA%\recours]
help-global-templates = De sjablonen van deze map gebruiken in plaats van de ingebouwde
help-global-locales = De berichtbestanden van deze map (fr/lettre.ftl, nl/brief.ftl, de/brief.ftl) gebruiken voor de tekst van de brieven in plaats van de ingebouwde; de fr/destinataires.ftl, nl/ontvangers.ftl en de/empfaenger.ftl ervan vullen de namen van de ontvangers aan (of herformuleren ze)
help-global-lang = De taal van de meldingen van recours: fr, nl of en [standaard: die van de locale (LC_ALL, LC_MESSAGES, LANG), anders fr]. De brieven houden hun eigen taal (letter.language)
help-render = De brief voor de volgende stap van het dossier (of de gegeven stap) als PDF schrijven
help-render-case = Het dossier
help-render-output = Waar de PDF te schrijven, of de map waarin <dossier>-niveau-<N>.pdf geschreven wordt [standaard: naast het dossier, <dossier>-niveau-<N>.pdf]
help-render-step = Het niveau waarvoor te schrijven, in plaats van het volgende
help-render-date = De datum van de brief (JJJJ-MM-DD) [standaard: letter.date, of vandaag]
help-render-force = De brief schrijven ook als zijn niveau niet ontvankelijk is, nog niet (een termijn loopt) of helemaal niet volgens de regels van de ontvanger (een rechtbank is gevat, een jaar is verstreken), en de PDF van een nooit verstuurd ontwerp vervangen; elk geval wordt als waarschuwing gemeld. Het gaat niet voorbij aan een fout van het dossier (een eerder niveau, een referentie of een adres dat het niveau vraagt), en vervangt nooit de brief van een niveau dat de geschiedenis als verstuurd vermeldt
help-render-emit_typst = Ook de gegenereerde Typst-opmaak naar dit bestand schrijven (voor auteurs van sjablonen)
help-render-pdf_standard = De PDF-norm: 1.7 (getagd) of a-2b (PDF/A-2b, voor archivering)
help-render-format = pdf schrijft de brief; text en md tonen wat een onlineformulier vraagt, en dan de brief, om te plakken (er wordt niets geschreven); json toont de besliste brief voor programma's (een veld `version`)
help-render-email = Ook de brief als e-mailontwerp naast de PDF schrijven (<dossier>-niveau-<N>.eml: de brief als tekst, de PDF als bijlage) om vanuit uw mailbox te versturen; een ontvanger die alleen per e-mail bereikbaar is, krijgt de brief dan op naam en e-mailadres
help-check = Dossiers controleren en zeggen welke brief volgt: één bestand toont zijn verloop; meerdere bestanden of mappen (doorzocht op *.yaml en *.yml) tonen één oordeel per dossier
help-check-cases = De dossierbestanden, of mappen ermee
help-check-step = Het niveau om te controleren, in plaats van het volgende
help-check-date = Beoordelen op deze dag in plaats van de datum van de brief of vandaag (JJJJ-MM-DD)
help-check-format = Het verloop tonen als tekst (voor mensen) of JSON (voor scripts)
help-batch = De brief van elk dossier in een map schrijven, parallel, met een verslag en SHA256SUMS
help-batch-dir = De map met dossiers (*.yaml, *.yml; verborgen mappen worden overgeslagen)
help-batch-output = Waar de brieven, de verslagen en SHA256SUMS te schrijven
help-batch-jobs = Threads [standaard: alle kernen]
help-batch-force = Elk dossier opnieuw schrijven (ook ongewijzigde), en een PDF in de weg vervangen die geen batch schreef. Een brief die een batch schreef, wordt nooit vervangen: een nieuwe versie wordt ernaast geschreven onder de datum van de brief
help-batch-shard = Alleen de K-de van N vaste delen van de dossiers nemen (voor meerdere machines)
help-batch-date = De datum van de brieven voor dossiers die er geen geven (JJJJ-MM-DD) [standaard: vandaag]
help-batch-excel = report.csv schrijven voor een Franstalig rekenblad (Excel, LibreOffice): een byte-order mark zodat accenten verschijnen, `;` tussen de kolommen, Windows-regeleinden
help-batch-email = Ook het e-mailontwerp van elke brief naast zijn PDF schrijven (<dossier>-niveau-<N>.eml), zoals `render --email`
help-watch = De brief opnieuw schrijven telkens het dossier, het register of een gebruikt sjabloon verandert
help-watch-case = Het dossier
help-watch-output = Waar de PDF te schrijven [standaard: naast het dossier, <dossier>-apercu.pdf]
help-watch-date = De datum van de brief (JJJJ-MM-DD) [standaard: letter.date, of vandaag]
help-preview = De bladzijden van de brief in een browser tonen, bijgewerkt na elke bewaring (alleen op 127.0.0.1)
help-preview-case = Het dossier
help-preview-port = De poort om op te luisteren (0: om het even welke vrije poort)
help-preview-date = De datum van de brief (JJJJ-MM-DD) [standaard: letter.date, of vandaag]
help-templates = Aan de briefsjablonen werken
help-templates-check = Elk sjabloon schrijven voor elke brief die het dient (en elk dossier van --cases), en alle fouten in één keer melden
help-templates-check-cases = Ook de dossiers van deze map schrijven
help-templates-export = De gebruikte sjablonen (de ingebouwde, of die van --templates) naar een map schrijven, om ze aan te passen en de map mee te geven met --templates. Vervangt nooit een bestand
help-templates-export-dir = De map om ze in te schrijven (zo nodig aangemaakt)
help-init = Een in te vullen dossier voor een instelling schrijven, met commentaar en de schemaregel. Vervangt nooit een dossier; het gegenereerde case.schema.json ernaast wordt vernieuwd
help-init-institution = De id van de instelling (`recours institutions` somt ze op)
help-init-output = Het te schrijven dossier (zijn map wordt zo nodig aangemaakt)
help-new = Een dossier schrijven door vragen te beantwoorden, in uw taal, het dan controleren en aanbieden de brief te schrijven: geen YAML te bewerken. Vraagt een terminal (anders: `init`)
help-new-output = Het te schrijven dossier (nooit vervangen; zijn map wordt zo nodig aangemaakt)
help-schema = Het JSON-schema van het dossier tonen (voor editors: aanvulling en controle tijdens het typen)
help-completions = Een aanvullingsscript voor de shell tonen (bash, zsh, fish, elvish, powershell)
help-completions-shell = De shell
help-man = De handleidingpagina tonen (roff), bijvoorbeeld `recours man > recours.1`; met --dir, ze met een pagina per opdracht (recours-render.1, recours-check.1…) in een map schrijven
help-man-dir = recours.1 en een pagina per opdracht in deze map schrijven (zo nodig aangemaakt; eerder geschreven pagina's worden vernieuwd), bijvoorbeeld ~/.local/share/man/man1
help-generate = Verzonnen, gevarieerde, geldige dossiers schrijven (voor metingen, tests en demonstraties)
help-generate-count = Hoeveel dossiers
help-generate-output = De map om ze in te schrijven (een submap per instelling)
help-generate-seed = Hetzelfde zaad geeft dezelfde dossiers
help-institutions = De instellingen van het register opsommen, of de procedure van één instelling tonen
help-institutions-id = De id van een instelling (of een ombudsman)
help-institutions-export = Het gebruikte register (het ingebouwde institutions.yaml, of dat van --registry) naar dit bestand schrijven, om het te verbeteren of aan te vullen en mee te geven met --registry. Vervangt nooit een bestand
help-institutions-check = Een registerbestand van een rechtswinkel nakijken zoals het bovenop het register gelezen zou worden: zijn items, hun regels en grondslagen, en hun namen in de naambestanden ernaast
help-institutions-check-file = Het registerbestand (*.yaml)
help-answered = Het antwoord van de instelling noteren bij een stap van de geschiedenis van het dossier, met behoud van elke andere regel van het bestand
help-answered-case = Het dossier
help-answered-date = De datum op het antwoord (JJJJ-MM-DD)
help-answered-step = Het niveau van de stap waarop het antwoordt [standaard: de laatste stap zonder antwoord]
help-answered-reference = De referentie van de instelling op het antwoord
help-answered-summary = Wat het antwoord zegt, in enkele woorden
help-answered-dry_run = De wijziging als unified diff tonen en niets schrijven
help-answered-undo = Het laatste antwoord dat `answered` in dit dossier noteerde terugnemen, zoals het ervoor was
help-sent = De zopas verstuurde brief in de geschiedenis van het dossier noteren (standaard het niveau dat `render` nu schrijft, gedateerd zoals de brief), met behoud van elke andere regel van het bestand; de volgende `render` schrijft het niveau daarna
help-sent-case = Het dossier
help-sent-step = Het niveau van de verstuurde brief [standaard: dat van de laatste brief voor dit dossier]; een al genoteerde stap van dat niveau wordt aangevuld (--tracking, --reference, --received), niet twee keer genoteerd
help-sent-date = De dag van verzending (JJJJ-MM-DD) [standaard: de datum van de brief: letter.date, of vandaag]
help-sent-channel = Hoe hij verstuurd is: letter, registered, email, portal, phone, chat, in-person (of in het Frans: courrier, recommandé, courriel, formulaire…) [standaard: registered waar het niveau het vraagt of als de brief een nummer van aangetekende zending heeft, anders letter]
help-sent-tracking = Het nummer van de aangetekende zending [standaard: dat van de brief, letter.tracking]
help-sent-reference = De referentie van de instelling ervoor (een nummer van ontvangstbevestiging, de id van een bericht)
help-sent-received = De dag van ontvangst, volgens het ontvangstbewijs (JJJJ-MM-DD). Alleen gegeven, wordt ze genoteerd bij de laatst verstuurde stap (de laatste van niveau --step)
help-sent-dry_run = De wijziging als unified diff tonen en niets schrijven
help-sent-force = Een niveau noteren dat op de dag van verzending (nog) niet ontvankelijk was, of waarvan recours de brief niet schreef: alleen met --step
help-sent-undo = De laatste stap (of aanvulling) die `sent` in dit dossier noteerde terugnemen, zoals het ervoor was
help-agenda = Eén regel per dossier van een map, het dringendste eerst: klaar, wacht, antwoord verwacht, verloopt, geblokkeerd, afgerond, met de datum die telt; of een kalender van die datums (--format ics)
help-agenda-dir = De map met dossiers (doorzocht op *.yaml en *.yml, zoals batch)
help-agenda-date = De dag waarop te beoordelen (JJJJ-MM-DD) [standaard: vandaag]
help-agenda-within = Hoeveel dagen vooraf een eindigende termijn (het jaar van de ombudsman, de 13 maanden om een kaartbetaling te betwisten) een dossier op `verloopt` zet
help-agenda-format = text (voor mensen), json of csv (voor scripts: een veld `version`), ics (een iCalendar-bestand met de datums die tellen, om in een agenda te importeren)
help-agenda-html = Ook de agenda als overzicht schrijven: één zelfstandige HTML-pagina (een tabel van de dossiers met een link naar elke laatste brief, het verloop van elk dossier getekend), vervangen als ze bestaat
man-wrote = { $count } handleidingpagina's geschreven in { $dir } ({ $first } en één per opdracht)
generate-wrote = { $count } verzonnen dossiers geschreven onder { $dir }
clap-unknown-argument = onverwacht argument '{ $arg }'
clap-unknown-command = onbekende opdracht '{ $command }'
clap-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
clap-value-validation = ongeldige waarde '{ $value }' voor '{ $arg }': { $reason }
clap-missing = deze verplichte argumenten ontbreken: { $args }
clap-conflict = het argument '{ $arg }' kan niet samen met '{ $other }' gebruikt worden
clap-more = Probeer '--help' voor meer informatie.
new-letter-language = In welke taal moet de brief geschreven worden?

## De woorden van de YAML-lezer

yp-quoted-indent = een tekst tussen aanhalingstekens over meerdere regels springt verkeerd in: de volgende regels moeten verder rechts staan dan de sleutel
yp-flow-indent = het inspringen van een lijst of verzameling tussen [ ] of {"{"} {"}"} klopt niet
yp-indent = het inspringen klopt niet: lijn deze regel uit met de regels van hetzelfde niveau
yp-colon-place = een « : » staat niet op zijn plaats (zet de tekst tussen aanhalingstekens als hij er een bevat)
yp-after-quote = er volgt tekst na het sluitende aanhalingsteken: de hele tekst moet tussen de aanhalingstekens staan
yp-mapping-values = « : » gevolgd door een spatie kan hier niet staan: YAML leest er een nieuwe sleutel (zet de tekst tussen aanhalingstekens)
yp-expected-key = er werd een sleutel verwacht: controleer het inspringen van deze regel
yp-expected-dash = er werd een lijstelement verwacht dat met « - » begint: controleer het inspringen
yp-flow-mapping = er werd een komma of « {"}"} » verwacht
yp-node-content = er werd een waarde verwacht
yp-unclosed-quote = een aanhalingsteken is niet gesloten
yp-comment-intercepts = een commentaar (« # … ») onderbreekt deze tekst over meerdere regels: zet het commentaar na de laatste regel van de tekst, of de tekst tussen aanhalingstekens
yp-plain-end = een tekst houdt op voor zijn einde
yp-unclosed-bracket = een haakje of accolade is niet gesloten
step-expecting = een niveaunummer (1, 2, 3…) of de id van een niveau van de procedure van de instelling
step-too-large = dit niveaunummer is veel te groot
step-zero = een niveaunummer is 1 of meer
new-need-one-of-again = de instelling vraagt een van deze referenties: { $names }
new-check-failed = Het dossier { $file } is geschreven, maar `recours check` vindt er het volgende in om te verbeteren (met een teksteditor), en dan: recours check { $file }
