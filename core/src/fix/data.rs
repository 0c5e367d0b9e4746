//! The language data of the `fix` module: plain UTF-8 files in `core/lang/<xx>/`
//! (`signals.txt`, `jargon.txt`, `suggestions.txt`, `draft.txt`). The phrase files
//! (`signals.txt`, `jargon.txt`) are packed at build time into a [`PhraseTable`]
//! (`core/build/fixfile.rs`), the templates into [`Templates`] sorted by key, read by
//! binary search ([`entry`]). [`Lines`] reads a file as written (the tests compare it
//! with the packed tables). The line format is documented in `core/lang/FIX_FORMAT.md`:
//!
//! - `# …` is a comment, blank lines are ignored;
//! - `[name]` starts a section (a phrase group of `signals.txt` and `jargon.txt`);
//! - in a section, every other line is one phrase (see [`super::phrase`]);
//! - `key = text` (in `suggestions.txt` and `draft.txt`) is a template entry: the first
//!   ` = ` separates the key from the text.

use super::phrase::PhraseTable;
use crate::lang::Lang;

/// The four data files of one language (borrowed from its
/// [`crate::lang::tables::LangTables`]: built in, or a registered language pack).
#[derive(Debug, Clone, Copy)]
pub struct LangData {
    /// `signals.txt` (phrase groups of the trust signals) and `jargon.txt` (technical
    /// terms and the phrases that explain a term), packed.
    pub phrases: &'static PhraseTable,
    /// `suggestions.txt`: templates of the suggested sentences, data-kind wording, dates.
    pub suggestions: &'static Templates,
    /// `draft.txt`: subject line, salutation, closing and signature of a draft.
    pub draft: &'static Templates,
}

/// The keys of a template file (`suggestions.txt` or `draft.txt`) in every language
/// (their union), packed at build time (`core/build/fixfile.rs`): `key\n` per key, sorted,
/// and where each starts. One table per file, shared by every language's [`Templates`]
/// (the keys are the same in every language: stored once, the wasm is about 3 KiB
/// smaller gzipped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateKeys {
    /// The keys, sorted, each followed by `\n`.
    pub text: &'static str,
    /// Where each key starts in `text`, and the end of `text` (little-endian `u16`s:
    /// the same bytes whether built in or read from a language pack).
    pub starts: &'static [[u8; 2]],
}

/// The entries of a template file (`suggestions.txt`, `draft.txt`) of one language,
/// packed at build time (`core/build/fixfile.rs`): `text\n` per key of the shared
/// [`TemplateKeys`], in their order (a line holding only [`NO_ENTRY`]: the language has no
/// entry for that key), and where each starts. Looked up by binary search over the keys
/// ([`entry`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Templates {
    /// The keys, shared by every language (a copy of the two slices).
    pub keys: TemplateKeys,
    /// The texts, one line per key, in the keys' order.
    pub text: &'static str,
    /// Where each text starts in `text`, and the end of `text` (little-endian `u16`s).
    pub starts: &'static [[u8; 2]],
}

/// The text line that stands for "this language has no entry for the key".
pub const NO_ENTRY: &str = "\u{1}";

/// Line `i` of `text` whose line starts are `starts` (without its `\n`).
fn line(text: &'static str, starts: &[[u8; 2]], i: usize) -> Option<&'static str> {
    let at = |i: usize| starts.get(i).map(|&s| usize::from(u16::from_le_bytes(s)));
    text.get(at(i)?..at(i.saturating_add(1))?.checked_sub(1)?)
}

impl Templates {
    /// Key `i` and its text in this language (`None` for the text: no entry).
    pub(crate) fn get(&self, i: usize) -> Option<(&'static str, Option<&'static str>)> {
        let key = line(self.keys.text, self.keys.starts, i)?;
        let text = line(self.text, self.starts, i)?;
        Some((key, (text != NO_ENTRY).then_some(text)))
    }

    /// The number of keys (entries of this language or of another).
    pub fn len(&self) -> usize {
        self.keys.starts.len().saturating_sub(1)
    }

    /// Whether there is no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The data files of `lang` (built in, or its registered language pack: an empty table
/// while the pack is not registered, see [`crate::packs`]).
pub fn lang_data(lang: Lang) -> LangData {
    let t = crate::lang::tables::tables(lang);
    LangData {
        phrases: &t.fix_phrases,
        suggestions: &t.suggestions,
        draft: &t.draft,
    }
}

/// One meaningful line of a data file: the section it stands in (`""` before the first
/// `[section]`) and its trimmed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'d> {
    /// The enclosing section's name.
    pub section: &'d str,
    /// The line, trimmed; never empty, never a comment or a section header.
    pub text: &'d str,
}

/// The meaningful lines of a data file, in order.
#[derive(Debug, Clone)]
pub struct Lines<'d> {
    rest: core::str::Lines<'d>,
    section: &'d str,
}

impl<'d> Lines<'d> {
    /// The lines of `file`.
    pub fn new(file: &'d str) -> Self {
        Lines {
            rest: file.lines(),
            section: "",
        }
    }
}

impl<'d> Iterator for Lines<'d> {
    type Item = Line<'d>;

    fn next(&mut self) -> Option<Line<'d>> {
        loop {
            let line = self.rest.next()?.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                self.section = name.trim();
                continue;
            }
            return Some(Line {
                section: self.section,
                text: line,
            });
        }
    }
}

