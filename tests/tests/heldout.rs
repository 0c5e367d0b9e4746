//! The held-out set (`tests/fixtures/notices/heldout/`): 30 notices in six languages whose
//! author never saw the cue tables. Unlike `corpus.rs`, which calls the analyser with the
//! labelled language and lateness, this runs the product path end to end —
//! [`breachnotice::evaluate`] with language detection and lateness read from the text — and
//! prints per-language, per-element scores. It fails only below a regression floor
//! ([`FLOOR_MACRO_F1`]); the figures are reported in the release notes. Never add a cue to
//! fix a held-out miss: write a notice of the same kind into `extra/` and tune on that.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice_tests::{load_labelled, score_end_to_end};

/// The macro-F1 over all languages below which the held-out run fails (a regression floor,
/// set below the measured figure so that noise does not fail it).
const FLOOR_MACRO_F1: f64 = 0.80;

#[test]
fn heldout_end_to_end() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices/heldout");
    let notices = load_labelled(&dir).expect("held-out notices load");
    assert_eq!(notices.len(), 30, "the held-out set has 30 notices");
    let run = score_end_to_end(&notices);
    println!(
        "held-out: language detected right {}/{}",
        run.detected_right,
        notices.len()
    );
    print!("{}", run.scores.table());
    let overall = run.mean_macro_f1();
    println!("held-out: mean macro-F1 over languages {overall:.3}");
    assert!(
        run.detected_wrong.is_empty(),
        "language detection on the held-out set: {:?}",
        run.detected_wrong
    );
    run.assert_sound();
    assert!(
        overall >= FLOOR_MACRO_F1,
        "held-out macro-F1 {overall:.3} is below the floor {FLOOR_MACRO_F1}"
    );
}
