# Les messages de recours lui-même, en français : erreurs, avertissements, résumés, l'entretien
# de `recours new` et l'aide de la ligne de commande. Les mêmes identifiants existent dans
# nl/recours.ftl et en/recours.ftl ; un test nomme tout identifiant qui manque à une langue.
#
# Les valeurs ($nom) arrivent déjà écrites : dates, montants et chemins.

## Comment un message s'affiche

shown-error = erreur : { $message }
shown-warning = avertissement : { $message }
line-expected = attendu : { $text }
line-help = aide : { $text }
line-hint = indice : { $text }

## Fichiers illisibles ou impossibles à écrire

read-failed = impossible de lire { $path } : { $reason }
read-not-found = ce fichier n'existe pas
read-permission = accès refusé
read-is-folder = c'est un dossier
read-not-text = ce n'est pas du texte (UTF-8)
write-failed = impossible d'écrire { $path } : { $reason }
write-permission = accès refusé : cet utilisateur ne peut pas écrire dans le dossier { $folder }
    .help = choisissez un autre dossier de sortie, ou demandez le droit d'écrire dans celui-ci
write-read-only = le dossier { $folder } est sur un système de fichiers en lecture seule
    .help = choisissez un autre dossier de sortie
write-no-folder = le dossier { $folder } n'existe pas
    .help = créez-le d'abord, ou choisissez un autre dossier de sortie
write-file-in-the-way = { $file } est un fichier, à l'endroit où il faut un dossier
    .help = choisissez un autre dossier de sortie, ou déplacez le fichier { $file }
write-file-not-folder = { $path } est un fichier, et il faut ici un dossier
    .help = donnez un dossier (il est créé au besoin), par exemple -o lettres/
write-is-folder = { $path } est un dossier
    .help = donnez un nom de fichier qui finit par .pdf
write-no-space = plus de place pour l'écrire dans { $folder }
    .help = libérez de la place, ou choisissez un autre dossier de sortie
would-overwrite = { $path } existe déjà avec un autre contenu ; une lettre déjà envoyée est une preuve, elle est donc gardée
    .help = si cette lettre n'a jamais été envoyée (un brouillon que vous corrigez), ajoutez --force pour la remplacer — ou, pendant la rédaction, laissez `recours watch` réécrire un aperçu à chaque enregistrement ; si elle a été envoyée, gardez-la et écrivez la nouvelle ailleurs avec -o
sent-letter-kept = { $path } contient une lettre du niveau { $level }, que l'historique du dossier note comme envoyée le { $sent } : c'est une preuve, elle n'est jamais remplacée, pas même avec --force
    .help = écrivez la nouvelle lettre ailleurs avec -o (par exemple -o { $suggestion })
case-file-exists = { $path } existe ; choisissez un autre nom avec -o, ou supprimez-le
file-exists = { $path } existe ; rien n'a été écrit
    .help = { $help }
port-in-use = le port { $port } de 127.0.0.1 est déjà pris (un autre aperçu ?)
    .help = donnez-en un autre avec --port, par exemple --port { $next }, ou --port 0 pour prendre n'importe quel port libre

## Mise en page

typesetting-failed = la mise en page a échoué
markup-place = balisage produit, ligne { $line }, colonne { $column }
typesetter-fault = le moteur de mise en page s'est arrêté sur une erreur interne en composant cette lettre ({ $detail }) ; rien n'a été écrit
    .help = cherchez des caractères inhabituels dans les textes du dossier (les faits, les demandes) et retirez-les ; merci de signaler le cas, ses textes rendus anonymes

## Recevabilité

not-admissible-yet = { $case } : { $level } n'est pas encore recevable : { $reason } ; il le sera à partir du { $from }
    .help = `recours check { $case }` montre la chronologie ; --force écrit la lettre quand même
not-admissible = { $case } : { $level } n'est pas recevable : { $reason }
    .help = --force écrit la lettre quand même

## Ce que `check` dit d'un dossier

