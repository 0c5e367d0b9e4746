//! Language packs: a language's [`LangTables`] as bytes, written by a build with the
//! language built in ([`LangTables::write_pack`]) and read by a build without it
//! ([`LangTables::from_pack`], then `register` with the `packs` feature).
//!
//! A web page's module carries the engine and English; the other languages' packs are
//! fetched in the background while the page loads and registered, and so is the
//! *detection pack* ([`write_detection_pack`], [`DetectionTables::from_pack`],
//! `register_detection`): with the `packs` feature no language's detection words are
//! built in, they are every language's words merged into one pack, the same bytes as the
//! built-in list. Until it is registered, a notice whose language is to be detected is
//! refused with [`crate::error::ErrorKind::DetectionNotLoaded`]; once it is, detection
//! decides among every declared language whether their packs are registered or not;
//! evaluating a notice in a language whose pack is not registered is refused with
//! [`crate::error::ErrorKind::LanguageNotLoaded`] (see [`loaded`]).
//!
//! ## Format (version [`FORMAT_VERSION`], all integers little-endian)
//!
//! | bytes | field |
//! |---|---|
//! | 0..8 | [`MAGIC`] |
//! | 8..10 | format version (`u16`) |
//! | 10..12 | the language's ISO 639-1 code (ASCII) |
//! | 12..20 | [`DATA_FINGERPRINT`] of the build that wrote it (`u64`) |
//! | 20..24 | [`layout`] of the engine's tables (`u32`) |
//! | 24..32 | FNV-1a (64 bits) of bytes 0..24, then of every byte from 32 on |
//! | 32..34 | the number of sections (`u16`), then two bytes 0 |
//! | 36.. | per section: its id (`u16`), two bytes 0, its offset from the start of the pack and its length (`u32` each); then the sections' bytes |
//!
//! A section is one table's bytes exactly as the built-in static holds them (a text, kind
//! bytes, little-endian `u16` offsets): [`LangTables::from_pack`] borrows them without
//! copying or allocating, and checks every offset and text, so a corrupt, truncated,
//! stale (another build's data) or other-version pack is an explicit [`PackError`], never
//! a panic or a wrong result.

use core::fmt;

use crate::lang::detect::DetectionTables;
use crate::lang::tables::LangTables;
use crate::lang::{Lang, LangData};
use crate::text::matcher::PackedIndex;
use crate::text::word_list::WordList;

pub use crate::lang::data::DATA_FINGERPRINT;

/// The first eight bytes of every pack.
pub const MAGIC: [u8; 8] = *b"BNLPACK\0";

/// The version of the byte layout this engine writes and reads.
pub const FORMAT_VERSION: u16 = 1;

/// The size of the fixed header, before the section table.
const HEADER: usize = 36;

/// The size of one entry of the section table.
const ENTRY: usize = 12;

/// The most sections a pack may have.
const MAX_SECTIONS: usize = 64;

/// Why a pack was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackError {
    /// The bytes end before the header, the section table or a section does.
    Truncated,
    /// The bytes do not start with [`MAGIC`]: not a language pack.
    BadMagic,
    /// The pack's format version is not [`FORMAT_VERSION`].
    Version {
        /// The version found.
        found: u16,
    },
    /// The pack was written from other language data or another engine version (its
    /// fingerprint is not [`DATA_FINGERPRINT`]): rebuild the packs with the engine.
    Stale,
    /// The pack was written for another arrangement of the engine's tables ([`layout`]).
    Layout,
    /// The checksum does not match the bytes: the pack is corrupt.
    Checksum,
    /// The language code is not one of the declared languages.
    UnknownLanguage {
        /// The two bytes found.
        code: [u8; 2],
    },
    /// A section this engine needs is missing.
    MissingSection {
        /// Its id.
        id: u16,
    },
    /// A section's content is not valid (the reason says which check failed).
    Invalid {
        /// The section's id.
        id: u16,
        /// What is wrong.
        why: &'static str,
    },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Truncated => f.write_str("truncated (the bytes end inside the pack)"),
            PackError::BadMagic => f.write_str("not a breachnotice language pack (bad magic)"),
            PackError::Version { found } => write!(
                f,
                "pack format version {found}, this engine reads {FORMAT_VERSION}"
            ),
            PackError::Stale => f.write_str(
                "pack built from other engine data (stale pack: rebuild packs and wasm together)",
            ),
            PackError::Layout => f.write_str(
                "pack built for another table layout (stale pack: rebuild packs and wasm together)",
            ),
            PackError::Checksum => f.write_str("checksum mismatch (corrupt pack)"),
            PackError::UnknownLanguage { code } => match core::str::from_utf8(code) {
                Ok(code) => write!(f, "unknown language `{code}`"),
                Err(_) => f.write_str("unknown language (not an ASCII code)"),
            },
            PackError::MissingSection { id } => write!(f, "section {id} is missing"),
            PackError::Invalid { id, why } => write!(f, "section {id} is invalid: {why}"),
        }
    }
}

/// The section ids.
#[allow(
    dead_code,
    reason = "the `derive` and `fix` sections are read with those features only"
)]
mod id {
    pub const ELEMENTS_TEXT: u16 = 1;
    pub const ELEMENTS_KINDS: u16 = 2;
    pub const FRAMES_TEXT: u16 = 3;
    pub const FRAMES_KINDS: u16 = 4;
    pub const DERIVE_TEXT: u16 = 5;
    pub const DERIVE_KINDS: u16 = 6;
    pub const MONTHS: u16 = 7;
    pub const WEEKDAYS: u16 = 8;
    pub const SCALE: u16 = 9;
    pub const NUMBERS: u16 = 10;
    pub const THOUSANDS: u16 = 11;
    pub const DECIMAL: u16 = 12;
    pub const FIX_TEXT: u16 = 13;
    pub const FIX_KINDS: u16 = 14;
    pub const FIX_ROWS: u16 = 15;
    pub const FIX_TAILS: u16 = 16;
    pub const FIX_TAIL_STARTS: u16 = 17;
    pub const SUGGESTION_KEYS: u16 = 18;
    pub const SUGGESTION_KEY_STARTS: u16 = 19;
    pub const SUGGESTION_TEXT: u16 = 20;
    pub const SUGGESTION_STARTS: u16 = 21;
    pub const DRAFT_KEYS: u16 = 22;
    pub const DRAFT_KEY_STARTS: u16 = 23;
    pub const DRAFT_TEXT: u16 = 24;
    pub const DRAFT_STARTS: u16 = 25;
    pub const DAY_MONTH: u16 = 26;
    pub const VERB_FINAL_GAP: u16 = 27;
    pub const DETECTION_WORDS: u16 = 28;
    pub const SPELLING: u16 = 29;
}

