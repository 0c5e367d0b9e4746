//! The packed phrase tables against the phrase files read line by line (the matcher the
//! engine used before the tables, kept here as the reference): the same matches for every
//! phrase, in every window of every sentence of every fixture and of the language files'
//! own phrases.

extern crate std;

use std::string::String;
use std::vec::Vec as StdVec;

use super::*;
use crate::fix::data::{Lines, split_once};
use crate::fix::signals::Group;
use crate::lang::Lang;
use crate::text::sentences::Sentences;

/// One word of a phrase: its normalised form and whether it is a prefix (`word*`).
#[derive(Debug, Clone, Copy)]
struct PhraseWord {
    word: Word,
    prefix: bool,
}

fn phrase_words(phrase: &str) -> Option<Vec<PhraseWord, MAX_PHRASE_WORDS>> {
    let mut out = Vec::new();
    for word in Words::new(phrase) {
        let prefix = phrase.as_bytes().get(word.end) == Some(&b'*');
        out.push(PhraseWord { word, prefix }).ok()?;
    }
    (!out.is_empty()).then_some(out)
}

fn word_matches(text: &Word, phrase: &PhraseWord) -> bool {
    if text.too_long() {
        return false;
    }
    if phrase.prefix {
        text.bytes().starts_with(phrase.word.bytes())
    } else {
        text.bytes() == phrase.word.bytes()
    }
}

fn match_at(window: &[Word], at: usize, words: &[PhraseWord]) -> Option<usize> {
    let rest = window.get(at..)?;
    (rest.len() >= words.len() && words.iter().zip(rest).all(|(p, t)| word_matches(t, p)))
        .then_some(at.saturating_add(words.len()))
}

/// A phrase line as the former matcher read it: its head's and its tail's words (`None`:
/// a line it could never match).
type Parsed = Option<(
    Vec<PhraseWord, MAX_PHRASE_WORDS>,
    Option<Vec<PhraseWord, MAX_PHRASE_WORDS>>,
)>;

fn parse(phrase: &str) -> Parsed {
    let (head, tail) = match split_once(phrase, " ... ") {
        Some((h, t)) => (h, Some(t)),
        None => (phrase, None),
    };
    let words = phrase_words(head)?;
    let tail = match tail {
        Some(t) => Some(phrase_words(t)?),
        None => None,
    };
    Some((words, tail))
}

/// The former matcher: every match of the phrase line `phrase` (parsed) in `window`.
fn reference_matches(window: &[Word], phrase: &Parsed, found: &mut dyn FnMut(Span)) {
    let Some((words, tail)) = phrase else {
        return;
    };
    let Some(first) = words.first() else {
        return;
    };
    for (i, w) in window.iter().enumerate() {
        if !word_matches(w, first) {
            continue;
        }
        let Some(mut end) = match_at(window, i, words) else {
            continue;
        };
        if let Some(tail) = &tail {
            let Some(e) =
                (end..=end.saturating_add(MAX_GAP_WORDS)).find_map(|j| match_at(window, j, tail))
            else {
                continue;
            };
            end = e;
        }
        let last = window.get(end.saturating_sub(1)).unwrap_or(w);
        found(Span {
            start: u32::try_from(w.start).unwrap_or(u32::MAX),
            end: u32::try_from(last.end).unwrap_or(u32::MAX),
        });
    }
}

/// The phrase files of `lang` as written.
macro_rules! files_of {
    ($($variant:ident $module:ident $code:literal $name:literal,)*) => {
        fn files(lang: Lang) -> (&'static str, &'static str) {
            match lang {
                $(Lang::$variant => (
                    include_str!(concat!("../../../lang/", $code, "/signals.txt")),
                    include_str!(concat!("../../../lang/", $code, "/jargon.txt")),
                ),)*
            }
        }
    };
}
crate::__for_each_lang!(files_of);

/// The phrase lines of `lang` (in order) with their group, parsed.
fn reference_lines(lang: Lang) -> StdVec<(Option<usize>, Parsed)> {
    let (signals, jargon) = files(lang);
    Lines::new(signals)
        .chain(Lines::new(jargon))
        .map(|l| (Group::parse(l.section).map(|g| g as usize), parse(l.text)))
        .collect()
}

/// Every match of every phrase, by the reference, sorted: (group, order in the group,
/// start, end).
fn reference_all(
    lines: &[(Option<usize>, Parsed)],
    window: &[Word],
) -> StdVec<(usize, u8, u32, u32)> {
    let mut out = StdVec::new();
    let mut in_group = [0u8; crate::fix::signals::GROUPS];
    for (g, parsed) in lines {
        let Some(g) = *g else { continue };
        let Some(slot) = in_group.get_mut(g) else {
            continue;
        };
        let order = *slot;
        *slot += 1;
        reference_matches(window, parsed, &mut |s| {
            out.push((g, order, s.start, s.end));
        });
    }
    out.sort_unstable();
    out
}

