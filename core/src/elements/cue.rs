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
//! The tables are written as text files, one per element and language
//! (`core/lang/<xx>/<element>.cues`, format: `core/lang/README.md`) in natural spelling;
//! `core/build.rs` folds each phrase to this form, sorts the table by `phrase` (byte
//! order) and rejects duplicates; a registry test checks the result again.
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
    /// "we take your security seriously", "newsletter"). A sentence's first
    /// [`Role::Contrast`] splits it in two: a Block cancels only the cues on its own side.
    Block,
    /// A contrastive connective ("but", "aber", "jedoch", "mais", "pero", "ma", "maar")
    /// that splits a sentence for [`Role::Block`]: in "your name and address, but no bank
    /// details" the later Block "no bank" does not cancel "name", and in "no indication of
    /// misuse, but phishing is possible" the earlier Block does not cancel "phishing". Only
    /// the first Contrast of a sentence counts. Optional in every element's table.
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

/// Sentences that realise the element and look-alikes that must not, in one language
/// (the `good:` and `bad:` lines of its `.cues` file). Tests run each through the analyser.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// Sentences (or pairs of sentences) in which the element is present.
    pub good: &'static [&'static str],
    /// Hard negatives: sentences that look like the element but are not it.
    pub bad: &'static [&'static str],
}

/// One element's examples, one per supported language.
pub type Examples = PerLang<Example>;

pub use crate::lang::PerLang;

/// A role's one-byte tag in a packed [`CueTable`] (see [`cue_table!`](crate::cue_table)).
#[doc(hidden)]
#[macro_export]
macro_rules! __cue_role_tag {
    (Signal) => {
        "S"
    };
    (Anchor) => {
        "A"
    };
    (Denial) => {
        "D"
    };
    (Reason) => {
        "R"
    };
    (Block) => {
        "B"
    };
    (Contrast) => {
        "C"
    };
}

/// A packed cue table, written one cue per row: `cue_table![Signal "abc def", Block
/// "xyz",]`. Expands to a [`CueTable`] whose text is the rows' `<role tag><phrase>\n` lines;
/// a table of 65,536 bytes or more, or a row without a phrase, fails the build.
#[macro_export]
macro_rules! cue_table {
    ($($role:ident $phrase:literal),* $(,)?) => {{
        const TEXT: &str = concat!($($crate::__cue_role_tag!($role), $phrase, "\n"),*);
        const _: () = $crate::elements::cue::check_table(TEXT);
        $crate::elements::CueTable::from_text(TEXT)
    }};
}

impl Role {
    /// Every role, in declaration order: a role's place here is its [`Role::number`].
    pub const ALL: [Role; 6] = [
        Role::Signal,
        Role::Anchor,
        Role::Denial,
        Role::Reason,
        Role::Block,
        Role::Contrast,
    ];

    /// The role's number, its place in [`Role::ALL`] (stored in a
    /// [`crate::text::matcher::PackedIndex`]'s kind bytes).
    pub const fn number(self) -> usize {
        match self {
            Role::Signal => 0,
            Role::Anchor => 1,
            Role::Denial => 2,
            Role::Reason => 3,
            Role::Block => 4,
            Role::Contrast => 5,
        }
    }

    /// The role's tag byte in a packed [`CueTable`].
    pub const fn tag(self) -> u8 {
        match self {
            Role::Signal => b'S',
            Role::Anchor => b'A',
            Role::Denial => b'D',
            Role::Reason => b'R',
            Role::Block => b'B',
            Role::Contrast => b'C',
        }
    }

    /// The role whose tag byte is `tag`.
    pub const fn from_tag(tag: u8) -> Option<Role> {
        match tag {
            b'S' => Some(Role::Signal),
            b'A' => Some(Role::Anchor),
            b'D' => Some(Role::Denial),
            b'R' => Some(Role::Reason),
            b'B' => Some(Role::Block),
            b'C' => Some(Role::Contrast),
            _ => None,
        }
    }
}

