//! Swedish and Greek (issue 15): the new-language fixtures
//! (`tests/fixtures/notices/new-languages/<lang>/`, written by an author who never saw the
//! cue data), run through the product path end to end
//! ([`breachnotice_tests::score_end_to_end`]) with language detection on. The tuning part
//! (`nNN-*`) and the held-out part (`heldout/hNN-*`, never tuned on) are scored separately;
//! each fails below its floors, set just under the figures measured when the language was
//! added (see the floors' comments). Every notice's language must be detected right.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice_tests::{LabelledNotice, load_labelled, score_end_to_end};

/// The notices of `lang`, the held-out part or the tuning part.
fn load(lang: &str, heldout: bool) -> Vec<LabelledNotice> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/notices/new-languages")
        .join(lang);
    let all = load_labelled(&dir).unwrap_or_else(|e| panic!("{lang}: {e}"));
    all.into_iter()
        .filter(|n| n.path.components().any(|c| c.as_os_str() == "heldout") == heldout)
        .collect()
}

/// Scores `notices`, prints the table and the disagreements, and checks detection, the
/// language's macro-F1 floor and the per-element floor.
fn score(set: &str, notices: &[LabelledNotice], lang: &str, macro_floor: f64, element_floor: f64) {
    assert!(!notices.is_empty(), "{set}: no notices");
    let run = score_end_to_end(notices);
    print!("{}", run.scores.table());
    for (path, id, labelled) in &run.errors {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let kind = if *labelled {
            "missed"
        } else {
            "false positive"
        };
        println!("{set}: {} {id}: {kind}", name.unwrap_or_default());
    }
    assert!(
        run.detected_wrong.is_empty(),
        "{set}: language detected wrong: {:?}",
        run.detected_wrong
    );
    assert!(run.unknown_ids.is_empty(), "{:?}", run.unknown_ids);
    assert!(
        run.inapplicable_present.is_empty(),
        "{set}: delay_reasons reported present where it does not apply: {:?}",
        run.inapplicable_present
    );
    let f1 = run.scores.macro_f1(lang);
    assert!(
        f1 >= macro_floor,
        "{set}: macro-F1 {f1:.3} < floor {macro_floor}"
    );
    for ((l, el), c) in &run.scores.cells {
        if l == lang {
            assert!(
                c.f1() >= element_floor,
                "{set}: {el} F1 {:.3} < floor {element_floor}",
                c.f1()
            );
        }
    }
}

/// Swedish, tuning part: macro-F1 1.000, every element 1.00 when the language was added.
#[test]
fn swedish_tuning_set() {
    score("sv tune", &load("sv", false), "sv", 0.97, 0.90);
}

/// Swedish, held-out part, scored once when the language was added: macro-F1 0.858
/// (precision 1.00 throughout; recall nature 0.60, consequences 0.67, measures_taken 0.80,
/// delay_reasons 0/1), below the target of 0.90: the floors only guard against
/// regressions (delay_reasons, with one labelled notice, has no element floor yet).
#[test]
fn swedish_heldout_set() {
    score("sv heldout", &load("sv", true), "sv", 0.85, 0.0);
}

/// Greek, tuning part: macro-F1 1.000, every element 1.00 when the language was added.
#[test]
fn greek_tuning_set() {
    score("el tune", &load("el", false), "el", 0.97, 0.90);
}

/// Greek, held-out part, scored once when the language was added: macro-F1 0.911
/// (precision 1.00 throughout; recall consequences 0.50, nature 0.60, timeline 0.60,
/// contact_point 0.75); the element floor sits under the lowest F1 (0.67).
#[test]
fn greek_heldout_set() {
    score("el heldout", &load("el", true), "el", 0.90, 0.65);
}
