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
sent-letter-kept = { $path } contient une lettre du niveau { $level }, que l'historique du dossier note comme envoyée le { DATE($sent) } : c'est une preuve, elle n'est jamais remplacée, pas même avec --force
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

level-of-institution = le niveau { $level } { ELIDE("de", $institution) } ({ $recipient })
not-admissible-yet = { $case } : { $level } n'est pas encore recevable : { $reason } ; il le sera à partir du { DATE($from) }
    .help = `recours check { $case }` montre la chronologie ; --force écrit la lettre quand même
not-admissible = { $case } : { $level } n'est pas recevable : { $reason }
    .help = le destinataire refuse un tel dossier, quelle que soit la lettre : `recours check { $case }` montre la chronologie et ce qui manque au dossier

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
deadline-words = { $unit ->
    [months] { $count ->
        [one] un mois
       *[other] { $count } mois
    }
    [days] { $count ->
        [one] un jour
       *[other] { $count } jours
    }
    [working-days] { $count ->
        [one] un jour ouvrable
       *[other] { $count } jours ouvrables
    }
   *[business-days] { $count ->
        [one] un jour ouvré
       *[other] { $count } jours ouvrés
    }
}
verdict-admissible = recevable
verdict-admissible-since = recevable depuis le { DATE($from) }
verdict-not-yet = pas encore : recevable à partir du { DATE($from) }
verdict-not-yet-because = pas encore : recevable à partir du { DATE($from) }, car { $because }
verdict-not-admissible = pas recevable : { $rule }
check-verdict-line = { $case } : valide — ensuite : niveau { $level } ({ $kind }), { $verdict }
check-warning-count = { $count ->
    [one] 1 avertissement (`recours check { $case }` le montre)
   *[other] { $count } avertissements (`recours check { $case }` les montre)
}
check-valid = { $case } : valide — { $institution } ({ $name }, { $country })
check-evaluated-on = évalué au { DATE($date) }
check-steps-taken = démarches faites :
check-no-step = aucune
check-step = niveau { $level } ({ $kind }), { $channel }
check-step-tracking = {" "}n° { $tracking }
check-step-reference = , réf. { $reference }
check-step-received = , reçu le { DATE($date) }
check-answered = réponse du { DATE($date) }
check-answer-summary = {" "}: { $summary }
check-holding-letter = lettre d'attente du { DATE($date) } : le délai plus long s'applique
check-answer-due-from = réponse attendue au plus tard le { DATE($due) } ({ $deadline } à compter { ELIDE("de", $from) })
check-answer-due = réponse attendue au plus tard le { DATE($due) } ({ $deadline })
check-no-deadline = aucun délai de réponse connu
check-answer-asked = aucun délai de réponse ne court selon les sources ; la lettre a demandé une réponse au plus tard le { DATE($due) } (un mois à compter { ELIDE("de", $from) })
check-deadline-status = { $deadline } : { $status }
status-answered = répondu
status-answered-late = répondu après le délai
status-waiting = pas encore de réponse, le délai court
status-lapsed = pas de réponse, le délai est écoulé
status-unanswered = pas de réponse
check-next = ensuite : niveau { $level } ({ $kind })
check-envelope = à, tel que l'enveloppe le montrera :
check-envelope-from-case = à, tel que l'enveloppe le montrera (l'adresse que le dossier donne dans letter.recipient_address) :
check-by-email = par courriel seulement (le niveau ne s'atteint pas autrement), à :
check-if-sent-from = envoyée le { DATE($date) }, elle doit recevoir réponse au plus tard le { DATE($due) } (à compter { ELIDE("de", $from) })
check-if-sent-lapsed = le délai de réponse, compté à partir { ELIDE("de", $from) }, a déjà pris fin le { DATE($due) } : envoyée le { DATE($date) }, la lettre demande une réponse dans le mois qui suit sa réception, et le niveau suivant attend ce mois
check-if-sent = envoyée le { DATE($date) }, elle doit recevoir réponse au plus tard le { DATE($due) }
check-warnings = avertissements :

## Si un niveau peut être franchi, et quand

warn-card-payment-late = le paiement par carte du { $payment } a été débité il y a plus de 13 mois (limite : { $limit }) : un paiement non autorisé ne peut plus être contesté auprès de la banque (Code monétaire et financier L133-24)
warn-card-payment = un paiement par carte non autorisé débité le { $payment } doit être contesté auprès de la banque au plus tard le { $limit } (13 mois, Code monétaire et financier L133-24)
warn-not-registered = le niveau { $level } { ELIDE("de", $institution) } ne s'atteint que par lettre recommandée ; la démarche du { DATE($date) } est passée par un autre moyen et peut ne pas être prise en compte
warn-holding-letter-unknown = la démarche du { DATE($date) } note une lettre d'attente du { DATE($holding) }, mais aucune source ne donne le délai plus long du niveau { $level } { ELIDE("de", $institution) } : son délai de réponse est inconnu
warn-early-step = la démarche du { DATE($date) } (niveau { $level }) a été faite avant la fin du délai de la démarche du { DATE($before) } (niveau { $before_level } ; { DATE($due) }, { $deadline } à compter { ELIDE("de", $from) }) et sans sa réponse : le destinataire peut estimer qu'elle est venue trop tôt
warn-business-rule = ; { $recipient } reçoit la réclamation d'un professionnel après { $wait } sans réponse ({ $basis })
warn-consumers-only = le niveau { $level } { ELIDE("de", $institution) } est ouvert aux consommateurs ({ $basis }), et la personne qui se plaint est un professionnel{ $business_rule }
basis-mediator-conditions = les conditions du médiateur
refuse-court-seized = un tribunal est déjà saisi de ce litige (dispute.court_action), et un médiateur se retire alors ({ $basis })
refuse-no-written-complaint = aucune réclamation écrite n'a été adressée à { $institution } auparavant : un appel, une messagerie ou une visite n'en est pas une ({ $basis }) ; écrivez d'abord à { $institution } et notez-le dans l'historique
refuse-year = la dernière réclamation écrite, du { DATE($last) }, date de plus d'un an (la saisine devait se faire au plus tard le { DATE($due) } ; { $basis })
warn-year = la dernière réclamation écrite, du { DATE($last) }, date de plus d'un an (la saisine devait se faire au plus tard le { DATE($due) } ; { $basis }) : le médiateur peut refuser le dossier
warn-year-unsettled = un an après la réclamation écrite ({ $basis }) : compté depuis la première réclamation écrite, du { DATE($first) }, l'année a pris fin le { DATE($first_end) } ; compté depuis la dernière, du { DATE($last) }, elle prend fin le { DATE($last_end) }. Le point de départ n'est pas tranché : le médiateur peut refuser le dossier
opens-own-wait = aucune réponse n'est venue dans les { $wait } à compter { ELIDE("de", $start) }, et ce délai court jusqu'au { DATE($until) }
opens-after-deadline = la démarche du { DATE($date) } (niveau { $level }) est sans réponse et son délai de réponse { ELIDE("de", $deadline) } à compter { ELIDE("de", $start) } court jusqu'au { DATE($until) }
opens-business-wait = un professionnel attend { $wait } sans réponse après sa réclamation écrite du { DATE($date) } ({ $start }) avant de saisir le médiateur
opens-month-asked = la démarche du { DATE($date) } (niveau { $level }) demande une réponse dans le mois qui suit sa réception, soit à compter { ELIDE("de", $start) } jusqu'au { DATE($until) } ; aucune règle écrite n'impose d'attendre ce mois, mais c'est la pratique : écrit avant le { DATE($opens) }, le niveau { $next } peut être renvoyé à l'établissement (--force l'écrit quand même)
warn-no-deadline-known = aucun délai de réponse n'est connu pour les démarches faites et aucune n'a reçu de réponse : le destinataire peut vous demander d'attendre d'abord une réponse
warn-email-not-ascii = l'adresse { $address } contient une lettre accentuée : le brouillon l'écrit telle quelle, en UTF-8 comme le prévoit la RFC 6532, mais beaucoup de serveurs de messagerie la refusent ; vérifiez auprès du destinataire si l'adresse n'est pas { $ascii }
start-sending = l'envoi du { DATE($day) }
start-receipt-assumed = la réception, supposée le { DATE($day) }
start-receipt = la réception du { DATE($day) }
start-unknown-assumed = un point de départ que sa source ne donne pas, pris comme la réception supposée du { DATE($day) }
start-unknown = un point de départ que sa source ne donne pas, pris comme la réception du { DATE($day) }
start-first-written = la première réclamation écrite, du { DATE($day) }
start-first-complaint = la première réclamation, du { DATE($day) }
warn-assumed-receipt = la démarche du { DATE($date) } ne note pas de date de réception : elle est supposée reçue le { DATE($received) } ({ $days } jours ouvrés après l'envoi, le délai habituel de la poste compté largement), et son délai est donc pris comme finissant le { DATE($due) }. Notez `received:` d'après l'avis de réception pour la date exacte

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
new-canceled = <annulé>
new-esc = Échap : que voulez-vous faire ?
new-esc-back = Revenir à la question précédente
new-esc-resume = Reprendre cette question
new-esc-give-up = Tout abandonner (aucun fichier n'est écrit)
new-welcome = Quelques questions, et recours écrit votre dossier { $file }. Échap revient à la question précédente ou abandonne ; Ctrl-C arrête à tout moment sans rien écrire.
new-required = une réponse est nécessaire ici
new-optional = facultatif : Entrée pour passer
new-select-help = ↑↓ pour vous déplacer, Entrée pour choisir, tapez pour filtrer
new-yes = oui
new-no = non
new-another = { $question } (une autre ; Entrée sur une ligne vide pour finir)
new-date-help = AAAA-MM-JJ ou JJ/MM/AAAA : 2026-07-12 ou 12/07/2026 pour le 12 juillet 2026
new-date-future = cette date est après aujourd'hui ({ DATE($today) })
new-read-as = lu : { $read }
new-institution = Contre quel établissement est votre réclamation ?
new-clinic = Une clinique juridique ou une association agit-elle pour la personne (avec un mandat écrit) ?
new-clinic-name = Le nom de la clinique ou de l'association
new-whose-clinic = adresse de la clinique
new-whose-complainant = { $clinic ->
    [yes] l'adresse de votre client·e
   *[no] votre adresse
}
new-whose-recipient = adresse du destinataire
new-street = Numéro et rue ({ $whose })
new-town = Code postal et localité ({ $whose })
new-clinic-mandate = La date du mandat écrit
new-clinic-reference = La référence de la clinique pour ce dossier (facultatif)
new-clinic-email = L'adresse électronique de la clinique (facultatif)
new-clinic-signatory = Qui signe pour la clinique : prénom et nom (facultatif)
new-clinic-role = Sa fonction (« juriste », « étudiante ») (facultatif)
new-civility = { $clinic ->
    [yes] Comment la lettre doit-elle nommer votre client·e ?
   *[no] Comment la lettre doit-elle nommer la personne ?
}
new-civility-none = ni l'un ni l'autre
new-name = { $clinic ->
    [yes] Prénom et nom de votre client·e
   *[no] Prénom et nom de la personne qui se plaint
}
new-audience = { $clinic ->
    [yes] Votre client·e agit-il/elle comme particulier ou pour une entreprise ?
   *[no] La personne agit-elle comme particulier ou pour une entreprise ?
}
new-consumer = comme particulier (consommateur)
new-business = pour une entreprise
new-email = { $clinic ->
    [yes] Adresse électronique de votre client·e
   *[no] Adresse électronique de la personne
}
new-product = Le produit ou le contrat en cause (par exemple « Carte Gold American Express », « prêt personnel n° … »)
new-ref-file-number = Le numéro de dossier
new-ref-file-number-digits = Le numéro de dossier ({ $digits } chiffres)
new-ref-contract-number = Le numéro de contrat
new-ref-member-number = Le numéro d'adhérent
new-ref-card-number = Le numéro de carte (seuls ses 4 derniers chiffres sont imprimés)
new-ref-national-register = Le numéro de registre national (AA.MM.JJ-SSS.CC)
new-ref-digits = le numéro de dossier a { $digits } chiffres ; { $problem }
new-need-required = exigé par l'établissement
new-ref-which = { $names } : lequel avez-vous ? L'établissement demande l'un d'eux
new-ref-or = {" ou "}
new-ref-all = { $count ->
    [2] Les deux
   *[other] Tous
}
new-need-advised = conseillé : Entrée pour passer
new-need-optional = facultatif : Entrée pour passer
new-subject = L'objet de la réclamation, en quelques mots (il devient l'« Objet » de la lettre)
new-facts = Ce qui s'est passé : un paragraphe (dates, montants)
new-facts-help = { $clinic ->
    [yes] un paragraphe par réponse, à la troisième personne (« Mme Dubois a… ») ; Entrée sur une ligne vide pour finir
   *[no] un paragraphe par réponse ; Entrée sur une ligne vide pour finir
}
new-demands = { $clinic ->
    [yes] Ce que votre client·e demande
   *[no] Ce que vous demandez
}
new-demands-help = une demande par réponse ; Entrée sur une ligne vide pour finir
new-amount = Le montant en litige, en euros (facultatif)
new-amount-help = par exemple 45.00 ; Entrée pour passer
new-history-first = Avez-vous déjà contacté { $institution } à ce sujet (appel, courrier, courriel…) ?
new-history-more = Une autre démarche déjà faite auprès { ELIDE("de", $institution) } ou de son médiateur ?
new-level = niveau { $level } : { $recipients } ({ $kind })
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

render-forced-not-yet = le niveau { $level } n'est pas recevable avant le { DATE($from) } ({ $because }) ; écrit quand même (--force)
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
render-by-email = par courriel seulement (le niveau ne s'atteint pas autrement), à :

## Ce qu'un niveau demande

advice-level-first = conseil, pas une condition : { $institution } conseille de passer par le niveau { $advised } ({ $name }) avant le niveau { $level } ({ $kind }) — { $basis }
advice-reference = conseil, pas une condition : { $institution } demande le { $noun } (`references.{ $key }`) pour traiter rapidement la lettre ; le dossier ne le donne pas{ $basis }
reference-required = { $institution } niveau { $level } ({ $kind }) demande le { $noun }, que le dossier ne donne pas{ $basis }
reference-required-help = ajoutez `{ $key }:` sous `references`
reference-one-of-help = ajoutez l'une de ces clés sous `references` : { $keys }
reference-or-the = {" "}ou le{" "}
reference-or = {" "}ou{" "}
noun-file-number = numéro de dossier
noun-contract-number = numéro de contrat
noun-member-number = numéro d’adhérent
noun-card-number = numéro de carte
noun-national-register = numéro de registre national

## La lecture du dossier (YAML)

yaml-missing-key = la clé `{ $field }` manque
    .help = ajoutez `{ $field }:` ici ; voyez la référence du dossier dans README.md
yaml-did-you-mean = vouliez-vous dire `{ $near }` ?
yaml-not-accepted = `{ $value }` n'est pas une valeur acceptée
yaml-wrong-type = mauvais type : trouvé { $found }
yaml-invalid-value = valeur invalide : { $found }
yaml-duplicate-key = la clé `{ $key }` est donnée deux fois
yaml-duplicate = une clé est donnée deux fois
    .help = gardez-en une seule
yaml-invalid = ce n'est pas du YAML valide : { $detail }
    .help = vérifiez l'indentation et les guillemets autour de cette ligne
yaml-unknown-key = clé inconnue `{ $field }`
    .help = supprimez la clé ou déplacez-la là où elle va ; les clés inconnues sont refusées pour qu'aucune donnée ne soit perdue sans bruit
yaml-unknown-key-near = vouliez-vous dire `{ $near }` ? Les clés inconnues sont refusées pour qu'aucune donnée ne soit perdue sans bruit
yaml-amount-help = YAML lit « 45,00 » comme un texte : écrivez les euros avec un point, sans espace ni « € »
yaml-tab = une tabulation indente cette ligne, et YAML n'indente qu'avec des espaces
    .help = remplacez la tabulation par des espaces, autant que sur les lignes voisines (deux par niveau)
yaml-empty-list = une liste vide
yaml-empty-mapping = un ensemble de clés vide
yaml-empty-then-items = `{ $mark }` ({ $what }) est toute la valeur de sa clé, et des éléments le suivent à la ligne { $line }
    .help = supprimez ce `{ $mark }` puisque les éléments en dessous donnent la valeur
yaml-quote-not-closed = le guillemet ouvert ici n'est pas refermé sur sa ligne : YAML lit la suite du fichier comme la suite de ce texte
    .help = ajoutez le guillemet fermant « " » à la fin du texte, sur cette ligne
yaml-extra-indent = cette ligne est indentée { $count ->
    [one] d'une espace
   *[other] de { $count } espaces
} de plus que la clé au-dessus d'elle
    .help = alignez son début sur celui de la clé au-dessus (les clés d'un même bloc commencent à la même colonne)
yaml-colon = ce texte contient « : » suivi d'une espace, que YAML lit comme une nouvelle clé
    .help = mettez ce texte entre guillemets :
        {"        "}{ $quoted }
expected-date = une date écrite AAAA-MM-JJ, par exemple 2026-07-02
expected-amount = un nombre d'euros, par exemple 45.00
expected-bool = true ou false
expected-list = une liste, un élément par ligne commençant par `- `
expected-step = un numéro de niveau (1, 2, 3…) ou l'identifiant d'un niveau
expected-channel = l'un de `phone`, `email`, `letter`, `registered`, `portal`, `chat`, `in-person` (ou téléphone, courriel, courrier, lettre recommandée, formulaire, en personne)
expected-civility = `Madame` ou `Monsieur`
expected-type = `consumer` ou `business`
expected-country = `FR` ou `BE`
expected-text = un texte
expected-nothing = rien ici
expected-one-of = l'une de ces valeurs : { $list }
found-other = une autre sorte de valeur
found-list = une liste (ou un bloc sous la clé)
found-mapping = un ensemble de clés
case-empty = c'est vide
case-not-accepted = { $shown } n'est pas une valeur acceptée
found-a-list = une liste
found-nothing = rien
case-too-large = le fichier fait { $size } Kio ; un dossier fait au plus { $max } Kio
    .help = un dossier ne contient que du texte : nommez les documents dans `attachments`, ne les collez pas
case-not-utf8 = le fichier n'est pas du texte UTF-8 (à partir de l'octet { $byte })
    .help = enregistrez le dossier en UTF-8

## Adresses

block-recipient = le bloc du destinataire
block-sender = le bloc de l'expéditeur
address-lines = { $what } a { $count } lignes ; La Poste et bpost en demandent { $max } au plus
address-line-long = { $what } : la ligne { $number } (« { $line } ») a { $length } caractères ; La Poste et bpost en demandent { $max } au plus
address-overflow = { $what } prend { $shown } lignes de la lettre une fois les longues lignes coupées, et la fenêtre de l'enveloppe en contient { $window } : il ne se verrait pas dans la fenêtre
    .help = raccourcissez les lignes (abrégez « boulevard », « bâtiment »…) ou retirez-en une

## L'historique et les niveaux

letter-date-cli = { DATE($date) } (donnée avec --date)
letter-date-case = { DATE($date) } (letter.date)
letter-date-today = { DATE($date) } (aujourd'hui)
no-such-level = { $institution } n'a pas de niveau `{ $level }`
no-such-level-number = { $institution } n'a pas de niveau { $level }
one-of-levels = l'un des niveaux { $levels }
step-after-letter = cette démarche est datée du { DATE($date) }, après la date de la lettre, { $letter }
    .help = une lettre ne peut citer que des démarches déjà faites : corrigez la date, ou datez la lettre plus tard avec `letter.date` ou --date
history-out-of-order = l'historique n'est pas dans l'ordre : cette démarche ({ DATE($date) }) vient après une autre datée du { DATE($before) }
    .help = listez les démarches de la plus ancienne à la plus récente
received-before-step = la démarche serait reçue le { DATE($on) }, avant d'avoir été faite ({ DATE($date) })
received-after-letter = la démarche serait reçue le { DATE($on) }, après la date de la lettre, { $letter }
answer-before-step = la réponse est datée du { DATE($answered) }, avant la démarche à laquelle elle répond ({ DATE($date) })
answer-after-letter = la réponse est datée du { DATE($answered) }, après la date de la lettre, { $letter }
holding-before-step = la lettre d'attente est datée du { DATE($on) }, avant la démarche à laquelle elle répond ({ DATE($date) })
    .help = donnez la date imprimée sur la lettre qui annonce le délai plus long
holding-after-letter = la lettre d'attente est datée du { DATE($on) }, après la date de la lettre, { $letter }
ladder-climbed = l'historique a franchi tous les niveaux { ELIDE("de", $institution) } ({ $levels }) : il n'y a pas de niveau suivant
    .help = pour écrire à nouveau l'une de ces lettres, nommez son niveau dans `letter.step` ou avec --step

## Les textes et les références du dossier

the-case = le dossier
card-in-text = { $place } : { $field } contient un numéro de carte ({ $masked }) ; la lettre l'imprime masqué ainsi — n'écrivez que ses quatre derniers chiffres, ou donnez-le dans `references.card_number`
name-empty = le nom est vide
    .help = écrivez le nom complet de la personne qui se plaint
address-empty = l'adresse est vide
    .expected = les lignes postales comme sur une enveloppe, la dernière « CODE LOCALITÉ »
subject-empty = l'objet est vide
    .help = dites en quelques mots de quoi il s'agit ; cela devient l'« Objet » de la lettre
facts-too-long = les faits font { $length } caractères ; une lettre en contient au plus { $max }
    .help = résumez les faits et joignez les longs documents en pièces jointes
facts-empty = les faits sont vides
    .expected = les faits en texte simple, les paragraphes séparés par une ligne vide
    .help = un médiateur ou un service réclamations décide sur les faits : dates, montants, ce qui ne va pas
demands-none = aucune demande n'est donnée
    .expected = une liste de ce qui est demandé, un élément chacun (par exemple - le remboursement de 45,00 €)
demand-empty = cette demande est vide
    .help = supprimez l'élément vide
representative-name-empty = le nom du représentant est vide
representative-address-empty = l'adresse du représentant est vide
placeholder-left = une valeur de `recours init` reste à compléter
    .help = remplacez « À COMPLÉTER … » par la valeur, ou supprimez la ligne si elle est facultative
file-number-digits = le numéro de dossier { ELIDE("de", $institution) } a { $digits } chiffres ; { $why }
    .expected = { $digits } chiffres, par exemple { $example }
    .help = recopiez-le d'un relevé ou d'un courrier de l'établissement
card-number = le numéro de carte
    .expected = les 13 à 19 chiffres imprimés sur la carte
    .help = recopiez le numéro depuis la carte ; la lettre n'imprime que ses quatre derniers chiffres
national-register = le numéro de registre national
    .expected = 11 chiffres écrits AA.MM.JJ-SSS.CC, comme au dos de la carte d'identité belge
    .help = recopiez le numéro depuis la carte d'identité

## Le destinataire et son adresse

recipient-unconfirmed = non confirmé : { $why } ; vérifiez { ELIDE("que", $recipient) } est compétent avant d'envoyer ({ $institution } niveau { $level })
its-website = son site
recipient-prefers-form = { $recipient } demande que les réclamations passent par son formulaire en ligne : { $form }. Déposez-y la saisine (le texte de la lettre peut y être collé, le PDF joint) ; ne l'envoyez par la poste que si le formulaire ne peut pas servir{ $basis }
recipient-businesses-only = `{ $id }` ne sert que les professionnels ; la personne qui se plaint est un consommateur{ $basis }
recipient-consumers-only = `{ $id }` ne sert que les consommateurs ; la personne qui se plaint est un professionnel (`complainant.type: business`){ $basis }
recipient-audience-help = supprimez `recipient:` pour écrire au destinataire qui sert la personne qui se plaint
no-such-recipient = le niveau { $level } ({ $kind }) { ELIDE("de", $institution) } n'a pas de destinataire `{ $recipient }`
address-known = le registre connaît l'adresse { ELIDE("de", $recipient) } ({ $institution } niveau { $level }) : « { $address } » ; une autre enverrait la lettre à quelqu'un d'autre sous son nom
    .expected = pas de `recipient_address` là où le registre connaît l'adresse
    .help = supprimez `recipient_address` pour écrire à l'adresse du registre ; si l'établissement a déménagé, corrigez une copie du registre et passez-la avec `--registry FICHIER` (`recours institutions --export FICHIER` en écrit une)
quote-not-opened = ce texte finit par un guillemet « " » qui n'a pas été ouvert : la lettre l'imprimerait tel quel
    .help = ajoutez le guillemet ouvrant au début du texte, ou retirez celui de la fin
address-no-postcode = la dernière ligne de l'adresse, « { $line } », n'est pas un code postal suivi de la localité
    .expected = une dernière ligne « CODE LOCALITÉ » : « 59000 Lille », « 1000 Bruxelles »
address-too-short = l'adresse du destinataire demande le nom et au moins une ligne postale
    .expected = les lignes comme sur une enveloppe, le nom d'abord, la dernière « CODE LOCALITÉ »
no-source-gives-it = aucune source ne la donne
address-unknown = l'adresse postale { ELIDE("de", $recipient) } ({ $institution } niveau { $level }, { $kind }) n'est pas connue : { $why }
    .help = recours n'invente jamais une adresse. Si vous l'avez par le contrat ou un courrier de l'établissement, donnez-la sous `letter:` comme `recipient_address:` (les lignes comme sur l'enveloppe, le nom d'abord)
    .help-email = recours n'invente jamais une adresse. Si vous l'avez par le contrat ou un courrier de l'établissement, donnez-la sous `letter:` comme `recipient_address:` (les lignes comme sur l'enveloppe, le nom d'abord) ; ou envoyez la lettre par courriel : `recours render --email` (avec `recipient_email:` là où aucune source ne donne l'adresse)
email-known = le registre connaît l'adresse électronique { ELIDE("de", $recipient) } ({ $institution } niveau { $level }) : { $known } ; une autre enverrait la lettre à quelqu'un d'autre sous son nom
    .expected = pas de `recipient_email` là où le registre connaît l'adresse
    .help = supprimez `recipient_email` ; si l'adresse a changé, corrigez une copie du registre et passez-la avec `--registry FICHIER`
email-not-address = « { $address } » n'est pas une adresse électronique
    .expected = une adresse comme reclamations@example.fr
email-unknown = l'adresse électronique { ELIDE("de", $recipient) } ({ $institution } niveau { $level }, { $kind }) n'est pas connue : aucune source ne la donne
    .help = recours n'invente jamais une adresse. Si vous l'avez par le contrat ou un message de l'établissement, donnez-la sous `letter:` comme `recipient_email:` ; ou retirez --email

unknown-institution = établissement inconnu `{ $id }`
    .help = `recours institutions` liste les établissements que recours connaît
unknown-institution-near = vouliez-vous dire `{ $near }` ? `recours institutions` les liste tous
unknown-institution-several = vouliez-vous dire l'un de ceux-ci : { $ids } ? `recours institutions` les liste tous
unknown-institution-body = { $name } est { $kind ->
    [mediator] un médiateur
    [authority] une autorité
   *[portal] une plateforme en ligne
}, pas un établissement : il se saisit au bout de l'échelle de l'établissement en cause, et recours écrit cette saisine depuis le dossier de cet établissement (recours init --institution …, puis render quand vient son tour) ; y mènent : { $institutions }
level-required = { $lead }le niveau { $level } ({ $kind }) { ELIDE("de", $institution) } vient après le niveau { $required } ({ $name }), qui n'est pas dans l'historique{ $basis }
    .help = passez d'abord par le niveau { $required }, ou notez-le dans `history` avec sa date et son moyen (une condition de la source : --force ne la lève pas)
level-required-answered = une réponse est arrivée dans le délai :{" "}
    .help = contestez d'abord la réponse au niveau { $required }
language-dutch-belgian = les lettres en néerlandais sont pour les établissements belges ; { $institution } est français
language-german-belgian = les lettres en allemand sont pour les établissements belges ; { $institution } est français
language-belgian = la langue de la lettre
    .help = supprimez `language` pour écrire en français
language-expected-belgian = `fr`, `nl` ou `de`
language-unknown = langue inconnue `{ $language }`
signature-expected = le chemin d'un fichier PNG ou JPEG dans le dossier du cas
letter-block-spent = l'historique note la lettre du niveau { $level } comme envoyée le { DATE($date) } (history[{ $index }]) : letter.{ $fields } { $count ->
    [one] ne s'applique plus ; supprimez-le
   *[other] ne s'appliquent plus ; supprimez-les
} de `letter:`, ou écrivez à nouveau cette lettre avec --step { $level }

## La signature scannée

signature-empty = le chemin de l'image de la signature est vide
signature-absolute = l'image de la signature est donnée par un chemin absolu ; elle n'est lue que dans le dossier du cas
signature-goes-up = le chemin de l'image de la signature sort du dossier du cas (`..`)
signature-missing = il n'y a pas de fichier { $path }
signature-link = { $path } est un lien vers un fichier hors du dossier du cas ; les liens qui en sortent ne sont pas suivis
signature-not-file = { $path } n'est pas un fichier
signature-too-large = { $path } fait { $size } octets ; une image de signature en fait au plus { $max }
signature-too-many-pixels = { $path } fait { $width } × { $height } pixels ; une image de signature en a au plus { $max } de chaque côté
signature-not-image = { $path } n'est pas une image PNG ou JPEG
signature-damaged = { $path } ne peut pas être lu comme une image : { $why }
signature-unreadable = impossible de lire { $path } : { $why }
signature-smaller = scannez la signature seule, ou enregistrez-la dans une résolution plus basse
signature-save-again = enregistrez à nouveau la signature scannée en PNG ou JPEG
signature-in-folder = mettez l'image dans le dossier du cas (ou un dossier à l'intérieur) et donnez son chemin depuis là, par exemple `signature.png`

