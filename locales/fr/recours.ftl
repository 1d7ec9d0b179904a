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
