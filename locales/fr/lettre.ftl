# Les phrases des lettres en français. Rust décide quelle phrase une lettre contient et avec
# quelles valeurs ; ce fichier dit comment elle se lit. Les valeurs :
#   $voice    own (la personne écrit elle-même), company (une entreprise écrit en son nom : « nous »)
#             ou representative (une clinique écrit pour elle)
#   $kind     complaint, escalation, mediation ou authority (le niveau de la lettre ou de la démarche)
#   $date…    des dates déjà écrites en français (« 1er août 2026 »)
# La typographie française (espaces insécables avant « : ; ! ? », guillemets) est ajoutée
# ensuite : écrivez des espaces ordinaires. Le même fichier existe en néerlandais (locales/nl).

## Les blocs

civility-madame = Mme
civility-monsieur = M.
# La ligne du nom en tête du bloc de l'expéditeur ($gender : madame, monsieur ou none).
sender-name = { $gender ->
    [madame] { civility-madame } { $name }
    [monsieur] { civility-monsieur } { $name }
   *[none] { $name }
}
on-behalf = Agissant pour le compte { $of_complainant }
signature-on-behalf = pour le compte { $of_complainant }
# La signature d'une personne pour un organisme ($named : son nom avec l'article, « la Clinique … »).
signature-for = Pour { $named }
signature-signatory = { $name }, { $role }
contact-phone = Tél. : { $phone }
contact-email = Courriel : { $email }
place-date = { $place }, le { $date }
date-alone = Le { $date }
registered = { $country ->
    [BE] Envoi recommandé
   *[FR] Lettre recommandée avec avis de réception
}
registered-number = { $country ->
    [BE] Envoi recommandé n° { $number }
   *[FR] Lettre recommandée avec avis de réception n° { $number }
}
their-reference = V/Réf. :
our-reference = N/Réf. :
reference-label = { $kind ->
    [contract_number] N° de contrat :
    [member_number] N° d’adhérent :
    [card_number] Carte n° :
    [national_register] N° de registre national :
   *[file_number] N° de dossier :
}
label-subject = Objet :
label-basis = Fondement
label-facts = Exposé des faits
label-attachments = Pièces jointes :
# The mark across the pages of a preview (watch, preview) whose level may not be sent yet.
label-draft = PROJET
# The headings of the text a web form is filled from (`render --format text`): the fields the
# mediators' forms ask for, then the whole letter.
form-professional = Le professionnel
form-references = Références
form-facts = Les faits
form-demands = Ce que je demande
form-statements = Conditions de la médiation
form-letter = La lettre
label-prior-steps = { $kind ->
    [escalation] Réclamation initiale et suites données
    [mediation] Démarches préalables auprès du professionnel
    [authority] Démarches préalables
   *[complaint] Démarches effectuées
}
# $first : la date de la première réclamation écrite, ou none ; $referral : ce que le médiateur
# appelle la lettre qui le saisit (complaint pour Ombudsfin : « plainte »), sinon mediation.
subject = { $kind ->
    [escalation] { $first ->
        [none] Demande de réexamen d’une réclamation
       *[other] Réexamen de la réclamation du { $first }
    } – { $subject }
    [mediation] { $referral ->
        [complaint] Plainte contre { $institution }
       *[other] Demande de médiation
    } – { $subject }
    [authority] Signalement – { $subject }
   *[complaint] Réclamation – { $subject }
}
description = { $kind ->
    [escalation] Demande de réexamen
    [mediation] Demande de médiation
    [authority] Signalement
   *[complaint] Réclamation
} – { $institution } – niveau { $level }
# The salutation of a French letter is the recipient's, from the registry.
salutation = Madame, Monsieur,
closing = { $voice ->
    [representative] Nous vous prions d’agréer, { $addressee }, l’expression de { $internal ->
        [yes] nos salutations distinguées
       *[no] notre considération distinguée
    }.
    [company] Nous vous prions d’agréer, { $addressee }, l’expression de { $internal ->
        [yes] nos salutations distinguées
       *[no] notre considération distinguée
    }.
   *[own] Je vous prie d’agréer, { $addressee }, l’expression de { $internal ->
        [yes] mes salutations distinguées
       *[no] ma considération distinguée
    }.
}