## L'agenda

state-lapsing = expire bientôt
state-ready = prêt
state-blocked = bloqué
state-answer-due = réponse attendue
state-waiting = en attente
state-done = terminé
agenda-level = niveau { $level } ({ $kind })
agenda-blocked = { $name } : { $rule }
agenda-lapsing = { $window } ; ensuite : { $name }{ $ready ->
    [yes] , qui peut partir aujourd'hui
   *[no] {""}
}
agenda-waiting = { $name } peut partir à partir du { DATE($from) } : { $because }
agenda-answer-due = { $referral ->
    [yes] la saisine
   *[no] la démarche
} du { DATE($date) } (niveau { $level }) attend sa réponse { $requested ->
    [yes] dans le mois qu'elle a demandé, jusqu'au
   *[no] au plus tard le
} { DATE($due) } ; ensuite { $name }
agenda-ready = { $name } peut partir aujourd'hui{ $email ->
    [yes] , par courriel
   *[no] {""}
}
agenda-done-answered = niveau { $level } ({ $kind }), le dernier, envoyé le { DATE($sent) }, réponse du { DATE($answer) }
agenda-done-due = niveau { $level } ({ $kind }), le dernier, envoyé le { DATE($sent) } ; sa réponse est attendue au plus tard le { DATE($due) }
agenda-done = niveau { $level } ({ $kind }), le dernier, envoyé le { DATE($sent) }
window-mediation = l'année pour saisir le médiateur après la réclamation écrite du { DATE($from) } se termine le { DATE($closes) }
window-card-payment = les 13 mois pour contester le paiement par carte débité le { DATE($from) } se terminent le { DATE($closes) } (L133-24)
event-answer-due = réponse attendue : niveau { $level } du { DATE($date) }
event-answer-asked = réponse demandée avant : niveau { $level } du { DATE($date) }
event-admissible = le niveau { $level } ({ $kind }) peut partir
event-mediation-window = dernier jour pour saisir le médiateur (réclamation du { DATE($from) })
event-card-window = dernier jour pour contester le paiement par carte du { DATE($from) }
agenda-more-faults = {" "}(et { $count } de plus : recours check)
agenda-head = agenda au { DATE($date) } ; expire bientôt : un délai qui se termine dans les { $days } jours
agenda-count = { $count ->
    [one] 1 dossier
   *[other] { $count } dossiers
} : { $states }
agenda-not-folder = l'agenda lit un dossier de cas, et ceci est un fichier
    .help = donnez le dossier qui le contient, ou voyez ce cas seul avec `recours check { $case }`

