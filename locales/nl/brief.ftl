# De zinnen van de brieven in het Nederlands. Rust beslist welke zin een brief bevat en met
# welke waarden; dit bestand zegt hoe die zin luidt. De waarden:
#   $voice    own (de persoon schrijft zelf), company (een onderneming schrijft in eigen naam: „wij”)
#             of representative (een rechtswinkel schrijft namens haar)
#   $kind     complaint, escalation, mediation of authority
#   $date…    datums, al in het Nederlands geschreven („1 augustus 2026”)
# Hetzelfde bestand bestaat in het Frans (locales/fr); beide bevatten dezelfde berichten.

## De blokken

civility-madame = mevrouw
civility-monsieur = de heer
# De naamregel bovenaan het blok van de afzender: de naam alleen, zoals een Vlaamse brief.
sender-name = { $name }
on-behalf = Namens { $complainant }
signature-on-behalf = namens { $complainant }
# De handtekening van wie voor een organisatie tekent.
signature-for = Voor { $named_nl }
signature-signatory = { $name }, { $role }
contact-phone = Tel.: { $phone }
contact-email = E-mail: { $email }
place-date = { $place }, { $date }
date-alone = { $date }
registered = Aangetekende zending
registered-number = Aangetekende zending nr. { $number }
their-reference = Uw ref.:
our-reference = Onze ref.:
reference-label = { $kind ->
    [contract_number] Contractnummer:
    [member_number] Lidnummer:
    [card_number] Kaartnummer:
    [national_register] Rijksregisternummer:
   *[file_number] Dossiernummer:
}
label-subject = Betreft:
label-basis = Rechtsgrond
label-facts = Feiten
label-attachments = Bijlagen:
# The mark across the pages of a preview (watch, preview) whose level may not be sent yet.
label-draft = ONTWERP
# The headings of the text a web form is filled from (`render --format text`): the fields the
# mediators' forms ask for, then the whole letter.
form-professional = De onderneming
form-references = Referenties
form-facts = De feiten
form-demands = Wat ik vraag
form-statements = Voorwaarden voor de bemiddeling
form-letter = De brief
label-prior-steps = { $kind ->
    [escalation] Oorspronkelijke klacht en gevolg
    [mediation] Voorafgaande stappen bij de onderneming
    [authority] Voorafgaande stappen
   *[complaint] Ondernomen stappen
}
subject = { $kind ->
    [escalation] { $first ->
        [none] Verzoek tot heroverweging van een klacht
       *[other] Heroverweging van de klacht van { $first }
    } – { $subject }
    [mediation] { $referral ->
        [complaint] Klacht tegen { $institution }
       *[other] Verzoek tot bemiddeling
    } – { $subject }
    [authority] Melding – { $subject }
   *[complaint] Klacht – { $subject }
}
description = { $kind ->
    [escalation] Verzoek tot heroverweging
    [mediation] Verzoek tot bemiddeling
    [authority] Melding
   *[complaint] Klacht
} – { $institution } – niveau { $level }
salutation = Geachte mevrouw, geachte heer,
closing = Met vriendelijke groeten,

## De opening

