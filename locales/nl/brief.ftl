# De zinnen van de brieven in het Nederlands. Rust beslist welke zin een brief bevat en met
# welke waarden; dit bestand zegt hoe die zin luidt. De waarden:
#   $voice    own (de persoon schrijft zelf) of representative (een rechtswinkel schrijft namens haar)
#   $kind     complaint, escalation, mediation of authority
#   $date…    datums, al in het Nederlands geschreven („1 augustus 2026”)
# Hetzelfde bestand bestaat in het Frans (locales/fr); beide bevatten dezelfde berichten.

## De blokken

civility-madame = mevrouw
civility-monsieur = de heer
on-behalf = Namens { $complainant }
signature-on-behalf = namens { $complainant }
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
label-facts = Feiten
label-attachments = Bijlagen:
# The mark across the pages of a preview (watch, preview) whose level may not be sent yet.
label-draft = ONTWERP
label-prior-steps = { $kind ->
    [escalation] Oorspronkelijke klacht en gevolg
    [mediation] Voorafgaande stappen bij de onderneming
    [authority] Voorafgaande stappen
   *[complaint] Ondernomen stappen
}
subject = { $kind ->
    [escalation] Verzoek tot herziening van een klacht – { $subject }
    [mediation] Verzoek tot bemiddeling – { $subject }
    [authority] Melding – { $subject }
   *[complaint] Klacht – { $subject }
}
description = { $kind ->
    [escalation] Verzoek tot herziening
    [mediation] Verzoek tot bemiddeling
    [authority] Melding
   *[complaint] Klacht
} – { $institution } – niveau { $level } ({ $id })
salutation = Geachte mevrouw, geachte heer,
closing = Met vriendelijke groeten,

## De opening

opening-mandate = Wij treden op namens { $complainant }, die ons op { $date } een schriftelijk mandaat heeft gegeven (kopie in bijlage).
product-concerned = (betrokken product: { $product })
product-about = betreffende het product „{ $product }”
opening-complaint = { $voice ->
    [representative] Hierbij dienen wij namens { $complainant } een schriftelijke klacht in over het hieronder beschreven geschil{ $product }.
   *[own] Hierbij dien ik een schriftelijke klacht in over het hieronder beschreven geschil{ $product }.
}
opening-earlier-steps = De reeds ondernomen stappen hebben het geschil niet opgelost.
opening-answered = { $voice ->
    [representative] Het antwoord op de klacht van { $complainant } is niet bevredigend.
   *[own] Het antwoord op mijn klacht is niet bevredigend.
}
opening-unanswered = { $voice ->
    [representative] De klacht van { $complainant } is onbeantwoord gebleven.
   *[own] Mijn klacht is onbeantwoord gebleven.
}
opening-escalation = Overeenkomstig uw klachtenprocedure { $voice ->
    [representative] verzoeken wij
   *[own] verzoek ik
} u het hieronder beschreven geschil opnieuw te onderzoeken{ $product }.
opening-mediation = { $voice ->
    [representative] Wij verzoeken
   *[own] Ik verzoek
} u te bemiddelen in het geschil met { $institution }{ $about }, dat de stappen bij deze onderneming niet hebben opgelost.
opening-authority = { $voice ->
    [representative] Wij brengen
   *[own] Ik breng
} u op de hoogte van de problemen met { $institution }{ $about }, ondanks de hieronder beschreven stappen.

## De reeds ondernomen stappen

step-noun = { $kind ->
    [escalation] een verzoek tot herziening
    [mediation] een verzoek tot bemiddeling
    [authority] een melding
   *[complaint] een klacht
}
step-action = { $channel ->
    [phone] het geschil telefonisch gemeld bij { $to_name }
    [chat] het geschil via de chat gemeld bij { $to_name }
    [in-person] het geschil persoonlijk gemeld bij { $to_name }
    [email] per e-mail { $noun } ingediend bij { $to_name }
    [portal] via het onlineformulier { $noun } ingediend bij { $to_name }
    [registered] per aangetekende zending{ $tracking } { $noun } ingediend bij { $to_name }
   *[letter] per brief{ $tracking } { $noun } ingediend bij { $to_name }
}
step-tracking = nr. { $number }
step-made = { $voice ->
    [representative] Op { $date } heeft { $complainant } { $action }{ $reference }.
   *[own] Op { $date } heb ik { $action }{ $reference }.
}
step-reference = (referentie: { $reference })
step-answer = Op { $date } werd geantwoord{ $reference }{ $summary }
step-summary = : { $summary }
step-unanswered = Deze stap is tot op heden onbeantwoord gebleven.
step-unanswered-lapsed = Deze stap is onbeantwoord gebleven, hoewel de termijn van { $deadline } op { $due } is verstreken.
step-unanswered-since-first = Deze stap is onbeantwoord gebleven, hoewel de termijn van { $deadline } vanaf de eerste klacht van { $start } op { $due } is verstreken.
step-unanswered-after-receipt = Deze stap is onbeantwoord gebleven na afloop van de termijn van { $deadline } na ontvangst.
step-extended = Bij brief van { $date } werd de antwoordtermijn verlengd tot { $deadline }.
step-extension-announced = Bij brief van { $date } werd een langere antwoordtermijn aangekondigd.
since-first = { $written ->
    [yes] de eerste schriftelijke klacht
   *[no] de eerste klacht
}