## Le tableau de bord

dashboard-title = Agenda au { DATE($date) }
dashboard-legend = Chronologies : un cercle par démarche (plein une fois la réponse reçue, un trait vert le jour de la réponse), une barre par délai de réponse (gris : le mois que la lettre a demandé), ligne rouge : aujourd'hui, tirets verts : le jour où le niveau suivant s'ouvre, points rouges : le dernier jour d'un délai (l'année du médiateur, les 13 mois pour contester un paiement par carte). Expire bientôt : se termine dans les { $days } jours.
dashboard-state = État
dashboard-date = Date
dashboard-case = Dossier
dashboard-institution = Établissement
dashboard-level = Niveau
dashboard-why = Pourquoi
dashboard-letter = Lettre
dashboard-step = niveau { $level } le { DATE($date) } ({ $channel }), sans réponse
dashboard-step-answered = niveau { $level } le { DATE($date) } ({ $channel }), réponse du { DATE($answered) }
dashboard-asked = niveau { $level } : réponse demandée avant le { DATE($due) }
dashboard-due = niveau { $level } : réponse attendue au plus tard le { DATE($due) }
dashboard-today = aujourd'hui
dashboard-opens = le niveau suivant s'ouvre le { DATE($date) }
check-done = { $case } : terminé : { $detail }
check-standing = aujourd'hui : { $state } — { $detail }
check-invalid = { $case } : invalide
check-count = { $count ->
    [one] 1 dossier
   *[other] { $count } dossiers
} : { $valid } { $valid ->
    [one] valide
   *[other] valides
}, { $invalid } { $invalid ->
    [one] invalide
   *[other] invalides
}

