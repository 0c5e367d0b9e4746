//! The cue format shared by every element's per-language tables.
//!
//! # Format
//! A cue is a phrase in **normalised form** plus a [`Role`]:
//! - lowercase; diacritics folded to the base letter (`ä`→`a`, `é`→`e`, `ñ`→`n`, `ç`→`c`),
//!   `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ø`→`o`, `ł`→`l`, `ĳ`→`ij`;
//! - words are maximal runs of letters and digits; **everything else separates words**, so
//!   apostrophes and hyphens become a single space: `don't` → `don t`, `l'accès` →
//!   `l acces`, `e-mail` → `e mail`, `E-Mail-Adresse` → `e mail adresse` (write `email*`
//!   as a separate cue for the closed spelling);
//! - words are separated by exactly one ASCII space, no leading or trailing space; a phrase
//!   has at most [`crate::limits::MAX_PHRASE_WORDS`] words;
//! - a word may start and/or end with `*`: `*` at the end matches any word that begins with
//!   the rest (`encrypt*` matches `encrypted`, `encryption`), at the start any word that
//!   ends with it (`*daten` matches `kundendaten`), at both ends any word containing it
//!   (`*adress*` matches `e mail adressen`'s `adressen`). A stem must keep at least three
//!   letters. The **first** word of a phrase may end with `*` and may start with `*`
//!   (`*angriff` matches `hackerangriff`, `*gegevens` matches `gezondheidsgegevens`), but not
//!   both (`*adress*` only as a later word): the matcher looks phrases up by their first
//!   word — exactly, by each prefix and by each suffix of the text word — never by scanning
//!   a table.
//!
//! Each per-language table (`elements/<id>/cues_<lang>.rs`) is sorted by `phrase` (byte
//! order), without duplicates; a registry test checks both and that every phrase is already
//! normalised.
//!
//! # How the analyser uses the roles
//! The analyser (`crate::analysis`) reads a notice sentence by sentence (a sentence ends at
//! `.`/`!`/`?` before a space, at a line that ends with one of them, at a colon ending a
//! line, at a blank line, and at a line break followed by a capital letter, digit or bullet
//! after a short line — headers, signatures and list items are sentences of their own).
//! For each element it finds every cue match and applies the element's rule, written in
//! the element's `mod.rs` under `# Roles used` / `# Present when` / `# Not enough`:
//! - a `Block` cancels the element's `Signal`s and `Anchor`s **in its own sentence only**
//!   (and, after a `Contrast` cue of the element, only those after the contrast);
//! - an `Anchor` needs its companion (channel, date, bound number, or `Reason`) as the
//!   element's `mod.rs` says — in the same sentence or the next one, never further;
//! - a `Denial` needs a `Reason` **of the same element's table** in the same sentence or
//!   the next one;
//! - phrases never span a sentence boundary; the longest phrase starting at a word wins
//!   only within one role — all matching cues are reported.
//!
//! Write a phrase as short as it can be while still meaning the element on its own; put
//! what turns it into a look-alike into a `Block` phrase rather than lengthening every
//! `Signal`. Never add a cue just to make one corpus notice pass.

/// What a cue's match means for its element. Each element's `mod.rs` states which roles it
/// uses and how; roles it does not use must not appear in its tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Realises the element on its own within its sentence, unless a [`Role::Block`] cue
    /// matches in the same sentence.
    Signal,
    /// Realises the element only together with the element's structural companion in the
    /// same sentence or the next one: a contact channel (e-mail, phone, URL, postal
    /// address) for `contact_point`; a number bound to it for `subject_count`/`record_count`;
    /// a date or relative time for `timeline`; a `Reason` of the same table for
    /// `delay_reasons`. Each element's `mod.rs` says how near the companion must be.
    Anchor,
    /// A denial that realises the element only with an explanation nearby ("no misuse is
    /// expected" + "because the data was encrypted"); used by `consequences` and `advice`
    /// ("you do not need to do anything" is itself complete for `advice`: there it is a
    /// `Signal`).
    Denial,
    /// A connective or phrase that gives a reason ("because", "since", "as the data was
    /// encrypted", "weil", "da"). Completes a nearby [`Role::Denial`].
    Reason,
    /// Cancels `Signal` and `Anchor` cues of the same element in its sentence: the
    /// look-alikes a notice contains that do not realise the element ("unsubscribe",
    /// "we take your security seriously", "newsletter"). After a [`Role::Contrast`] it
    /// cancels only the cues after the contrast.
    Block,
    /// A contrastive connective ("but", "aber", "jedoch", "mais", "pero", "ma", "maar")
    /// that limits a later [`Role::Block`] to the rest of the sentence: in "your name and
    /// address, but no bank details" the Block "no bank" does not cancel "name". Only the
    /// first Contrast of a sentence counts. Optional in every element's table.
    Contrast,
}

/// A phrase and what it means. See the module docs for the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The phrase, in normalised form.
    pub phrase: &'static str,
    /// What a match means.
    pub role: Role,
}

impl Cue {
    /// A cue; `phrase` must be normalised (checked by the registry tests).
    pub const fn new(phrase: &'static str, role: Role) -> Cue {
        Cue { phrase, role }
    }
}

/// One element's cue tables: one field per supported language, so a forgotten language is
/// a compile error.
#[derive(Debug)]
pub struct Cues {
    /// English.
    pub en: &'static [Cue],
    /// German.
    pub de: &'static [Cue],
    /// French.
    pub fr: &'static [Cue],
    /// Spanish.
    pub es: &'static [Cue],
    /// Italian.
    pub it: &'static [Cue],
    /// Dutch.
    pub nl: &'static [Cue],
}

impl Cues {
    /// The table for `lang`.
    pub const fn get(&self, lang: crate::Lang) -> &'static [Cue] {
        match lang {
            crate::Lang::En => self.en,
            crate::Lang::De => self.de,
            crate::Lang::Fr => self.fr,
            crate::Lang::Es => self.es,
            crate::Lang::It => self.it,
            crate::Lang::Nl => self.nl,
        }
    }
}

/// A sentence that realises the element and a look-alike that must not, in one language.
/// Tests run both through the analyser.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// A sentence (or two) in which the element is present.
    pub good: &'static str,
    /// A hard negative: a sentence that looks like the element but is not it.
    pub bad: &'static str,
}

/// One element's examples, one per supported language.
#[derive(Debug)]
pub struct Examples {
    /// English.
    pub en: Example,
    /// German.
    pub de: Example,
    /// French.
    pub fr: Example,
    /// Spanish.
    pub es: Example,
    /// Italian.
    pub it: Example,
    /// Dutch.
    pub nl: Example,
}

impl Examples {
    /// The example for `lang`.
    pub const fn get(&self, lang: crate::Lang) -> &Example {
        match lang {
            crate::Lang::En => &self.en,
            crate::Lang::De => &self.de,
            crate::Lang::Fr => &self.fr,
            crate::Lang::Es => &self.es,
            crate::Lang::It => &self.it,
            crate::Lang::Nl => &self.nl,
        }
    }
}
