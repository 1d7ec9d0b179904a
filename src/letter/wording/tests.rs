//! The message files: every language holds every message, every recipient is named, a folder
//! replaces the built-in wording.

use super::*;

mod messages {
    use super::*;

    #[test]
    fn every_language_holds_the_same_messages() {
        // The French file is the reference; a message missing from a language, or one only it
        // has, is listed by language and id.
        let reference = Wording::ids(FRENCH);
        assert!(!reference.is_empty());
        let mut differences = Vec::new();
        for Locale {
            code,
            letters: (file, text),
            ..
        } in LOCALES
        {
            let ids = Wording::ids(text);
            for id in reference.iter().filter(|id| !ids.contains(id)) {
                differences.push(format!("{file} ({code}) lacks `{id}`"));
            }
            for id in ids.iter().filter(|id| !reference.contains(id)) {
                differences.push(format!(
                    "{file} ({code}) has `{id}`, which fr/lettre.ftl lacks"
                ));
            }
        }
        assert!(differences.is_empty(), "{}", differences.join("\n"));
        // Every one parses and passes the check a folder's files get (the built-in ones are
        // not checked at each start).
        for locale in &LOCALES {
            parse(locale.letters.1, locale.code, Path::new(locale.letters.0))
                .unwrap_or_else(|e| panic!("{}: {e}", locale.letters.0));
        }
        Wordings::embedded();
    }

    #[test]
    fn every_message_formats_with_the_values_the_letters_give() {
        let wordings = Wordings::embedded();
        for Locale {
            code,
            letters: (_, text),
            ..
        } in LOCALES
        {
            let wording = wordings.of(match code {
                "nl" => crate::letter::Language::Dutch,
                "de" => crate::letter::Language::German,
                _ => crate::letter::Language::French,
            });
            let values: Vec<(&str, &str)> = VALUES.iter().map(|v| (*v, "x")).collect();
            for id in Wording::ids(text) {
                let said = wording.say(&id, &values);
                assert!(!said.is_empty() && !said.contains('{'), "{id}: {said}");
            }
        }
    }
}

mod names {
    use super::*;

    #[test]
    fn every_recipient_of_the_registry_is_named_in_every_language() {
        let registry = Registry::embedded().unwrap();
        Wordings::embedded()
            .name_every_recipient(&registry)
            .unwrap();
        // And no name is left over from a recipient the registry no longer has.
        let ids: Vec<String> = registry.messages().into_iter().map(|n| n.message).collect();
        for locale in &LOCALES {
            for id in Wording::ids(locale.names.1) {
                assert!(
                    ids.contains(&id),
                    "{}: `{id}` names nothing",
                    locale.names.0
                );
            }
        }
    }

    #[test]
    fn a_name_is_its_phrase_when_the_language_gives_no_other() {
        let wordings = Wordings::embedded();
        let french = wordings
            .french()
            .named("recipient-cetelem-fr-service-client");
        assert_eq!(
            french,
            Some(Named {
                name: "le service client de Cetelem".into(),
                to: "au service client de Cetelem".into(),
            })
        );
        let dutch = wordings.dutch().named("body-ombudsman-assurances").unwrap();
        assert_eq!(dutch.name, "Ombudsman van de Verzekeringen");
        assert_eq!(dutch.to, dutch.name);
        assert_eq!(wordings.french().named("body-nobody"), None);
        // A letter's message is not a recipient's name.
        assert!(wordings.french().named("statement-no-court").is_some());
    }

