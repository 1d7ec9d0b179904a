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

## De ombudsdiensten en de overheden

body-mediatrice-bnpp-pf = La Médiatrice auprès de BNP Paribas Personal Finance
body-mediation-assurance = La Médiation de l'Assurance
body-mediateur-asf = Le Médiateur de l'ASF
body-ombudsfin = Ombudsfin – Ombudsman in financiële geschillen
body-ombudsman-assurances = Ombudsman van de Verzekeringen
body-consumerconnect = ConsumerConnect (SPF Économie)
body-spf-economie = FOD Economie, K.M.O., Middenstand en Energie
