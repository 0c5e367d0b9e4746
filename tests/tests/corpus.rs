//! Corpus evaluation of the notice analyser.
//!
//! Loads every `NN-lang-aud.txt` with its `.json` labels from
//! `tests/fixtures/notices/corpus/` and `tests/fixtures/notices/extra/**`, runs
//! `analysis::analyze` with the label's language and audience (and `late =
//! delay_reasons_applicable`), prints per-language, per-element precision / recall / F1 and
//! the macro-F1, and fails when the macro-F1 of a language in [`GATED_LANGS`] is below
//! [`MIN_MACRO_F1`]. It also checks that every evidence span lies on char boundaries inside
//! the text.
//!
//! Labels are read with the shared loader [`load_labelled`] and scored with the shared
//! [`Scores`] (`tests/src/lib.rs`).
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice::analysis::analyze;
use breachnotice::{ElementId, Lang, Status};
use breachnotice_tests::{LabelledNotice, Scores, load_labelled};

/// Languages whose macro-F1 must reach [`MIN_MACRO_F1`]. Helpers add theirs when their
/// tables are complete.
const GATED_LANGS: &[&str] = &["en", "de", "it", "nl", "fr", "es"];

/// The macro-F1 a gated language must reach.
const MIN_MACRO_F1: f64 = 0.90;

/// Every labelled notice of `fixtures/notices/corpus` and `fixtures/notices/extra`, each
/// with at least one element label.
fn load() -> Vec<LabelledNotice> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices");
    let mut notices = load_labelled(&root.join("corpus")).expect("corpus labels load");
    notices.extend(load_labelled(&root.join("extra")).expect("extra labels load"));
    notices.sort_by(|a, b| a.path.cmp(&b.path));
    for n in &notices {
        assert!(
            !n.elements.is_empty(),
            "{}: no element labels",
            n.path.display()
        );
    }
    notices
}

#[test]
fn corpus_macro_f1() {
    let notices = load();
    assert!(notices.len() >= 32, "corpus not found");
    let mut scores = Scores::default();
    let mut errors = Vec::new();
    for n in &notices {
        let Some(lang) = Lang::parse(&n.lang) else {
            continue;
        };
        let report = analyze(&n.text, n.audience, lang, n.delay_reasons_applicable);
        for e in &report.elements {
            for s in &e.evidence {
                let (a, b) = (s.start as usize, s.end as usize);
                assert!(
                    a <= b
                        && b <= n.text.len()
                        && n.text.is_char_boundary(a)
                        && n.text.is_char_boundary(b),
                    "{}: bad span {a}..{b}",
                    n.path.display()
                );
            }
        }
        let file = n.path.file_name().and_then(|f| f.to_str()).unwrap_or("");
        for (id, want) in &n.elements {
            let Some(eid) = ElementId::parse(id) else {
                continue;
            };
            let Some(got) = report.elements.iter().find(|e| e.id == eid) else {
                errors.push(format!("{}: {id} missing from report", n.path.display()));
                continue;
            };
            if got.status == Status::NotApplicable {
                continue;
            }
            let got_present = got.status == Status::Present;
            match (want, got_present) {
                (false, true) => {
                    let ev: Vec<&str> = got
                        .evidence
                        .iter()
                        .filter_map(|s| s.slice(&n.text))
                        .collect();
                    println!("FP {file} {id}: {ev:?}");
                }
                (true, false) => println!("FN {file} {id}"),
                _ => {}
            }
            scores.add(&n.lang, eid.as_str(), *want, got_present);
        }
    }
    println!("\n{}", scores.table());
    let failed: Vec<String> = scores
        .langs()
        .into_iter()
        .filter(|lang| GATED_LANGS.contains(&lang.as_str()))
        .filter_map(|lang| {
            let macro_f1 = scores.macro_f1(&lang);
            (macro_f1 < MIN_MACRO_F1)
                .then(|| format!("{lang}: macro-F1 {macro_f1:.3} < {MIN_MACRO_F1}"))
        })
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(failed.is_empty(), "{failed:#?}");
}

/// With lateness unknown (`late = None`), `delay_reasons` is never `missing`: it is
/// `present` (and then required) when the notice explains a delay, else `not_applicable`
/// — and with `late = Some(false)` it is always `not_applicable`.
#[test]
fn delay_reasons_with_unknown_or_timely_lateness() {
    let notices = load();
    assert!(notices.len() >= 32, "corpus not found");
    for n in &notices {
        let Some(lang) = Lang::parse(&n.lang) else {
            continue;
        };
        let delay = |late: Option<bool>| {
            analyze(&n.text, n.audience, lang, late)
                .elements
                .iter()
                .find(|e| e.id == ElementId::DelayReasons)
                .map(|e| (e.status, e.required))
        };
        if let Some((status, required)) = delay(None) {
            assert!(
                matches!(
                    (status, required),
                    (Status::Present, true) | (Status::NotApplicable, false)
                ),
                "{}: {status:?} required={required}",
                n.path.display()
            );
        }
        if let Some((status, required)) = delay(Some(false)) {
            assert!(
                status == Status::NotApplicable && !required,
                "{}: {status:?} required={required}",
                n.path.display()
            );
        }
    }
}