## sent et answered

sent-already = l'historique note déjà le niveau { $level } comme envoyé le { DATE($date) }
    .help = rien à noter ; pour noter une réponse, `recours answered`
undo-nothing = rien à reprendre : la dernière note du dossier, s'il en a une, n'est pas de `recours { $command }`
    .help = pour changer l'historique autrement, modifiez le fichier du dossier
undo-changed = le fichier du dossier a changé après que `recours { $command }` y a noté quelque chose : le reprendre perdrait ce changement
    .help = reprenez-le à la main dans le fichier (la dernière démarche de l'historique, ou sa réponse)
undo-done = repris : la dernière note de `recours { $command }` ; { $path } est tel qu'il était avant elle
sent-no-letter = aucune lettre écrite pour ce dossier n'a été trouvée (à côté de lui, { $expected }, ni dans le dossier d'un lot avec son SHA256SUMS)
    .help = écrivez-la d'abord (recours render { $case }) ; pour une démarche faite autrement (un appel, un formulaire, une lettre écrite à la main), donnez son niveau : --step N (et --force si ce niveau n'était pas recevable ce jour-là)
sent-not-admissible = le niveau { $level } ({ $kind }) n'était pas recevable le { DATE($date) } : { $reason }
    .help = sa lettre peut être renvoyée ; pour la noter quand même, donnez --step { $level } --force
