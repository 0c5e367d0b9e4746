//! Invariants shared by the targets (included by `#[path]`): what a report and a draft
//! must be on every input, per the contract (§1: never a panic, never a partial output).

use breachnotice::fix::draft::{DraftRequest, draft};
use breachnotice::limits::{DRAFT_TEXT_BYTES, REPORT_JSON_BYTES};
use breachnotice::{Report, SinkError};

/// Every evidence span (elements, derived facts, claims) lies inside `text` and on its
/// char boundaries; the report fits `REPORT_JSON_BYTES`, is UTF-8 JSON, streams to the
/// same bytes, and one byte less of buffer is an error, not a cut report. Returns the JSON.
pub fn check_report(report: &Report<'_>, text: Option<&str>, buf: &mut [u8]) -> usize {
    let t = text.unwrap_or("");
    for element in report.elements() {
        for span in &element.evidence {
            assert!(span.slice(t).is_some(), "span {span:?} off the text");
        }
    }
    if let Some(d) = &report.derived {
        for span in d
            .evidence
            .iter()
            .map(|e| e.span)
            .chain(d.claims.iter().map(|c| c.span))
        {
            assert!(
                span.slice(t).is_some(),
                "derived span {span:?} off the text"
            );
        }
    }
    assert!(buf.len() >= REPORT_JSON_BYTES);
    let n = report
        .write_json(buf)
        .expect("report over REPORT_JSON_BYTES");
    let json = core::str::from_utf8(&buf[..n]).expect("report not UTF-8");
    serde_json::from_str::<serde_json::Value>(json).expect("report not JSON");
    let mut at = 0;
    report
        .write_json_to(&mut |p: &[u8]| -> Result<(), SinkError> {
            assert_eq!(
                buf.get(at..at + p.len()),
                Some(p),
                "streamed bytes differ at {at}"
            );
            at += p.len();
            Ok(())
        })
        .expect("streaming failed");
    assert_eq!(at, n, "streamed length differs");
    let mut short = [0u8; REPORT_JSON_BYTES];
    assert!(
        report.write_json(&mut short[..n - 1]).is_err(),
        "a report cut to a short buffer"
    );
    n
}

/// The draft fits `DRAFT_TEXT_BYTES`, is non-empty UTF-8, and one byte less of buffer is
/// an error, not a cut draft.
pub fn check_draft(req: &DraftRequest<'_>) {
    let mut buf = [0u8; DRAFT_TEXT_BYTES];
    let n = draft(&mut buf, req).expect("draft over DRAFT_TEXT_BYTES");
    assert!(n > 0, "empty draft");
    let text = core::str::from_utf8(&buf[..n]).expect("draft not UTF-8");
    assert!(!text.bytes().any(|b| b == 0), "NUL in the draft");
    assert!(
        draft(&mut buf[..n - 1], req).is_err(),
        "a draft cut to a short buffer"
    );
}
