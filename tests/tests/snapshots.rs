//! A snapshot per labelled notice (`tests/fixtures/notices/**`): what the engine reads in
//! it — the language, one line per element with its status and the quoted evidence, and
//! the facts derived from the text — stored in `tests/snapshots/notices/<same path>.snap`
//! and reviewed like code. Any change fails this test with a line diff; after reviewing it,
//! accept it with
//!
//! ```sh
//! BLESS=1 cargo test -p breachnotice-tests --test snapshots
//! ```
//!
//! and commit the changed `.snap` files with the change that caused them. A line marked
//! `≠ label` is an element whose status disagrees with the notice's label (the aggregate
//! precision/recall/F1 per language stays in `corpus.rs`).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Span, Status};
use breachnotice_tests::{LabelledNotice, load_labelled};

/// The quoted text of a span, on one line.
fn quote(text: &str, span: Span) -> String {
    let s = text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("<not on a char boundary>");
    format!("{:?}", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The snapshot text of one notice.
fn snapshot(n: &LabelledNotice) -> String {
    let now = Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok();
    let report = evaluate(&Request {
        text: Some(&n.text),
        audience: n.audience,
        lang: LangChoice::Auto,
        facts: None,
        now,
    });
    let mut out = String::new();
    let _ = writeln!(out, "audience: {}", n.audience.as_str());
    let _ = writeln!(
        out,
        "language: {} ({}; label: {})",
        report.language.code(),
        report.language.source(),
        n.lang
    );
    if let Some(notice) = &report.notice {
        for e in &notice.elements {
            let status = match e.status {
                Status::Present => "present",
                Status::Missing => "missing",
                Status::NotApplicable => "not_applicable",
            };
            let label = n
                .elements
                .iter()
                .find(|(id, _)| id == e.id.as_str())
                .map(|&(_, present)| present);
            let disagrees = match (label, e.status) {
                (Some(true), Status::Missing) | (Some(false), Status::Present) => " ≠ label",
                _ => "",
            };
            let _ = write!(out, "{}: {status}{disagrees}", e.id.as_str());
            for span in &e.evidence {
                let _ = write!(out, " {}", quote(&n.text, *span));
            }
            if e.evidence_truncated {
                out.push_str(" …");
            }
            out.push('\n');
        }
    }
    if let Some(derived) = &report.derived {
        for ev in &derived.evidence {
            let value = serde_json::to_value(ev.value).unwrap_or_default();
            let _ = writeln!(
                out,
                "derived {} = {value}: {}",
                ev.field.as_str(),
                quote(&n.text, ev.span)
            );
        }
        for claim in &derived.claims {
            let claim = serde_json::to_value(claim).unwrap_or_default();
            let _ = writeln!(out, "claim {claim}");
        }
    }
    out
}

/// The minimal line diff of two texts (`-` stored, `+` now), for the failure message.
#[allow(
    clippy::indexing_slicing,
    reason = "test code: the table is sized to the indexes used"
)]
fn diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // Longest common subsequence table (snapshots are a few dozen lines).
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "  + {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "  - {}", a[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn every_notice_matches_its_reviewed_snapshot() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("fixtures/notices");
    let snapshots = root.join("snapshots/notices");
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let notices = load_labelled(&fixtures)?;
    assert!(notices.len() >= 100, "only {} notices found", notices.len());
    let mut expected_files = BTreeSet::new();
    let mut failures = Vec::new();
    for n in &notices {
        let rel = n.path.strip_prefix(&fixtures).unwrap_or(&n.path);
        let snap_path: PathBuf = snapshots.join(rel).with_extension("snap");
        expected_files.insert(snap_path.clone());
        let now = snapshot(n);
        let stored = fs::read_to_string(&snap_path).ok();
        if stored.as_deref() == Some(now.as_str()) {
            continue;
        }
        if bless {
            if let Some(dir) = snap_path.parent() {
                fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            fs::write(&snap_path, &now).map_err(|e| format!("{}: {e}", snap_path.display()))?;
            eprintln!("blessed {}", snap_path.display());
        } else {
            failures.push(format!(
                "{}:\n{}",
                snap_path.strip_prefix(root).unwrap_or(&snap_path).display(),
                diff(stored.as_deref().unwrap_or(""), &now)
            ));
        }
    }
    // Snapshots of notices that no longer exist.
    let mut stale = Vec::new();
    let mut todo = vec![snapshots.clone()];
    while let Some(dir) = todo.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else if !expected_files.contains(&path) {
                stale.push(path);
            }
        }
    }
    for path in stale {
        if bless {
            fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("removed {}", path.display());
        } else {
            failures.push(format!("{}: no such notice any more", path.display()));
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    eprintln!("{}", failures.join("\n"));
    Err(format!(
        "{} snapshot(s) changed (diffs above: - stored, + now); review them, then accept \
         them with `BLESS=1 cargo test -p breachnotice-tests --test snapshots`",
        failures.len()
    ))
}
