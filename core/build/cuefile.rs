//! The `.cues` file format of `core/lang/<xx>/` (reference: `core/lang/README.md`): the
//! parser, folding and formatter shared by `core/build.rs` (which packs the files into
//! the cue tables) and `cargo xtask cues` (which checks and formats them). Std only.
//!
//! ```text
//! # comment (a line starting with `#`; after a phrase, ` # …` ends the line)
//! [signal]                  role heading: signal, anchor, denial, reason, block, contrast
//! données de santé          a phrase in natural spelling, folded by the build
//! chiffr*                   `*` at a word's start or end: a stem
//! good: A sentence in which the file's element (or value) is present.
//! bad: A look-alike in which it is not.
//! ```

use std::fmt::Write as _;

/// The roles in heading order, with their one-byte tag in a packed table.
pub const ROLES: [(&str, char); 6] = [
    ("signal", 'S'),
    ("anchor", 'A'),
    ("denial", 'D'),
    ("reason", 'R'),
    ("block", 'B'),
    ("contrast", 'C'),
];

/// One phrase of a file.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// The role's tag byte (`S`, `A`, …).
    pub tag: char,
    /// The phrase as written (trimmed).
    pub written: String,
    /// The folded (normalised) phrase the index stores.
    pub folded: String,
    /// Comment lines written directly above it, and its trailing comment (with `#`).
    pub comments: Vec<String>,
    /// Its trailing comment, if any (with `#`).
    pub trailing: Option<String>,
    /// 1-based line number.
    pub line: usize,
}

/// A parsed `.cues` file.
#[derive(Debug, Clone, Default)]
pub struct CueFile {
    /// The comment lines before the first heading.
    pub header: Vec<String>,
    /// The phrases, in file order.
    pub phrases: Vec<Phrase>,
    /// `good:` examples.
    pub good: Vec<String>,
    /// `bad:` examples.
    pub bad: Vec<String>,
    /// `include:` folders (relative to the language folder): every `[signal]` phrase of
    /// their `.cues` files is also a `[signal]` of this file.
    pub includes: Vec<String>,
}

/// Folds `written` to the normalised cue form: lowercase, diacritics folded, words
/// separated by one space, `*` kept where written (empty when no word is left).
pub fn fold_phrase(written: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
            word.clear();
        }
    };
    for c in written.chars() {
        let in_word = !word.is_empty() && word != "*";
        if c == '*' {
            word.push('*');
        } else if crate::normalise::is_word_char(c)
            || (in_word && crate::normalise::continues_word(c))
        {
            word.extend(crate::normalise::fold_char(c));
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Parses a file's text. Errors are `line N: message`.
pub fn parse(text: &str) -> Result<CueFile, Vec<String>> {
    let mut file = CueFile::default();
    let mut errors = Vec::new();
    let mut role: Option<char> = None;
    let mut pending: Vec<String> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            if role.is_none() && !pending.is_empty() {
                file.header.append(&mut pending);
            }
            continue;
        }
        if line.starts_with('#') {
            pending.push(line.to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("include:") {
            file.includes.push(rest.trim().to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("good:") {
            file.good.push(rest.trim().to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("bad:") {
            file.bad.push(rest.trim().to_string());
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            match ROLES.iter().find(|(n, _)| *n == name.trim()) {
                Some(&(_, tag)) => role = Some(tag),
                None => errors.push(format!(
                    "line {line_no}: unknown heading `[{name}]` (roles: signal, anchor, denial, reason, block, contrast)"
                )),
            }
            if file.phrases.is_empty() {
                file.header.append(&mut pending);
            }
            pending.clear();
            continue;
        }
        let (body, trailing) = match line.split_once(" #") {
            Some((b, c)) => (b.trim(), Some(format!("#{c}"))),
            None => (line, None),
        };
        let Some(tag) = role else {
            errors.push(format!(
                "line {line_no}: phrase `{body}` before any role heading such as `[signal]`"
            ));
            continue;
        };
        let folded = fold_phrase(body);
        if let Err(why) = check_folded(&folded) {
            errors.push(format!("line {line_no}: `{body}`: {why}"));
            continue;
        }
        file.phrases.push(Phrase {
            tag,
            written: body.to_string(),
            folded,
            comments: std::mem::take(&mut pending),
            trailing,
            line: line_no,
        });
    }
    let mut sorted: Vec<&Phrase> = file.phrases.iter().collect();
    sorted.sort_by(|a, b| a.folded.cmp(&b.folded));
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && a.folded == b.folded
        {
            errors.push(format!(
                "line {}: `{}` folds to `{}`, like line {} (`{}`): one phrase per table",
                b.line.max(a.line),
                b.written,
                b.folded,
                a.line.min(b.line),
                a.written
            ));
        }
    }
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}

/// Why a folded phrase cannot be a cue (the rules of `crate::elements::cue`), if it cannot.
pub fn check_folded(folded: &str) -> Result<(), String> {
    let max = crate::limits::MAX_PHRASE_WORDS;
    let words = folded.split(' ').count();
    if folded.is_empty() {
        Err("no word in the phrase".into())
    } else if words > max {
        Err(format!("{words} words; a phrase has at most {max}"))
    } else if !crate::normalise::is_normalised_phrase(folded) {
        Err(
            "`*` goes only at a word's start or end, a stem keeps at least three \
             letters, and the first word may not have `*` at both ends"
                .into(),
        )
    } else {
        Ok(())
    }
}

/// The packed table text: `<tag><folded phrase>\n` per phrase, sorted by folded phrase;
/// `extra` are phrases from the file's `include:`s.
pub fn packed(file: &CueFile, extra: &[Phrase]) -> String {
    let mut sorted: Vec<&Phrase> = file.phrases.iter().chain(extra).collect();
    sorted.sort_by(|a, b| a.folded.cmp(&b.folded));
    let mut out = String::new();
    for p in sorted {
        out.push(p.tag);
        out.push_str(&p.folded);
        out.push('\n');
    }
    out
}

/// The file in canonical form: the header, then one section per role used (in role order)
/// with its phrases sorted by folded form (comments kept with their phrase), then the
/// examples.
pub fn format(file: &CueFile) -> String {
    let mut out = String::new();
    for c in &file.header {
        out.push_str(c);
        out.push('\n');
    }
    if !file.includes.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        for i in &file.includes {
            let _ = writeln!(out, "include: {i}");
        }
    }
    for &(name, tag) in &ROLES {
        let mut phrases: Vec<&Phrase> = file.phrases.iter().filter(|p| p.tag == tag).collect();
        if phrases.is_empty() {
            continue;
        }
        phrases.sort_by(|a, b| a.folded.cmp(&b.folded));
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "[{name}]");
        for p in phrases {
            for c in &p.comments {
                out.push_str(c);
                out.push('\n');
            }
            out.push_str(&p.written);
            if let Some(t) = &p.trailing {
                out.push_str("  ");
                out.push_str(t);
            }
            out.push('\n');
        }
    }
    if !file.good.is_empty() || !file.bad.is_empty() {
        out.push('\n');
        for g in &file.good {
            let _ = writeln!(out, "good: {g}");
        }
        for b in &file.bad {
            let _ = writeln!(out, "bad: {b}");
        }
    }
    out
}