opening-mandate = Wij treden op namens { $complainant }, die ons op { $date } een schriftelijk mandaat heeft gegeven (kopie in bijlage).
product-concerned = in verband met { $voice ->
    [representative] het product „{ $product }”
    [company] ons product „{ $product }”
   *[own] mijn { $product }
}
product-about = in verband met het product „{ $product }”
opening-complaint = { $voice ->
    [representative] Namens { $client } dienen wij schriftelijk klacht in over het onderstaande geschil{ $product }.
    [company] Hierbij dienen wij schriftelijk klacht in over het onderstaande geschil{ $product }.
   *[own] Hierbij dien ik schriftelijk klacht in over het onderstaande geschil{ $product }.
}
opening-earlier-steps = { $count ->
    [one] { $channel ->
        [phone] Het telefoongesprek van { $date } heeft
        [chat] Het chatgesprek van { $date } heeft
       *[other] De stap van { $date } heeft
    }
   *[other] { $voice ->
        [representative] De eerdere stappen hebben
        [company] Onze eerdere stappen hebben
       *[own] Mijn eerdere stappen hebben
    }
} het geschil niet opgelost.
opening-answered = { $voice ->
    [representative] Het antwoord op de klacht van onze { $gender ->
        [madame] cliënte
       *[other] cliënt
    } is niet bevredigend.
    [company] Het antwoord op onze klacht is niet bevredigend.
   *[own] Het antwoord op mijn klacht is niet bevredigend.
}
opening-unanswered = { $voice ->
    [representative] De klacht van onze { $gender ->
        [madame] cliënte
       *[other] cliënt
    } is onbeantwoord gebleven.
    [company] Onze klacht is onbeantwoord gebleven.
   *[own] Mijn klacht is onbeantwoord gebleven.
}
opening-why = Dat antwoord lost het geschil niet op: { $why }
opening-escalation = Zoals uw klachtenprocedure voorziet, { $voice ->
    [representative] vragen wij
    [company] vragen wij
   *[own] vraag ik
} u het onderstaande geschil opnieuw te onderzoeken{ $product }.
opening-mediation = { $voice ->
    [representative] Wij vragen u te bemiddelen in het geschil tussen { $client } en { $institution }{ $about }: de stappen bij de onderneming zelf hebben het niet opgelost.
    [company] Wij vragen u te bemiddelen in ons geschil met { $institution }{ $about }: onze stappen bij de onderneming zelf hebben het niet opgelost.
   *[own] Ik vraag u te bemiddelen in mijn geschil met { $institution }{ $about }: mijn stappen bij de onderneming zelf hebben het niet opgelost.
}
opening-mediation-direct = { $voice ->
    [representative] Wij vragen u te bemiddelen in het geschil tussen { $client } en { $institution }{ $about }, dat wij u rechtstreeks voorleggen, zoals de procedure van de onderneming toelaat.
    [company] Wij vragen u te bemiddelen in ons geschil met { $institution }{ $about }, dat wij u rechtstreeks voorleggen, zoals de procedure van de onderneming toelaat.
   *[own] Ik vraag u te bemiddelen in mijn geschil met { $institution }{ $about }, dat ik u rechtstreeks voorleg, zoals de procedure van de onderneming toelaat.
}
opening-authority = { $voice ->
    [representative] Wij melden
    [company] Wij melden
   *[own] Ik meld
} u een probleem met { $institution }{ $about } dat de hieronder beschreven stappen niet hebben opgelost.

## De reeds ondernomen stappen

step-noun = { $kind ->
    [escalation] een verzoek tot heroverweging
    [mediation] een verzoek tot bemiddeling
    [authority] een melding
   *[complaint] een klacht
}
step-action = { $channel ->
    [phone] het geschil telefonisch gemeld bij { $to }
    [chat] het geschil via de chat gemeld bij { $to }
    [in-person] het geschil persoonlijk gemeld bij { $to }
    [email] per e-mail { $noun } ingediend bij { $to }
    [portal] via het onlineformulier { $noun } ingediend bij { $to }
    [registered] per aangetekende zending{ $tracking } { $noun } ingediend bij { $to }
   *[letter] per brief{ $tracking } { $noun } ingediend bij { $to }
}
step-tracking = nr. { $number }
step-made = { $voice ->
    [representative] Op { $date } heeft { $client } { $action }{ $reference }.
    [company] Op { $date } hebben wij { $action }{ $reference }.
   *[own] Op { $date } heb ik { $action }{ $reference }.
}
step-reference = (referentie: { $reference })
step-answer = Op { $date } antwoordde { $by }{ $reference }{ $summary }
step-summary = : { $summary }
step-answered-late = Dit antwoord kwam nadat de termijn van { $deadline } op { $due } verstreken was.
step-answered-late-after-receipt = Dit antwoord kwam na afloop van de termijn van { $deadline } na ontvangst.
step-unanswered = Hierop kwam tot nu toe geen antwoord.
step-unanswered-lapsed = Hierop kwam geen antwoord, hoewel de termijn van { $deadline } op { $due } verstreken is.
step-unanswered-since-first = Hierop kwam geen antwoord, hoewel de termijn van { $deadline } vanaf de eerste klacht van { $start } op { $due } verstreken is.
step-unanswered-after-receipt = Hierop kwam geen antwoord binnen de termijn van { $deadline } na ontvangst.
step-extended = Bij brief van { $date } werd de antwoordtermijn verlengd tot { $deadline }.
step-extension-announced = Bij brief van { $date } werd een langere antwoordtermijn aangekondigd.
since-first = { $written ->
    [yes] de eerste schriftelijke klacht
   *[no] de eerste klacht
}