    #[test]
    fn a_registry_adding_a_recipient_names_it_in_a_folder_of_message_files() {
        let text = crate::registry::EMBEDDED.replace(
            "\n  - id: consumerconnect\n",
            "\n  - id: nouveau-mediateur\n    kind: mediator\n    country: BE\n    name: Nouveau\n    address: null\n    missing: test\n    salutation: Madame,\n    sources: [seed-003]\n    verified: 2026-11-30\n\n  - id: consumerconnect\n",
        );
        let registry = Registry::parse(&text, Path::new("mon-registre.yaml")).unwrap();
        let error = Wordings::embedded()
            .name_every_recipient(&registry)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("the body `nouveau-mediateur` has no name in fr/destinataires.ftl"),
            "{error}"
        );
        // At the body's line and field in the registry.
        let line = text
            .lines()
            .position(|l| l == "  - id: nouveau-mediateur")
            .unwrap()
            + 1;
        let body = registry
            .bodies
            .iter()
            .position(|b| b.id == "nouveau-mediateur")
            .unwrap();
        assert!(
            error.contains(&format!("mon-registre.yaml:{line}:1: bodies[{body}]")),
            "{error}"
        );
        assert!(error.contains("nl/ontvangers.ftl"), "{error}");
        assert!(error.contains("`body-nouveau-mediateur = …`"), "{error}");
        let dir = tempfile::tempdir().unwrap();
        for (language, file) in [
            ("fr", "destinataires.ftl"),
            ("nl", "ontvangers.ftl"),
            ("de", "empfaenger.ftl"),
        ] {
            std::fs::create_dir_all(dir.path().join(language)).unwrap();
            std::fs::write(
                dir.path().join(language).join(file),
                "body-nouveau-mediateur = Le Nouveau Médiateur\n    .to = au Nouveau Médiateur\n\
                 body-ombudsfin = Ombudsfin (reworded)\n",
            )
            .unwrap();
        }
        let wordings = Wordings::from_folder(dir.path()).unwrap();
        wordings.name_every_recipient(&registry).unwrap();
        assert_eq!(
            wordings
                .french()
                .named("body-nouveau-mediateur")
                .unwrap()
                .to,
            "au Nouveau Médiateur"
        );
        // A name given again rewords the built-in one; the others stay.
        assert_eq!(
            wordings.dutch().named("body-ombudsfin").unwrap().name,
            "Ombudsfin (reworded)"
        );
        assert_eq!(
            wordings
                .french()
                .named("body-mediation-assurance")
                .unwrap()
                .to,
            "à la Médiation de l’Assurance"
        );
        assert_ne!(wordings.fingerprint, Wordings::embedded().fingerprint);
    }
}

mod folder {
    use super::*;

    #[test]
    fn a_folder_of_message_files_replaces_the_built_in_wording() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fr")).unwrap();
        std::fs::write(
            dir.path().join("fr/lettre.ftl"),
            FRENCH.replace(
                "statement-no-court = Aucune juridiction n’est saisie de ce litige.",
                "statement-no-court = Aucun tribunal n’est saisi de ce litige.",
            ),
        )
        .unwrap();
        let wordings = Wordings::from_folder(dir.path()).unwrap();
        assert_eq!(
            wordings.french().say("statement-no-court", &[]),
            "Aucun tribunal n’est saisi de ce litige."
        );
        // The Dutch file it does not hold is the built-in one.
        assert_eq!(
            wordings.dutch().say("statement-no-court", &[]),
            "Het geschil is niet voorgelegd aan een rechtbank."
        );
        assert_ne!(wordings.fingerprint, Wordings::embedded().fingerprint);
    }

    #[test]
    fn a_broken_message_file_is_refused_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fr")).unwrap();
        let missing = FRENCH.replace(
            "statement-no-court = Aucune juridiction n’est saisie de ce litige.\n",
            "",
        );
        std::fs::write(dir.path().join("fr/lettre.ftl"), &missing).unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        assert!(
            error.contains("statement-no-court: this message, which the letters need, is missing"),
            "{error}"
        );
        let typo = FRENCH.replace(
            "Montant en litige : { $amount }.",
            "Montant en litige : { $amont }.",
        );
        std::fs::write(dir.path().join("fr/lettre.ftl"), &typo).unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        let line = typo
            .lines()
            .position(|l| l.starts_with("amount ="))
            .unwrap()
            + 1;
        assert!(error.contains(&format!("lettre.ftl:{line}:1")), "{error}");
        assert!(error.contains("amont"), "{error}");
        std::fs::write(dir.path().join("fr/lettre.ftl"), "amount = { $amount").unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        assert!(error.contains("lettre.ftl:1:"), "{error}");
        assert!(error.contains("not a Fluent message"), "{error}");
    }
}