/// FNV-1a (64 bits), continued from `hash` over `bytes`.
fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The FNV-1a offset basis.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A number describing how the engine arranges its tables (the number of element, frame
/// and derive tables, of roles, the indexes' capacities): a pack written by an engine
/// that numbers its tables otherwise is refused ([`PackError::Layout`]).
pub fn layout() -> u32 {
    use crate::limits::{
        MAX_DERIVE_INDEX_CUES, MAX_ELEMENT_INDEX_CUES, MAX_FIX_PHRASES, MAX_FRAME_INDEX_CUES,
    };
    let numbers = [
        crate::elements::ElementId::ALL.len(),
        crate::derive::index::TABLE_COUNT,
        crate::frames::TABLE_COUNT,
        crate::elements::Role::ALL.len(),
        MAX_ELEMENT_INDEX_CUES,
        MAX_DERIVE_INDEX_CUES,
        MAX_FRAME_INDEX_CUES,
        MAX_FIX_PHRASES,
    ];
    let mut hash = FNV_START;
    for n in numbers {
        hash = fnv(hash, &(n as u64).to_le_bytes());
    }
    (hash ^ (hash >> 32)) as u32
}

/// The number of tables of the frame index.
const FRAME_TABLES: usize = crate::frames::TABLE_COUNT;

/// The number of groups of the `fix` phrase index.
#[cfg(feature = "fix")]
const FIX_GROUPS: usize = crate::text::matcher::MAX_INDEX_TABLES;

impl LangTables {
    /// The sections of these tables, in id order (those of the enabled features);
    /// `decimal`: the decimal separator's UTF-8 bytes; `day_month`: the day–month
    /// separator's (none: empty); `verb_final_gap`: its one byte.
    fn sections<'a>(
        &'a self,
        decimal: &'a [u8],
        day_month: &'a [u8],
        verb_final_gap: &'a [u8],
    ) -> heapless::Vec<(u16, &'a [u8]), MAX_SECTIONS> {
        let mut out = heapless::Vec::new();
        let (et, ek) = self.elements.parts();
        let (ft, fk) = self.frames.parts();
        let d = &self.data;
        let all: [(u16, &[u8]); 12] = [
            (id::ELEMENTS_TEXT, et.as_bytes()),
            (id::ELEMENTS_KINDS, ek),
            (id::FRAMES_TEXT, ft.as_bytes()),
            (id::FRAMES_KINDS, fk),
            (id::MONTHS, d.months.as_text().as_bytes()),
            (id::WEEKDAYS, d.weekdays.as_text().as_bytes()),
            (id::SCALE, d.scale_words.as_text().as_bytes()),
            (id::NUMBERS, d.number_words.as_text().as_bytes()),
            (id::THOUSANDS, d.thousands_separators.as_bytes()),
            (id::DECIMAL, decimal),
            (id::DAY_MONTH, day_month),
            (id::VERB_FINAL_GAP, verb_final_gap),
        ];
        for s in all {
            let _ = out.push(s);
        }
        #[cfg(feature = "derive")]
        {
            let (dt, dk) = self.derive.parts();
            let _ = out.push((id::DERIVE_TEXT, dt.as_bytes()));
            let _ = out.push((id::DERIVE_KINDS, dk));
        }
        #[cfg(feature = "fix")]
        {
            let (pt, pk) = self.fix_phrases.index.parts();
            let s = &self.suggestions;
            let r = &self.draft;
            let fix: [(u16, &[u8]); 14] = [
                (id::FIX_TEXT, pt.as_bytes()),
                (id::FIX_KINDS, pk),
                (id::FIX_ROWS, self.fix_phrases.rows.as_flattened()),
                (id::FIX_TAILS, self.fix_phrases.tails.as_bytes()),
                (
                    id::FIX_TAIL_STARTS,
                    self.fix_phrases.tail_starts.as_flattened(),
                ),
                (id::SUGGESTION_KEYS, s.keys.text.as_bytes()),
                (id::SUGGESTION_KEY_STARTS, s.keys.starts.as_flattened()),
                (id::SUGGESTION_TEXT, s.text.as_bytes()),
                (id::SUGGESTION_STARTS, s.starts.as_flattened()),
                (id::DRAFT_KEYS, r.keys.text.as_bytes()),
                (id::DRAFT_KEY_STARTS, r.keys.starts.as_flattened()),
                (id::DRAFT_TEXT, r.text.as_bytes()),
                (id::DRAFT_STARTS, r.starts.as_flattened()),
                (id::SPELLING, self.spelling.as_text().as_bytes()),
            ];
            for s in fix {
                let _ = out.push(s);
            }
        }
        out.sort_unstable_by_key(|&(id, _)| id);
        out
    }

    /// Writes these tables as a language pack (format: the module docs) to `sink`, in
    /// pieces, without allocating. The pack holds the sections of the features this build
    /// has: write packs with `derive` and `fix` on (the `write_packs` example does).
    pub fn write_pack(&self, mut sink: impl FnMut(&[u8])) {
        let mut buf = [0u8; 4];
        let decimal = self.data.decimal_separator.encode_utf8(&mut buf).as_bytes();
        let mut buf2 = [0u8; 4];
        let day_month = self
            .data
            .day_month_separator
            .map_or(&[][..], |c| c.encode_utf8(&mut buf2).as_bytes());
        let verb_final_gap = [self.data.verb_final_gap];
        let sections = self.sections(decimal, day_month, &verb_final_gap);
        write(self.lang.as_str().as_bytes(), &sections, &mut sink);
    }

    /// The tables of the language pack `bytes` (written by [`LangTables::write_pack`] of
    /// the same engine build), borrowing its bytes: nothing is copied or allocated. Every
    /// field is checked (header, checksum, every offset, every text's UTF-8 and line
    /// structure, every index's entries and table numbers); a bad pack is an error, never
    /// a panic.
    pub fn from_pack(bytes: &'static [u8]) -> Result<LangTables, PackError> {
        let (code, pack) = open(bytes)?;
        let lang = core::str::from_utf8(&code)
            .ok()
            .and_then(Lang::parse)
            .ok_or(PackError::UnknownLanguage { code })?;
        let index_err = |id: u16| move |why: &'static str| PackError::Invalid { id, why };
        let elements = PackedIndex::try_new(
            pack.text(id::ELEMENTS_TEXT)?,
            pack.get(id::ELEMENTS_KINDS)?,
            crate::elements::ElementId::ALL.len(),
        )
        .map_err(index_err(id::ELEMENTS_TEXT))?;
        let frames = PackedIndex::try_new(
            pack.text(id::FRAMES_TEXT)?,
            pack.get(id::FRAMES_KINDS)?,
            FRAME_TABLES,
        )
        .map_err(index_err(id::FRAMES_TEXT))?;
        #[cfg(feature = "derive")]
        let derive = PackedIndex::try_new(
            pack.text(id::DERIVE_TEXT)?,
            pack.get(id::DERIVE_KINDS)?,
            crate::derive::index::TABLE_COUNT,
        )
        .map_err(index_err(id::DERIVE_TEXT))?;
        let decimal_separator =
            pack.char(id::DECIMAL, "not one character")?
                .ok_or(PackError::Invalid {
                    id: id::DECIMAL,
                    why: "not one character",
                })?;
        let day_month_separator = pack.char(id::DAY_MONTH, "more than one character")?;
        let verb_final_gap = match pack.get(id::VERB_FINAL_GAP)? {
            &[gap] => gap,
            _ => {
                return Err(PackError::Invalid {
                    id: id::VERB_FINAL_GAP,
                    why: "not one byte",
                });
            }
        };
        let data = LangData {
            lang,
            months: pack.words(id::MONTHS)?,
            weekdays: pack.words(id::WEEKDAYS)?,
            thousands_separators: pack.text(id::THOUSANDS)?,
            decimal_separator,
            day_month_separator,
            verb_final_gap,
            scale_words: pack.words(id::SCALE)?,
            number_words: pack.words(id::NUMBERS)?,
        };
        #[cfg(feature = "fix")]
        let spelling =
            crate::fix::readability::syllables::Spelling::from_text(pack.text(id::SPELLING)?)
                .ok_or(PackError::Invalid {
                    id: id::SPELLING,
                    why: "not the nine lines of a spelling",
                })?;
        #[cfg(feature = "fix")]
        let (fix_phrases, suggestions, draft) = {
            use crate::fix::data::{TemplateKeys, Templates};
            let index = PackedIndex::try_new(
                pack.text(id::FIX_TEXT)?,
                pack.get(id::FIX_KINDS)?,
                FIX_GROUPS,
            )
            .map_err(index_err(id::FIX_TEXT))?;
            let rows = pack.pairs(id::FIX_ROWS)?;
            let tails = pack.text(id::FIX_TAILS)?;
            let tail_starts = pack.lines(id::FIX_TAIL_STARTS, tails)?;
            let tail_count = tail_starts.len().saturating_sub(1);
            if rows.len() != index.len() {
                return Err(PackError::Invalid {
                    id: id::FIX_ROWS,
                    why: "not one row per phrase",
                });
            }
            if rows.iter().any(|&[_, t]| usize::from(t) > tail_count) {
                return Err(PackError::Invalid {
                    id: id::FIX_ROWS,
                    why: "a row names a tail out of range",
                });
            }
            let templates = |k: u16, ks: u16, t: u16, ts: u16| -> Result<Templates, PackError> {
                let keys_text = pack.text(k)?;
                let keys = TemplateKeys {
                    text: keys_text,
                    starts: pack.lines(ks, keys_text)?,
                };
                let text = pack.text(t)?;
                let starts = pack.lines(ts, text)?;
                if starts.len() != keys.starts.len() {
                    return Err(PackError::Invalid {
                        id: ts,
                        why: "not one text per key",
                    });
                }
                Ok(Templates { keys, text, starts })
            };
            (
                crate::fix::phrase::PhraseTable {
                    index,
                    rows,
                    tails,
                    tail_starts,
                },
                templates(
                    id::SUGGESTION_KEYS,
                    id::SUGGESTION_KEY_STARTS,
                    id::SUGGESTION_TEXT,
                    id::SUGGESTION_STARTS,
                )?,
                templates(
                    id::DRAFT_KEYS,
                    id::DRAFT_KEY_STARTS,
                    id::DRAFT_TEXT,
                    id::DRAFT_STARTS,
                )?,
            )
        };
        Ok(LangTables {
            lang,
            elements,
            frames,
            #[cfg(feature = "derive")]
            derive,
            data,
            #[cfg(feature = "fix")]
            fix_phrases,
            #[cfg(feature = "fix")]
            suggestions,
            #[cfg(feature = "fix")]
            draft,
            #[cfg(feature = "fix")]
            spelling,
        })
    }
}