/// The phrases of section `name` of `file`.
pub fn section<'d>(file: &'d str, name: &'d str) -> impl Iterator<Item = &'d str> + 'd {
    Lines::new(file)
        .filter(move |l| l.section == name)
        .map(|l| l.text)
}

/// `text.split_once(sep)`: `text` around the first `sep`, if any. Written out because
/// `str::split_once` with a `&str` separator links `core`'s two-way string searcher
/// (about 2 KB of wasm code) for the three short separators of the data files
/// (` = `, ` | `, ` ... `), which a byte-by-byte search finds just as well.
pub fn split_once<'t>(text: &'t str, sep: &str) -> Option<(&'t str, &'t str)> {
    let at = if sep.is_empty() {
        0
    } else {
        text.as_bytes()
            .windows(sep.len())
            .position(|w| w == sep.as_bytes())?
    };
    Some((text.get(..at)?, text.get(at.saturating_add(sep.len())..)?))
}

/// The text of template entry `key` (`key = text`) of `file`, if there is one.
pub fn entry(file: &Templates, key: &str) -> Option<&'static str> {
    let (mut lo, mut hi) = (0usize, file.len());
    while lo < hi {
        let mid = lo.saturating_add(hi.saturating_sub(lo) / 2);
        let (k, v) = file.get(mid)?;
        match k.cmp(key) {
            core::cmp::Ordering::Less => lo = mid.saturating_add(1),
            core::cmp::Ordering::Greater => hi = mid,
            core::cmp::Ordering::Equal => return v,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_entries() {
        let file =
            "# c\nkey = A text = with equals\n\n[one]\nfirst phrase\n  second*  \n[two]\nx\n";
        static KEYS: TemplateKeys = TemplateKeys {
            text: "a\nkey\nother\nz\n",
            starts: &[[0, 0], [2, 0], [6, 0], [12, 0], [14, 0]],
        };
        let templates = Templates {
            keys: KEYS,
            text: "A\nA text = with equals\n\u{1}\n\n",
            starts: &[[0, 0], [2, 0], [23, 0], [25, 0], [26, 0]],
        };
        assert_eq!(entry(&templates, "key"), Some("A text = with equals"));
        assert_eq!(entry(&templates, "a"), Some("A"));
        assert_eq!(entry(&templates, "z"), Some(""));
        assert_eq!(entry(&templates, "other"), None, "another language's key");
        assert_eq!(entry(&templates, "nokey"), None);
        let one: heapless::Vec<&str, 4> = section(file, "one").collect();
        assert_eq!(one.as_slice(), ["first phrase", "second*"]);
        assert_eq!(section(file, "two").count(), 1);
    }

    #[test]
    fn split_once_is_str_split_once() {
        let texts = [
            "",
            "a",
            " = ",
            "key = value",
            "key = a = b",
            "key =value",
            "kéy = vàlue = x",
            "la | sample | more",
            "will be ... closed",
            "a ... b ... c",
            "....",
            "a  =  b",
            "ü = ",
            " = ü",
        ];
        for text in texts {
            for sep in ["", " = ", " | ", " ... ", "=", "ü", "x"] {
                assert_eq!(
                    split_once(text, sep),
                    text.split_once(sep),
                    "{text:?} {sep:?}"
                );
            }
        }
    }

    /// The former reading of a template file: the first line `key = text` of the key.
    fn first_entry<'d>(file: &'d str, key: &str) -> Option<&'d str> {
        Lines::new(file).find_map(|l| {
            let (k, v) = split_once(l.text, " = ")?;
            (k.trim() == key).then_some(v.trim())
        })
    }

    #[test]
    fn the_packed_templates_say_what_the_files_say() {
        macro_rules! files_of {
            ($($variant:ident $module:ident $code:literal $name:literal,)*) => {
                fn files(lang: Lang) -> (&'static str, &'static str) {
                    match lang {
                        $(Lang::$variant => (
                            include_str!(concat!("../../lang/", $code, "/suggestions.txt")),
                            include_str!(concat!("../../lang/", $code, "/draft.txt")),
                        ),)*
                    }
                }
            };
        }
        crate::__for_each_lang!(files_of);
        for lang in Lang::ALL {
            let (suggestions, draft) = files(lang);
            let d = lang_data(lang);
            for (raw, packed) in [(suggestions, d.suggestions), (draft, d.draft)] {
                let mut n = 0;
                for l in Lines::new(raw) {
                    let Some((k, _)) = split_once(l.text, " = ") else {
                        continue;
                    };
                    n += 1;
                    assert_eq!(
                        entry(packed, k.trim()),
                        first_entry(raw, k.trim()),
                        "{lang:?}"
                    );
                }
                let present = (0..packed.len())
                    .filter(|&i| packed.get(i).is_some_and(|(_, v)| v.is_some()))
                    .count();
                assert_eq!(n, present, "{lang:?}");
                assert_eq!(entry(packed, "no.such.key"), None);
            }
        }
    }

    #[test]
    fn every_language_has_every_file() {
        for lang in Lang::ALL {
            let d = lang_data(lang);
            assert!(d.phrases.index.len() > 3, "{lang:?} phrases");
            for (name, file) in [("suggestions", d.suggestions), ("draft", d.draft)] {
                assert!(file.len() > 3, "{lang:?} {name}");
                // Sorted, so that `entry` finds every key.
                for i in 0..file.len() {
                    let (k, v) = file.get(i).unwrap_or_default();
                    assert_eq!(entry(file, k), v, "{lang:?} {name} {k}");
                }
            }
        }
    }
}
