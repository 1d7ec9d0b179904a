# Die Sätze der Briefe auf Deutsch (Deutsch in Belgien). Rust entscheidet, welchen Satz ein
# Brief enthält und mit welchen Werten; diese Datei sagt, wie der Satz lautet. Die Werte:
#   $voice    own (die Person schreibt selbst) oder representative (eine Rechtsberatung schreibt für sie)
#   $kind     complaint, escalation, mediation oder authority
#   $date…    Daten, schon auf Deutsch geschrieben („1. August 2026“)
#   $deadline Fristen im Dativ („zwei Monaten“, „einem Monat“): „innerhalb von …“, „die Frist von …“
# Dieselbe Datei gibt es auf Französisch (locales/fr) und Niederländisch (locales/nl); alle
# enthalten dieselben Nachrichten.

## Die Blöcke

civility-madame = Frau
civility-monsieur = Herr
# Die Namenszeile oben im Absenderblock ($gender: madame, monsieur oder none).
sender-name = { $gender ->
    [madame] { civility-madame } { $name }
    [monsieur] { civility-monsieur } { $name }
   *[none] { $name }
}
on-behalf = Im Auftrag von { $complainant_dative }
signature-on-behalf = im Auftrag von { $complainant_dative }
# Die Unterschrift einer Person für eine Organisation.
signature-for = Für { $name }
signature-signatory = { $name }, { $role }
contact-phone = Tel.: { $phone }
contact-email = E-Mail: { $email }
place-date = { $place }, den { $date }
date-alone = { $date }
registered = Einschreiben
registered-number = Einschreiben Nr. { $number }
their-reference = Ihr Zeichen:
our-reference = Unser Zeichen:
reference-label = { $kind ->
    [contract_number] Vertragsnummer:
    [member_number] Mitgliedsnummer:
    [card_number] Kartennummer:
    [national_register] Nationalregisternummer:
   *[file_number] Aktenzeichen:
}
label-subject = Betreff:
label-basis = Rechtsgrundlage
label-facts = Sachverhalt
label-attachments = Anlagen:
# The mark across the pages of a preview (watch, preview) whose level may not be sent yet.
label-draft = ENTWURF
# The headings of the text a web form is filled from (`render --format text`): the fields the
# mediators' forms ask for, then the whole letter.
form-professional = Das Unternehmen
form-references = Referenzen
form-facts = Der Sachverhalt
form-demands = Meine Forderungen
form-statements = Voraussetzungen der Schlichtung
form-letter = Das Schreiben
label-prior-steps = { $kind ->
    [escalation] Ursprüngliche Beschwerde und ihre Behandlung
    [mediation] Bisherige Schritte beim Unternehmen
    [authority] Bisherige Schritte
   *[complaint] Unternommene Schritte
}
subject = { $kind ->
    [escalation] { $first ->
        [none] Bitte um erneute Prüfung einer Beschwerde
       *[other] Erneute Prüfung der Beschwerde vom { $first }
    } – { $subject }
    [mediation] { $referral ->
        [complaint] Beschwerde gegen { $institution }
       *[other] Antrag auf Schlichtung
    } – { $subject }
    [authority] Meldung – { $subject }
   *[complaint] Beschwerde – { $subject }
}
description = { $kind ->
    [escalation] Bitte um erneute Prüfung
    [mediation] Antrag auf Schlichtung
    [authority] Meldung
   *[complaint] Beschwerde
} – { $institution } – Stufe { $level }
salutation = Sehr geehrte Damen und Herren,
closing = Mit freundlichen Grüßen

## Die Einleitung

