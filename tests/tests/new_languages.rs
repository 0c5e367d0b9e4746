//! The new languages of issue 15 (`tests/fixtures/notices/new-languages/<xx>/`): notices
//! written by authors who never saw the cue data, 12 per language for tuning (`nNN-*`)
//! and 5 held out (`heldout/hNN-*`, never tuned on). Each set runs through the product
//! path end to end ([`breachnotice_tests::score_end_to_end`]: language detected, no facts)
//! and fails below per-language macro-F1 floors set just under the measured figures.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice_tests::{EndToEnd, LabelledNotice, load_labelled, score_end_to_end};

/// Tuning-set macro-F1 floors per language (measured figures in the comments).
const TUNE_FLOORS: &[(&str, f64)] = &[("pt", 0.97), ("ro", 0.97)]; // pt 1.000, ro 1.000

/// Held-out macro-F1 floors per language (measured once, at the end of the work).
/// Measured once: pt 0.806, ro 0.881 (below the 0.90 target; see the report).
const HELDOUT_FLOORS: &[(&str, f64)] = &[("pt", 0.78), ("ro", 0.86)];

fn load(lang: &str, heldout: bool) -> Vec<LabelledNotice> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/notices/new-languages")
        .join(lang);
    let all = load_labelled(&dir).unwrap_or_else(|e| panic!("{lang}: {e}"));
    all.into_iter()
        .filter(|n| n.path.components().any(|c| c.as_os_str() == "heldout") == heldout)
        .collect()
}

fn report(set: &str, notices: &[LabelledNotice], run: &EndToEnd) {
    println!(
        "{set}: language detected right {}/{} (wrong: {:?})",
        run.detected_right,
        notices.len(),
        run.detected_wrong
    );
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
}

fn check(heldout: bool, floors: &[(&str, f64)]) {
    let set = if heldout { "heldout" } else { "tune" };
    for (lang, floor) in floors {
        let notices = load(lang, heldout);
        assert!(notices.len() >= 5, "{lang} {set}: {}", notices.len());
        let run = score_end_to_end(&notices);
        report(&format!("{lang} {set}"), &notices, &run);
        assert!(run.detected_wrong.is_empty(), "{:?}", run.detected_wrong);
        assert!(run.unknown_ids.is_empty(), "{:?}", run.unknown_ids);
        assert!(
            run.inapplicable_present.is_empty(),
            "delay_reasons reported present where it does not apply: {:?}",
            run.inapplicable_present
        );
        let f1 = run.scores.macro_f1(lang);
        assert!(
            f1 >= *floor,
            "{lang} {set}: macro-F1 {f1:.3} < floor {floor}"
        );
    }
}

#[test]
fn tune_end_to_end() {
    check(false, TUNE_FLOORS);
}

#[test]
fn heldout_end_to_end() {
    check(true, HELDOUT_FLOORS);
}