channel-phone = téléphone
channel-email = courriel
channel-letter = courrier
channel-registered = lettre recommandée
channel-portal = formulaire en ligne
channel-chat = messagerie instantanée
channel-in-person = en personne
kind-complaint = réclamation
kind-escalation = recours interne
kind-mediation = médiation
kind-authority = autorité
verdict-admissible = recevable
verdict-admissible-since = recevable depuis le { $from }
verdict-not-yet = pas encore : recevable à partir du { $from }
verdict-not-yet-because = pas encore : recevable à partir du { $from }, car { $because }
verdict-not-admissible = pas recevable : { $rule }
check-verdict-line = { $case } : valide — ensuite : niveau { $level } { $id } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 avertissement (`recours check { $case }` le montre)
   *[other] { $count } avertissements (`recours check { $case }` les montre)
}
check-valid = { $case } : valide — { $institution } ({ $name }, { $country })
check-evaluated-on = évalué au { $date }
check-steps-taken = démarches faites :
check-no-step = aucune
check-step = niveau { $level } { $id } ({ $kind }), { $channel }
check-step-tracking = {" "}n° { $tracking }
check-step-reference = , réf. { $reference }
check-step-received = , reçu le { $date }
check-answered = réponse du { $date }
check-holding-letter = lettre d'attente du { $date } : le délai plus long s'applique
check-answer-due-from = réponse attendue au plus tard le { $due } ({ $deadline } à compter de { $from })
check-answer-due = réponse attendue au plus tard le { $due } ({ $deadline })
check-no-deadline = aucun délai de réponse connu
check-deadline-status = { $deadline } : { $status }
status-answered = répondu
status-answered-late = répondu après le délai
status-waiting = pas encore de réponse, le délai court
status-lapsed = pas de réponse, le délai est écoulé
status-unanswered = pas de réponse
check-next = ensuite : niveau { $level } { $id } ({ $kind })
check-envelope = à, tel que l'enveloppe le montrera :
check-envelope-from-case = à, tel que l'enveloppe le montrera (l'adresse que le dossier donne dans letter.recipient_address) :
check-if-sent-from = envoyée le { $date }, elle doit recevoir réponse au plus tard le { $due } (à compter de { $from })
check-if-sent = envoyée le { $date }, elle doit recevoir réponse au plus tard le { $due }
check-warnings = avertissements :

## Si un niveau peut être franchi, et quand