/// The language-code bytes of the detection pack: the detection words of every language
/// (`auto.pack`, [`write_detection_pack`]), not one language's tables.
pub const DETECTION_CODE: [u8; 2] = *b"--";

/// Writes the pack of `sections` (sorted by id) with the language code `code`.
fn write(code: &[u8], sections: &[(u16, &[u8])], sink: &mut impl FnMut(&[u8])) {
    let table_len = sections.len().saturating_mul(ENTRY);
    let mut table: heapless::Vec<u8, { MAX_SECTIONS * ENTRY }> = heapless::Vec::new();
    let mut offset = HEADER.saturating_add(table_len);
    for &(id, bytes) in sections {
        let _ = table.extend_from_slice(&id.to_le_bytes());
        let _ = table.extend_from_slice(&[0, 0]);
        let _ = table.extend_from_slice(&u32_le(offset));
        let _ = table.extend_from_slice(&u32_le(bytes.len()));
        offset = offset.saturating_add(bytes.len());
    }
    let count = u16::try_from(sections.len())
        .unwrap_or(u16::MAX)
        .to_le_bytes();
    let mut head: heapless::Vec<u8, 24> = heapless::Vec::new();
    let _ = head.extend_from_slice(&MAGIC);
    let _ = head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    let _ = head.extend_from_slice(code);
    let _ = head.extend_from_slice(&DATA_FINGERPRINT.to_le_bytes());
    let _ = head.extend_from_slice(&layout().to_le_bytes());
    let mut checksum = fnv(FNV_START, &head);
    checksum = fnv(checksum, &count);
    checksum = fnv(checksum, &[0, 0]);
    checksum = fnv(checksum, &table);
    for &(_, bytes) in sections {
        checksum = fnv(checksum, bytes);
    }
    sink(&head);
    sink(&checksum.to_le_bytes());
    sink(&count);
    sink(&[0, 0]);
    sink(&table);
    for &(_, bytes) in sections {
        sink(bytes);
    }
}