## De feiten en de verzoeken

amount = Het betwiste bedrag is { $amount }.
demands-intro = { $kind ->
    [mediation] { $voice ->
        [representative] Wij vragen u een oplossing voor te stellen met het oog op:
        [company] Wij vragen u een oplossing voor te stellen met het oog op:
       *[own] Ik vraag u een oplossing voor te stellen met het oog op:
    }
    [authority] { $voice ->
        [representative] Wij vragen u deze praktijk van de onderneming te onderzoeken. Wij weten dat u geen individuele geschillen beslecht: wij melden u deze feiten zodat u uw toezichthoudende opdracht kunt uitoefenen.
        [company] Wij vragen u deze praktijk van de onderneming te onderzoeken. Wij weten dat u geen individuele geschillen beslecht: wij melden u deze feiten zodat u uw toezichthoudende opdracht kunt uitoefenen.
       *[own] Ik vraag u deze praktijk van de onderneming te onderzoeken. Ik weet dat u geen individuele geschillen beslecht: ik meld u deze feiten zodat u uw toezichthoudende opdracht kunt uitoefenen.
    }
   *[other] { $voice ->
        [representative] Namens { $client } vragen wij u daarom:
        [company] Wij vragen u daarom:
       *[own] Ik vraag u daarom:
    }
}

## De gevraagde antwoordtermijn

