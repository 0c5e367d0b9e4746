//! `Report::write_json_to` (the report written to a sink in pieces, for firmware) and
//! `Report::write_json` (the same writer into a buffer) give exactly the bytes of
//! `serde-json-core`'s serializer, on every labelled notice in both audiences and on every
//! facts scenario, and the JSON parses.
#![allow(
    clippy::panic,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice::facts::Facts;
use breachnotice::json_sink::SinkError;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Report, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Error};
use breachnotice_tests::load_labelled;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
}

/// Both writers' bytes against `serde-json-core`'s, or the first difference.
fn check_same(report: &Report<'_>, what: &str) {
    let mut whole = vec![0u8; REPORT_JSON_BYTES];
    let n = serde_json_core::to_slice(report, &mut whole)
        .unwrap_or_else(|e| panic!("{what}: serde-json-core: {e}"));
    whole.truncate(n);
    let mut buffered = vec![0u8; REPORT_JSON_BYTES];
    let m = report
        .write_json(&mut buffered)
        .unwrap_or_else(|e| panic!("{what}: write_json: {e}"));
    assert_eq!(
        buffered.get(..m),
        Some(whole.as_slice()),
        "{what}: write_json"
    );
    let mut pieces = Vec::new();
    let mut calls = 0usize;
    let written = report
        .write_json_to(&mut |p: &[u8]| -> Result<(), SinkError> {
            pieces.extend_from_slice(p);
            calls += 1;
            Ok(())
        })
        .unwrap_or_else(|e: Error| panic!("{what}: write_json_to: {e}"));
    assert_eq!(written, n, "{what}: length");
    if let Some(at) = whole.iter().zip(&pieces).position(|(a, b)| a != b) {
        panic!(
            "{what}: first difference at byte {at}: {:?} vs {:?}",
            String::from_utf8_lossy(whole.get(at..).unwrap_or_default()),
            String::from_utf8_lossy(pieces.get(at..).unwrap_or_default())
        );
    }
    assert_eq!(whole, pieces, "{what}");
    assert!(calls > 10, "{what}: written in pieces");
    serde_json::from_slice::<serde_json::Value>(&pieces)
        .unwrap_or_else(|e| panic!("{what}: not JSON: {e}"));
}

#[test]
fn every_labelled_notice_streams_the_same_bytes() {
    let now = Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok();
    let mut count = 0;
    for dir in ["notices/corpus", "notices/extra", "notices/heldout"] {
        let notices = load_labelled(&fixtures().join(dir)).unwrap_or_else(|e| panic!("{e}"));
        for n in &notices {
            for audience in [Audience::DataSubjects, Audience::Authority] {
                let report = evaluate(&Request {
                    text: Some(&n.text),
                    audience,
                    lang: LangChoice::Auto,
                    facts: None,
                    now,
                });
                check_same(&report, &format!("{} {audience:?}", n.path.display()));
                count += 1;
            }
        }
    }
    assert!(count >= 2 * 62, "only {count} reports compared");
}

#[test]
fn every_facts_scenario_streams_the_same_bytes() {
    let now = Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok();
    let mut count = 0;
    let dir = fixtures().join("facts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let raw = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let Ok(facts) = Facts::from_json(&raw) else {
            continue;
        };
        let report = evaluate(&Request {
            text: None,
            audience: Audience::Authority,
            lang: LangChoice::Auto,
            facts: Some(&facts),
            now,
        });
        check_same(&report, &path.display().to_string());
        count += 1;
    }
    assert!(count >= 40, "only {count} scenarios compared");
}