sent-edited = noté : la démarche de niveau { $level } du { DATE($date) } (history[{ $index }]) note maintenant { $what } dans { $path }
sent-recorded = noté : niveau { $level } ({ $kind }) envoyé le { DATE($date) } ({ $how }) dans { $path }
received-no-step = l'historique ne note pas encore cette démarche
    .help = notez la démarche elle-même : donnez aussi le jour de l'envoi avec --date
received-already = cette démarche note déjà sa date de réception
    .help = pour noter une nouvelle démarche et sa réception, donnez aussi le jour de l'envoi avec --date
received-recorded = noté : la démarche du { DATE($date) } (history[{ $index }]) reçue le { DATE($received) } dans { $path }
sent-future = la lettre est datée du { DATE($date) }, après aujourd'hui ({ DATE($today) })
    .help = notez une lettre une fois envoyée ; donnez le jour de son dépôt avec --date
sent-received-before = la lettre aurait été reçue le { DATE($received) }, avant son envoi ({ DATE($date) })
    .help = donnez la date de l'avis de réception
sent-received-future = la lettre serait reçue le { DATE($received) }, après aujourd'hui ({ DATE($today) })
    .help = notez l'avis de réception une fois revenu
sent-channel = attendu : phone, email, letter, registered, portal, chat ou in-person (ou courriel, courrier, recommandé…)
sent-next-ready = ensuite : { $detail } : { $command }
sent-next-later = ensuite : { $detail } ; `recours agenda` le rappelle le moment venu
sent-next-done = ensuite : rien à écrire ; { $detail } : `recours answered` note sa réponse
sent-next-blocked = ensuite : pas de lettre à écrire maintenant : { $detail }
answered-date = la date de la réponse
    .help = donnez la date écrite sur la réponse de l'établissement
answered-future = la réponse est datée du { DATE($date) }, après aujourd'hui
    .help = notez une réponse une fois arrivée
