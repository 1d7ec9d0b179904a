# Wie die deutschsprachigen Briefe jeden Empfänger des Registers (institutions.yaml) nennen:
# seinen Namen im Satz (der Wert, $to_name in brief.ftl) und, als Attribut `.to` wo nötig, wie ein
# Satz ihn als den nennt, an den geschrieben wird, im Dativ („dem Beschwerdedienst von …”, nach
# „bei” und „vorlegen”; $to in brief.ftl; ohne `.to` ist es der Name).
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
recipient-cetelem-fr-service-client = der Kundendienst von Cetelem
    .to = dem Kundendienst von Cetelem
recipient-cetelem-fr-service-consommateurs = der Verbraucherdienst von Cetelem
    .to = dem Verbraucherdienst von Cetelem

# amex-fr
institution-amex-fr = American Express Carte France
recipient-amex-fr-service-clients = der Kundendienst von American Express
    .to = dem Kundendienst von American Express
recipient-amex-fr-siege-social = der Kundenbeziehungsdienst von American Express Carte France
    .to = dem Kundenbeziehungsdienst von American Express Carte France

# cetelem-be: die (französische) Quelle nennt für Beschwerden keinen Dienst, nur „CETELEM”.
institution-cetelem-be = Cetelem (BNP Paribas Personal Finance Belgium)
recipient-cetelem-be-cetelem = Cetelem
recipient-cetelem-be-cetelem-assurances = der Kundendienst Versicherungen von Cetelem
    .to = dem Kundendienst Versicherungen von Cetelem

# stellantis-fs-belux: die Quelle nennt die Dienste auf Französisch; der Umschlag behält diese
# Namen, die Sätze sagen, was der Dienst tut.
institution-stellantis-fs-belux = Stellantis Financial Services Belux AG
recipient-stellantis-fs-belux-b2c = der Betriebsdienst (Privatkunden) von Stellantis Financial Services Belux
    .to = dem Betriebsdienst (Privatkunden) von Stellantis Financial Services Belux
recipient-stellantis-fs-belux-b2b = der Betriebsdienst (Geschäftskunden) von Stellantis Financial Services Belux
    .to = dem Betriebsdienst (Geschäftskunden) von Stellantis Financial Services Belux
recipient-stellantis-fs-belux-service-plaintes = der Beschwerdedienst von Stellantis Financial Services Belux
    .to = dem Beschwerdedienst von Stellantis Financial Services Belux

# madame-courtage
institution-madame-courtage = Cabinet Madame Courtage
recipient-madame-courtage-interlocuteur = { $voice ->
        [representative] der übliche Ansprechpartner unseres Mandanten bei Cabinet Madame Courtage
        [company] unser üblicher Ansprechpartner bei Cabinet Madame Courtage
       *[own] mein üblicher Ansprechpartner bei Cabinet Madame Courtage
    }
    .to = { $voice ->
        [representative] dem üblichen Ansprechpartner unseres Mandanten bei Cabinet Madame Courtage
        [company] unserem üblichen Ansprechpartner bei Cabinet Madame Courtage
       *[own] meinem üblichen Ansprechpartner bei Cabinet Madame Courtage
    }
recipient-madame-courtage-responsable-reclamations = der Beschwerdeverantwortliche von Cabinet Madame Courtage
    .to = dem Beschwerdeverantwortlichen von Cabinet Madame Courtage

## Die Schlichtungsstellen und die Behörden
# Keine Quelle gibt den belgischen Stellen einen deutschen Namen: sie heißen, wie die Quellen
# sie nennen.

body-mediatrice-bnpp-pf = La Médiatrice auprès de BNP Paribas Personal Finance
body-mediation-assurance = La Médiation de l'Assurance
body-mediateur-fbf = Le médiateur auprès de la FBF
# Nicht durch die Quellen des Registers bestätigt: der deutsche Name des Dienstes.
body-consumentenombudsdienst = der Ombudsdienst für Verbraucher
    .to = dem Ombudsdienst für Verbraucher
body-mediateur-asf = Le Médiateur de l'ASF
body-ombudsfin = Ombudsfin – Service de médiation des services financiers
    .to = Ombudsfin
body-ombudsman-assurances = Ombudsman des Assurances
    .to = dem Ombudsman des Assurances
body-consumerconnect = ConsumerConnect (SPF Économie)
    .to = der Plattform ConsumerConnect
body-spf-economie = SPF Économie, P.M.E., Classes moyennes et Énergie
    .to = dem SPF Économie (Direction générale de l’Inspection économique)