opening-mandate = Wir handeln im Auftrag von { $complainant_dative } aufgrund der schriftlichen Vollmacht vom { $date } (Kopie in der Anlage).
product-concerned = zum Produkt „{ $product }“
product-about = zum Produkt „{ $product }“
opening-complaint = { $voice ->
    [representative] Hiermit reichen wir im Namen von { $client_dative } eine schriftliche Beschwerde über den unten beschriebenen Streitfall{ $product } ein.
    [company] Hiermit reichen wir eine schriftliche Beschwerde über den unten beschriebenen Streitfall{ $product } ein.
   *[own] Hiermit reiche ich eine schriftliche Beschwerde über den unten beschriebenen Streitfall{ $product } ein.
}
opening-earlier-steps = { $count ->
    [one] { $channel ->
        [phone] Das Telefonat vom { $date } hat
        [chat] Der Chat vom { $date } hat
       *[other] Der Schritt vom { $date } hat
    }
   *[other] Die bisherigen Schritte haben
} den Streitfall nicht gelöst.
opening-answered = { $voice ->
    [representative] Die Antwort auf die Beschwerde { $gender ->
        [madame] unserer Mandantin
       *[other] unseres Mandanten
    } ist nicht zufriedenstellend.
    [company] Die Antwort auf unsere Beschwerde ist nicht zufriedenstellend.
   *[own] Die Antwort auf meine Beschwerde ist nicht zufriedenstellend.
}
opening-unanswered = { $voice ->
    [representative] Die Beschwerde { $gender ->
        [madame] unserer Mandantin
       *[other] unseres Mandanten
    } ist unbeantwortet geblieben.
    [company] Unsere Beschwerde ist unbeantwortet geblieben.
   *[own] Meine Beschwerde ist unbeantwortet geblieben.
}
opening-why = Diese Antwort löst den Streitfall nicht: { $why }
opening-escalation = Gemäß Ihrem Beschwerdeverfahren { $voice ->
    [representative] bitten wir
    [company] bitten wir
   *[own] bitte ich
} Sie, den unten beschriebenen Streitfall{ $product } erneut zu prüfen.
opening-mediation = { $voice ->
    [representative] Wir bitten
    [company] Wir bitten
   *[own] Ich bitte
} Sie um Schlichtung im Streitfall mit { $institution }{ $about }, den die Schritte bei diesem Unternehmen nicht gelöst haben.
opening-mediation-direct = { $voice ->
    [representative] Wir bitten Sie um Schlichtung im Streitfall mit { $institution }{ $about }, den wir Ihnen direkt vorlegen, wie es das Verfahren des Unternehmens erlaubt.
    [company] Wir bitten Sie um Schlichtung im Streitfall mit { $institution }{ $about }, den wir Ihnen direkt vorlegen, wie es das Verfahren des Unternehmens erlaubt.
   *[own] Ich bitte Sie um Schlichtung im Streitfall mit { $institution }{ $about }, den ich Ihnen direkt vorlege, wie es das Verfahren des Unternehmens erlaubt.
}
opening-authority = { $voice ->
    [representative] Wir setzen
    [company] Wir setzen
   *[own] Ich setze
} Sie über die Schwierigkeiten mit { $institution }{ $about } in Kenntnis, trotz der unten beschriebenen Schritte.

## Die bisherigen Schritte

step-noun = { $kind ->
    [escalation] eine Bitte um erneute Prüfung
    [mediation] einen Antrag auf Schlichtung
    [authority] eine Meldung
   *[complaint] eine Beschwerde
}
step-action = { $channel ->
    [phone] den Streitfall telefonisch bei { $to } gemeldet
    [chat] den Streitfall per Chat bei { $to } gemeldet
    [in-person] den Streitfall persönlich bei { $to } vorgebracht
    [email] per E-Mail { $noun } bei { $to } eingereicht
    [portal] über das Online-Formular { $noun } bei { $to } eingereicht
    [registered] per Einschreiben{ $tracking } { $noun } bei { $to } eingereicht
   *[letter] per Brief{ $tracking } { $noun } bei { $to } eingereicht
}
step-tracking = Nr. { $number }
step-made = { $voice ->
    [representative] Am { $date } hat { $client } { $action }{ $reference }.
    [company] Am { $date } haben wir { $action }{ $reference }.
   *[own] Am { $date } habe ich { $action }{ $reference }.
}
step-reference = (Aktenzeichen: { $reference })
step-answer = Am { $date } antwortete { $by }{ $reference }{ $summary }
step-summary = : { $summary }
step-answered-late = Diese Antwort kam nach Ablauf der Frist von { $deadline } am { $due }.
step-answered-late-after-receipt = Diese Antwort kam nach Ablauf der Frist von { $deadline } ab Eingang.
step-unanswered = Dieser Schritt ist bis heute unbeantwortet geblieben.
step-unanswered-lapsed = Dieser Schritt ist unbeantwortet geblieben, obwohl die Frist von { $deadline } am { $due } abgelaufen ist.
step-unanswered-since-first = Dieser Schritt ist unbeantwortet geblieben, obwohl die Frist von { $deadline } ab { $since } vom { $start } am { $due } abgelaufen ist.
step-unanswered-after-receipt = Dieser Schritt ist nach Ablauf der Frist von { $deadline } ab Eingang unbeantwortet geblieben.
step-extended = Mit Schreiben vom { $date } wurde die Antwortfrist auf { $deadline } verlängert.
step-extension-announced = Mit Schreiben vom { $date } wurde eine längere Antwortfrist angekündigt.
since-first = { $written ->
    [yes] der ersten schriftlichen Beschwerde
   *[no] der ersten Beschwerde
}