warn-card-payment-late = le paiement par carte du { $payment } a été débité il y a plus de 13 mois (limite : { $limit }) : un paiement non autorisé ne peut plus être contesté auprès de la banque (Code monétaire et financier L133-24)
warn-card-payment = un paiement par carte non autorisé débité le { $payment } doit être contesté auprès de la banque au plus tard le { $limit } (13 mois, Code monétaire et financier L133-24)
warn-not-registered = le niveau { $level } de { $institution } ne s'atteint que par lettre recommandée ; la démarche du { $date } est passée par un autre moyen et peut ne pas être prise en compte
warn-holding-letter-unknown = la démarche du { $date } note une lettre d'attente du { $holding }, mais aucune source ne donne le délai plus long du niveau { $level } de { $institution } : son délai de réponse est inconnu
warn-early-step = la démarche du { $date } (niveau { $level }) a été faite avant la fin du délai de la démarche du { $before } (niveau { $before_level } ; { $due }, { $deadline } à compter de { $from }) et sans sa réponse : le destinataire peut estimer qu'elle est venue trop tôt
warn-business-rule = ; { $recipient } reçoit la réclamation d'un professionnel après { $wait } sans réponse ({ $basis })
warn-consumers-only = le niveau { $level } de { $institution } est ouvert aux consommateurs ({ $basis }), et la personne qui se plaint est un professionnel{ $business_rule }
basis-mediator-conditions = les conditions du médiateur
refuse-court-seized = un tribunal est déjà saisi de ce litige (dispute.court_action), et un médiateur se retire alors ({ $basis })
refuse-no-written-complaint = aucune réclamation écrite n'a été adressée à { $institution } auparavant : un appel, une messagerie ou une visite n'en est pas une ({ $basis }) ; écrivez d'abord à { $institution } et notez-le dans l'historique
refuse-year = la dernière réclamation écrite, du { $last }, date de plus d'un an (la saisine devait se faire au plus tard le { $due } ; { $basis })
warn-year = la dernière réclamation écrite, du { $last }, date de plus d'un an (la saisine devait se faire au plus tard le { $due } ; { $basis }) : le médiateur peut refuser le dossier
warn-year-unsettled = un an après la réclamation écrite ({ $basis }) : compté depuis la première réclamation écrite, du { $first }, l'année a pris fin le { $first_end } ; compté depuis la dernière, du { $last }, elle prend fin le { $last_end }. Le point de départ n'est pas tranché : le médiateur peut refuser le dossier
opens-own-wait = aucune réponse n'est venue dans les { $wait } à compter de { $start }, et ce délai court jusqu'au { $until }
opens-after-deadline = la démarche du { $date } (niveau { $level }) est sans réponse et son délai de réponse de { $deadline } à compter de { $start } court jusqu'au { $until }
warn-taken-after-lapse = la démarche du { $date } (niveau { $level }) a été faite après la fin de son délai de { $deadline } à compter de { $start } ({ $due }) ; aucune source ne lui donne de délai propre : le destinataire peut s'attendre à avoir eu le temps de répondre
opens-business-wait = un professionnel attend { $wait } sans réponse après sa réclamation écrite du { $date } ({ $start }) avant de saisir le médiateur
warn-month-asked = une lettre de recours demande une réponse dans le mois de sa réception : pour la démarche du { $date } (niveau { $level }), ce mois court de { $start } jusqu'au { $until } ; écrit avant le { $opens }, le niveau { $next } peut être renvoyé à l'établissement
warn-no-deadline-known = aucun délai de réponse n'est connu pour les démarches faites et aucune n'a reçu de réponse : le destinataire peut vous demander d'attendre d'abord une réponse
start-sending = l'envoi du { $day }
start-receipt-assumed = la réception, supposée le { $day }
start-receipt = la réception du { $day }
start-unknown-assumed = un point de départ que sa source ne donne pas, pris comme la réception supposée du { $day }
start-unknown = un point de départ que sa source ne donne pas, pris comme la réception du { $day }
start-first-written = la première réclamation écrite, du { $day }
start-first-complaint = la première réclamation, du { $day }
warn-assumed-receipt = la démarche du { $date } ne note pas de date de réception : elle est supposée reçue le { $received } ({ $days } jours ouvrés après l'envoi, le délai habituel de la poste compté largement), et son délai est donc pris comme finissant le { $due }. Notez `received:` d'après l'avis de réception pour la date exacte

## Identifiants et dates

card-not-digits = le numéro de carte contient d'autres caractères que des chiffres et des séparateurs (espaces, points, tirets, barres obliques)
card-length = le numéro de carte a { $count } chiffres ; une carte de paiement en a de 13 à 19
card-luhn = le numéro de carte finissant par { $last_four } échoue à sa clé de Luhn (ISO/IEC 7812-1) : un chiffre est faux ou manque
register-not-digits = le numéro de registre national contient d'autres caractères que des chiffres, des points et des tirets
register-length = le numéro de registre national a { $count } chiffres ; il en a 11 (AA.MM.JJ-SSS.CC)
register-check = le numéro de registre national échoue à son contrôle (les deux derniers chiffres sont 97 moins les neuf premiers modulo 97)
fixed-digits-count = il a { $count } chiffres
fixed-digits-not-digits = il contient d'autres caractères que des chiffres
date-day-first = `{ $text }` n'est pas une date écrite AAAA-MM-JJ : écrivez { $iso }
date-not-iso = `{ $text }` n'est pas une date écrite AAAA-MM-JJ (par exemple 2026-07-02)
date-no-month = `{ $text }` n'est pas une date : il n'y a pas de mois { $month }
date-month-days = `{ $text }` n'est pas une date : ce mois a { $days } jours
amount-not-yaml = `{ $text }` n'est pas un nombre tel que YAML l'écrit : écrivez { $amount }
amount-not-number = `{ $text }` n'est pas un montant : écrivez un nombre d'euros, par exemple 45.00

## recours new : l'entretien

new-no-terminal = `recours new` pose ses questions dans un terminal, et aucun n'est relié
    .help = pour écrire un dossier sans questions, utilisez `recours init --institution ID`, puis complétez-le
new-interrupted = interrompu : aucun fichier n'a été écrit
new-welcome = Quelques questions, et recours écrit votre dossier { $file }. Ctrl-C arrête à tout moment sans rien écrire.
new-required = une réponse est nécessaire ici
new-optional = facultatif : Entrée pour passer
new-select-help = ↑↓ pour vous déplacer, Entrée pour choisir, tapez pour filtrer
new-yes = oui
new-no = non
new-another = { $question } (une autre ; Entrée sur une ligne vide pour finir)
new-date-help = AAAA-MM-JJ, l'année d'abord : 2026-07-12 pour le 12 juillet 2026
new-date-future = cette date est après aujourd'hui ({ $today })
new-institution = Contre quel établissement est votre réclamation ?
new-clinic = Une clinique juridique ou une association agit-elle pour la personne (avec un mandat écrit) ?
new-clinic-name = Le nom de la clinique ou de l'association
new-whose-clinic = adresse de la clinique
new-whose-complainant = votre adresse
new-whose-recipient = adresse du destinataire
new-street = Numéro et rue ({ $whose })
new-town = Code postal et localité ({ $whose })
new-clinic-mandate = La date du mandat écrit
new-clinic-reference = La référence de la clinique pour ce dossier (facultatif)
new-clinic-email = L'adresse électronique de la clinique (facultatif)
new-civility = Comment la lettre doit-elle nommer la personne ?
new-civility-none = ni l'un ni l'autre
new-name = Prénom et nom de la personne qui se plaint
new-audience = La personne agit-elle comme particulier ou pour une entreprise ?
new-consumer = comme particulier (consommateur)
new-business = pour une entreprise
new-email = Adresse électronique de la personne
new-product = Le produit ou le contrat en cause (par exemple « Carte Gold American Express », « prêt personnel n° … »)
new-ref-file-number = Le numéro de dossier
new-ref-file-number-digits = Le numéro de dossier ({ $digits } chiffres)
new-ref-contract-number = Le numéro de contrat
new-ref-member-number = Le numéro d'adhérent
new-ref-card-number = Le numéro de carte (seuls ses 4 derniers chiffres sont imprimés)
new-ref-national-register = Le numéro de registre national (AA.MM.JJ-SSS.CC)
new-ref-digits = le numéro de dossier a { $digits } chiffres ; { $problem }
new-need-required = exigé par l'établissement
new-need-one-of = celui-ci ou une autre référence est exigé : Entrée pour passer
new-need-advised = conseillé : Entrée pour passer
new-need-optional = facultatif : Entrée pour passer
new-subject = L'objet de la réclamation, en quelques mots (il devient l'« Objet » de la lettre)
new-facts = Ce qui s'est passé : un paragraphe (dates, montants)
new-facts-help = un paragraphe par réponse ; Entrée sur une ligne vide pour finir
new-demands = Ce que vous demandez
new-demands-help = une demande par réponse ; Entrée sur une ligne vide pour finir
new-amount = Le montant en litige, en euros (facultatif)
new-amount-help = par exemple 45.00 ; Entrée pour passer
new-history-first = Avez-vous déjà contacté { $institution } à ce sujet (appel, courrier, courriel…) ?
new-history-more = Une autre démarche déjà faite auprès de { $institution } ou de son médiateur ?
new-level = niveau { $level } : { $id }
new-history-level = À quel niveau de la procédure était-ce ?
new-history-date = À quelle date ?
new-history-channel = Par quel moyen ?
new-history-tracking = Le numéro du recommandé (facultatif)
new-history-answered = Une réponse est-elle arrivée ?
new-history-answer-date = La date de la réponse
new-history-answer-summary = Ce qu'elle disait, en quelques mots (facultatif)
new-recipient-name = À qui la première lettre doit-elle aller (le nom sur votre contrat ou sur les courriers reçus) ?
new-recipient-help = aucune source ne donne l'adresse postale de ce destinataire : recours ne l'invente pas
new-written = Dossier écrit : { $file }
new-render-now = Écrire la lettre maintenant ?
new-render-later = quand vous serez prêt : recours render { $file }

