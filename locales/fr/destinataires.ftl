# Comment les lettres en français nomment chaque destinataire du registre (institutions.yaml) :
# son nom dans une phrase, comme sujet (la valeur, « le service client de Cetelem » : $to_name et
# $by dans lettre.ftl) et, en attribut `.to`, comment une
# phrase le désigne comme celui à qui l'on écrit, après le verbe : « au service client de
# Cetelem », « à la Médiation de l’Assurance » ($to dans lettre.ftl). Les adresses et les lignes
# de l'enveloppe restent dans le registre, avec leurs sources.
#
# Les identifiants : `institution-<institution>`, `recipient-<institution>-<destinataire>` (un
# destinataire écrit dans l'échelon d'une institution), `body-<organisme>` (un médiateur ou une
# autorité). Un registre adapté (--registry) nomme ses nouveaux destinataires dans un fichier du
# même nom d'un dossier --locales, qui s'ajoute à celui-ci et en remplace les messages qu'il
# redéfinit.

## Les institutions et les destinataires de leurs échelons

# cetelem-fr
institution-cetelem-fr = Cetelem (BNP Paribas Personal Finance)
    .to = à Cetelem (BNP Paribas Personal Finance)
recipient-cetelem-fr-service-client = le service client de Cetelem
    .to = au service client de Cetelem
recipient-cetelem-fr-service-consommateurs = le service consommateurs de Cetelem
    .to = au service consommateurs de Cetelem

# amex-fr
institution-amex-fr = American Express Carte France
    .to = à American Express Carte France
recipient-amex-fr-service-clients = le service clients d’American Express
    .to = au service clients d’American Express
recipient-amex-fr-siege-social = le service relations clients d’American Express Carte France
    .to = au service relations clients d’American Express Carte France

# cetelem-be
institution-cetelem-be = Cetelem Belgique (BNP Paribas Personal Finance Belgium)
    .to = à Cetelem Belgique (BNP Paribas Personal Finance Belgium)
recipient-cetelem-be-cetelem = Cetelem
    .to = à Cetelem
recipient-cetelem-be-cetelem-assurances = le service clientèle de Cetelem (assurances)
    .to = au service clientèle de Cetelem (assurances)

# stellantis-fs-belux
institution-stellantis-fs-belux = Stellantis Financial Services Belux SA
    .to = à Stellantis Financial Services Belux SA
recipient-stellantis-fs-belux-b2c = le service des opérations (clients particuliers) de Stellantis Financial Services Belux
    .to = au service des opérations (clients particuliers) de Stellantis Financial Services Belux
recipient-stellantis-fs-belux-b2b = le service des opérations (clients professionnels) de Stellantis Financial Services Belux
    .to = au service des opérations (clients professionnels) de Stellantis Financial Services Belux
recipient-stellantis-fs-belux-service-plaintes = le service des plaintes de Stellantis Financial Services Belux
    .to = au service des plaintes de Stellantis Financial Services Belux

# madame-courtage
institution-madame-courtage = Cabinet Madame Courtage
    .to = au Cabinet Madame Courtage
recipient-madame-courtage-interlocuteur = { $voice ->
        [representative] l’interlocuteur habituel de notre mandant au sein du Cabinet Madame Courtage
        [company] notre interlocuteur habituel au sein du Cabinet Madame Courtage
       *[own] mon interlocuteur habituel au sein du Cabinet Madame Courtage
    }
    .to = { $voice ->
        [representative] à l’interlocuteur habituel de notre mandant au sein du Cabinet Madame Courtage
        [company] à notre interlocuteur habituel au sein du Cabinet Madame Courtage
       *[own] à mon interlocuteur habituel au sein du Cabinet Madame Courtage
    }
recipient-madame-courtage-responsable-reclamations = le responsable du traitement des réclamations du Cabinet Madame Courtage
    .to = au responsable du traitement des réclamations du Cabinet Madame Courtage

## Les médiateurs et les autorités

body-mediatrice-bnpp-pf = La Médiatrice auprès de BNP Paribas Personal Finance
    .to = à la Médiatrice auprès de BNP Paribas Personal Finance
body-mediation-assurance = La Médiation de l'Assurance
    .to = à la Médiation de l’Assurance
body-mediateur-fbf = Le médiateur auprès de la FBF
    .to = au médiateur auprès de la FBF
body-consumentenombudsdienst = Service de médiation pour le consommateur
    .to = au Service de médiation pour le consommateur
body-mediateur-asf = Le Médiateur de l'ASF
    .to = au médiateur de la consommation
body-ombudsfin = Ombudsfin – Service de médiation des services financiers
    .to = à Ombudsfin
body-ombudsman-assurances = Ombudsman des Assurances
    .to = à l’Ombudsman des Assurances
body-consumerconnect = ConsumerConnect (SPF Économie)
    .to = sur la plateforme ConsumerConnect
body-spf-economie = SPF Économie, P.M.E., Classes moyennes et Énergie
    .to = au SPF Économie (Direction générale de l’Inspection économique)
