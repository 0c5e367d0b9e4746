//! `generic_salutation`: the notice opens with no salutation, or with a generic one
//! ("Hello", "Dear customer", "Sehr geehrte Damen und Herren"). Info: a notice to the
//! people affected is a direct communication (EDPB Guidelines 9/2022 §III.C), and mass
//! phishing greets no one by name (anti-phishing advice of ENISA and national CERTs).
//!
//! The salutation is the first line starting with a `greeting` ("Dear", "Hello",
//! "Liebe", "Bonjour") among the first [`OPENING_LINES`] non-empty lines that are not
//! e-mail headers (`header` group followed by `:`: "Subject:", "Von:") — a letterhead,
//! the recipient's address and a date may come first. It is generic when every word of
//! its addressee (the first non-empty part after the greeting, up to a comma, colon or
//! `!`; more than [`ADDRESSEE_WORDS`] words are prose, not a name) is a
//! `generic_addressee` word ("customer", "user", "Sir", "Madam", "Kunde") and it holds
//! no mail-merge field (`[Name]`, `{first_name}`, `%NAME%`, `<name>`). A personal
//! salutation names someone ("Dear Ms Jansen").

use super::{Context, Group, Severity, Signal, SignalId};
use crate::span::Span;
use crate::text::words::Words;

/// Non-empty lines looked at for a salutation (a letterhead, an address block, a date
/// and a heading may come first).
pub const OPENING_LINES: usize = 12;

/// Most words of an addressee ("Sir or Madam", "Frau Dr. Müller-Lüdenscheidt"); a longer
/// part after the greeting is the first sentence, not a name.
pub const ADDRESSEE_WORDS: usize = 5;

/// Words of a salutation line read (more: the line is not a salutation but prose).
const SALUTATION_WORDS: usize = 12;

fn span(start: usize, end: usize) -> Span {
    Span {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    }
}

/// What a salutation line is.
enum Opening {
    /// A greeting naming someone (or a mail-merge field).
    Personal,
    /// A greeting with no name.
    Generic(Span),
    /// Not a salutation.
    None,
}

fn read_line(cx: &Context<'_>, start: usize, line: &str) -> Opening {
    let words: heapless::Vec<_, SALUTATION_WORDS> = Words::with_offset(line, start)
        .take(SALUTATION_WORDS)
        .collect();
    // The greeting must open the line.
    let mut greeting_end = None;
    cx.phrases
        .each_match(&words, Group::Greeting.bit(), &mut |m| {
            if words
                .first()
                .is_some_and(|w| w.start as u32 == m.span.start)
            {
                greeting_end = greeting_end.max(Some(m.span.end));
            }
        });
    let Some(g_end) = greeting_end else {
        return Opening::None;
    };
    let g_end = g_end as usize;
    // The addressee: up to the first comma or colon (or the line's end).
    let rest = line.get(g_end.saturating_sub(start)..).unwrap_or("");
    let addressee = rest
        .split([',', ':', '!', ';'])
        .find(|p| !p.trim().is_empty())
        .unwrap_or("");
    if Words::new(addressee).count() > ADDRESSEE_WORDS {
        return Opening::Generic(span(start, start.saturating_add(line.len())));
    }
    if addressee
        .chars()
        .any(|c| matches!(c, '[' | '{' | '%' | '<' | '$'))
    {
        return Opening::Personal;
    }
    let line_span = span(start, start.saturating_add(line.len()));
    // (Only the words' forms matter here, not their offsets.)
    for w in Words::new(addressee) {
        let one: [_; 1] = [w];
        let generic = cx
            .phrases
            .any(&one, Group::GenericAddressee.bit() | Group::Greeting.bit());
        if !generic {
            return Opening::Personal;
        }
    }
    Opening::Generic(line_span)
}

/// Whether `line` is an e-mail header line ("Subject: …"): a label of at most three
/// words starting with a `header` phrase, then a colon.
fn is_header(cx: &Context<'_>, line: &str) -> bool {
    let Some((label, _)) = line.split_once(':') else {
        return false;
    };
    let words: heapless::Vec<_, 4> = Words::new(label).take(4).collect();
    words.len() <= 3 && {
        let mut at_start = false;
        cx.phrases
            .each_match(&words, Group::Header.bit(), &mut |m| {
                at_start |= m.span.start == 0;
            });
        at_start
    }
}

/// The signal, if the opening has no salutation or a generic one.
pub fn find(cx: &Context<'_>) -> Option<Signal> {
    let mut first_line: Option<Span> = None;
    let mut seen = 0;
    let mut at = 0usize;
    for raw in cx.text.split_inclusive('\n') {
        let start = at;
        at = at.saturating_add(raw.len());
        let trimmed = raw.trim_end();
        let lead = trimmed.len() - trimmed.trim_start().len();
        let line = trimmed.trim_start();
        let start = start.saturating_add(lead);
        if line.is_empty() || is_header(cx, line) {
            continue;
        }
        first_line.get_or_insert(span(start, start.saturating_add(line.len())));
        match read_line(cx, start, line) {
            Opening::Personal => return None,
            Opening::Generic(s) => {
                return Some(Signal::new(SignalId::GenericSalutation, Severity::Info).with(&[s]));
            }
            Opening::None => {}
        }
        seen += 1;
        if seen >= OPENING_LINES {
            break;
        }
    }
    // No salutation at all: the evidence is the opening line.
    first_line.map(|s| Signal::new(SignalId::GenericSalutation, Severity::Info).with(&[s]))
}