answered-recorded = noté : la réponse du { DATE($date) } à la démarche du { DATE($step) } (niveau { $level }) dans { $path }
answered-no-step-of-level = l'historique ne note aucune démarche du niveau { $level }
answered-no-step = l'historique ne note encore aucune démarche
    .help = notez d'abord la démarche (`history:` dans le dossier), ou nommez son niveau avec --step
answered-all-answered = chaque démarche de l'historique note déjà une réponse
file-changed = le fichier a changé sur le disque pendant sa modification
    .help = relancez la commande
edit-by-hand = modifiez le fichier à la main pour celle-ci
edit-flow-list = `history` est écrit sur une ligne (une liste en ligne) : écrivez ses démarches une par ligne, chacune commençant par `- `, pour noter une démarche
edit-no-item = `history` ne contient aucun élément
edit-not-list = `history` n'est pas une liste de démarches commençant chacune par `- `
edit-no-history = le dossier n'a pas de `history`
edit-no-step = `history` n'a pas de démarche { $number }
edit-brace = l'accolade `{"{"}` de cette démarche n'est pas fermée sur sa ligne
edit-has-answer = la démarche { $number } de `history` note déjà une réponse
edit-has-receipt = la démarche { $number } de `history` note déjà sa réception
edit-has-key = la démarche { $number } de `history` note déjà son champ { $key }
edit-no-key = cette démarche de `history` n'a pas de `{ $key }` sur une ligne à elle à changer

## batch

batch-written = écrit
batch-unchanged = inchangé
batch-waiting = en attente
batch-done = terminé
batch-failed = échec
batch-not-yet = { $level } n'est pas encore recevable : il le sera à partir du { DATE($from) }
shard-not-k-n = `{ $text }` n'est pas K/N (par exemple 2/8)
shard-not-number = `{ $text }` n'est pas un nombre
shard-range = `{ $text }` : K/N demande 1 ≤ K ≤ N
batch-same-letter = la même lettre y est déjà
batch-foreign-file = { $path } existe déjà avec un autre contenu et n'a pas été écrit ici par un lot ; il est gardé (--force le remplace)
batch-replaced-foreign = a remplacé un fichier qu'aucun lot n'avait écrit (--force)
batch-beside = écrit à côté de { $earlier }, une version antérieure de cette lettre gardée comme preuve (elle a pu être envoyée)
batch-beside-sent = ; le dossier note le niveau { $level } comme envoyé le { DATE($sent) }
batch-thousand = { $path } a déjà mille versions ; rien n'a été écrit
batch-summary = { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
} : { $written } { $written ->
    [one] écrit
   *[other] écrits
}, { $unchanged } { $unchanged ->
    [one] inchangé
   *[other] inchangés
}, { $waiting } en attente, { $failed } en échec{ $done ->
    [0] {""}
   *[other] , terminés : { $done }
}
batch-waiting-case = en attente : { $case }
batch-warned-case = écrit avec un avertissement : { $case } → { $output }
batch-failed-case = échec : { $case }
batch-because = , car { $reason }
batch-inputs-unchanged = données inchangées depuis l'écriture de la lettre
batch-inputs-unchanged-since = données inchangées depuis l'écriture de la lettre ({ $earlier })

## init

init-wrote = écrit : { $case } (et { $schema } pour votre éditeur)
init-wrote-refreshed = écrit : { $case } (et { $schema } pour votre éditeur, généré : rafraîchi)
init-fill-in = complétez chaque « À COMPLÉTER », puis : recours check { $case }

## watch, preview, templates

watch-built-in = { $name } (intégré)
watch-markup-line = balisage produit, ligne { $line }
watch-generated-markup = balisage produit
watch-pdf-failed = le PDF n'a pas pu être écrit à partir de la lettre mise en page
watch-draft = ; l'aperçu porte la mention « { $label } », et `recours render` le refuse
watch-not-yet = à ne pas envoyer encore : le niveau { $level } est recevable à partir du { DATE($from) } ({ $because }){ $draft } jusque-là
watch-not-admissible = à ne pas envoyer : le niveau { $level } n'est pas recevable ({ $rule }){ $draft }
watch-stale = erreur (le PDF est le dernier bon ; cette erreur demeure jusqu'à un enregistrement qui la corrige) : { $error }
watch-rendered = écrit { $path } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
}) en { $ms } ms
watch-failed = erreur (le dernier bon PDF est gardé) : { $message }
watch-watching = surveillance de { $case } (Ctrl-C pour arrêter)
preview-serving = aperçu de { $case } à { $address } (Ctrl-C pour arrêter)
templates-export-help = exportez dans un dossier nouveau ou vide ; un modèle adapté n'est jamais remplacé
templates-wrote = { $count } modèles écrits dans { $dir }
templates-then = modifiez-les, puis : recours --templates { $dir } render CASE.yaml (ou watch, pour voir chaque enregistrement)

## institutions

