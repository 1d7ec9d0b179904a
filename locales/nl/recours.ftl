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