## Ce que dit `render`

render-forced-not-yet = le niveau { $level } n'est pas recevable avant le { $from } ({ $because }) ; écrit quand même (--force)
render-forced-not-admissible = le niveau { $level } n'est pas recevable ({ $rule }) ; écrit quand même (--force)
render-replaced-warning = { $path } contenait une autre lettre ; remplacée (--force)
render-wrote = écrit : { $path }
render-replaced = remplacé : { $path }
render-unchanged = inchangé (la même lettre y est déjà) : { $path }
render-summary = { $institution } niveau { $level } ({ $kind }), à { $recipient } ; { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
route-registered = par lettre recommandée avec avis de réception
route-post = par la poste
route-email-draft = le brouillon { $draft } depuis votre messagerie, à { $address }
route-email = par courriel à { $address } : `recours render { $case } --email` écrit le brouillon
route-form = par le formulaire en ligne{ $place } : `recours render { $case } --format text` affiche ce qu'il demande ; joignez le PDF
route-form-at = {" "}à l'adresse { $address }
route-send = envoi : { $how }
route-or = ou : { $how }
render-envelope = enveloppe :
render-envelope-from-case = enveloppe (l'adresse que le dossier donne dans letter.recipient_address) :

## Ce qu'un niveau demande

advice-level-first = conseil, pas une condition : { $institution } conseille de passer par le niveau { $advised } ({ $name }) avant le niveau { $level } ({ $id }) — { $basis }
advice-reference = conseil, pas une condition : { $institution } demande le { $noun } (`references.{ $key }`) pour traiter rapidement la lettre ; le dossier ne le donne pas{ $basis }
reference-required = { $institution } niveau { $level } ({ $id }) demande le { $noun }, que le dossier ne donne pas{ $basis }
reference-required-help = ajoutez `{ $key }:` sous `references`
reference-one-of-help = ajoutez l'une de ces clés sous `references` : { $keys }
reference-or-the = {" "}ou le{" "}
reference-or = {" "}ou{" "}
noun-file-number = numéro de dossier
noun-contract-number = numéro de contrat
noun-member-number = numéro d’adhérent
noun-card-number = numéro de carte
noun-national-register = numéro de registre national
