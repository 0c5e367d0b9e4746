//! The cue matcher against a brute-force reference: for every word of every corpus notice
//! (and of each notice with its letters' case and some punctuation scrambled), every cue of
//! the language's element index and derive index is tried on its own, and the matches must
//! be the matcher's, in the matcher's order.
//!
//! The order (see `core/src/text/matcher.rs`): by start word; at one word, phrases whose
//! first word is a prefix stem `abc*` by increasing stem length, then phrases whose first
//! word is the word, then suffix stems `*abc` by decreasing suffix length — each group in
//! index order. A stem needs at least three chars of the word.

use std::fs;
use std::path::Path;

use breachnotice::Lang;
use breachnotice::analysis::cue_index;
use breachnotice::derive::index::derive_index;
use breachnotice::elements::Cue;
use breachnotice::text::matcher::{Cues, find_cues, word_matches};
use breachnotice::text::sentences::Sentences;
use breachnotice::text::words::{Word, Words};

/// (table, phrase, start, end) of one match.
type Found = (usize, &'static str, usize, usize);

/// The reference: every cue of an index (`cues`: its entries, in order, as read from its
/// text line by line) tried at every word of `text`.
fn reference(text: &str, base: usize, cues: &[(usize, Cue)]) -> Vec<Found> {
    let words: Vec<Word> = Words::with_offset(text, base).collect();
    let mut out = Vec::new();
    for (w, first) in words.iter().enumerate() {
        if first.too_long() {
            continue;
        }
        let word = first.text();
        // (group, position, entry) of each cue whose first word fits.
        let mut keyed: Vec<(u8, usize, usize)> = Vec::new();
        // (Only cues starting with the word's first byte or with `*` can fit.)
        let lead = word.as_bytes().first().copied();
        for (i, (_, cue)) in cues.iter().enumerate() {
            let pattern = cue.phrase.split(' ').next().unwrap_or("");
            let start = pattern.as_bytes().first().copied();
            if start != lead && start != Some(b'*') {
                continue;
            }
            if let Some(stem) = pattern.strip_suffix('*')
                && !stem.starts_with('*')
                && stem.chars().count() >= 3
                && word.starts_with(stem)
            {
                keyed.push((0, stem.len(), i));
            } else if pattern == word {
                keyed.push((1, 0, i));
            } else if let Some(stem) = pattern.strip_prefix('*')
                && !stem.ends_with('*')
                && stem.chars().count() >= 3
                && word.ends_with(stem)
            {
                keyed.push((2, word.len() - stem.len(), i));
            }
        }
        keyed.sort();
        for (_, _, i) in keyed {
            let Some(&(table, cue)) = cues.get(i) else {
                continue;
            };
            let rest: Vec<&str> = cue.phrase.split(' ').skip(1).collect();
            let mut end = first.end;
            let fits = rest.iter().enumerate().all(|(j, pattern)| {
                words.get(w + 1 + j).is_some_and(|next| {
                    end = next.end;
                    !next.too_long() && word_matches(pattern, next.text())
                })
            });
            if fits {
                out.push((table, cue.phrase, first.start, end));
            }
        }
    }
    out
}

fn matcher(text: &str, base: usize, index: Cues<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    find_cues(text, base, index, |m| {
        out.push((m.table, m.cue.phrase, m.start, m.end));
    });
    out
}

/// The notice with every third letter's case swapped and some spaces made hyphens.
fn scrambled(text: &str) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| match (i % 3, i % 17) {
            (_, 0) if c == ' ' => '-',
            (0, _) if c.is_lowercase() => c.to_uppercase().next().unwrap_or(c),
            (0, _) => c.to_lowercase().next().unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[test]
fn matcher_agrees_with_brute_force_on_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices/corpus");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    assert!(files.len() >= 20, "corpus notices not found");
    let mut checked = 0usize;
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for text in [text.clone(), scrambled(&text)] {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let own = Lang::ALL
                .into_iter()
                .find(|l| name.contains(&format!("-{}-", l.as_str())));
            for lang in [own.unwrap_or(Lang::En), Lang::De] {
                let (elements, derive) = (cue_index(lang), derive_index(lang));
                let (elements_decoded, derive_decoded) = (elements.decode(), derive.decode());
                let indexes: [(Cues<'_>, Vec<(usize, Cue)>); 2] = [
                    (elements_decoded.cues(), elements.entries().collect()),
                    (derive_decoded.cues(), derive.entries().collect()),
                ];
                for (index, entries) in &indexes {
                    assert_eq!(index.len(), entries.len());
                    for s in Sentences::new(&text) {
                        let slice = text.get(s.start..s.end).unwrap_or("");
                        let got = matcher(slice, s.start, *index);
                        let want = reference(slice, s.start, entries);
                        assert_eq!(got, want, "{} ({lang:?}): {slice:?}", file.display());
                        checked += got.len();
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} matches checked");
}
