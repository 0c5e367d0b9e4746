//! The language data of the `fix` module: plain UTF-8 files in `core/lang/<xx>/`
//! (`signals.txt`, `jargon.txt`, `suggestions.txt`, `draft.txt`), compiled in with
//! `include_str!` and read line by line at run time, without allocating. The line format
//! is documented in `core/lang/FIX_FORMAT.md`:
//!
//! - `# …` is a comment, blank lines are ignored;
//! - `[name]` starts a section (a phrase group of `signals.txt` and `jargon.txt`);
//! - in a section, every other line is one phrase (see [`super::phrase`]);
//! - `key = text` (in `suggestions.txt` and `draft.txt`) is a template entry: the first
//!   ` = ` separates the key from the text.

use crate::lang::Lang;

/// The four data files of one language.
#[derive(Debug, Clone, Copy)]
pub struct LangData {
    /// `signals.txt`: phrase groups of the trust signals.
    pub signals: &'static str,
    /// `jargon.txt`: technical terms and the phrases that explain a term.
    pub jargon: &'static str,
    /// `suggestions.txt`: templates of the suggested sentences, data-kind wording, dates.
    pub suggestions: &'static str,
    /// `draft.txt`: subject line, salutation, closing and signature of a draft.
    pub draft: &'static str,
}

/// The files are linked as `core/build.rs` writes them to `$OUT_DIR/fix/<xx>/`: without
/// the comments, blank lines and indentation that [`Lines`] skips (the same meaningful
/// lines, in the same order, so nothing read from them changes).
macro_rules! lang_data {
    ($code:literal) => {
        LangData {
            signals: include_str!(concat!(env!("OUT_DIR"), "/fix/", $code, "/signals.txt")),
            jargon: include_str!(concat!(env!("OUT_DIR"), "/fix/", $code, "/jargon.txt")),
            suggestions: include_str!(concat!(env!("OUT_DIR"), "/fix/", $code, "/suggestions.txt")),
            draft: include_str!(concat!(env!("OUT_DIR"), "/fix/", $code, "/draft.txt")),
        }
    };
}

static EN: LangData = lang_data!("en");
static DE: LangData = lang_data!("de");
static FR: LangData = lang_data!("fr");
static ES: LangData = lang_data!("es");
static IT: LangData = lang_data!("it");
static NL: LangData = lang_data!("nl");
static PT: LangData = lang_data!("pt");
static RO: LangData = lang_data!("ro");

/// The data files of `lang`.
pub fn lang_data(lang: Lang) -> &'static LangData {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
        Lang::Fr => &FR,
        Lang::Es => &ES,
        Lang::It => &IT,
        Lang::Nl => &NL,
        Lang::Pt => &PT,
        Lang::Ro => &RO,
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
pub fn entry<'d>(file: &'d str, key: &str) -> Option<&'d str> {
    Lines::new(file).find_map(|l| {
        let (k, v) = split_once(l.text, " = ")?;
        (k.trim() == key).then_some(v.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_entries() {
        let file =
            "# c\nkey = A text = with equals\n\n[one]\nfirst phrase\n  second*  \n[two]\nx\n";
        assert_eq!(entry(file, "key"), Some("A text = with equals"));
        assert_eq!(entry(file, "nokey"), None);
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

    #[test]
    fn every_language_has_every_file() {
        for lang in Lang::ALL {
            let d = lang_data(lang);
            for (name, file) in [
                ("signals", d.signals),
                ("jargon", d.jargon),
                ("suggestions", d.suggestions),
                ("draft", d.draft),
            ] {
                assert!(Lines::new(file).count() > 3, "{lang:?} {name}");
            }
        }
    }
}