## L’ouverture

opening-mandate = Nous intervenons pour le compte { $of_complainant }, qui nous a donné mandat le { $date } (copie jointe).
product-concerned = au sujet du produit « { $product } »
product-about = au sujet du produit « { $product } »
opening-complaint = { $voice ->
    [representative] Par la présente, nous vous adressons au nom { $of_client } une réclamation écrite concernant le litige décrit ci-dessous{ $product }.
    [company] Par la présente, nous vous adressons une réclamation écrite concernant le litige décrit ci-dessous{ $product }.
   *[own] Par la présente, je vous adresse une réclamation écrite concernant le litige décrit ci-dessous{ $product }.
}
# $count : one (une seule démarche, de $channel, le $date) ou other.
opening-earlier-steps = { $count ->
    [one] { $channel ->
        [phone] L’appel du { $date } n’a
        [chat] L’échange par messagerie du { $date } n’a
       *[other] La démarche du { $date } n’a
    }
   *[other] Les démarches déjà effectuées n’ont
} pas permis de régler ce litige.
opening-answered = { $voice ->
    [representative] La réponse apportée à la réclamation { $gender ->
        [madame] de notre mandante
        [monsieur] de notre mandant
       *[none] { $of_client }
    } ne lui donne pas satisfaction.
    [company] La réponse apportée à notre réclamation ne nous donne pas satisfaction.
   *[own] La réponse apportée à ma réclamation ne me donne pas satisfaction.
}
opening-unanswered = { $voice ->
    [representative] La réclamation { $gender ->
        [madame] de notre mandante
        [monsieur] de notre mandant
       *[none] { $of_client }
    } est restée sans réponse.
    [company] Notre réclamation est restée sans réponse.
   *[own] Ma réclamation est restée sans réponse.
}
opening-why = Cette réponse ne règle pas le litige : { $why }
opening-escalation = Conformément à votre procédure de traitement des réclamations, { $voice ->
    [representative] nous vous demandons
    [company] nous vous demandons
   *[own] je vous demande
} de réexaminer le litige décrit ci-dessous{ $product }.
opening-mediation = { $voice ->
    [representative] Nous sollicitons votre intervention dans le litige qui l’oppose
    [company] Nous sollicitons votre intervention dans le litige qui nous oppose
   *[own] Je sollicite votre intervention dans le litige qui m’oppose
} { $to_institution }{ $about }, que les démarches effectuées auprès de ce professionnel n’ont pas permis de résoudre.
opening-mediation-direct = { $voice ->
    [representative] Nous sollicitons votre intervention dans le litige qui l’oppose { $to_institution }{ $about }, et vous le soumettons directement, comme la procédure de ce professionnel le permet.
    [company] Nous sollicitons votre intervention dans le litige qui nous oppose { $to_institution }{ $about }, et vous le soumettons directement, comme la procédure de ce professionnel le permet.
   *[own] Je sollicite votre intervention dans le litige qui m’oppose { $to_institution }{ $about }, et vous le soumets directement, comme la procédure de ce professionnel le permet.
}
opening-authority = { $voice ->
    [representative] Nous portons à votre connaissance les difficultés que rencontre { $client }
    [company] Nous portons à votre connaissance les difficultés que nous rencontrons
   *[own] Je porte à votre connaissance les difficultés que je rencontre
} avec { $institution }{ $about }, malgré les démarches décrites ci-dessous.

## Les démarches déjà faites

