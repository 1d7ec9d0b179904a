# Hoe de Nederlandstalige brieven elke ontvanger van het register (institutions.yaml) noemen:
# zijn naam in een zin (de waarde, $to_name in brief.ftl) en, als attribuut `.to` wanneer nodig,
# hoe een zin hem noemt als degene aan wie geschreven wordt ($to in brief.ftl; zonder `.to` is
# dat de naam). De adressen en de regels van de envelop blijven in het register, met hun bronnen.
#
# De namen: `institution-<instelling>`, `recipient-<instelling>-<ontvanger>` (een ontvanger die
# in een trede van een instelling is uitgeschreven), `body-<instantie>` (een ombudsdienst of een
# overheid). Een aangepast register (--registry) noemt zijn nieuwe ontvangers in een bestand met
# dezelfde naam in een map --locales, dat bij dit bestand komt en de berichten vervangt die het
# opnieuw definieert.

## De instellingen en de ontvangers van hun treden

# cetelem-fr
institution-cetelem-fr = Cetelem (BNP Paribas Personal Finance)
recipient-cetelem-fr-service-client = de klantendienst van Cetelem
recipient-cetelem-fr-service-consommateurs = de consumentendienst van Cetelem

# amex-fr
institution-amex-fr = American Express Carte France
recipient-amex-fr-service-clients = de klantendienst van American Express
recipient-amex-fr-siege-social = de dienst klantenrelaties van American Express Carte France

# cetelem-be: de bron (in het Frans) geeft voor klachten geen dienst, alleen „CETELEM”.
institution-cetelem-be = Cetelem (BNP Paribas Personal Finance Belgium)
recipient-cetelem-be-cetelem = Cetelem
recipient-cetelem-be-cetelem-assurances = de klantendienst verzekeringen van Cetelem

# stellantis-fs-belux: de bron noemt de diensten in het Frans („Service des opérations / SRC
# (clients B2C)”, „… / BU Lease (clients B2B)”, „Service des plaintes”); de envelop houdt die
# namen, de zinnen zeggen wat de dienst doet.
institution-stellantis-fs-belux = Stellantis Financial Services Belux NV
    .to = Stellantis Financial Services Belux
recipient-stellantis-fs-belux-b2c = Stellantis Financial Services Belux
    .to = de dienst operaties (particuliere klanten) van Stellantis Financial Services Belux
recipient-stellantis-fs-belux-b2b = Stellantis Financial Services Belux
    .to = de dienst operaties (zakelijke klanten) van Stellantis Financial Services Belux
recipient-stellantis-fs-belux-service-plaintes = Stellantis Financial Services Belux
    .to = de klachtendienst van Stellantis Financial Services Belux

# madame-courtage
institution-madame-courtage = Cabinet Madame Courtage
recipient-madame-courtage-interlocuteur = Cabinet Madame Courtage
    .to = { $voice ->
        [representative] de vaste contactpersoon van onze lastgever bij Cabinet Madame Courtage
        [company] onze vaste contactpersoon bij Cabinet Madame Courtage
       *[own] mijn vaste contactpersoon bij Cabinet Madame Courtage
    }
recipient-madame-courtage-responsable-reclamations = Cabinet Madame Courtage
    .to = de klachtenverantwoordelijke van Cabinet Madame Courtage

## De ombudsdiensten en de overheden

body-mediatrice-bnpp-pf = de ombudsvrouw van BNP Paribas Personal Finance
body-mediation-assurance = La Médiation de l’Assurance
body-mediateur-fbf = de ombudsman bij de FBF
# De Nederlandse naam die de dienst zelf draagt (consumentenombudsdienst.be).
body-consumentenombudsdienst = de Consumentenombudsdienst
    .to = de Consumentenombudsdienst
body-mediateur-asf = de ombudsman van de ASF
# Niet bevestigd door de bronnen van het register (die Frans zijn): de naam die Ombudsfin zich
# op de Nederlandstalige pagina's van ombudsfin.be geeft.
body-ombudsfin = Ombudsfin – Ombudsman in financiële geschillen
    .to = Ombudsfin
# Niet bevestigd door de bronnen van het register: de Nederlandse naam van de dienst.
body-ombudsman-assurances = Ombudsman van de Verzekeringen
body-consumerconnect = ConsumerConnect (FOD Economie)
    .to = het platform ConsumerConnect
body-spf-economie = FOD Economie, K.M.O., Middenstand en Energie
    .to = de FOD Economie (Algemene Directie Economische Inspectie)