## Der Sachverhalt und die Forderungen

amount = Streitwert: { $amount }.
demands-intro = { $kind ->
    [mediation] { $voice ->
        [representative] Wir bitten Sie, eine Lösung vorzuschlagen, die Folgendes ermöglicht:
        [company] Wir bitten Sie, eine Lösung vorzuschlagen, die Folgendes ermöglicht:
       *[own] Ich bitte Sie, eine Lösung vorzuschlagen, die Folgendes ermöglicht:
    }
    [authority] { $voice ->
        [representative] Wir bitten Sie, diese Praxis des Unternehmens zu prüfen. Wir wissen, dass Sie keine Einzelstreitigkeiten entscheiden: Wir melden Ihnen diesen Sachverhalt, damit Sie Ihre Aufsicht ausüben können.
        [company] Wir bitten Sie, diese Praxis des Unternehmens zu prüfen. Wir wissen, dass Sie keine Einzelstreitigkeiten entscheiden: Wir melden Ihnen diesen Sachverhalt, damit Sie Ihre Aufsicht ausüben können.
       *[own] Ich bitte Sie, diese Praxis des Unternehmens zu prüfen. Ich weiß, dass Sie keine Einzelstreitigkeiten entscheiden: Ich melde Ihnen diesen Sachverhalt, damit Sie Ihre Aufsicht ausüben können.
    }
   *[other] { $voice ->
        [representative] Wir bitten Sie daher im Namen von { $client_dative } um:
        [company] Wir bitten Sie daher um:
       *[own] Ich bitte Sie daher um:
    }
}

## Die erbetene Antwortfrist

