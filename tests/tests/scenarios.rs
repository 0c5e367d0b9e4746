//! Scenario suite for the obligations engine (Art. 33/34 GDPR).
//!
//! Each `tests/fixtures/facts/<name>.json` holds incident facts (contract §3) written from
//! the reasoning of the EDPB guidelines; `<name>.expect` beside it holds the expected
//! decisions, one `key = value` per line, and a `why:` line with the guideline reasoning.
//! Every fixture is assessed at the fixed evaluation time [`NOW`]. Keys:
//!
//! `risk`, `risk.rests_on`, `authority.required`, `authority.deadline`,
//! `authority.late`, `authority.status`, `authority.delay_reasons_required`,
//! `authority.rests_on`, `data_subjects.required`, `data_subjects.exemption`,
//! `data_subjects.public_communication_required`,
//! `data_subjects.public_communication_made`, `data_subjects.rests_on`,
//! `controller.required` (`absent` when there is no Art. 33(2) obligation),
//! `risk.assumptions`, `authority.assumptions`, `data_subjects.assumptions` (each
//! assumption written `field -> otherwise`, e.g. `exposure -> unlikely`),
//! `enisa.level`, `enisa.score`. Lists are written `a, b` in contract order; `null`
//! stands for an undecided or unknown value.

#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test code: a panic is how a test reports a failure"
)]
use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::facts::{FactField, FactFields, Facts};
use breachnotice::obligations::{Assessment, Assumptions, Outcome, assess};
use breachnotice::time::Timestamp;

/// The evaluation time of every scenario.
const NOW: &str = "2026-11-28T12:00:00Z";

/// Fewest scenarios the suite must hold.
const MIN_SCENARIOS: usize = 30;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/facts")
}

fn opt_bool(v: Option<bool>) -> String {
    v.map_or_else(|| "null".to_owned(), |b| b.to_string())
}

