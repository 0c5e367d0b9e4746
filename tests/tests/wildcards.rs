//! Issue 11: no `_ =>` arm over the declared lists (elements, fact fields, languages,
//! date fields) anywhere in the workspace's Rust source, so that a new member is a compile
//! error wherever it must be handled.
//!
//! Clippy's `wildcard_enum_match_arm` (denied in the core, `core/src/lib.rs`) catches a
//! wildcard over a plain enum, but not one over a tuple (`match (field, side)`), an
//! `Option` (`Some(FactField::Data) => …, _ => …`) or in the other crates. This test reads
//! the source as text: for every arm that starts with `_` (`_ =>`, `_ if …`), the patterns
//! of its sibling arms (the lines at the same indentation, up to the `match`) must not
//! name a member of one of the lists.

#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::fs;
use std::path::{Path, PathBuf};

/// The enums declared once (issue 11) whose matches must name every member.
const LISTS: &[&str] = &["FactField::", "ElementId::", "Lang::", "DateField::"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("target") && !path.ends_with("fixtures") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The pattern part of an arm's line: before `=>` when the line has one.
fn pattern(line: &str) -> &str {
    line.split_once("=>").map_or(line, |(p, _)| p)
}

fn is_wildcard_arm(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("_ =>") || t.starts_with("_ if ")
}

/// The sibling arms' lines of the wildcard arm at line `at`.
fn sibling_arms<'a>(lines: &[&'a str], at: usize) -> Vec<&'a str> {
    let level = indent(lines[at]);
    let mut out = Vec::new();
    let siblings = |line: &&&str| line.trim().is_empty() || indent(line) >= level;
    for line in lines[..at].iter().rev().take_while(siblings) {
        if indent(line) == level && !line.trim_start().starts_with("//") {
            out.push(*line);
        }
    }
    for line in lines[at + 1..].iter().take_while(siblings) {
        if indent(line) == level && !line.trim_start().starts_with("//") {
            out.push(*line);
        }
    }
    out
}

/// The wildcard arms over the lists in `source`, as `line: text`.
fn wildcards_over_lists(source: &str) -> Vec<String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !is_wildcard_arm(line) {
            continue;
        }
        let named = sibling_arms(&lines, i)
            .into_iter()
            .find(|arm| LISTS.iter().any(|l| pattern(arm).contains(l)));
        if let Some(arm) = named {
            found.push(format!(
                "{}: `{}` beside `{}`",
                i + 1,
                line.trim(),
                arm.trim()
            ));
        }
    }
    found
}

#[test]
fn the_detector_finds_wildcards_over_lists() {
    let tuple = "    match (f, side) {\n        (FactField::Data, Side::Worst) => a,\n        _ => b,\n    }\n";
    assert_eq!(wildcards_over_lists(tuple).len(), 1, "{tuple}");
    let option = "    match field {\n        Some(FactField::Breach) => a,\n        Some(FactField::Data) => {\n            x\n        }\n        _ => b,\n    }\n";
    assert_eq!(wildcards_over_lists(option).len(), 1, "{option}");
    let guard = "    match id {\n        _ if x => a,\n        ElementId::Advice => b,\n    }\n";
    assert_eq!(wildcards_over_lists(guard).len(), 1, "{guard}");
    // Not over a list: an integer pattern whose arm's value names one; a nested match.
    let fine = "    match i {\n        1..=6 => Lang::ALL.get(i),\n        _ => None,\n    }\n";
    assert!(wildcards_over_lists(fine).is_empty(), "{fine}");
    let nested = "    match field {\n        FactField::Data => match x {\n            1 => a,\n            _ => b,\n        },\n        FactField::Role => c,\n    }\n";
    assert!(wildcards_over_lists(nested).is_empty(), "{nested}");
}

#[test]
fn no_wildcard_arm_over_the_declared_lists() {
    let root = root();
    let mut files = Vec::new();
    for dir in ["core", "wasm", "xtask", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 50,
        "too few source files found under {root:?}"
    );
    let mut failures = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("read source");
        for found in wildcards_over_lists(&source) {
            let name = file.strip_prefix(&root).unwrap_or(file).display();
            failures.push(format!("{name}:{found}"));
        }
    }
    assert!(
        failures.is_empty(),
        "`_` arms over a declared list (name every member, or match on a narrower enum):\n{}",
        failures.join("\n")
    );
}