thanks = { $voice ->
    [representative] Wir bitten
    [company] Wir bitten
   *[own] Ich bitte
}
refusal-reasons = Lehnen Sie die Beschwerde ganz oder teilweise ab, { $voice ->
    [representative] bitten wir
    [company] bitten wir
   *[own] bitte ich
} um eine Begründung und um die Angabe der zuständigen Schlichtungsstelle.
# Keine Quelle gibt der Stufe eine Antwortfrist: der Brief bittet selbst um eine.
deadline-requested = { thanks } Sie, innerhalb von { $deadline } nach Erhalt dieses Schreibens zu antworten.
deadline-ack = den Eingang dieses Schreibens innerhalb von { $deadline_ack }{ $after_receipt } zu bestätigen und
after-receipt = ab Eingang
deadline-extended = (oder innerhalb von { $longer }, wenn Sie { $voice ->
    [representative] uns
    [company] uns
   *[own] mir
} schriftlich mitteilen, dass die Bearbeitung länger dauert)
deadline-extended-exceptional = (oder, in Ausnahmefällen, innerhalb von { $longer }, wenn Sie { $voice ->
    [representative] uns
    [company] uns
   *[own] mir
} eine vorläufige Antwort senden, die die zusätzliche Frist klar begründet)
deadline-own-within-law = { thanks } Sie, { $ack }innerhalb von { $deadline }{ $after_receipt }{ $extended } zu antworten, wie Sie es zugesagt haben, und jedenfalls innerhalb der Frist von { $law_deadline }{ $law_extended }, die { $law } vorschreibt.
deadline-dated = { thanks } Sie, { $ack }innerhalb von { $deadline }{ $extended } zu antworten, gemäß { $rules }, also spätestens am { $due }.
deadline-undated = { thanks } Sie, { $ack }innerhalb von { $deadline }{ $after_receipt }{ $extended } zu antworten, gemäß { $rules }.
deadline-from-first = { thanks } Sie, { $ack }spätestens am { $due } zu antworten: Die Frist von { $deadline } läuft ab der ersten Beschwerde vom { $start }.
deadline-from-first-lapsed = Die Frist von { $deadline } ab der ersten Beschwerde vom { $start } ist am { $due } abgelaufen; { $voice ->
    [representative] wir bitten
    [company] wir bitten
   *[own] ich bitte
} Sie, innerhalb von { $requested } nach Erhalt dieses Schreibens zu antworten.
own-commitments = Ihren Zusagen
rules-and = { $first } und { $second }
otherwise-named = { $voice ->
    [representative] Erhalten wir keine zufriedenstellende Antwort, legen wir die Beschwerde { $to } vor.
    [company] Erhalten wir keine zufriedenstellende Antwort, legen wir unsere Beschwerde { $to } vor.
   *[own] Erhalte ich keine zufriedenstellende Antwort, lege ich meine Beschwerde { $to } vor.
}
otherwise-mediator = { $voice ->
    [representative] Erhalten wir keine zufriedenstellende Antwort, wenden wir uns an eine Schlichtungsstelle.
    [company] Erhalten wir keine zufriedenstellende Antwort, wenden wir uns an eine Schlichtungsstelle.
   *[own] Erhalte ich keine zufriedenstellende Antwort, wende ich mich an eine Schlichtungsstelle.
}

## Was ein Antrag auf Schlichtung erklärt

statement-written = { $voice ->
    [representative] { $client } hat sich zuvor schriftlich bei diesem Unternehmen beschwert{ $recent }: { $items }.
    [company] Wir haben uns zuvor schriftlich bei diesem Unternehmen beschwert{ $recent }: { $items }.
   *[own] Ich habe mich zuvor schriftlich bei diesem Unternehmen beschwert{ $recent }: { $items }.
}
statement-item = am { $date } bei { $to } ({ $outcome })
statement-items-separator = { "; " }
outcome-answered = Antwort vom { $date }
outcome-unanswered = unbeantwortet
statement-exhausted = { $voice ->
    [representative] { $client } hat
    [company] Wir haben
   *[own] Ich habe
} alle Stufen des internen Beschwerdeverfahrens dieses Unternehmens durchlaufen.
statement-no-court = Der Streitfall ist bei keinem Gericht anhängig.
statement-recent = , { $count ->
    [one] vor weniger als einem Jahr
   *[other] die erste vor weniger als einem Jahr
}
statement-not-examined = Der Streitfall wurde und wird weder von einer anderen Schlichtungsstelle noch von einem Gericht geprüft.

## Die Anlagen

attachment-step = Kopie { $voice ->
    [representative] { $kind ->
        [escalation] der Bitte um erneute Prüfung
        [mediation] des Antrags auf Schlichtung
        [authority] der Meldung
       *[complaint] der Beschwerde
    }
    [company] { $kind ->
        [escalation] unserer Bitte um erneute Prüfung
        [mediation] unseres Antrags auf Schlichtung
        [authority] unserer Meldung
       *[complaint] unserer Beschwerde
    }
   *[own] { $kind ->
        [escalation] meiner Bitte um erneute Prüfung
        [mediation] meines Antrags auf Schlichtung
        [authority] meiner Meldung
       *[complaint] meiner Beschwerde
    }
} vom { $date }{ $proof }
proof-registered = und des Einlieferungsbelegs des Einschreibens
attachment-chat = Kopie des Chatverlaufs vom { $date }
attachment-holding = Kopie des Zwischenbescheids vom { $date }
attachment-answer = Kopie der Antwort vom { $date }{ $reference }
attachment-mandate = Vollmacht von { $complainant_dative } vom { $date }
