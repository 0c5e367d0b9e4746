//! The hallmarks of phishing, which a genuine notice never shows (EDPB Guidelines 9/2022
//! §III.C: attackers may impersonate the controller; anti-phishing advice of ENISA and
//! national CERTs):
//!
//! - `credential_request`: the notice asks the reader to enter, confirm or send a secret —
//!   an `ask` ("enter", "confirm", "provide") with a `secret` ("password", "PIN", "card
//!   number") in one sentence, or a `verify` phrase ("verify your account", "confirm your
//!   identity");
//! - `login_link`: it asks the reader to log in or click — a `login` ("log in", "sign in")
//!   or `click` phrase with a URL, a `link_word` ("link", "button") or a `click` phrase in
//!   the sentence, or a URL opening the next sentence (a link on its own line after
//!   "Log in here:"); or an `ask` or `verify` phrase ("confirm", "enter", "verify your
//!   account") with a URL in the same sentence ("confirm your details: https://…").
//!
//! Neither is raised in a sentence that warns against it: a `never` ("we will never ask
//! for your password", "do not click") or `warning` phrase ("phishing", "fraudsters", "be
//! wary of e-mails asking you to enter your password"). Both are warnings.

use super::{Group, SentenceHits, Severity, Signal, SignalId};
use crate::span::Span;

/// Collects both signals.
#[derive(Debug, Default)]
pub struct Phishing {
    credentials: Option<Signal>,
    login: Option<Signal>,
    /// A login request whose link may follow in the next sentence.
    pending_login: Option<Span>,
}

fn add(slot: &mut Option<Signal>, id: SignalId, spans: &[Option<Span>]) {
    let signal = slot.get_or_insert_with(|| Signal::new(id, Severity::Warning));
    for s in spans.iter().flatten() {
        signal.add(*s);
    }
}

impl Phishing {
    /// Reads one sentence.
    pub fn sentence(&mut self, s: &SentenceHits) {
        let pending = self.pending_login.take();
        let warned = s.has(Group::Never) || s.has(Group::Warning);
        if let Some(p) = pending
            && let Some(url) = s.url
            && url.start.saturating_sub(s.span.start) < 4
        {
            add(&mut self.login, SignalId::LoginLink, &[Some(p), Some(url)]);
        }
        if warned {
            return;
        }
        if let (Some(a), Some(b)) = (s.get(Group::Ask), s.get(Group::Secret)) {
            add(
                &mut self.credentials,
                SignalId::CredentialRequest,
                &[Some(a), Some(b)],
            );
        }
        if let Some(v) = s.get(Group::Verify) {
            add(
                &mut self.credentials,
                SignalId::CredentialRequest,
                &[Some(v)],
            );
        }
        let asked = s.get(Group::Verify).or(s.get(Group::Ask));
        if let (Some(a), Some(url)) = (asked, s.url) {
            add(&mut self.login, SignalId::LoginLink, &[Some(a), Some(url)]);
        }
        let action = s.get(Group::Login).or(s.get(Group::Click));
        if let Some(a) = action {
            let link = s.url.or(s.get(Group::LinkWord)).or(s.get(Group::Click));
            match link {
                Some(l) => add(&mut self.login, SignalId::LoginLink, &[Some(a), Some(l)]),
                None => self.pending_login = Some(a),
            }
        }
    }

    /// `credential_request`, if raised.
    pub fn finish_credentials(&self) -> Option<Signal> {
        self.credentials.clone()
    }

    /// `login_link`, if raised.
    pub fn finish_login(&self) -> Option<Signal> {
        self.login.clone()
    }
}