// `Role::number` is each role's place in `Role::ALL`.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const _: () = {
    let mut i = 0;
    while i < Role::ALL.len() {
        assert!(Role::ALL[i].number() == i, "Role::ALL out of order");
        i += 1;
    }
};

/// The number of lines (`\n`-terminated) of a packed table's text. For [`cue_table!`](crate::cue_table).
pub const fn line_count(text: &str) -> usize {
    let mut rest = text.as_bytes();
    let mut n = 0;
    while let [first, tail @ ..] = rest {
        if *first == b'\n' {
            n += 1;
        }
        rest = tail;
    }
    n
}

/// Checks a packed table's text at compile time (for [`cue_table!`](crate::cue_table), in a `const`): a text
/// of 65,536 bytes or more, a text not ending with a line break or a line without a valid
/// role tag and phrase fails the build.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "evaluated at compile time only (a `const` of `cue_table!`): an out-of-range \
              index or a failed check fails the build"
)]
pub const fn check_table(text: &str) {
    let bytes = text.as_bytes();
    assert!(
        bytes.len() <= u16::MAX as usize,
        "cue table text exceeds 65535 bytes"
    );
    assert!(
        bytes.is_empty() || bytes[bytes.len() - 1] == b'\n',
        "cue table text must end with a line break"
    );
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            assert!(
                Role::from_tag(bytes[start]).is_some(),
                "cue table line without a role tag"
            );
            assert!(i > start + 1, "cue table line without a phrase");
            start = i + 1;
        }
        i += 1;
    }
}

/// A packed cue table: one text of lines `<role tag><phrase>\n` sorted by phrase; written
/// with [`cue_table!`](crate::cue_table). The matcher does not read it at run time: the
/// build merges the tables of an index into one text per index
/// ([`packed_index!`](crate::packed_index)), and only that text is linked (a table that
/// run-time code does not reference costs nothing in the binary).
#[derive(Debug, Clone, Copy)]
pub struct CueTable {
    text: &'static str,
}

impl CueTable {
    /// A table from its packed text (what `core/build.rs` writes from a `.cues` file),
    /// checked by [`check_table`] when evaluated in a `const`.
    pub const fn packed(text: &'static str) -> CueTable {
        check_table(text);
        CueTable { text }
    }

    /// A table from its text; use [`cue_table!`](crate::cue_table), which checks the text at compile time.
    pub const fn from_text(text: &'static str) -> CueTable {
        CueTable { text }
    }

    /// The number of cues.
    pub const fn len(&self) -> usize {
        line_count(self.text)
    }

    /// Whether the table has no cue.
    pub const fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Every cue, in table order.
    pub fn iter(&self) -> impl Iterator<Item = Cue> + use<> {
        let text: &'static str = self.text;
        text.split_terminator('\n').filter_map(|line| {
            let role = Role::from_tag(*line.as_bytes().first()?)?;
            Some(Cue::new(line.get(1..)?, role))
        })
    }

    /// The text's length in bytes (the offset past its last line).
    pub(crate) const fn text_len(&self) -> usize {
        self.text.len()
    }

    /// The text's bytes, for the compile-time merge of a
    /// [`crate::text::matcher::PackedIndex`].
    pub(crate) const fn text_bytes(&self) -> &'static [u8] {
        self.text.as_bytes()
    }

    /// Whether the phrase at line offset `x` sorts before `other`'s at `y` (byte order), at
    /// compile time.
    #[allow(
        clippy::indexing_slicing,
        reason = "evaluated at compile time only: an out-of-range index fails the build"
    )]
    pub(crate) const fn const_phrase_less(&self, x: usize, other: &CueTable, y: usize) -> bool {
        let (a, b) = (self.text.as_bytes(), other.text.as_bytes());
        let (mut x, mut y) = (x + 1, y + 1);
        loop {
            let (p, q) = (a[x], b[y]);
            if p == b'\n' || q == b'\n' {
                return p == b'\n' && q != b'\n';
            }
            if p != q {
                return p < q;
            }
            x += 1;
            y += 1;
        }
    }
}

/// One element's (or one derive value's) packed cue tables, one per supported language.
pub type CueTables = PerLang<CueTable>;
