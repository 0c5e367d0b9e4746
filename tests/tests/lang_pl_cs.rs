//! Polish and Czech (issue 15): the new-language fixtures
//! (`tests/fixtures/notices/new-languages/<xx>/`, written by an author who never saw the
//! cue data) run through the product path end to end
//! ([`breachnotice_tests::score_end_to_end`]): language detected on every notice,
//! precision and recall per element printed, and per-language macro-F1 floors set a little
//! under the measured figures. The tuning part (`nNN-*`) is what the cues were written
//! against; the held-out part (`heldout/hNN-*`) was never read while tuning and was scored
//! once, at the end.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice_tests::{LabelledNotice, load_labelled, score_end_to_end};

/// Macro-F1 floors on the tuning part, per language: measured pl 1.000 (12 notices), cs
/// 1.000 (14 notices: `n13`, `n14` are short ones added for detection after the held-out
/// run, see below); each floor sits about one verdict below.
const TUNE_FLOORS: &[(&str, f64)] = &[("pl", 0.97), ("cs", 0.97)];

/// Macro-F1 floors on the held-out part, per language. Scored once, at the end: pl 0.762,
/// cs 0.888 with the short `h02-cs-ds` not detected (so every element missing). That miss
/// was fixed as the fixture README prescribes, by writing two short Czech notices into
/// the tuning part and widening the Czech detection words on them (no cue was added for
/// a held-out notice); the second run: pl 0.762 (unchanged), cs 0.937.
const HELDOUT_FLOORS: &[(&str, f64)] = &[("pl", 0.74), ("cs", 0.91)];

fn load(lang: &str, heldout: bool) -> Vec<LabelledNotice> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/notices/new-languages")
        .join(lang);
    let all = load_labelled(&dir).unwrap_or_else(|e| panic!("{lang}: {e}"));
    all.into_iter()
        .filter(|n| n.path.components().any(|c| c.as_os_str() == "heldout") == heldout)
        .collect()
}

fn run(floors: &[(&str, f64)], heldout: bool, part: &str) {
    for &(lang, floor) in floors {
        let notices = load(lang, heldout);
        assert!(!notices.is_empty(), "{lang} {part}: no notices");
        let run = score_end_to_end(&notices);
        print!("{part}: {}", run.scores.table());
        for (path, id, labelled) in &run.errors {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let kind = if *labelled {
                "missed"
            } else {
                "false positive"
            };
            println!("{part}: {} {id}: {kind}", name.unwrap_or_default());
        }
        assert!(
            run.detected_wrong.is_empty(),
            "{lang} {part}: language detected wrong: {:?}",
            run.detected_wrong
        );
        assert!(run.unknown_ids.is_empty(), "{:?}", run.unknown_ids);
        assert!(
            run.inapplicable_present.is_empty(),
            "delay_reasons reported present where it does not apply: {:?}",
            run.inapplicable_present
        );
        let f1 = run.scores.macro_f1(lang);
        assert!(
            f1 >= floor,
            "{lang} {part}: macro-F1 {f1:.3} < floor {floor}"
        );
    }
}

#[test]
fn tune_end_to_end() {
    run(TUNE_FLOORS, false, "tune");
}

#[test]
fn heldout_end_to_end() {
    run(HELDOUT_FLOORS, true, "heldout");
}