step-noun = { $kind ->
    [escalation] une demande de réexamen
    [mediation] une demande de médiation
    [authority] un signalement
   *[complaint] une réclamation
}
step-action = { $channel ->
    [phone] exposé ce litige par téléphone { $to }
    [chat] exposé ce litige par messagerie instantanée (chat) { $to }
    [in-person] exposé ce litige en personne { $to }
    [email] adressé { $noun } par courriel { $to }
    [portal] adressé { $noun } { $to } par le formulaire en ligne
    [registered] adressé { $noun } par { $country ->
        [BE] envoi recommandé
       *[FR] lettre recommandée avec avis de réception
    }{ $tracking } { $to }
   *[letter] adressé { $noun } par courrier{ $tracking } { $to }
}
step-tracking = n° { $number }
step-made = { $voice ->
    [representative] Le { $date }, { $client } a { $action }{ $reference }.
    [company] Le { $date }, nous avons { $action }{ $reference }.
   *[own] Le { $date }, j’ai { $action }{ $reference }.
}
step-reference = (référence : { $reference })
step-answer = Le { $date }, { $by } { $voice ->
    [representative] lui a
    [company] nous a
   *[own] m’a
} répondu{ $reference }{ $summary }
step-summary = { " " }: { $summary }
step-answered-late = Cette réponse est venue après l’expiration, le { $due }, du délai { $of_deadline }.
step-answered-late-after-receipt = Cette réponse est venue après l’expiration du délai { $of_deadline } suivant la réception.
step-unanswered = Cette démarche est restée sans réponse à ce jour.
step-unanswered-lapsed = Cette démarche est restée sans réponse malgré l’expiration, le { $due }, du délai { $of_deadline }.
step-unanswered-since-first = Cette démarche est restée sans réponse malgré l’expiration, le { $due }, du délai { $of_deadline } qui court depuis { $since } du { $start }.
step-unanswered-after-receipt = Cette démarche est restée sans réponse au-delà du délai { $of_deadline } suivant sa réception.
step-extended = Par courrier du { $date }, le délai de réponse a été porté à { $deadline }.
step-extension-announced = Par courrier du { $date }, un délai de réponse plus long a été annoncé.
since-first = { $voice ->
    [representative] { $written ->
        [yes] sa première réclamation écrite
       *[no] sa première réclamation
    }
    [company] { $written ->
        [yes] notre première réclamation écrite
       *[no] notre première réclamation
    }
   *[own] { $written ->
        [yes] ma première réclamation écrite
       *[no] ma première réclamation
    }
}

## Les faits et les demandes

amount = Montant en litige : { $amount }.
demands-intro = { $kind ->
    [mediation] { $voice ->
        [representative] Nous vous demandons de bien vouloir proposer une solution permettant d’obtenir :
        [company] Nous vous demandons de bien vouloir proposer une solution permettant d’obtenir :
       *[own] Je vous demande de bien vouloir proposer une solution permettant d’obtenir :
    }
    [authority] { $voice ->
        [representative] Nous vous demandons d’examiner cette pratique du professionnel. Nous savons qu’il ne vous appartient pas de régler les litiges individuels : nous vous signalons ces faits afin que vous puissiez exercer votre mission de contrôle.
        [company] Nous vous demandons d’examiner cette pratique du professionnel. Nous savons qu’il ne vous appartient pas de régler les litiges individuels : nous vous signalons ces faits afin que vous puissiez exercer votre mission de contrôle.
       *[own] Je vous demande d’examiner cette pratique du professionnel. Je sais qu’il ne vous appartient pas de régler les litiges individuels : je vous signale ces faits afin que vous puissiez exercer votre mission de contrôle.
    }
   *[other] { $voice ->
        [representative] En conséquence, nous vous demandons, pour le compte { $of_client } :
        [company] En conséquence, nous vous demandons :
       *[own] En conséquence, je vous demande :
    }
}

## Le délai de réponse demandé