thanks = { $voice ->
    [representative] Wij vragen
    [company] Wij vragen
   *[own] Ik vraag
}
refusal-reasons = Wijst u de klacht geheel of gedeeltelijk af, dan { $voice ->
    [representative] vragen wij u dat te motiveren en ons
    [company] vragen wij u dat te motiveren en ons
   *[own] vraag ik u dat te motiveren en mij
} de gegevens van de bevoegde ombudsdienst te bezorgen.
# Geen bron geeft de trede een antwoordtermijn: de brief vraagt er zelf een.
deadline-requested = { thanks } u binnen { $deadline } na ontvangst van deze brief te antwoorden.
deadline-ack = de ontvangst van deze brief binnen { $deadline_ack }{ $after_receipt } te bevestigen en
after-receipt = na ontvangst
deadline-extended = (of { $longer } als u { $voice ->
    [representative] ons
    [company] ons
   *[own] mij
} schriftelijk meedeelt dat de behandeling langer duurt)
deadline-extended-exceptional = (of, in uitzonderlijke situaties, { $longer } als u { $voice ->
    [representative] ons
    [company] ons
   *[own] mij
} een voorlopig antwoord stuurt dat de bijkomende termijn duidelijk motiveert)
deadline-own-within-law = { thanks } u { $ack }binnen { $deadline }{ $after_receipt }{ $extended } te antwoorden, zoals u zich ertoe verbonden hebt, en in elk geval binnen de termijn van { $law_deadline }{ $law_extended } die { $law } oplegt.
deadline-dated = { thanks } u { $ack }binnen { $deadline }{ $extended } te antwoorden, zoals voorzien in { $rules }: uiterlijk op { $due }.
deadline-undated = { thanks } u { $ack }binnen { $deadline }{ $after_receipt }{ $extended } te antwoorden, zoals voorzien in { $rules }.
deadline-from-first = { thanks } u { $ack }uiterlijk op { $due } te antwoorden: de termijn van { $deadline } loopt vanaf de eerste klacht van { $start }.
deadline-from-first-lapsed = De termijn van { $deadline } vanaf de eerste klacht van { $start } is op { $due } verstreken; { $voice ->
    [representative] wij vragen
    [company] wij vragen
   *[own] ik vraag
} u binnen { $requested } na ontvangst van deze brief te antwoorden.
own-commitments = uw verbintenissen
rules-and = { $first } en { $second }
otherwise-named = { $voice ->
    [representative] Krijgen wij geen bevredigend antwoord, dan leggen wij de klacht voor aan { $to }.
    [company] Krijgen wij geen bevredigend antwoord, dan leggen wij onze klacht voor aan { $to }.
   *[own] Krijg ik geen bevredigend antwoord, dan leg ik mijn klacht voor aan { $to }.
}
otherwise-mediator = { $voice ->
    [representative] Krijgen wij geen bevredigend antwoord, dan leggen wij het geschil voor aan een ombudsdienst.
    [company] Krijgen wij geen bevredigend antwoord, dan leggen wij het geschil voor aan een ombudsdienst.
   *[own] Krijg ik geen bevredigend antwoord, dan leg ik het geschil voor aan een ombudsdienst.
}

## Wat een verzoek tot bemiddeling verklaart

statement-written = { $voice ->
    [representative] { $client } heeft eerst schriftelijk klacht ingediend bij de onderneming{ $recent }: { $items }.
    [company] Wij hebben eerst schriftelijk klacht ingediend bij de onderneming{ $recent }: { $items }.
   *[own] Ik heb eerst schriftelijk klacht ingediend bij de onderneming{ $recent }: { $items }.
}
statement-item = op { $date } bij { $to } ({ $outcome })
statement-items-separator = { "; " }
outcome-answered = antwoord van { $date }
outcome-unanswered = onbeantwoord
statement-exhausted = { $voice ->
    [representative] { $client } heeft
    [company] Wij hebben
   *[own] Ik heb
} de interne klachtenprocedure van de onderneming volledig doorlopen.
statement-no-court = Het geschil is niet voorgelegd aan een rechtbank.
statement-recent = , { $count ->
    [one] minder dan een jaar geleden
   *[other] de eerste minder dan een jaar geleden
}
statement-not-examined = Het geschil werd niet onderzocht en wordt niet onderzocht door een andere ombudsdienst of door een rechtbank.

## De bijlagen

attachment-step = Kopie van { $voice ->
    [representative] { $kind ->
        [escalation] het verzoek tot heroverweging
        [mediation] het verzoek tot bemiddeling
        [authority] de melding
       *[complaint] de klacht
    }
    [company] { $kind ->
        [escalation] ons verzoek tot heroverweging
        [mediation] ons verzoek tot bemiddeling
        [authority] onze melding
       *[complaint] onze klacht
    }
   *[own] { $kind ->
        [escalation] mijn verzoek tot heroverweging
        [mediation] mijn verzoek tot bemiddeling
        [authority] mijn melding
       *[complaint] mijn klacht
    }
} van { $date }{ $proof }
proof-registered = en van het afgiftebewijs van de aangetekende zending
attachment-chat = Kopie van het chatgesprek van { $date }
attachment-holding = Kopie van de wachtbrief van { $date }
attachment-answer = Kopie van het antwoord van { $date }{ $reference }
attachment-mandate = Mandaat van { $complainant } van { $date }