/// Checks the header of the pack `bytes` (magic, version, fingerprint, layout, checksum)
/// and returns its language code bytes and its section table.
fn open(bytes: &'static [u8]) -> Result<([u8; 2], Sections), PackError> {
    let header = bytes.get(..HEADER).ok_or(PackError::Truncated)?;
    if header.get(..8) != Some(&MAGIC[..]) {
        return Err(PackError::BadMagic);
    }
    let version = u16::from_le_bytes([byte(header, 8), byte(header, 9)]);
    if version != FORMAT_VERSION {
        return Err(PackError::Version { found: version });
    }
    let code = [byte(header, 10), byte(header, 11)];
    let fingerprint = u64::from_le_bytes(array(header, 12));
    if fingerprint != DATA_FINGERPRINT {
        return Err(PackError::Stale);
    }
    if u32::from_le_bytes(array(header, 20)) != layout() {
        return Err(PackError::Layout);
    }
    let checksum = u64::from_le_bytes(array(header, 24));
    let summed = fnv(FNV_START, header.get(..24).unwrap_or_default());
    if fnv(summed, bytes.get(32..).unwrap_or_default()) != checksum {
        return Err(PackError::Checksum);
    }
    let count = usize::from(u16::from_le_bytes([byte(header, 32), byte(header, 33)]));
    if count > MAX_SECTIONS {
        return Err(PackError::Invalid {
            id: 0,
            why: "too many sections",
        });
    }
    let table = bytes
        .get(HEADER..HEADER.saturating_add(count.saturating_mul(ENTRY)))
        .ok_or(PackError::Truncated)?;
    Ok((code, Sections { bytes, table }))
}

/// Writes the detection pack (`auto.pack`): every language's detection words merged
/// ([`crate::lang::detect::DETECTION_WORDS`]), what `evaluate` needs to detect a
/// notice's language in a build with the `packs` feature (which carries none). Same
/// format as a language's pack, with the code [`DETECTION_CODE`] and one section.
pub fn write_detection_pack(mut sink: impl FnMut(&[u8])) {
    let words = crate::lang::detect::DETECTION_WORDS.as_text().as_bytes();
    write(&DETECTION_CODE, &[(id::DETECTION_WORDS, words)], &mut sink);
}

/// Whether `bytes` claim to be the detection pack (its language code is
/// [`DETECTION_CODE`]); [`DetectionTables::from_pack`] checks the rest.
pub fn is_detection_pack(bytes: &[u8]) -> bool {
    bytes.get(10..12) == Some(&DETECTION_CODE[..])
}

/// The language-code bytes of the *compact* detection pack, the file the page fetches
/// (`auto.<hash>.pack`, [`write_compact_detection_pack`]): the detection pack's header
/// and section table with this code, then its words front-coded; [`expand_detection_pack`]
/// gives back the detection pack byte for byte (its checksum is checked on that), and so
/// does `web/breachnotice.js` (`expandDetection`, in a few lines of JavaScript: the wasm
/// module registers the detection pack itself, so it carries no decoder).
pub const COMPACT_DETECTION_CODE: [u8; 2] = *b"-c";

/// The longest detection word [`expand_detection_pack`] rebuilds, in bytes (a longer one
/// is an error; the longest today has 30).
pub const MAX_DETECTION_WORD: usize = 64;

/// The most languages (groups) a compact detection pack may hold.
pub const MAX_DETECTION_GROUPS: usize = 26;

/// The header and section table of the detection pack: what the compact pack keeps as is.
const DETECTION_HEAD: usize = HEADER + ENTRY;

/// The `word=N` lines of the detection words (`None` for a line without a language).
fn detection_lines() -> impl Iterator<Item = Option<(&'static [u8], usize)>> {
    crate::lang::detect::DETECTION_WORDS
        .as_text()
        .lines()
        .map(|line| {
            let (word, value) = line.rsplit_once('=')?;
            Some((word.as_bytes(), value.parse::<usize>().ok()?))
        })
}

