//! Unit tests of the module above.

use super::*;

#[test]
fn shards_are_disjoint_and_cover_the_list() {
    let cases: Vec<String> = (0..1000)
        .map(|i| format!("folder-{}/case-{i}.yaml", i % 7))
        .collect();
    for count in [1, 2, 3, 8] {
        let mut seen = vec![0u32; cases.len()];
        for index in 1..=count {
            let shard = Shard { index, count };
            for (i, case) in cases.iter().enumerate() {
                if shard.holds(case) {
                    seen[i] += 1;
                }
            }
        }
        assert!(
            seen.iter().all(|n| *n == 1),
            "{count} shards: every case in exactly one"
        );
    }
    // Roughly even.
    let first = cases
        .iter()
        .filter(|c| Shard { index: 1, count: 4 }.holds(c))
        .count();
    assert!((200..300).contains(&first), "{first}");
}

#[test]
fn shard_syntax() {
    assert_eq!("2/8".parse::<Shard>(), Ok(Shard { index: 2, count: 8 }));
    assert!("0/8".parse::<Shard>().is_err());
    assert!("9/8".parse::<Shard>().is_err());
    assert!("2-8".parse::<Shard>().is_err());
}

#[test]
fn csv_quotes_what_needs_it() {
    assert_eq!(csv_field("a,b", ','), "\"a,b\"");
    assert_eq!(csv_field("a,b", ';'), "a,b");
    assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
    assert_eq!(csv_field("dit \"non\"", ','), "\"dit \"\"non\"\"\"");
    assert_eq!(csv_field("plain", ','), "plain");
}

#[test]
fn a_located_message_goes_on_one_line_without_its_excerpt() {
    let message = "error: a.yaml:16:16: references.card_number: fails its Luhn check\n   |\n16 |   card_number: \"XXXX 4445\"\n   |                ^\n  expected: 13 to 19 digits\n  help: copy it again";
    assert_eq!(
        one_line(message),
        "error: a.yaml:16:16: references.card_number: fails its Luhn check — expected: 13 to 19 digits — help: copy it again"
    );
}

#[test]
fn the_resume_state_is_saved_every_two_seconds_unless_saving_takes_longer_than_a_fiftieth() {
    use std::time::{Duration, Instant};
    let ago = |seconds| Instant::now() - Duration::from_secs(seconds);
    assert!(!Saving::new().due());
    let fast = Saving {
        last: ago(3),
        took: Duration::from_millis(10),
    };
    assert!(fast.due());
    // A save of 100 ms waits 5 s for the next.
    let slow = Saving {
        last: ago(3),
        took: Duration::from_millis(100),
    };
    assert!(!slow.due());
    let slow = Saving {
        last: ago(6),
        took: Duration::from_millis(100),
    };
    assert!(slow.due());

    let mut saving = Saving::new();
    let mut saved = 0;
    saving.save(|| saved += 1);
    assert_eq!(saved, 1);
    assert!(!saving.due());
}
