//! `why`: explains a notice's element verdicts for cue editors (`cargo xtask cues why`).
//!
//! ```text
//! cargo run -q -p breachnotice --example why -- NOTICE [--lang xx] [--audience data-subjects|authority]
//! ```
//!
//! For each element: its status and evidence, then every sentence in which one of its
//! cues matched, with each cue's role and file (`core/lang/<xx>/<element>.cues`), and
//! for a signal or anchor that did not count, why: a `[block]` cue of the element in the
//! same sentence (on the same side of a `[contrast]`), an anchor whose companion (channel,
//! date, bound number, reason) was not found in that sentence or the next, a denial
//! without a reason.
#![allow(
    clippy::print_stdout,
    reason = "a command-line example: its output is its purpose"
)]

use std::process::ExitCode;

use breachnotice::analysis::cue_index;
use breachnotice::elements::Role;
use breachnotice::lang::detect::detect;
use breachnotice::text::matcher::{CueMatch, find_cues};
use breachnotice::text::sentences::Sentences;
use breachnotice::{Audience, ElementId, Lang, Span, Status, analyze};

const USAGE: &str = "usage: why NOTICE [--lang xx] [--audience data-subjects|authority]";

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Signal => "signal",
        Role::Anchor => "anchor",
        Role::Denial => "denial",
        Role::Reason => "reason",
        Role::Block => "block",
        Role::Contrast => "contrast",
    }
}

/// The text of a span on one line, quoted.
fn quote(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end).unwrap_or("");
    format!("{:?}", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut path, mut lang, mut audience) = (None, None, Audience::DataSubjects);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => {
                let v = it.next().ok_or(USAGE)?;
                lang = Some(Lang::parse(v).ok_or_else(|| format!("unknown language `{v}`"))?);
            }
            "--audience" => {
                let v = it.next().ok_or(USAGE)?;
                audience = Audience::parse(v).ok_or_else(|| format!("unknown audience `{v}`"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            p if path.is_none() && !p.starts_with("--") => path = Some(p.to_string()),
            other => return Err(format!("unexpected argument `{other}`\n{USAGE}")),
        }
    }
    let path = path.ok_or(USAGE)?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let lang = match lang.or_else(|| detect(&text)) {
        Some(l) => l,
        None => {
            println!("{path}: no supported language detected (give one with --lang)");
            return Ok(());
        }
    };
    println!(
        "{path}: language {}, audience {}",
        lang.as_str(),
        audience.as_str()
    );
    let report = analyze(&text, audience, lang, None);

    // Every element cue match, per sentence.
    let index = cue_index(lang).decode();
    let mut sentences: Vec<(usize, usize, Vec<CueMatch>)> = Vec::new();
    for s in Sentences::new(&text) {
        let slice = text.get(s.start..s.end).unwrap_or("");
        let mut found = Vec::new();
        find_cues(slice, s.start, index.cues(), |m| found.push(m));
        sentences.push((s.start, s.end, found));
    }

    for result in &report.elements {
        let id = result.id;
        let table = ElementId::ALL.iter().position(|&e| e == id).unwrap_or(0);
        let status = match result.status {
            Status::Present => "present",
            Status::Missing => "missing",
            Status::NotApplicable => "not applicable",
        };
        println!("\n{}: {status}", id.as_str());
        let evidence: Vec<Span> = result.evidence.iter().copied().collect();
        for span in &evidence {
            println!(
                "  evidence {}",
                quote(&text, span.start as usize, span.end as usize)
            );
        }
        let file = format!("core/lang/{}/{}.cues", lang.as_str(), id.as_str());
        for (n, (start, end, found)) in sentences.iter().enumerate() {
            let mine: Vec<&CueMatch> = found.iter().filter(|m| m.table == table).collect();
            if mine.is_empty() {
                continue;
            }
            println!("  sentence {} {}", n + 1, quote(&text, *start, *end));
            let contrast = mine
                .iter()
                .find(|m| m.cue.role == Role::Contrast)
                .map(|m| m.start);
            let side = |m: &CueMatch| contrast.is_some_and(|c| m.start >= c);
            let has_reason = |k: usize| {
                [k, k + 1].iter().any(|&i| {
                    sentences.get(i).is_some_and(|(_, _, f)| {
                        f.iter()
                            .any(|m| m.table == table && m.cue.role == Role::Reason)
                    })
                })
            };
            for m in &mine {
                let used = evidence
                    .iter()
                    .any(|s| s.start as usize == m.start && s.end as usize == m.end);
                let block = mine
                    .iter()
                    .find(|b| b.cue.role == Role::Block && side(b) == side(m));
                let note = match m.cue.role {
                    Role::Signal | Role::Anchor | Role::Denial if used => {
                        "decided: in the evidence".to_string()
                    }
                    Role::Signal | Role::Anchor if block.is_some() => format!(
                        "blocked by [block] {:?} in the same sentence",
                        block.map_or("", |b| b.cue.phrase)
                    ),
                    Role::Anchor => "not counted: its companion (channel, date, bound \
                                     number or reason, see the element's mod.rs) was not \
                                     found where its rule looks (its sentence, the next \
                                     or, for a reason, the one before)"
                        .to_string(),
                    Role::Denial if !has_reason(n) => {
                        "not counted: no [reason] in this sentence or the next".to_string()
                    }
                    Role::Signal | Role::Denial => {
                        "matched (another span of the sentence is the evidence)".to_string()
                    }
                    Role::Reason | Role::Block | Role::Contrast => String::new(),
                };
                println!(
                    "    {:<8} {:<40} {}{}",
                    role_name(m.cue.role),
                    format!("{:?}", m.cue.phrase),
                    quote(&text, m.start, m.end),
                    if note.is_empty() {
                        String::new()
                    } else {
                        format!("  — {note}")
                    }
                );
            }
        }
        if sentences
            .iter()
            .all(|(_, _, f)| f.iter().all(|m| m.table != table))
        {
            println!("  no cue of {file} matched");
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("why: {e}");
            ExitCode::from(2)
        }
    }
}
