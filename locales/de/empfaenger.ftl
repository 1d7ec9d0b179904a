# Wie die deutschsprachigen Briefe jeden Empfänger des Registers (institutions.yaml) nennen:
# seinen Namen im Satz (der Wert, $to_name in brief.ftl) und, als Attribut `.to` wo nötig, wie ein
# Satz ihn als den nennt, an den geschrieben wird ($to in brief.ftl; ohne `.to` ist es der Name).
# Die Anschriften und die Zeilen des Umschlags bleiben im Register, mit ihren Quellen.
#
# Die Kennungen: `institution-<Institut>`, `recipient-<Institut>-<Empfänger>` (ein in einer Stufe
# eines Instituts ausgeschriebener Empfänger), `body-<Stelle>` (eine Schlichtungsstelle oder eine
# Behörde). Ein angepasstes Register (--registry) nennt seine neuen Empfänger in einer Datei
# gleichen Namens in einem Ordner --locales, die zu dieser hinzukommt und die Nachrichten ersetzt,
# die sie neu definiert.

## Die Institute und die Empfänger ihrer Stufen

# cetelem-fr
institution-cetelem-fr = Cetelem (BNP Paribas Personal Finance)
recipient-cetelem-fr-service-client = Service client Cetelem
recipient-cetelem-fr-service-consommateurs = Service consommateurs Cetelem

# amex-fr
institution-amex-fr = American Express Carte France
recipient-amex-fr-service-clients = Service clients American Express
recipient-amex-fr-siege-social = American Express Carte France

# cetelem-be
institution-cetelem-be = Cetelem Belgique (BNP Paribas Personal Finance Belgium)
recipient-cetelem-be-cetelem = CETELEM
recipient-cetelem-be-cetelem-assurances = CETELEM

# stellantis-fs-belux
institution-stellantis-fs-belux = Stellantis Financial Services Belux SA
recipient-stellantis-fs-belux-b2c = Stellantis Financial Services Belux SA
recipient-stellantis-fs-belux-b2b = Stellantis Financial Services Belux SA
recipient-stellantis-fs-belux-service-plaintes = Stellantis Financial Services Belux SA

# madame-courtage
institution-madame-courtage = Cabinet Madame Courtage
recipient-madame-courtage-interlocuteur = Cabinet Madame Courtage
recipient-madame-courtage-responsable-reclamations = Cabinet Madame Courtage

## Die Schlichtungsstellen und die Behörden

body-mediatrice-bnpp-pf = La Médiatrice auprès de BNP Paribas Personal Finance
body-mediation-assurance = La Médiation de l'Assurance
body-mediateur-asf = Le Médiateur de l'ASF
body-ombudsfin = Ombudsfin – Service de médiation des services financiers
body-ombudsman-assurances = Ombudsman des Assurances
body-consumerconnect = ConsumerConnect (SPF Économie)
body-spf-economie = SPF Économie, P.M.E., Classes moyennes et Énergie