/// Writes the compact detection pack: the header and section table of
/// [`write_detection_pack`] (code [`COMPACT_DETECTION_CODE`], the checksum and lengths of
/// the detection pack), then one group per language index (`0`, `1`, …, each ended by a
/// line break) of its words in order, each front-coded as one digit `b'0' + k` (`k`: the
/// bytes shared with the group's previous word, at most 9) and the rest of the word. The
/// words are folded lower-case ASCII letters, so a digit starts each word. Gzipped, 3.8
/// KiB instead of 5.2 for the plain list. A word that does not fit this form (not folded,
/// longer than [`MAX_DETECTION_WORD`], a language index from [`MAX_DETECTION_GROUPS`])
/// ends the pack early, and [`expand_detection_pack`] then fails the checksum: the round
/// trip is a test.
pub fn write_compact_detection_pack(mut sink: impl FnMut(&[u8])) {
    let mut head: heapless::Vec<u8, DETECTION_HEAD> = heapless::Vec::new();
    write_detection_pack(|b| {
        for &c in b {
            let _ = head.push(c);
        }
    });
    if let Some(code) = head.get_mut(10..12) {
        code.copy_from_slice(&COMPACT_DETECTION_CODE);
    }
    sink(&head);
    let groups = detection_lines()
        .map(|l| l.map_or(usize::MAX, |(_, v)| v))
        .max()
        .map_or(0, |v| v.saturating_add(1));
    if groups > MAX_DETECTION_GROUPS {
        return;
    }
    for group in 0..groups {
        let mut prev: &[u8] = &[];
        for (word, _) in detection_lines().flatten().filter(|&(_, v)| v == group) {
            if word.len() > MAX_DETECTION_WORD || word.iter().any(|c| !c.is_ascii_lowercase()) {
                return;
            }
            let shared = word
                .iter()
                .zip(prev)
                .take(9)
                .take_while(|(a, b)| a == b)
                .count();
            sink(&[b'0' + u8::try_from(shared).unwrap_or(0)]);
            sink(word.get(shared..).unwrap_or_default());
            prev = word;
        }
        sink(b"\n");
    }
}

/// One language's group of a compact detection pack while it is merged: its current
/// word and where the next one starts.
#[derive(Clone, Copy)]
struct Group {
    /// The current word (`len` bytes).
    word: [u8; MAX_DETECTION_WORD],
    /// Its length; `None` once the group is used up.
    len: Option<usize>,
    /// The offset of the next word in the compact bytes.
    next: usize,
    /// The offset of the group's end (its line break).
    end: usize,
}

impl Group {
    /// Reads the group's next word from `body` (`len` becomes `None` at its end).
    fn advance(&mut self, body: &[u8]) -> Result<(), PackError> {
        let bad = |why| PackError::Invalid {
            id: id::DETECTION_WORDS,
            why,
        };
        if self.next >= self.end {
            self.len = None;
            return Ok(());
        }
        let shared = usize::from(byte(body, self.next).wrapping_sub(b'0'));
        if shared > self.len.unwrap_or(0).min(9) {
            return Err(bad("a compact word shares more than the previous word"));
        }
        let mut len = shared;
        let mut at = self.next.saturating_add(1);
        while at < self.end && !byte(body, at).is_ascii_digit() {
            let slot = self
                .word
                .get_mut(len)
                .ok_or(bad("a compact word is longer than MAX_DETECTION_WORD"))?;
            *slot = byte(body, at);
            len += 1;
            at += 1;
        }
        (self.len, self.next) = (Some(len), at);
        Ok(())
    }

    /// The current word (empty once used up).
    fn current(&self) -> &[u8] {
        self.word.get(..self.len.unwrap_or(0)).unwrap_or_default()
    }
}

/// Rebuilds the detection pack ([`write_detection_pack`]) from the compact one `compact`
/// ([`write_compact_detection_pack`]) into `sink`, byte for byte: each language's group
/// decoded and the groups merged in word order. The result is then read with
/// [`DetectionTables::from_pack`], which checks the checksum. Errors, never panics, on
/// bytes that are not a compact detection pack.
pub fn expand_detection_pack(compact: &[u8], mut sink: impl FnMut(&[u8])) -> Result<(), PackError> {
    let head = compact.get(..DETECTION_HEAD).ok_or(PackError::Truncated)?;
    if !is_compact_detection_pack(head) {
        return Err(PackError::UnknownLanguage {
            code: [byte(head, 10), byte(head, 11)],
        });
    }
    let body = compact.get(DETECTION_HEAD..).unwrap_or_default();
    if body.last().is_some_and(|&c| c != b'\n') {
        return Err(PackError::Truncated);
    }
    let empty = Group {
        word: [0; MAX_DETECTION_WORD],
        len: None,
        next: 0,
        end: 0,
    };
    let mut groups = [empty; MAX_DETECTION_GROUPS];
    let mut start = 0;
    let ends = body.iter().enumerate().filter(|&(_, &c)| c == b'\n');
    for (count, (at, _)) in ends.enumerate() {
        let group = groups.get_mut(count).ok_or(PackError::Invalid {
            id: id::DETECTION_WORDS,
            why: "more language groups than MAX_DETECTION_GROUPS",
        })?;
        (group.next, group.end) = (start, at);
        group.advance(body)?;
        start = at + 1;
    }
    sink(head.get(..10).unwrap_or_default());
    sink(&DETECTION_CODE);
    sink(head.get(12..).unwrap_or_default());
    // The group whose current word comes first, until every group is used up (the
    // detection words are unique, so there are no ties).
    while let Some((value, group)) = groups
        .iter_mut()
        .enumerate()
        .filter(|(_, g)| g.len.is_some())
        .min_by(|(_, a), (_, b)| a.current().cmp(b.current()))
    {
        sink(group.current());
        let value = u8::try_from(value).unwrap_or(0);
        if value >= 10 {
            sink(&[b'=', b'0' + value / 10, b'0' + value % 10, b'\n']);
        } else {
            sink(&[b'=', b'0' + value, b'\n']);
        }
        group.advance(body)?;
    }
    Ok(())
}