registry-export-help = choisissez un autre nom de fichier ; un registre corrigé n'est jamais remplacé
registry-wrote = écrit : { $file }
registry-then = corrigez-le ou complétez-le (son en-tête explique chaque champ), puis : recours --registry { $file } check CASE.yaml
inst-col-id = ID
inst-col-country = PAYS
inst-col-name = NOM
inst-col-ladder = PROCÉDURE
inst-col-verified = VÉRIFIÉ
inst-check-valid = { $file } : valide — { $count ->
    [one] 1 entrée
   *[other] { $count } entrées
} ({ $ids }), à lire en plus du registre
inst-consumers-tag = consommateurs
inst-businesses-tag = professionnels
inst-kind-mediator = médiateur
inst-kind-authority = autorité
inst-kind-portal = plateforme en ligne
inst-added = { $name } [de la clinique : { $file }]
inst-after-holding = { $deadline } après une lettre d'attente
inst-from-sending = à compter de l'envoi
inst-from-receipt = à compter de la réception
inst-from-first-written = à compter de la première réclamation écrite
inst-from-first-complaint = à compter de la première réclamation
inst-from-unknown = à compter d'un point de départ que la source ne donne pas
inst-basis = fondement : { $text }
inst-channel = canal : { $text }
inst-registered = lettre recommandée exigée
inst-acknowledge = accusé de réception sous { $deadline }
inst-answer = réponse sous { $deadline }
inst-answer-payment = réponse, pour un paiement contesté, sous { $deadline }
inst-insurance = produits d’assurance
inst-address-unknown = adresse inconnue : { $why }
inst-to = à `{ $id }`{ $tags } : { $name } — { $address }
inst-unconfirmed = NON CONFIRMÉ : { $why }
inst-note = note : { $note }
inst-after = après le(s) niveau(x) { $levels } (condition)
inst-advised = niveau(x) { $levels } conseillé(s) avant (conseil, pas une condition)
inst-opens = s'ouvre quand les niveaux précédents restent sans réponse après { $deadline }
inst-after-answered = après le(s) niveau(x) { $levels } quand un niveau précédent a répondu dans le délai
inst-consumers = ouvert aux consommateurs (un dossier de professionnel reçoit un avertissement)
inst-requires = exige : { $refs }
inst-requires-one-of = exige l'une de ces références : { $refs }
inst-advises = conseille (un avertissement s'il manque) : { $refs }
inst-cites = cite si elle est donnée : { $refs }
inst-products = produits : { $products }
inst-source = source : { $source }
inst-verified = vérifié : { DATE($date) }
inst-address = adresse : { $address }
inst-website = site : { $url }
inst-conditions = conditions : { $text }
inst-unknown = aucun établissement ni médiateur `{ $id }` dans le registre
    .help = `recours institutions` les liste tous
inst-route-registered = lettre recommandée, le PDF à poster (render)
inst-route-post = courrier, le PDF à poster (render)
inst-route-email = courriel à { $address }, un brouillon .eml (render --email)
inst-route-form = formulaire en ligne, le texte à coller (render --format text)
inst-send-by = envoi par { $way }
inst-or-by = ; ou par { $way }
inst-no-address = aucune adresse n'est connue : le dossier la donne (`letter.recipient_address` ou `letter.recipient_email`)
inst-how = comment, à `{ $id }` : { $how }

## L'aide de la ligne de commande

help-usage = Utilisation :
help-commands = Commandes :
help-arguments = Arguments :
help-options = Options :
help-flag-help = Afficher l'aide
help-flag-version = Afficher la version
help-default = [par défaut : { $value }]
help-possible = [valeurs possibles : { $values }]
help-about = Lettres de réclamation et saisines de médiateur en PDF, à partir d'un dossier YAML
help-global-registry = Utiliser ce institutions.yaml au lieu du registre intégré
help-global-registry_dir = Lire les fichiers de registre de ce dossier (*.yaml) en plus du registre : les établissements propres à une clinique, nommés dans ses fr/destinataires.ftl, nl/ontvangers.ftl et de/empfaenger.ftl [par défaut : le dossier `recours` de la configuration de l'utilisateur, s'il existe : $XDG_CONFIG_HOME/recours, ~/.config/recours, %APPDATA%\recours]
help-global-templates = Utiliser les modèles de ce dossier au lieu des modèles intégrés
help-global-locales = Utiliser les fichiers de messages de ce dossier (fr/lettre.ftl, nl/brief.ftl, de/brief.ftl) pour le texte des lettres au lieu des fichiers intégrés ; ses fr/destinataires.ftl, nl/ontvangers.ftl et de/empfaenger.ftl complètent (ou reformulent) les noms des destinataires
help-global-lang = La langue des messages de recours : fr, nl ou en [par défaut : celle de la locale (LC_ALL, LC_MESSAGES, LANG), sinon fr]. Les lettres gardent la leur (letter.language)
help-render = Écrire en PDF la lettre de l'étape suivante du dossier (ou de l'étape donnée)
help-render-case = Le dossier
help-render-output = Où écrire le PDF, ou le dossier où écrire <dossier>-niveau-<N>.pdf [par défaut : à côté du dossier, <dossier>-niveau-<N>.pdf]
help-render-step = Le niveau pour lequel écrire, au lieu du suivant
help-render-date = La date de la lettre (AAAA-MM-JJ) [par défaut : letter.date, ou aujourd'hui]
help-render-force = Écrire la lettre même quand son niveau n'est pas recevable, pas encore (un délai court) ou pas du tout selon les règles du destinataire (un tribunal saisi, une année écoulée), et remplacer le PDF d'un brouillon jamais envoyé ; chaque cas est signalé par un avertissement. Cela ne passe pas outre une erreur du dossier (un niveau antérieur, une référence ou une adresse que le niveau demande), ni ne remplace la lettre d'un niveau que l'historique note comme envoyé
help-render-emit_typst = Écrire aussi le balisage Typst produit dans ce fichier (pour les auteurs de modèles)
help-render-pdf_standard = La norme PDF : 1.7 (balisé) ou a-2b (PDF/A-2b, pour l'archivage)
help-render-format = pdf écrit la lettre ; text et md affichent ce que demande un formulaire en ligne, puis la lettre, à coller (rien n'est écrit) ; json affiche la lettre décidée pour les programmes (un champ `version`)
help-render-email = Écrire aussi la lettre en brouillon de courriel à côté du PDF (<dossier>-niveau-<N>.eml : la lettre en texte, le PDF joint) à envoyer depuis votre messagerie ; un destinataire joignable seulement par courriel reçoit alors la lettre à son nom et à son adresse électronique
help-check = Vérifier des dossiers et dire quelle lettre vient ensuite : un fichier affiche sa chronologie ; plusieurs fichiers ou dossiers (parcourus pour *.yaml et *.yml) affichent un verdict par dossier
help-check-cases = Les dossiers (fichiers), ou des répertoires qui les contiennent
help-check-step = Le niveau à vérifier, au lieu du suivant
help-check-date = Évaluer à ce jour au lieu de la date de la lettre ou d'aujourd'hui (AAAA-MM-JJ)
help-check-format = Afficher la chronologie en texte (pour les personnes) ou en JSON (pour les scripts)
help-batch = Écrire la lettre de chaque dossier d'un répertoire, en parallèle, avec un rapport et SHA256SUMS
help-batch-dir = Le répertoire des dossiers (*.yaml, *.yml ; les répertoires cachés sont ignorés)
help-batch-output = Où écrire les lettres, les rapports et SHA256SUMS
help-batch-jobs = Fils d'exécution [par défaut : tous les cœurs]
help-batch-force = Écrire à nouveau chaque dossier (même inchangé), et remplacer un PDF gênant qu'aucun lot n'a écrit. Une lettre écrite par un lot n'est jamais remplacée : une nouvelle version est écrite à côté, sous la date de la lettre
help-batch-shard = Ne prendre que la K-ième de N tranches stables des dossiers (pour plusieurs machines)
help-batch-date = La date des lettres pour les dossiers qui n'en donnent pas (AAAA-MM-JJ) [par défaut : aujourd'hui]
help-batch-excel = Écrire report.csv pour un tableur français (Excel, LibreOffice) : une marque d'ordre des octets pour que les accents s'affichent, `;` entre les colonnes, des fins de ligne Windows
help-batch-email = Écrire aussi le brouillon de courriel de chaque lettre à côté de son PDF (<dossier>-niveau-<N>.eml), comme `render --email`
help-watch = Réécrire la lettre à chaque modification du dossier, du registre ou d'un modèle qu'elle utilise
help-watch-case = Le dossier
help-watch-output = Où écrire le PDF [par défaut : à côté du dossier, <dossier>-apercu.pdf]
help-watch-date = La date de la lettre (AAAA-MM-JJ) [par défaut : letter.date, ou aujourd'hui]
help-preview = Montrer les pages de la lettre dans un navigateur, mises à jour après chaque enregistrement (sur 127.0.0.1 seulement)
help-preview-case = Le dossier
help-preview-port = Le port d'écoute (0 : n'importe quel port libre)
help-preview-date = La date de la lettre (AAAA-MM-JJ) [par défaut : letter.date, ou aujourd'hui]
help-templates = Travailler sur les modèles de lettres
help-templates-check = Écrire chaque modèle pour chaque lettre qu'il sert (et chaque dossier de --cases), et signaler toutes les erreurs d'un coup
help-templates-check-cases = Écrire aussi les dossiers de ce répertoire
help-templates-export = Écrire les modèles utilisés (intégrés, ou ceux de --templates) dans un répertoire, pour les adapter et passer le répertoire avec --templates. Ne remplace jamais un fichier
help-templates-export-dir = Le répertoire où les écrire (créé au besoin)
help-init = Écrire un dossier à compléter pour un établissement, avec des commentaires et la ligne du schéma. Ne remplace jamais un dossier ; le case.schema.json produit à côté est rafraîchi
help-init-institution = L'identifiant de l'établissement (`recours institutions` les liste)
help-init-output = Le dossier à écrire (son répertoire est créé au besoin)
help-new = Écrire un dossier en répondant à des questions, dans votre langue, puis le vérifier et proposer d'écrire sa lettre : aucun YAML à modifier. Demande un terminal (sinon, utilisez `init`)
help-new-output = Le dossier à écrire (jamais remplacé ; son répertoire est créé au besoin)
help-schema = Afficher le schéma JSON du dossier (pour les éditeurs : complétion et vérification à la frappe)
help-completions = Afficher un script de complétion pour le shell (bash, zsh, fish, elvish, powershell)
help-completions-shell = Le shell
help-man = Afficher la page de manuel (roff), par exemple `recours man > recours.1` ; avec --dir, l'écrire avec une page par commande (recours-render.1, recours-check.1…) dans un répertoire
help-man-dir = Écrire recours.1 et une page par commande dans ce répertoire (créé au besoin ; les pages déjà écrites sont rafraîchies), par exemple ~/.local/share/man/man1
help-generate = Écrire des dossiers inventés, variés et valides (pour les mesures, les tests et les démonstrations)
help-generate-count = Combien de dossiers
help-generate-output = Le répertoire où les écrire (un sous-répertoire par établissement)
help-generate-seed = La même graine donne les mêmes dossiers
help-institutions = Lister les établissements du registre, ou montrer la procédure d'un établissement
help-institutions-id = L'identifiant d'un établissement (ou d'un médiateur)
help-institutions-export = Écrire le registre utilisé (le institutions.yaml intégré, ou celui de --registry) dans ce fichier, pour le corriger ou le compléter et le passer avec --registry. Ne remplace jamais un fichier
help-institutions-check = Vérifier un fichier du registre d'une clinique tel qu'il serait lu en plus du registre : ses entrées, leurs règles et leurs fondements, et leurs noms dans les fichiers de noms à côté de lui
help-institutions-check-file = Le fichier du registre (*.yaml)
help-answered = Noter la réponse de l'établissement sur une démarche de l'historique du dossier, en gardant chaque autre ligne du fichier telle quelle
help-answered-case = Le dossier
help-answered-date = La date écrite sur la réponse (AAAA-MM-JJ)
help-answered-step = Le niveau de la démarche à laquelle elle répond [par défaut : la dernière démarche sans réponse]
help-answered-reference = La référence de l'établissement sur la réponse
help-answered-summary = Ce que dit la réponse, en quelques mots
help-answered-dry_run = Afficher la modification comme un diff unifié et ne rien écrire
help-answered-undo = Reprendre la dernière réponse que `answered` a notée dans ce dossier, tel qu'il était avant
help-sent = Noter dans l'historique du dossier la lettre qui vient de partir (par défaut le niveau que `render` écrit maintenant, datée comme la lettre), en gardant chaque autre ligne du fichier telle quelle ; le `render` suivant écrit le niveau d'après
help-sent-case = Le dossier
help-sent-step = Le niveau de la lettre envoyée [par défaut : celui de la dernière lettre écrite pour ce dossier] ; une démarche déjà notée de ce niveau est complétée (--tracking, --reference, --received), pas notée deux fois
help-sent-date = Le jour de l'envoi (AAAA-MM-JJ) [par défaut : la date de la lettre : letter.date, ou aujourd'hui]
help-sent-channel = Comment elle est partie : letter, registered, email, portal, phone, chat, in-person (ou en français : courrier, recommandé, courriel, formulaire…) [par défaut : registered là où le niveau le demande ou si la lettre a un numéro de recommandé, sinon letter]
help-sent-tracking = Son numéro de recommandé [par défaut : celui de la lettre, letter.tracking]
help-sent-reference = La référence de l'établissement pour elle (un numéro d'accusé de réception, l'identifiant d'un message)
help-sent-received = Le jour de sa réception, d'après l'avis de réception (AAAA-MM-JJ). Donné seul, il est noté sur la dernière démarche envoyée (la dernière du niveau --step)
help-sent-dry_run = Afficher la modification comme un diff unifié et ne rien écrire
help-sent-force = Noter un niveau qui n'était pas recevable (ou pas encore) le jour de l'envoi, ou dont recours n'a pas écrit la lettre : avec --step seulement
help-sent-undo = Reprendre la dernière démarche (ou le dernier ajout) que `sent` a notée dans ce dossier, tel qu'il était avant
help-agenda = Une ligne par dossier d'un répertoire, le plus urgent d'abord : prêt, en attente, réponse attendue, expire bientôt, bloqué, terminé, avec la date qui compte ; ou un calendrier de ces dates (--format ics)
help-agenda-dir = Le répertoire des dossiers (parcouru pour *.yaml et *.yml, comme batch)
help-agenda-date = Le jour auquel évaluer (AAAA-MM-JJ) [par défaut : aujourd'hui]
help-agenda-within = Combien de jours à l'avance un délai qui se termine (l'année du médiateur, les 13 mois pour contester un paiement par carte) met un dossier en « expire bientôt »
help-agenda-format = text (pour les personnes), json ou csv (pour les scripts : un champ `version`), ics (un fichier iCalendar des dates qui comptent, à importer dans un agenda)
help-agenda-html = Écrire aussi l'agenda en tableau de bord : une page HTML autonome (un tableau des dossiers avec un lien vers chaque dernière lettre, la chronologie de chaque dossier dessinée), remplacée si elle existe
man-wrote = { $count } pages de manuel écrites dans { $dir } ({ $first } et une par commande)
generate-wrote = { $count } dossiers inventés écrits sous { $dir }
clap-unknown-argument = argument inattendu '{ $arg }'
clap-unknown-command = commande inconnue '{ $command }'
clap-invalid-value = valeur invalide '{ $value }' pour '{ $arg }'
clap-value-validation = valeur invalide '{ $value }' pour '{ $arg }' : { $reason }
clap-missing = ces arguments obligatoires manquent : { $args }
clap-conflict = l'argument '{ $arg }' ne peut pas être utilisé avec '{ $other }'
clap-more = Pour en savoir plus, essayez '--help'.
new-letter-language = Dans quelle langue la lettre doit-elle être écrite ?

## Les mots du lecteur YAML

yp-quoted-indent = un texte entre guillemets sur plusieurs lignes est mal indenté : ses lignes suivantes doivent être plus à droite que sa clé
yp-flow-indent = l'indentation d'une liste ou d'un ensemble entre [ ] ou {"{"} {"}"} n'est pas bonne
yp-indent = l'indentation n'est pas bonne : alignez cette ligne sur les lignes de même niveau
yp-colon-place = un « : » n'est pas à sa place (mettez le texte entre guillemets s'il en contient un)
yp-after-quote = du texte suit le guillemet fermant : tout le texte doit être entre les guillemets
yp-mapping-values = « : » suivi d'une espace ne peut pas être ici : YAML y lit une nouvelle clé (mettez le texte entre guillemets)
yp-expected-key = une clé était attendue : vérifiez l'indentation de cette ligne
yp-expected-dash = un élément de liste commençant par « - » était attendu : vérifiez l'indentation
yp-flow-mapping = une virgule ou « {"}"} » était attendu
yp-node-content = une valeur était attendue
yp-unclosed-quote = un guillemet n'est pas fermé
yp-comment-intercepts = un commentaire (« # … ») coupe ce texte sur plusieurs lignes : mettez le commentaire après la dernière ligne du texte, ou le texte entre guillemets
yp-plain-end = un texte s'arrête avant sa fin
yp-unclosed-bracket = un crochet ou une accolade n'est pas fermé
step-expecting = un numéro de niveau (1, 2, 3…) ou l'identifiant d'un niveau de la procédure de l'établissement
step-too-large = ce numéro de niveau est bien trop grand
step-zero = un numéro de niveau vaut 1 ou plus
new-need-one-of-again = l'établissement demande l'une de ces références : { $names }
new-check-failed = Le dossier { $file } est écrit, mais `recours check` y trouve ce qui suit, à corriger (avec un éditeur de texte), puis : recours check { $file }
