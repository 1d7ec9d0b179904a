//! The words a case file may use for a channel besides its key: French ones (« courriel »,
//! « lettre recommandée »), which the case file's schema lists too.

use super::ChannelKind;

/// The French words a case file may use for a channel, and the channel each stands for.
pub const CHANNEL_ALIASES: [(&str, &str); 20] = [
    ("téléphone", "phone"),
    ("telephone", "phone"),
    ("appel", "phone"),
    ("courriel", "email"),
    ("e-mail", "email"),
    ("mail", "email"),
    ("courrier", "letter"),
    ("lettre", "letter"),
    ("lettre simple", "letter"),
    ("lettre recommandée", "registered"),
    ("lettre recommandee", "registered"),
    ("recommandé", "registered"),
    ("recommandée", "registered"),
    ("recommande", "registered"),
    ("envoi recommandé", "registered"),
    ("formulaire", "portal"),
    ("formulaire en ligne", "portal"),
    ("messagerie", "chat"),
    ("en personne", "in-person"),
    ("sur place", "in-person"),
];

impl schemars::JsonSchema for ChannelKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ChannelKind".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        const KEYS: &str = "phone email letter registered portal chat in-person";
        let mut accepted: Vec<&str> = KEYS.split(' ').collect();
        accepted.extend(CHANNEL_ALIASES.iter().map(|(alias, _)| *alias));
        schemars::json_schema!({
            "description": "How the step was taken: phone, email, letter, registered, portal, chat or in-person; in French, téléphone, courriel, courrier or lettre, lettre recommandée or recommandé, formulaire, messagerie, en personne.",
            "type": "string",
            "enum": accepted
        })
    }
}