fn indexed_all(phrases: &Phrases<'_>, window: &[Word]) -> StdVec<(usize, u8, u32, u32)> {
    let mut out = StdVec::new();
    phrases.each_match(window, u32::MAX, &mut |m| {
        out.push((m.group, m.order, m.span.start, m.span.end));
    });
    out.sort_unstable();
    out
}

/// Every fixture text but the held-out ones.
fn texts() -> StdVec<String> {
    let mut out = StdVec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut dirs = std::vec![root];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            // Held-out notices are read by nothing but their own end-to-end measure.
            if p.file_name().is_some_and(|n| n == "heldout") {
                continue;
            }
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt")
                && let Ok(t) = std::fs::read_to_string(&p)
            {
                out.push(t);
            }
        }
    }
    out
}

#[test]
fn the_tables_match_what_the_files_say() {
    let mut texts = texts();
    assert!(texts.len() > 50, "fixtures not found");
    // The phrase files themselves: every phrase must find itself.
    for lang in Lang::ALL {
        let (s, j) = files(lang);
        texts.push(String::from(s));
        texts.push(String::from(j));
    }
    let mut windows_read = 0usize;
    for lang in Lang::ALL {
        let mut decoded = DecodedIndex::empty();
        let phrases = crate::lang::data::FIX_PHRASES
            .get(lang)
            .decode_into(&mut decoded);
        let lines = reference_lines(lang);
        for text in &texts {
            for s in Sentences::new(text) {
                windows(text, s, &mut |w| {
                    windows_read += 1;
                    assert_eq!(
                        indexed_all(&phrases, w),
                        reference_all(&lines, w),
                        "{lang:?}: {:?}",
                        text.get(s.start..s.end)
                    );
                });
            }
        }
    }
    assert!(windows_read > 1000);
}

#[test]
fn gaps_prefixes_and_spelling() {
    let mut decoded = DecodedIndex::empty();
    let phrases = crate::lang::data::FIX_PHRASES
        .get(Lang::En)
        .decode_into(&mut decoded);
    let threat = crate::fix::phrase::group_bit(Group::Threat as usize);
    let spans = |text: &str, groups: u32| {
        let mut out = StdVec::new();
        for s in Sentences::new(text) {
            windows(text, s, &mut |w| {
                phrases.each_match(w, groups, &mut |m| out.push((m.span.start, m.span.end)));
            });
        }
        out
    };
    // "will be closed" and "will be ... closed".
    assert_eq!(spans("It WILL be closed.", threat), [(3, 17), (3, 17)]);
    let long = "Your account will be permanently closed.";
    assert!(spans(long, threat).contains(&(13, 39)));
    assert!(spans("It will be a b c d closed.", threat).is_empty());
    let secret = crate::fix::phrase::group_bit(Group::Secret as usize);
    assert!(!spans("Enter your passwords here.", secret).is_empty());
}

#[test]
fn long_sentences_are_read_in_overlapping_windows() {
    let mut decoded = DecodedIndex::empty();
    let phrases = crate::lang::data::FIX_PHRASES
        .get(Lang::En)
        .decode_into(&mut decoded);
    let mut text = String::new();
    for _ in 0..FIX_WINDOW_WORDS - 2 {
        text.push_str("word ");
    }
    text.push_str("it will be closed here.");
    let mut n = 0;
    for s in Sentences::new(&text) {
        windows(&text, s, &mut |w| {
            let threat = crate::fix::phrase::group_bit(Group::Threat as usize);
            phrases.each_match(w, threat, &mut |m| {
                assert_eq!(
                    text.get(m.span.start as usize..m.span.end as usize),
                    Some("will be closed")
                );
                n += 1;
            });
        });
    }
    // "will be closed" and "will be ... closed", in the second window only.
    assert_eq!(n, 2);
}

/// The windows of a sentence's words held ([`SentenceWords`]) are the windows of the
/// sentence split here, and each word is given once, in order, for every length around
/// the window's (a sentence too long to be held is split again, in the held words'
/// storage).
#[test]
fn windows_of_held_words_are_the_windows_of_the_text() {
    for n in [
        0, 1, 7, 56, 57, 63, 64, 65, 66, 120, 121, 122, 178, 179, 300,
    ] {
        let text: String = (0..n).map(|i| std::format!("w{i} ")).collect();
        let sentence = Sentence {
            start: 0,
            end: text.len(),
            paragraph_start: false,
        };
        let (mut each, mut split) = (StdVec::new(), StdVec::new());
        windows(&text, sentence, &mut |w| split.push(w.to_vec()));
        let mut held = SentenceWords::new();
        held.split(&text, 0);
        let mut read = StdVec::new();
        windows_and_words(
            &text,
            sentence,
            &mut held,
            &mut |w| each.push(*w),
            &mut |w| read.push(w.to_vec()),
        );
        let words: StdVec<Word> = Words::new(&text).collect();
        assert_eq!(each, words, "{n}");
        assert_eq!(read, split, "{n}");
    }
}