/// Whether `bytes` claim to be the compact detection pack (its language code is
/// [`COMPACT_DETECTION_CODE`]); [`expand_detection_pack`] rebuilds the detection pack.
pub fn is_compact_detection_pack(bytes: &[u8]) -> bool {
    bytes.get(10..12) == Some(&COMPACT_DETECTION_CODE[..])
}

impl DetectionTables {
    /// The detection tables of the detection pack `bytes` ([`write_detection_pack`] of
    /// the same engine build), borrowing its words; the Bloom filter and the split by
    /// first letter are built here. Every field is checked; a bad pack is an error, never
    /// a panic.
    pub fn from_pack(bytes: &'static [u8]) -> Result<DetectionTables, PackError> {
        let (code, pack) = open(bytes)?;
        if code != DETECTION_CODE {
            return Err(PackError::UnknownLanguage { code });
        }
        let words = pack.text(id::DETECTION_WORDS)?;
        if !words.is_empty() && !words.ends_with('\n') {
            return Err(PackError::Invalid {
                id: id::DETECTION_WORDS,
                why: "a word list's last line does not end with a line break",
            });
        }
        DetectionTables::from_words(WordList::from_text(words)).ok_or(PackError::Invalid {
            id: id::DETECTION_WORDS,
            why: "not a sorted list of folded words, each with a language",
        })
    }
}

/// Byte `i` of `bytes` (0 past the end; the callers checked the length).
fn byte(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// `N` bytes of `bytes` from `at` (zeros past the end; the callers checked the length).
fn array<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at.saturating_add(N))
        .and_then(|b| <[u8; N]>::try_from(b).ok())
        .unwrap_or([0; N])
}

/// `n` as a little-endian `u32` (saturated).
fn u32_le(n: usize) -> [u8; 4] {
    u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes()
}

/// A pack's section table, to look sections up by id.
struct Sections {
    bytes: &'static [u8],
    table: &'static [u8],
}

#[cfg_attr(
    not(feature = "fix"),
    allow(dead_code, reason = "`pairs` and `lines` read the `fix` sections")
)]
impl Sections {
    /// The bytes of section `id`.
    fn get(&self, id: u16) -> Result<&'static [u8], PackError> {
        let (entries, _) = self.table.as_chunks::<ENTRY>();
        let entry = entries
            .iter()
            .find(|e| u16::from_le_bytes(array(&e[..], 0)) == id)
            .ok_or(PackError::MissingSection { id })?;
        let offset = u32::from_le_bytes(array(entry, 4));
        let len = u32::from_le_bytes(array(entry, 8));
        let start = usize::try_from(offset).map_err(|_| PackError::Truncated)?;
        let len = usize::try_from(len).map_err(|_| PackError::Truncated)?;
        self.bytes
            .get(start..start.checked_add(len).ok_or(PackError::Truncated)?)
            .ok_or(PackError::Truncated)
    }

    /// Section `id` as UTF-8 text.
    fn text(&self, id: u16) -> Result<&'static str, PackError> {
        core::str::from_utf8(self.get(id)?).map_err(|_| PackError::Invalid {
            id,
            why: "not UTF-8",
        })
    }

    /// Section `id` as at most one character (`None`: empty); `why` names the error when
    /// it holds more.
    fn char(&self, id: u16, why: &'static str) -> Result<Option<char>, PackError> {
        let mut chars = self.text(id)?.chars();
        match (chars.next(), chars.next()) {
            (c, None) => Ok(c),
            _ => Err(PackError::Invalid { id, why }),
        }
    }

    /// Section `id` as pairs of bytes.
    fn pairs(&self, id: u16) -> Result<&'static [[u8; 2]], PackError> {
        match self.get(id)?.as_chunks::<2>() {
            (pairs, []) => Ok(pairs),
            _ => Err(PackError::Invalid {
                id,
                why: "an odd number of bytes",
            }),
        }
    }

    /// Section `id` as the line starts of `text` (little-endian `u16`s, then the end of
    /// `text`): checked to start at 0, end at `text`'s length and each line to end with
    /// `\n`.
    fn lines(&self, id: u16, text: &str) -> Result<&'static [[u8; 2]], PackError> {
        let starts = self.pairs(id)?;
        let bad = PackError::Invalid {
            id,
            why: "line starts do not match the text",
        };
        let at = |s: &[u8; 2]| usize::from(u16::from_le_bytes(*s));
        match (starts.first(), starts.last()) {
            (Some(first), Some(last)) if at(first) == 0 && at(last) == text.len() => {}
            _ => return Err(bad),
        }
        let bytes = text.as_bytes();
        for pair in starts.windows(2) {
            let [a, b] = pair else { return Err(bad) };
            let (a, b) = (at(a), at(b));
            let line = bytes.get(a..b).ok_or(bad)?;
            if line.last() != Some(&b'\n') || line.iter().filter(|&&c| c == b'\n').count() != 1 {
                return Err(bad);
            }
        }
        Ok(starts)
    }

    /// Section `id` as a [`WordList`]'s text (`word\n` or `word=value\n` per word).
    fn words(&self, id: u16) -> Result<WordList, PackError> {
        let text = self.text(id)?;
        if !text.is_empty() && !text.ends_with('\n') {
            return Err(PackError::Invalid {
                id,
                why: "a word list's last line does not end with a line break",
            });
        }
        Ok(WordList::from_text(text))
    }
}

/// The registered packs: one slot per declared language, set once.
#[cfg(feature = "packs")]
static REGISTRY: [once_cell::race::OnceRef<'static, LangTables>; Lang::COUNT] =
    [const { once_cell::race::OnceRef::new() }; Lang::COUNT];

/// The registered tables of `lang` (`None` before `register`, and always without the
/// `packs` feature).
#[inline]
pub fn registered(lang: Lang) -> Option<&'static LangTables> {
    #[cfg(feature = "packs")]
    {
        REGISTRY.get(lang as usize).and_then(|slot| slot.get())
    }
    #[cfg(not(feature = "packs"))]
    {
        let _ = lang;
        None
    }
}