## De feiten en de verzoeken

amount = Bedrag van het geschil: { $amount }.
demands-intro = { $kind ->
    [mediation] { $voice ->
        [representative] Wij verzoeken u een oplossing voor te stellen die het volgende mogelijk maakt:
       *[own] Ik verzoek u een oplossing voor te stellen die het volgende mogelijk maakt:
    }
    [authority] { $voice ->
        [representative] Wij verzoeken u deze feiten te onderzoeken; van de onderneming verwachten wij:
       *[own] Ik verzoek u deze feiten te onderzoeken; van de onderneming verwacht ik:
    }
   *[other] { $voice ->
        [representative] Bijgevolg verzoeken wij u, namens { $complainant }, om:
       *[own] Bijgevolg verzoek ik u om:
    }
}

## De gevraagde antwoordtermijn

thanks = { $voice ->
    [representative] Wij verzoeken
   *[own] Ik verzoek
}
deadline-prompt = { thanks } u zo spoedig mogelijk te antwoorden.
deadline-ack = de ontvangst van deze brief binnen { $deadline_ack }{ $after_receipt } te bevestigen en
after-receipt = na ontvangst
deadline-extended = (of { $longer } als u { $voice ->
    [representative] ons
   *[own] mij
} schriftelijk meedeelt dat de behandeling langer duurt)
deadline-dated = { thanks } u { $ack }binnen { $deadline }{ $extended } te antwoorden, overeenkomstig { $rules }, dus uiterlijk op { $due }.
deadline-undated = { thanks } u { $ack }binnen { $deadline }{ $after_receipt }{ $extended } te antwoorden, overeenkomstig { $rules }.
deadline-from-first = { thanks } u { $ack }uiterlijk op { $due } te antwoorden: de termijn van { $deadline } loopt vanaf de eerste klacht van { $start }.
deadline-from-first-lapsed = De termijn van { $deadline } vanaf de eerste klacht van { $start } is op { $due } verstreken; { $voice ->
    [representative] wij verzoeken
   *[own] ik verzoek
} u onverwijld te antwoorden.
own-commitments = uw verbintenissen
rules-and = { $first } en { $second }
otherwise-named = Zonder bevredigend antwoord { $voice ->
    [representative] wenden wij ons
   *[own] wend ik mij
} tot { $to_name }.
otherwise-mediator = Zonder bevredigend antwoord { $voice ->
    [representative] wenden wij ons
   *[own] wend ik mij
} tot een ombudsdienst.

## Wat een verzoek tot bemiddeling verklaart

statement-written = { $voice ->
    [representative] { $complainant } heeft vooraf schriftelijk klacht ingediend bij deze onderneming: { $items }.
   *[own] Ik heb vooraf schriftelijk klacht ingediend bij deze onderneming: { $items }.
}
statement-item = op { $date } bij { $to_name } ({ $outcome })
statement-items-separator = { "; " }
outcome-answered = antwoord van { $date }
outcome-unanswered = onbeantwoord
statement-exhausted = { $voice ->
    [representative] Wij verklaren
   *[own] Ik verklaar
} dat de interne klachtenprocedure bij deze onderneming is uitgeput.
statement-no-court = Het geschil is niet bij een rechtbank aanhangig.

## De bijlagen

attachment-step = Kopie van { $voice ->
    [representative] { $kind ->
        [escalation] het verzoek tot herziening
        [mediation] het verzoek tot bemiddeling
        [authority] de melding
       *[complaint] de klacht
    }
   *[own] { $kind ->
        [escalation] mijn verzoek tot herziening
        [mediation] mijn verzoek tot bemiddeling
        [authority] mijn melding
       *[complaint] mijn klacht
    }
} van { $date }{ $proof }
proof-registered = en van het bewijs van afgifte van de aangetekende zending
attachment-answer = Kopie van het antwoord van { $date }{ $reference }
attachment-mandate = Mandaat van { $complainant } van { $date }
