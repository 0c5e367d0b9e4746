//! What a newcomer to the Rust library met (issue "The three ways in"), each as a test:
//! `?` across the API's error types, errors that name the field, the value and what is
//! allowed (as the CLI does), and helpers to list the elements and the missing ones.
#![allow(
    clippy::panic,
    reason = "test code: a panic is how a test reports a failure"
)]

use breachnotice::facts::Facts;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, ElementId, Error, ErrorKind, Location, SinkError, Status};

/// `?` works on every error type the API returns, into `breachnotice::Error`.
fn with_question_marks(now: &str, facts: &[u8], text: &[u8]) -> Result<usize, Error> {
    let now = Timestamp::parse_rfc3339(now)?;
    let facts = Facts::from_json(facts)?;
    let text = core::str::from_utf8(text)?;
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Auto,
        facts: Some(&facts),
        now: Some(now),
    });
    let mut n = 0;
    report.write_json_to(&mut |p: &[u8]| -> Result<(), SinkError> {
        n += p.len();
        Ok(())
    })?;
    Ok(n)
}

#[test]
fn question_mark_works_across_the_api() {
    let ok = with_question_marks("2026-11-24T10:00:00Z", b"{}", b"We lost a laptop.");
    assert!(ok.is_ok_and(|n| n > 100));
    // A typo in `now` is an error, not a silent "unknown" deadline.
    let typo = with_question_marks("2026-11-24 10:00", b"{}", b"text");
    assert_eq!(typo.map_err(|e| e.kind), Err(ErrorKind::InvalidTimestamp));
    let bad_text = with_question_marks("2026-11-24T10:00:00Z", b"{}", b"ab\xffc");
    assert_eq!(
        bad_text.map_err(|e| (e.kind, e.at)),
        Err((ErrorKind::InvalidUtf8, Location::Byte(2)))
    );
}

#[test]
fn errors_say_as_much_as_the_command_line() {
    let unknown = Facts::from_json(br#"{"role": "controller", "severity": "high"}"#)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        unknown.starts_with("unknown field `severity` at byte offset 23 (fields: role, aware_at,"),
        "{unknown}"
    );
    let value = Facts::from_json(br#"{"exposure": "everyone"}"#)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(value.contains("in field `exposure`"), "{value}");
    assert!(value.contains("`everyone`"), "{value}");
    assert!(value.contains("(allowed: none, internal,"), "{value}");
    let wrong_type = Facts::from_json(br#"{"subjects": "1200"}"#);
    let e = wrong_type.err();
    assert_eq!(e.map(|e| e.found.to_string()), Some("\"1200\"".to_string()));
    assert!(
        e.is_some_and(|e| e
            .to_string()
            .ends_with("(expected: a non-negative integer)")),
        "{e:?}"
    );
    // A long value is cut at a char boundary and marked.
    let long = format!(r#"{{"role": "{}"}}"#, "é".repeat(40));
    let e = Facts::from_json(long.as_bytes()).err();
    assert!(
        e.is_some_and(|e| e.found.is_cut() && e.to_string().contains("é…`")),
        "{e:?}"
    );
}

#[test]
fn elements_and_missing_required_are_at_hand() {
    let text = "We lost a laptop with your name and address on it.";
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Fixed(breachnotice::Lang::En),
        facts: None,
        now: None,
    });
    let ids: Vec<ElementId> = report.elements().iter().map(|e| e.id).collect();
    assert!(ids.contains(&ElementId::ContactPoint) && ids.contains(&ElementId::Nature));
    let missing: Vec<ElementId> = report.missing_required().map(|e| e.id).collect();
    assert!(missing.contains(&ElementId::ContactPoint), "{missing:?}");
    assert!(
        report
            .missing_required()
            .all(|e| e.required && e.status == Status::Missing)
    );
    assert_eq!(report.complete(), missing.is_empty());
    // No text: no elements, nothing missing.
    let facts_only = evaluate(&Request {
        text: None,
        ..Request {
            text: Some(text),
            audience: Audience::Authority,
            lang: LangChoice::Auto,
            facts: None,
            now: None,
        }
    });
    assert!(facts_only.elements().is_empty());
    assert_eq!(facts_only.missing_required().count(), 0);
}