/// Registers the tables of a language pack (from [`LangTables::from_pack`], kept for the
/// program's life: a page leaks them) and returns its language. A language that is built
/// in or already registered keeps its tables (the call returns its language). Thread-safe.
#[cfg(feature = "packs")]
pub fn register(tables: &'static LangTables) -> Result<Lang, PackError> {
    let lang = tables.lang;
    if crate::lang::tables::builtin(lang).is_none()
        && let Some(slot) = REGISTRY.get(lang as usize)
    {
        let _ = slot.get_or_init(|| tables);
    }
    Ok(lang)
}

/// The registered detection pack.
#[cfg(feature = "packs")]
static DETECTION: once_cell::race::OnceRef<'static, DetectionTables> =
    once_cell::race::OnceRef::new();

/// The registered detection tables (`None` before `register_detection`, and always
/// without the `packs` feature, whose detection words are built in).
#[inline]
pub fn registered_detection() -> Option<&'static DetectionTables> {
    #[cfg(feature = "packs")]
    {
        DETECTION.get()
    }
    #[cfg(not(feature = "packs"))]
    {
        None
    }
}

/// Registers the detection tables of the detection pack (from
/// [`DetectionTables::from_pack`], kept for the program's life): from then on `evaluate`
/// detects a notice's language. Registered once; a later call keeps the first tables.
/// Thread-safe.
#[cfg(feature = "packs")]
pub fn register_detection(tables: &'static DetectionTables) {
    let _ = DETECTION.get_or_init(|| tables);
}

/// Whether the tables of `lang` are available: built in, or its pack registered. Always
/// true without the `packs` feature.
#[inline]
pub fn loaded(lang: Lang) -> bool {
    crate::lang::tables::builtin(lang).is_some() || registered(lang).is_some()
}

#[cfg(test)]
#[allow(
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "test code: a wrong index is a failed test"
)]
mod tests {
    extern crate std;

    use std::boxed::Box;
    use std::vec::Vec;

    use super::*;

