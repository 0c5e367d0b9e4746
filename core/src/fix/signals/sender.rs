//! `no_sender_identity`: no organisation is named as sender — no legal form anywhere
//! ("Ltd", "GmbH", "S.A.", "B.V."; the `legal_form` group), no postal address (a postcode
//! and town, [`crate::text::postal`]), and no name in the sign-off: after a `closing`
//! ("Kind regards", "Mit freundlichen Grüßen") or in a `team` line ("Your Acme team"),
//! a capitalised word that is not a `generic_sender` word ("Customer Service", "Security
//! Team"). The notice's last sentence, when it is a short line not ended like prose, is
//! read as a signature too ("Servizio Sicurezza
//! BancaPiù" names a sender, "Customer Care" does not). Warning: Art. 34(2) with 33(3)(b) GDPR (name and contact details); a message
//! from no one cannot be told apart from phishing (EDPB Guidelines 9/2022 §III.C).

use super::super::phrase::Phrases;
use super::{Context, Group, SentenceHits, Severity, Signal, SignalId};
use crate::span::Span;
use crate::text::postal::Postcodes;
use crate::text::words::Words;

/// What has identified the sender so far.
#[derive(Debug, Default)]
pub struct Sender {
    identified: bool,
    closing: Option<Span>,
    /// The sentence of the last closing ("Kind regards,"): where the signature starts.
    closing_sentence: Option<Span>,
    last: Option<Span>,
}

/// Whether `s` (outside `except`) holds a capitalised word that is not generic.
fn names_someone(text: &str, phrases: &Phrases<'_>, s: Span, except: Option<Span>) -> bool {
    let slice = text.get(s.start as usize..s.end as usize).unwrap_or("");
    Words::with_offset(slice, s.start as usize).any(|w| {
        let inside = except.is_some_and(|e| w.start >= e.start as usize && w.end <= e.end as usize);
        let raw = text.get(w.start..w.end).unwrap_or("");
        let capital = raw.chars().next().is_some_and(char::is_uppercase);
        capital
            && !inside
            && raw.chars().count() > 1
            && !phrases.any(&[w], Group::GenericSender.bit() | Group::Closing.bit())
    })
}

/// Words of a signature line at most ("Servizio Sicurezza BancaPiù").
const SIGNATURE_WORDS: usize = 6;

/// Whether `s` reads as a signature line: short, and not ended like a sentence of prose.
fn is_signature_line(cx: &Context<'_>, s: Span) -> bool {
    let line = cx.text.get(s.start as usize..s.end as usize).unwrap_or("");
    !line.trim_end().ends_with(['.', '!', '?', ':']) && Words::new(line).count() <= SIGNATURE_WORDS
}

impl Sender {
    /// Reads one sentence (with the one before it).
    pub fn sentence(
        &mut self,
        text: &str,
        phrases: &Phrases<'_>,
        s: &SentenceHits,
        prev: Option<&SentenceHits>,
    ) {
        self.last = Some(s.span);
        if s.has(Group::Closing) {
            self.closing_sentence = Some(s.span);
        }
        if self.identified {
            return;
        }
        if s.has(Group::LegalForm) {
            self.identified = true;
            return;
        }
        if let Some(c) = s.get(Group::Closing) {
            self.closing = Some(c);
            // "Kind regards, Acme Shop" on one line.
            let after = Span {
                start: c.end,
                end: s.span.end,
            };
            self.identified |= names_someone(text, phrases, after, None);
            return;
        }
        if let Some(t) = s.get(Group::Team) {
            self.identified |= names_someone(text, phrases, s.span, Some(t));
        }
        // The line after a closing is the signature.
        if prev.is_some_and(|p| p.has(Group::Closing)) {
            self.identified |= names_someone(text, phrases, s.span, None);
        }
    }

    /// Where the closing and signature start: the last closing's sentence.
    pub fn signature_start(&self) -> Option<Span> {
        self.closing_sentence
    }

    /// The signal, if nothing identified the sender.
    pub fn finish(self, cx: &Context<'_>) -> Option<Signal> {
        let signed = self.last.is_some_and(|s| {
            is_signature_line(cx, s) && names_someone(cx.text, &cx.phrases, s, None)
        });
        if self.identified || signed || Postcodes::new(cx.text, 0).next().is_some() {
            return None;
        }
        let at = self.closing.or(self.last)?;
        Some(Signal::new(SignalId::NoSenderIdentity, Severity::Warning).with(&[at]))
    }
}