fn assumptions(a: &Assumptions) -> String {
    a.iter()
        .map(|a| {
            let otherwise = match a.otherwise {
                Outcome::Level(l) => l.as_str().to_owned(),
                Outcome::Required(b) => b.to_string(),
            };
            format!("{} -> {otherwise}", a.field.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn list(f: FactFields) -> String {
    f.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
}

/// The value of `key` in `a`, formatted as in `.expect` files.
fn actual(a: &Assessment, key: &str) -> Option<String> {
    let o = &a.obligations;
    Some(match key {
        "risk" => a.risk.level.as_str().to_owned(),
        "risk.rests_on" => list(a.risk.rests_on),
        "risk.assumptions" => assumptions(&a.risk.assumptions),
        "authority.assumptions" => assumptions(&o.authority.assumptions),
        "data_subjects.assumptions" => assumptions(&o.data_subjects.assumptions),
        "authority.required" => opt_bool(o.authority.required),
        "authority.deadline" => o.authority.deadline.map_or_else(
            || "null".to_owned(),
            |t| t.to_rfc3339_utc().as_str().to_owned(),
        ),
        "authority.late" => opt_bool(o.authority.late),
        "authority.status" => o.authority.status.as_str().to_owned(),
        "authority.delay_reasons_required" => o.authority.delay_reasons_required.to_string(),
        "authority.rests_on" => list(o.authority.rests_on),
        "data_subjects.required" => opt_bool(o.data_subjects.required),
        "data_subjects.exemption" => o
            .data_subjects
            .exemption
            .map_or("null", |e| e.as_str())
            .to_owned(),
        "data_subjects.public_communication_required" => {
            o.data_subjects.public_communication_required.to_string()
        }
        "data_subjects.public_communication_made" => {
            opt_bool(o.data_subjects.public_communication_made)
        }
        "data_subjects.rests_on" => list(o.data_subjects.rests_on),
        "controller.required" => o
            .controller
            .as_ref()
            .map_or_else(|| "absent".to_owned(), |c| c.required.to_string()),
        "enisa.level" => a.risk.enisa.level.as_str().to_owned(),
        "enisa.score" => a.risk.enisa.score.to_string(),
        _ => return None,
    })
}

/// Checks one fixture; returns its mismatches.
fn check(json: &Path, now: Timestamp) -> Result<Vec<String>, String> {
    let name = json
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("?")
        .to_owned();
    let bytes = fs::read(json).map_err(|e| format!("{name}: {e}"))?;
    let facts = Facts::from_json(&bytes).map_err(|e| format!("{name}.json: {e}"))?;
    let expect_path = json.with_extension("expect");
    let expect = fs::read_to_string(&expect_path)
        .map_err(|e| format!("{name}: no .expect beside the fixture ({e})"))?;
    let a = assess(&facts, Some(now));
    let mut problems = Vec::new();
    if a.overflowed() {
        problems.push(format!("{name}: a reason list overflowed"));
    }
    let mut has_why = false;
    let mut checked = 0;
    for line in expect.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(why) = line.strip_prefix("why:") {
            has_why = !why.trim().is_empty();
            continue;
        }
        let Some((key, want)) = line.split_once('=') else {
            problems.push(format!("{name}: unreadable line `{line}`"));
            continue;
        };
        let (key, want) = (key.trim(), want.trim());
        match actual(&a, key) {
            Some(got) if got == want => checked += 1,
            Some(got) => problems.push(format!("{name}: {key} = {got}, expected {want}")),
            None => problems.push(format!("{name}: unknown key `{key}`")),
        }
    }
    if !has_why {
        problems.push(format!("{name}: no `why:` line"));
    }
    if checked == 0 {
        problems.push(format!("{name}: checks nothing"));
    }
    Ok(problems)
}

#[test]
fn scenarios_match_their_expectations() -> Result<(), String> {
    let now = Timestamp::parse_rfc3339(NOW).map_err(|e| e.to_string())?;
    let mut jsons: Vec<PathBuf> = fs::read_dir(fixtures())
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    jsons.sort();
    assert!(
        jsons.len() >= MIN_SCENARIOS,
        "only {} scenarios",
        jsons.len()
    );
    let mut problems = Vec::new();
    for json in &jsons {
        match check(json, now) {
            Ok(p) => problems.extend(p),
            Err(e) => problems.push(e),
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    Ok(())
}

/// The EDPB's worked cases cite where they come from: the case or example and its
/// section or paragraph.
#[test]
fn edpb_cases_cite_their_paragraph() -> Result<(), String> {
    let mut n = 0;
    for entry in fs::read_dir(fixtures()).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("");
        if !(name.starts_with("edpb_") && name.ends_with(".expect")) {
            continue;
        }
        n += 1;
        let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let why = text
            .lines()
            .find_map(|l| l.strip_prefix("why:"))
            .unwrap_or("");
        let cites = (why.contains("Guidelines 01/2021 Case No.") && why.contains('§'))
            || why.contains("Guidelines 9/2022 Annex B (");
        assert!(
            cites,
            "{name}: the why line cites no case and paragraph: {why}"
        );
    }
    // 18 cases of 01/2021 and the ten examples of the 9/2022 Annex B table.
    assert_eq!(n, 28);
    Ok(())
}

#[test]
fn every_expectation_has_its_fixture() -> Result<(), String> {
    for entry in fs::read_dir(fixtures()).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "expect") {
            assert!(
                path.with_extension("json").exists(),
                "{} has no fixture",
                path.display()
            );
        }
    }
    Ok(())
}

/// `SCENARIO_TABLE=1 cargo test --test scenarios -- --nocapture` prints every verdict.
#[test]
fn print_table_on_request() -> Result<(), String> {
    if std::env::var_os("SCENARIO_TABLE").is_none() {
        return Ok(());
    }
    let now = Timestamp::parse_rfc3339(NOW).map_err(|e| e.to_string())?;
    let mut jsons: Vec<PathBuf> = fs::read_dir(fixtures())
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    jsons.sort();
    for json in jsons {
        let bytes = fs::read(&json).map_err(|e| e.to_string())?;
        let facts = Facts::from_json(&bytes).map_err(|e| e.to_string())?;
        let a = assess(&facts, Some(now));
        let name = json.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let row: Vec<String> = [
            "risk",
            "authority.required",
            "authority.status",
            "data_subjects.required",
            "data_subjects.exemption",
            "risk.rests_on",
            "data_subjects.rests_on",
            "enisa.score",
        ]
        .iter()
        .map(|k| actual(&a, k).unwrap_or_default())
        .collect();
        println!("{name:50} {}", row.join(" | "));
    }
    Ok(())
}

/// Every reason of an assessment (risk and each obligation).
fn all_reasons(a: &Assessment) -> Vec<breachnotice::obligations::reasons::Reason> {
    let o = &a.obligations;
    let mut out: Vec<_> = a.risk.reasons.iter().copied().collect();
    out.extend(o.authority.reasons.iter().copied());
    out.extend(o.data_subjects.reasons.iter().copied());
    out.extend(o.documentation.reasons.iter().copied());
    if let Some(c) = &o.controller {
        out.extend(c.reasons.iter().copied());
    }
    out
}

/// The risk reasons that state a value of a fact, by the fact they state.
fn fact_stating_reasons() -> Vec<(FactField, &'static str)> {
    use breachnotice::obligations::risk as r;
    let mut v = vec![
        (FactField::Breach, r::NO_BREACH_KIND.code),
        (FactField::Data, r::NO_PERSONAL_DATA.code),
        (
            FactField::Protection,
            r::CONFIDENTIALITY_UNINTELLIGIBLE.code,
        ),
        (
            FactField::KeyCompromised,
            r::CONFIDENTIALITY_UNINTELLIGIBLE.code,
        ),
        (FactField::KeyCompromised, r::KEY_COMPROMISED.code),
        (FactField::Protection, r::PSEUDONYMISED.code),
        (FactField::Recovered, r::RECOVERED.code),
        (FactField::Recovered, r::INTEGRITY_RESTORED.code),
        (FactField::Malicious, r::MALICIOUS.code),
        (FactField::VulnerableSubjects, r::VULNERABLE.code),
        (FactField::Subjects, r::MANY_PEOPLE.code),
        (FactField::Backup, r::AVAILABILITY_LOST.code),
        (FactField::Backup, r::AVAILABILITY_RESTORED.code),
        (FactField::UnavailableHours, r::AVAILABILITY_LONG.code),
        (
            FactField::UnavailableHours,
            r::AVAILABILITY_CRITICAL_SHORT.code,
        ),
    ];
    for code in [
        r::CONFIDENTIALITY_NOT_SEEN.code,
        r::EXPOSURE_TRUSTED.code,
        r::EXPOSURE_KNOWN.code,
        r::EXPOSURE_UNKNOWN.code,
        r::EXPOSURE_MALICIOUS_OR_PUBLIC.code,
    ] {
        v.push((FactField::Exposure, code));
    }
    for code in [
        r::SPECIAL_CATEGORY.code,
        r::SENSITIVE_DATA.code,
        r::REVEALING_DATA.code,
        r::BASIC_DATA.code,
    ] {
        v.push((FactField::Data, code));
    }
    v
}

/// Reasons never state as fact what was not given (Art. 33(5): the documentation must
/// rest on the facts): with a fact unknown, no reason asserts a value of it.
#[test]
fn reasons_never_state_unknown_facts() {
    let mut cases: Vec<(String, Facts)> = vec![("all unknown".into(), Facts::unknown())];
    for name in [
        "exfiltration_protection_unknown",
        "special_data_exposure_unknown",
        "availability_duration_unknown",
        "late_notification_minimal_facts",
    ] {
        let text = fs::read_to_string(fixtures().join(format!("{name}.json"))).expect("fixture");
        let facts = Facts::from_json(text.as_bytes()).expect("facts");
        cases.push((name.into(), facts));
    }
    // One fact unknown at a time, the others taken from a complete fixture.
    let full = fs::read_to_string(fixtures().join("exfiltration_credentials_attacker.json"))
        .expect("fixture");
    let full = Facts::from_json(full.as_bytes()).expect("facts");
    for field in FactField::ALL {
        let mut f = full;
        f.forget(*field);
        cases.push((format!("without {}", field.as_str()), f));
    }
    let stating = fact_stating_reasons();
    for (name, facts) in &cases {
        let a = assess(facts, Timestamp::parse_rfc3339(NOW).ok());
        for r in all_reasons(&a) {
            for (field, code) in &stating {
                assert!(
                    r.code != *code || facts.is_known(*field),
                    "{name}: reason `{}` states {} although it is unknown: {}",
                    r.code,
                    field.as_str(),
                    r.text
                );
            }
        }
    }
    // With everything unknown, the texts say so rather than assert anything.
    let a = assess(&Facts::unknown(), None);
    for r in all_reasons(&a) {
        for claim in [
            "was encrypted",
            "No confidentiality",
            "No personal data is affected",
        ] {
            assert!(!r.text.contains(claim), "{}: {}", r.code, r.text);
        }
    }
    assert!(a.risk.reasons.contains("rests_on_unknown_facts"));
}
