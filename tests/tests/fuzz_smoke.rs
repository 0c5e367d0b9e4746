//! A short run of the stable fuzzer in every `cargo test` (`cargo xtask test` runs
//! 100 000 inputs in release): no panic, spans on char boundaries, the report fits and
//! parses, streaming equals buffering, the UTF-16 conversion holds, the draft fits.
#![allow(
    clippy::panic,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice::{Lang, LangChoice};
use breachnotice_tests::fuzz::{XorShift, lang_of, mutate, run, seeds};

#[test]
fn a_few_thousand_mutated_fixtures_break_no_invariant() {
    let fixtures = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"));
    let seeds = seeds(fixtures).unwrap_or_else(|e| panic!("{e}"));
    assert!(seeds.len() > 100, "only {} seeds", seeds.len());
    match run(&seeds, 3_000, 7) {
        Ok(stats) => {
            assert_eq!(stats.inputs, 3_000);
            // Facts inputs are a small share of the seeds, shrinking as notice fixtures are
            // added (21 of 3 000 once the 84 blind notices and signal notices of the six
            // new languages were in): the floor only checks that some are exercised.
            assert!(
                stats.texts > 1_000
                    && stats.facts > 10
                    && stats.reports > 1_000
                    && stats.drafts == stats.reports,
                "{stats:?}"
            );
        }
        Err(f) => panic!("{}: input {:?}", f.what, String::from_utf8_lossy(&f.input)),
    }
}

#[test]
fn the_generator_is_deterministic() {
    let seeds = vec![
        b"We lost a laptop.".to_vec(),
        br#"{"role":"controller"}"#.to_vec(),
    ];
    let (mut a, mut b) = (XorShift::new(42), XorShift::new(42));
    for _ in 0..100 {
        assert_eq!(mutate(&mut a, &seeds), mutate(&mut b, &seeds));
    }
}

/// The selector byte reaches every language (it reached only the first six once there
/// were twelve) and automatic detection.
#[test]
fn the_selector_reaches_every_language() {
    let chosen: Vec<LangChoice> = (0..=u8::MAX).map(lang_of).collect();
    assert!(chosen.contains(&LangChoice::Auto));
    for lang in Lang::ALL {
        assert!(
            chosen.contains(&LangChoice::Fixed(lang)),
            "{lang:?} never chosen"
        );
    }
}
