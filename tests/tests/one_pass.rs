//! `evaluate` reads a notice once for both the element analysis and the derived facts (one
//! split into sentences, one pass of each sentence's words over both cue indexes). These
//! tests check that this shared pass gives exactly what the two separate readings give:
//! the matcher's two-index pass against two one-index passes, and `evaluate`'s elements
//! and derived facts against `analyze` and `derive_facts` (for the authority, with the
//! document's own date: `DerivedFacts::notified_on_document_date`), on every notice
//! fixture in every language.

use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::analysis::cue_index;
use breachnotice::derive::derive_facts;
use breachnotice::derive::index::derive_index;
use breachnotice::facts::Facts;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::text::matcher::{CueMatch, find_cues_in_packed, find_cues_in_two};
use breachnotice::text::sentences::Sentences;
use breachnotice::time::Timestamp;
use breachnotice::{Audience, ElementId, Lang, Status, analyze};

/// Every `.txt` notice under `tests/fixtures/notices`, sorted.
fn notices() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices"),
        &mut out,
    );
    out.sort();
    assert!(out.len() >= 60, "notice fixtures not found");
    out
}

/// Some notices as a text with a postscript paragraph, which derives nothing but is
/// still analysed.
fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in notices() {
        let text = fs::read_to_string(&path).unwrap_or_default();
        let name = path.display().to_string();
        out.push((
            format!("{name} + P.S."),
            format!("{text}\n\nP.S. An attacker copied 1,200 passwords on 3 May 2026."),
        ));
        out.push((name, text));
    }
    out
}

#[test]
fn two_index_pass_gives_each_index_its_own_matches() {
    let mut checked = 0usize;
    for (name, text) in texts() {
        for lang in Lang::ALL {
            let (first_index, second_index) = (cue_index(lang), derive_index(lang));
            let (first_decoded, second_decoded) = (first_index.decode(), second_index.decode());
            let (first, second) = (first_decoded.cues(), second_decoded.cues());
            for s in Sentences::new(&text) {
                let slice = text.get(s.start..s.end).unwrap_or("");
                let mut want_first: Vec<CueMatch> = Vec::new();
                let mut want_second: Vec<CueMatch> = Vec::new();
                // Each index decoded on its own for this sentence.
                find_cues_in_packed(slice, s.start, first_index, |m| want_first.push(m));
                find_cues_in_packed(slice, s.start, second_index, |m| want_second.push(m));
                let mut got_first: Vec<CueMatch> = Vec::new();
                let mut got_second: Vec<CueMatch> = Vec::new();
                find_cues_in_two(
                    slice,
                    s.start,
                    (first, &mut |m| got_first.push(m)),
                    Some((second, &mut |m| got_second.push(m))),
                );
                assert_eq!(got_first, want_first, "{name} ({lang:?}): {slice:?}");
                assert_eq!(got_second, want_second, "{name} ({lang:?}): {slice:?}");
                let mut alone: Vec<CueMatch> = Vec::new();
                find_cues_in_two(slice, s.start, (second, &mut |m| alone.push(m)), None);
                assert_eq!(alone, want_second, "{name} ({lang:?}): {slice:?}");
                checked += got_first.len() + got_second.len();
            }
        }
    }
    assert!(checked > 10_000, "only {checked} matches checked");
}

#[test]
fn evaluate_gives_what_analyze_and_derive_facts_give() {
    let now = Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok();
    let timely = Facts::from_json(
        br#"{"aware_at":"2026-11-23T09:00:00Z","authority_notified_at":"2026-11-24T09:00:00Z"}"#,
    )
    .ok();
    for (name, text) in texts() {
        for lang in Lang::ALL {
            let derived = derive_facts(&text, lang);
            // A notification to the authority is dated by the document's own date when no
            // sentence dates it, unless the notice explains its own delay (read as
            // `analyze` reads it with lateness unknown).
            let explains = analyze(&text, Audience::Authority, lang, None)
                .elements
                .iter()
                .any(|e| e.id == ElementId::DelayReasons && e.status == Status::Present);
            let mut for_authority = derived.clone();
            for_authority.notified_on_document_date(explains);
            for audience in Audience::ALL {
                let derived = if audience == Audience::Authority {
                    &for_authority
                } else {
                    &derived
                };
                for facts in [None, timely.as_ref()] {
                    let report = evaluate(&Request {
                        text: Some(&text),
                        audience,
                        lang: LangChoice::Fixed(lang),
                        facts,
                        now,
                    });
                    assert_eq!(report.derived.as_ref(), Some(derived), "{name} ({lang:?})");
                    let notice = analyze(&text, audience, lang, report.late());
                    assert_eq!(
                        report.notice.as_ref(),
                        Some(&notice),
                        "{name} ({lang:?}, {audience:?})"
                    );
                }
            }
        }
    }
}