thanks = { $voice ->
    [representative] Nous vous remercions
    [company] Nous vous remercions
   *[own] Je vous remercie
}
refusal-reasons = Si vous deviez refuser, même partiellement, { $voice ->
    [representative] nous vous saurions gré
    [company] nous vous saurions gré
   *[own] je vous saurais gré
} de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent.
# Aucune source ne donne de délai de réponse au niveau : la lettre en demande un.
deadline-requested = { thanks } de bien vouloir y répondre dans un délai { $of_deadline } à compter de sa réception.
deadline-ack = d’accuser réception de la présente dans un délai { $of_ack }{ $after_receipt } et
after-receipt = suivant sa réception
deadline-extended = (ou { $longer } si vous { $voice ->
    [representative] nous en
    [company] nous en
   *[own] m’en
} informez par écrit d’un traitement plus long)
deadline-extended-exceptional = (ou, dans des situations exceptionnelles, { $longer } si vous { $voice ->
    [representative] nous adressez
    [company] nous adressez
   *[own] m’adressez
} une réponse d’attente motivant clairement le délai complémentaire)
deadline-own-within-law = { thanks } { $ack }d’y répondre dans un délai { $of_deadline }{ $after_receipt }{ $extended }, conformément à vos engagements, et en tout état de cause dans le délai { $of_law }{ $law_extended } que fixe { $law }.
deadline-dated = { thanks } { $ack }d’y répondre dans un délai { $of_deadline }{ $extended }, conformément à { $rules }, soit au plus tard le { $due }.
deadline-undated = { thanks } { $ack }d’y répondre dans un délai { $of_deadline }{ $after_receipt }{ $extended }, conformément à { $rules }.
deadline-from-first = { thanks } { $ack }d’y répondre au plus tard le { $due } : conformément à { $rules }, le délai { $of_deadline } court à compter de { $since }, du { $start }.
deadline-from-first-lapsed = Conformément à { $rules }, le délai { $of_deadline } qui courait à compter de { $since }, du { $start }, a expiré le { $due } : { $voice ->
    [representative] nous vous remercions
    [company] nous vous remercions
   *[own] je vous remercie
} de bien vouloir y répondre dans un délai { $of_requested } à compter de la réception de la présente.
own-commitments = vos engagements
rules-and = { $first } et à { $second }
otherwise-named = À défaut de réponse satisfaisante, { $voice ->
    [representative] nous nous adresserons
    [company] nous nous adresserons
   *[own] je m’adresserai
} { $to }.
otherwise-mediator = À défaut de réponse satisfaisante, { $voice ->
    [representative] nous saisirons
    [company] nous saisirons
   *[own] je saisirai
} { $country ->
    [BE] un service de médiation
   *[FR] le médiateur de la consommation
}.

## Ce qu’une demande de médiation déclare

statement-written = { $voice ->
    [representative] { $client } a préalablement adressé { $count ->
        [one] une réclamation écrite
       *[other] des réclamations écrites
    } à ce professionnel{ $recent } : { $items }.
    [company] Nous avons préalablement adressé { $count ->
        [one] une réclamation écrite
       *[other] des réclamations écrites
    } à ce professionnel{ $recent } : { $items }.
   *[own] J’ai préalablement adressé { $count ->
        [one] une réclamation écrite
       *[other] des réclamations écrites
    } à ce professionnel{ $recent } : { $items }.
}
statement-item = le { $date }, { $to } ({ $outcome })
statement-items-separator = { " ; " }
outcome-answered = réponse du { $date }
outcome-unanswered = sans réponse
# Quand la première réclamation écrite date de moins d'un an (L612-2 4°).
statement-recent = , { $count ->
    [one] il y a moins d’un an
   *[other] la première il y a moins d’un an
}
statement-exhausted = { $voice ->
    [representative] { $client } a suivi
    [company] Nous avons suivi
   *[own] J’ai suivi
} toutes les étapes de la procédure de traitement des réclamations de ce professionnel.
statement-no-court = Aucune juridiction n’est saisie de ce litige.
statement-not-examined = Ce litige n’a pas été examiné et n’est pas en cours d’examen par un autre médiateur ni par un tribunal.

## Les pièces jointes

attachment-step = Copie de { $voice ->
    [representative] { $kind ->
        [escalation] sa demande de réexamen
        [mediation] sa demande de médiation
        [authority] son signalement
       *[complaint] sa réclamation
    }
    [company] { $kind ->
        [escalation] notre demande de réexamen
        [mediation] notre demande de médiation
        [authority] notre signalement
       *[complaint] notre réclamation
    }
   *[own] { $kind ->
        [escalation] ma demande de réexamen
        [mediation] ma demande de médiation
        [authority] mon signalement
       *[complaint] ma réclamation
    }
} du { $date }{ $proof }
proof-registered = { $country ->
    [BE] et de la preuve de dépôt de l’envoi recommandé
   *[FR] et de l’avis de réception
}
attachment-chat = Copie de l’échange par messagerie du { $date }
attachment-holding = Copie de la lettre d’attente du { $date }
attachment-answer = Copie de la réponse du { $date }{ $reference }
attachment-mandate = Mandat { $of_complainant } du { $date }
