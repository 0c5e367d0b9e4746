//! The draft (`fix::draft`), the way the CLI's and the wasm module's `--draft`/`draft()`
//! call it. The first byte selects: bit 0 the audience, bit 1 samples, bit 2 the entry
//! point (facts alone, as the wasm `draft(factsJson, …)`; or a notice and facts, split at
//! the first 0xFF, as `check --draft NOTICE --facts F`), the rest the language (every
//! one, or `auto`). Bad facts are an error and no draft; a good input always drafts: it
//! fits `DRAFT_TEXT_BYTES`, is UTF-8, and a short buffer is an error, never a cut.
#![no_main]

use breachnotice::facts::Facts;
use breachnotice::fix::draft::DraftRequest;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::text::email::Emails;
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let audience = if selector & 1 == 0 {
        Audience::DataSubjects
    } else {
        Audience::Authority
    };
    let samples = selector & 2 != 0;
    let lang = match usize::from(selector >> 3) % (Lang::COUNT + 1) {
        0 => None,
        i => Lang::ALL.get(i - 1).copied(),
    };
    if selector & 4 == 0 {
        // Facts alone (wasm `draft`): `auto` is English.
        let Ok(facts) = Facts::from_json(rest) else {
            return;
        };
        common::check_draft(&DraftRequest {
            facts: &facts,
            audience,
            lang: lang.unwrap_or(Lang::En),
            contact: None,
            samples,
        });
        return;
    }
    // A notice and facts (CLI `--draft`): the facts the report assessed, the notice's
    // language unless one is given, its first e-mail address as the contact.
    let cut = rest.iter().position(|&b| b == 0xFF).unwrap_or(rest.len());
    let (text, facts) = (
        rest.get(..cut).unwrap_or_default(),
        rest.get(cut + 1..).unwrap_or_default(),
    );
    let Ok(text) = core::str::from_utf8(text) else {
        return;
    };
    let facts = if facts.is_empty() {
        None
    } else {
        match Facts::from_json(facts) {
            Ok(f) => Some(f),
            Err(_) => return,
        }
    };
    let report = evaluate(&Request {
        text: Some(text),
        audience,
        lang: lang.map_or(LangChoice::Auto, LangChoice::Fixed),
        facts: facts.as_ref(),
        now: Some(Timestamp::from_unix(1_795_000_000)),
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    common::check_report(&report, Some(text), &mut buf);
    let contact = Emails::new(text, 0)
        .next()
        .map(|(a, b)| text.get(a..b).expect("e-mail address off the text"));
    let facts = report.facts.unwrap_or_default();
    common::check_draft(&DraftRequest {
        facts: &facts,
        audience,
        lang: lang.or(report.language.lang()).unwrap_or(Lang::En),
        contact,
        samples,
    });
});