    /// The pack of `lang`'s built-in tables, leaked (`from_pack` borrows for `'static`).
    fn pack(lang: Lang) -> Option<&'static [u8]> {
        let tables = crate::lang::tables::builtin(lang)?;
        let mut out = Vec::new();
        tables.write_pack(|b| out.extend_from_slice(b));
        Some(Box::leak(out.into_boxed_slice()))
    }

    #[test]
    fn every_built_in_language_reads_back_equal_from_its_pack() {
        for lang in Lang::ALL {
            let Some(bytes) = pack(lang) else { continue };
            let read = LangTables::from_pack(bytes);
            let builtin = crate::lang::tables::builtin(lang);
            assert_eq!(read.as_ref().ok(), builtin, "{}", lang.as_str());
            // Byte for byte: the pack of the tables read is the pack.
            if let Ok(read) = read {
                let mut again = Vec::new();
                read.write_pack(|b| again.extend_from_slice(b));
                assert_eq!(again.as_slice(), bytes, "{}", lang.as_str());
            }
        }
    }

    /// `verb_final_gap:` of `language.txt` travels in the pack (section
    /// [`id::VERB_FINAL_GAP`]): a page that registers the German or Dutch pack gets their
    /// longer frame gaps.
    #[test]
    fn the_verb_final_gap_travels_in_the_pack() {
        for lang in Lang::ALL {
            let (Some(bytes), Some(builtin)) = (pack(lang), crate::lang::tables::builtin(lang))
            else {
                continue;
            };
            let read = LangTables::from_pack(bytes).map(|t| t.data.verb_final_gap);
            assert_eq!(read, Ok(builtin.data.verb_final_gap), "{}", lang.as_str());
        }
    }

    /// `v` as a `'static` slice (a test's pack, leaked).
    fn leak(v: Vec<u8>) -> &'static [u8] {
        Box::leak(v.into_boxed_slice())
    }

    /// The corruptions both kinds of pack refuse the same way: `read` refuses the valid
    /// pack `bytes` cut at each of `lens` bytes, and as [`PackError::Stale`] once a bit
    /// of its data fingerprint is flipped.
    fn refuses_cut_or_stale<T>(
        bytes: &'static [u8],
        lens: &[usize],
        read: impl Fn(&'static [u8]) -> Result<T, PackError>,
    ) {
        for &len in lens {
            let cut = leak(bytes.get(..len).unwrap_or_default().to_vec());
            assert!(read(cut).is_err(), "cut at {len}");
        }
        let mut v = bytes.to_vec();
        v[12] ^= 1;
        assert_eq!(read(leak(v)).err(), Some(PackError::Stale));
    }

    /// The spelling keys of `language.txt` travel in the pack (section [`id::SPELLING`]):
    /// a language read from its pack counts syllables as when built in.
    #[cfg(feature = "fix")]
    #[test]
    fn the_spelling_travels_in_the_pack() {
        for lang in Lang::ALL {
            let (Some(bytes), Some(builtin)) = (pack(lang), crate::lang::tables::builtin(lang))
            else {
                continue;
            };
            let read = LangTables::from_pack(bytes).map(|t| t.spelling);
            assert_eq!(read, Ok(builtin.spelling), "{}", lang.as_str());
        }
    }

    #[test]
    fn a_bad_pack_is_an_explicit_error() {
        let Some(bytes) = pack(Lang::ALL[0]) else {
            return;
        };
        let lens = [0, 7, 8, 20, 35, 36, 40, bytes.len() / 2, bytes.len() - 1];
        refuses_cut_or_stale(bytes, &lens, LangTables::from_pack);
        let mut v = bytes.to_vec();
        v[0] = b'X';
        assert_eq!(
            LangTables::from_pack(leak(v)).err(),
            Some(PackError::BadMagic)
        );
        let mut v = bytes.to_vec();
        v[8] = 9;
        assert_eq!(
            LangTables::from_pack(leak(v)).err(),
            Some(PackError::Version { found: 9 })
        );
        let mut v = bytes.to_vec();
        v[20] ^= 1;
        assert_eq!(
            LangTables::from_pack(leak(v)).err(),
            Some(PackError::Layout)
        );
        let mut v = bytes.to_vec();
        let last = v.len() - 1;
        v[last] ^= 0x20;
        assert_eq!(
            LangTables::from_pack(leak(v)).err(),
            Some(PackError::Checksum)
        );
        let mut v = bytes.to_vec();
        v[10] = b'x';
        assert_eq!(
            LangTables::from_pack(leak(v)).err(),
            Some(PackError::Checksum)
        );
    }

    /// Random byte flips (one to four, anywhere) never panic and are always refused; the
    /// checks behind the checksum are exercised too, by flips whose checksum is patched.
    #[test]
    fn random_flips_never_panic() {
        let Some(bytes) = pack(Lang::ALL[0]) else {
            return;
        };
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..3000 {
            let mut v = bytes.to_vec();
            let flips = 1 + next() % 4;
            for _ in 0..flips {
                let at = (next() % v.len() as u64) as usize;
                v[at] ^= 1 << (next() % 8);
            }
            if v == bytes {
                continue;
            }
            if round % 2 == 1 {
                // Patch the checksum so that the section checks see the flipped bytes.
                let mut sum = fnv(FNV_START, &v[..24]);
                sum = fnv(sum, &v[32..]);
                v[24..32].copy_from_slice(&sum.to_le_bytes());
                let _ = LangTables::from_pack(Box::leak(v.into_boxed_slice()));
            } else {
                assert!(LangTables::from_pack(Box::leak(v.into_boxed_slice())).is_err());
            }
        }
    }

    /// The detection pack, leaked.
    fn detection_pack() -> &'static [u8] {
        let mut out = Vec::new();
        write_detection_pack(|b| out.extend_from_slice(b));
        Box::leak(out.into_boxed_slice())
    }

    #[test]
    fn the_compact_detection_pack_expands_to_the_detection_pack_byte_for_byte() {
        let mut compact = Vec::new();
        write_compact_detection_pack(|b| compact.extend_from_slice(b));
        assert!(is_compact_detection_pack(&compact));
        assert!(!is_detection_pack(&compact));
        let mut expanded = Vec::new();
        assert_eq!(
            expand_detection_pack(&compact, |b| expanded.extend_from_slice(b)),
            Ok(())
        );
        assert_eq!(expanded, detection_pack());
        assert!(compact.len() < expanded.len());
        // Damaged compact packs are errors (or expand to bytes the checksum rejects).
        assert!(expand_detection_pack(detection_pack(), |_| ()).is_err());
        assert!(expand_detection_pack(&compact[..compact.len() - 1], |_| ()).is_err());
        assert!(expand_detection_pack(&compact[..20], |_| ()).is_err());
        let mut long = compact.clone();
        long.extend(std::iter::repeat_n(b'a', MAX_DETECTION_WORD + 1));
        assert!(expand_detection_pack(&long, |_| ()).is_err());
        for at in (DETECTION_HEAD..compact.len()).step_by(97) {
            let mut bad = compact.clone();
            bad[at] ^= 0x21;
            let mut out = Vec::new();
            if expand_detection_pack(&bad, |b| out.extend_from_slice(b)).is_ok() {
                let out: &'static [u8] = Box::leak(out.into_boxed_slice());
                assert!(DetectionTables::from_pack(out).is_err(), "flip at {at}");
            }
        }
    }

    #[test]
    fn the_detection_pack_reads_back_as_the_built_in_detection_tables() {
        let bytes = detection_pack();
        assert!(is_detection_pack(bytes));
        let read = DetectionTables::from_pack(bytes);
        assert!(read.is_ok(), "{read:?}");
        let Ok(read) = read else { return };
        assert_eq!(read.words, crate::lang::detect::DETECTION_WORDS);
        #[cfg(not(feature = "packs"))]
        assert_eq!(Some(&read), crate::lang::detect::tables());
        // Neither kind of pack is taken for the other.
        assert_eq!(
            LangTables::from_pack(bytes).err(),
            Some(PackError::UnknownLanguage {
                code: DETECTION_CODE
            })
        );
        if let Some(lang_pack) = pack(Lang::ALL[0]) {
            assert!(!is_detection_pack(lang_pack));
            assert!(matches!(
                DetectionTables::from_pack(lang_pack),
                Err(PackError::UnknownLanguage { .. })
            ));
        }
    }

    #[test]
    fn a_bad_detection_pack_is_an_explicit_error() {
        let bytes = detection_pack();
        let lens = [0, 8, 35, 36, 48, bytes.len() / 2, bytes.len() - 1];
        refuses_cut_or_stale(bytes, &lens, DetectionTables::from_pack);
        // A word list out of order, behind a valid checksum: refused by the list check.
        let mut v = bytes.to_vec();
        let words = v.len() - crate::lang::detect::DETECTION_WORDS.as_text().len();
        v[words] = b'z';
        let mut sum = fnv(FNV_START, &v[..24]);
        sum = fnv(sum, &v[32..]);
        v[24..32].copy_from_slice(&sum.to_le_bytes());
        assert!(matches!(
            DetectionTables::from_pack(leak(v)),
            Err(PackError::Invalid { .. })
        ));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let e = PackError::Version { found: 2 };
        assert_eq!(
            std::format!("{e}"),
            "pack format version 2, this engine reads 1"
        );
        assert!(std::format!("{}", PackError::Stale).contains("stale pack"));
    }
}
