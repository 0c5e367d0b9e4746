//! Sentence frames: rules that describe a sentence, not a phrase (issue 12).
//!
//! An element cue is a fixed phrase ("change your password"); real notices put a brand,
//! a pronoun or a list between the verb and its object ("renew your Pocketkite PIN",
//! "please update it"), write measures in plain past or passive ("the bucket was made
//! private"), advice as an obligation ("everyone must choose a new PIN") or an imperative
//! line ("Set a new password"), and name risks inside other sentences ("stay alert for
//! fake invoices"). A frame is an *opener* (who acts and how: `we`, `was`, `you should`,
//! `please`, `could`) followed within a bounded gap of words by an *action* of a verb
//! class of the language, in one sentence and one clause.
//!
//! Each frame kind is one file here (its rule and the element it realises) with its
//! language data in `core/lang/<xx>/frames/<kind>.cues` (format: `core/lang/README.md`):
//!
//! - `[anchor]`: the opener (who and how);
//! - `[signal]`: the action (a verb class, or for `risks` a risk named on its own);
//! - `[block]`: a word that cancels the frame in its clause (negation, look-alikes);
//! - `[contrast]`: a word that ends a clause ("but"): a block does not reach across it;
//! - `[reason]`: a subordinator that fronts a clause ("if", "wenn", "si"): an imperative
//!   may open the main clause after its comma ("If you reuse it, change it there too").
//!
//! The four tables of a language are merged at compile time into one index
//! ([`frame_index`]), searched once per sentence: the analyser adds each frame found to its
//! element, with the frame's words (opener to action) as evidence.

mod advice;
mod consequences;
mod exposure;
mod measures;
mod negation;
mod no_action;
mod risks;

use heapless::Vec;

use crate::Span;
use crate::elements::{CueTable, ElementId, Role};
use crate::lang::Lang;
use crate::limits::{MAX_FRAME_INDEX_CUES, MAX_FRAME_MATCHES};
use crate::text::matcher::{CueMatch, DecodedIndex, PackedIndex};
use crate::text::sentences::Sentence;

/// One frame kind: its table, the element it realises and how its words combine.
pub(crate) struct Kind {
    /// The element a frame of this kind realises.
    pub element: ElementId,
    /// The most words between the opener's last word and the action's first.
    pub gap: usize,
    /// Whether an action that opens its sentence (an imperative line) is a frame alone.
    pub imperative: bool,
    /// Whether an action is a frame alone, anywhere (a risk named).
    pub alone: bool,
}

/// The frame kinds, in table order.
const KINDS: [&Kind; 6] = [
    &advice::KIND,
    &measures::KIND,
    &consequences::KIND,
    &risks::KIND,
    &no_action::KIND,
    &exposure::KIND,
];

/// The number of tables of the frame index: the [`KINDS`] and [`negation`].
pub(crate) const TABLE_COUNT: usize = KINDS.len() + 1;

/// The frame tables of `lang`, in the order of [`KINDS`].
pub(crate) const fn tables(lang: Lang) -> [&'static CueTable; TABLE_COUNT] {
    [
        advice::CUES.get(lang),
        measures::CUES.get(lang),
        consequences::CUES.get(lang),
        risks::CUES.get(lang),
        no_action::CUES.get(lang),
        exposure::CUES.get(lang),
        negation::CUES.get(lang),
    ]
}

/// The table number of [`negation`] in the index (after the [`KINDS`]).
const NEGATION: usize = KINDS.len();

/// A language's frame index (at most [`MAX_FRAME_INDEX_CUES`] cues, checked by the build).
pub type FrameIndex = PackedIndex<MAX_FRAME_INDEX_CUES>;

/// The frame tables of `lang` merged into one index (built at compile time, or read from
/// the language's pack: [`crate::lang::tables`]).
#[inline]
pub fn frame_index(lang: Lang) -> &'static FrameIndex {
    &crate::lang::tables::tables(lang).frames
}

/// A decoded [`frame_index`], kept for the whole notice.
pub(crate) type FrameCues = DecodedIndex<MAX_FRAME_INDEX_CUES>;

/// One frame word found: (table, role, start, end).
type Word = (usize, Role, usize, usize);

/// The words `lang` adds to a frame's gap ([`Kind::gap`]): `verb_final_gap:` in its
/// `core/lang/<xx>/language.txt` ([`crate::lang::LangData::verb_final_gap`]). A
/// verb-final language (German and Dutch: 5) puts the infinitive or participle at the end
/// of its clause, after the object and its names ("Wir bitten alle Kundinnen und Kunden,
/// ihr Passwort für die Lumo-App zu erneuern", "raden wij u aan het wachtwoord van uw
/// Winkel.nl-account te wijzigen"); 0: not verb-final.
fn extra_gap(lang: Lang) -> usize {
    usize::from(lang.data().verb_final_gap)
}

/// Whether `gap` (the text between two frame words) holds at most `max` words, on one
/// line and within one clause (no `;`, `?`, `!`, `:`); its length is bounded too (12
/// bytes a word, at least 96).
fn gap_fits(gap: &str, max: usize) -> bool {
    if gap.len() > max.saturating_mul(12).max(96)
        || gap
            .bytes()
            .any(|b| matches!(b, b'\n' | b';' | b'?' | b'!' | b':'))
    {
        return false;
    }
    crate::analysis::word_count(gap) <= max
}

/// Whether an opener reaches its action across `gap` ([`gap_fits`]); an opener that is a
/// label ends with its colon ("Measures taken: vulnerability fixed within the hour").
fn opener_gap(gap: &str, max: usize) -> bool {
    gap_fits(gap.strip_prefix(':').unwrap_or(gap), max)
}

/// Whether a negation reaches across `gap`: [`negation::GAP`] words at most, one clause,
/// no bracket ("the titles (not the contents)" denies only what is in the brackets), no
/// spaced dash, which opens another clause ("nie klikaj w niego – oszuści mogą…": the
/// "nie" is the advice's, the fraud after the dash is a risk).
fn negation_gap(gap: &str) -> bool {
    gap_fits(gap, negation::GAP)
        && !gap.bytes().any(|b| matches!(b, b'(' | b')'))
        && !spaced_dash(gap)
}

/// Whether `gap` holds a dash with a space (or no-break space) on each side (" – ", " — ",
/// " - ").
fn spaced_dash(gap: &str) -> bool {
    let space = |c: char| matches!(c, ' ' | '\u{a0}');
    // The two characters before the current one.
    let mut before = ['x', 'x'];
    gap.chars().any(|c| {
        let found =
            space(c) && space(before[0]) && matches!(before[1], '-' | '\u{2013}' | '\u{2014}');
        before = [before[1], c];
        found
    })
}

/// Whether nothing but punctuation, bullets and spaces stands before `at` in its line or
/// clause: an imperative opens a line, or a clause after `;` or `:` ("We are sorry; check
/// your statements", "Tip: set a new password").
fn opens_line(text: &str, sentence: &Sentence, at: usize) -> bool {
    // Backwards from `at`: stops at the first letter or digit (bounded work in practice).
    let before = text.get(sentence.start..at).unwrap_or("x");
    before
        .chars()
        .rev()
        .take_while(|&c| !matches!(c, '\n' | ';' | ':'))
        .all(|c| !crate::text::normalise::is_word_char(c))
}

/// The most words of a bullet line that ends with its infinitive ([`bullet_infinitive`]).
const MAX_BULLET_WORDS: usize = 8;

/// Whether the action `s..e` is the infinitive that ends a bullet line in a verb-final
/// language ("• Passwort in der App ändern", "- Tweestapsverificatie aanzetten"): the line
/// starts with a bullet (`•`, `-`, `–`, `*`, `·`), holds at most [`MAX_BULLET_WORDS`]
/// words, and nothing but punctuation follows the action in it.
fn bullet_infinitive(text: &str, sentence: &Sentence, s: usize, e: usize) -> bool {
    let before = text.get(sentence.start..s).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    let after = text.get(e..sentence.end).unwrap_or("x");
    let rest = after.split('\n').next().unwrap_or("");
    line.trim_start().starts_with(['•', '-', '–', '*', '·'])
        && crate::analysis::word_count(line) < MAX_BULLET_WORDS
        && !rest.chars().any(crate::text::normalise::is_word_char)
}

/// Whether the action at `at` opens the main clause after a fronted subordinate clause:
/// a `[reason]` of table `t` (a subordinator: "if", "wenn", "si", "als") opens the line or
/// clause ([`opens_line`]), and between it and `at` stands a comma followed by at most one
/// word ("then", "dann", "bitte"). An imperative keeps its place after such a clause ("If
/// you use the password elsewhere, change it there too", "Wenn Sie … nutzen, ändern Sie
/// es dort", "Si vous … , modifiez-le").
fn after_fronted_clause(
    text: &str,
    sentence: &Sentence,
    words: &[Word],
    t: usize,
    at: usize,
) -> bool {
    words.iter().any(|&(rt, role, rs, re)| {
        rt == t
            && role == Role::Reason
            && re <= at
            && opens_line(text, sentence, rs)
            && text.get(re..at).is_some_and(|between| {
                // `split_at_checked`: `c` is a boundary (a comma), and no panic path is
                // linked (`split_at` links the str slice-error formatter: 3 KB of wasm).
                let split = between.rfind(',').and_then(|c| between.split_at_checked(c));
                split.is_some_and(|(clause, tail)| {
                    !clause
                        .bytes()
                        .any(|b| matches!(b, b'\n' | b';' | b'?' | b'!' | b':'))
                        && crate::analysis::word_count(tail) <= 1
                })
            })
    })
}

/// Whether the block word `bs..be` is part of a longer phrase of table `t` of another role
/// ("not" in the opener "no longer", "nicht" in the contrast "nicht ausgeschlossen"): the
/// longer phrase is what the text says.
fn inside_phrase(words: &[Word], t: usize, bs: usize, be: usize) -> bool {
    words.iter().any(|&(wt, role, ws, we)| {
        wt == t && role != Role::Block && ws <= bs && be <= we && we - ws > be - bs
    })
}

/// Whether a `[block]` of table `t` stands in the same clause as `start..end` (no
/// `[contrast]` of the table and no `;` between them: "the account was blocked; we
/// recommend a new PIN" keeps its measure; and a block after the frame not behind a
/// comma, which opens another clause: "konden … openen, ook van teams waar ze niet in
/// spelen" — the "niet" is the relative clause's).
fn blocked(text: &str, words: &[Word], t: usize, start: usize, end: usize) -> bool {
    words.iter().any(|&(bt, role, bs, be)| {
        bt == t && role == Role::Block && !inside_phrase(words, t, bs, be) && {
            let after = be > start;
            if after
                && bs >= end
                && text
                    .get(end..bs)
                    .is_none_or(|g| g.as_bytes().contains(&b','))
            {
                return false;
            }
            let (lo, hi) = if be <= start { (be, start) } else { (end, bs) };
            let semicolon = text
                .get(lo..hi)
                .is_some_and(|between| between.as_bytes().contains(&b';'));
            !semicolon
                && !words
                    .iter()
                    .any(|&(ct, cr, cs, _)| ct == t && cr == Role::Contrast && cs >= lo && cs < hi)
        }
    })
}

/// The frame words of one sentence, read once ([`read`]).
pub(crate) struct SentenceFrames<'t> {
    text: &'t str,
    sentence: Sentence,
    /// The words the language adds to every kind's gap ([`extra_gap`]).
    extra: usize,
    words: Vec<Word, MAX_FRAME_MATCHES>,
}

/// The frame words of `sentence` in `lang`, none yet: the analyser
/// [`SentenceFrames::push`]es each match of the frame index ([`frame_index`]) as it reads
/// the sentence's words.
pub(crate) fn none(text: &str, sentence: Sentence, lang: Lang) -> SentenceFrames<'_> {
    SentenceFrames {
        text,
        sentence,
        extra: extra_gap(lang),
        words: Vec::new(),
    }
}

impl SentenceFrames<'_> {
    /// Keeps one match of the frame index (past [`MAX_FRAME_MATCHES`], matches are
    /// dropped).
    pub(crate) fn push(&mut self, m: CueMatch) {
        let _ = self.words.push((m.table, m.cue.role, m.start, m.end));
    }

    /// Calls `on_frame` with the element each frame of the sentence realises and its words
    /// (opener to action), at most once per kind.
    pub(crate) fn each(&self, on_frame: &mut dyn FnMut(ElementId, Span)) {
        let (text, words) = (self.text, &self.words[..]);
        for (t, kind) in KINDS.iter().enumerate() {
            let gap = if kind.gap > 0 {
                kind.gap + self.extra
            } else {
                0
            };
            let frame = words
                .iter()
                .filter(|w| w.0 == t && w.1 == Role::Signal)
                .find_map(|&(_, _, s, e)| {
                    let opener = words
                        .iter()
                        .filter(|w| w.0 == t && w.1 == Role::Anchor && w.3 <= s)
                        .filter(|w| text.get(w.3..s).is_some_and(|g| opener_gap(g, gap)))
                        .map(|w| w.2)
                        .next();
                    let start = opener.or_else(|| {
                        (kind.alone
                            || (kind.imperative
                                && (opens_line(text, &self.sentence, s)
                                    || after_fronted_clause(text, &self.sentence, words, t, s)
                                    || (self.extra > 0
                                        && bullet_infinitive(text, &self.sentence, s, e)))))
                        .then_some(s)
                    })?;
                    (!blocked(text, words, t, start, e)).then_some((start, e))
                });
            if let Some(span) = frame.and_then(|(s, e)| Span::in_text(text, s, e)) {
                on_frame(kind.element, span);
            }
        }
    }

    /// Whether `span` (an element's cue in this sentence: a data kind, a risk) is negated:
    /// a negation of [`negation`] stands within [`negation::GAP`] words of it, in its clause
    /// ("card numbers were never at risk", "wir speichern keine Bankdaten"), and no
    /// contrast follows in the sentence (which may bring a positive mention after it).
    /// With `before_only`, only a negation before the cue counts ("no risk of phishing",
    /// not "phishing is possible, do not click").
    pub(crate) fn negates(&self, span: Span, before_only: bool) -> bool {
        let (start, end) = (span.start as usize, span.end as usize);
        let words = &self.words[..];
        let contrast_after = words
            .iter()
            .any(|w| w.0 == NEGATION && w.1 == Role::Contrast && w.2 >= end);
        !contrast_after
            && words.iter().any(|&(t, role, s, e)| {
                t == NEGATION
                    && role == Role::Signal
                    && if e <= start {
                        self.text.get(e..start).is_some_and(negation_gap)
                    } else {
                        !before_only && s >= end && self.text.get(end..s).is_some_and(negation_gap)
                    }
                    && !blocked(self.text, words, NEGATION, s.min(start), e.max(end))
                    && !words.iter().any(|w| {
                        w.0 == NEGATION
                            && w.1 == Role::Contrast
                            && w.2 >= e.min(end)
                            && w.2 < s.max(start)
                    })
            })
    }
}

/// The decoded frame index of `lang`.
pub(crate) fn decode(lang: Lang) -> FrameCues {
    frame_index(lang).decode()
}

#[cfg(test)]
mod tests {
    extern crate std;

    use crate::analysis::analyze;
    use crate::elements::Examples;
    use crate::lang::data;
    use crate::{Audience, ElementId, Lang, Status};

    /// The status of element `id` in `text` read in `lang` for data subjects (shared with
    /// the other frame modules' tests).
    pub(super) fn status(text: &str, lang: Lang, id: ElementId) -> Option<Status> {
        analyze(text, Audience::DataSubjects, lang, None)
            .elements
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.status)
    }

    /// Every `good:` line of a frame file realises its element, every `bad:` line not.
    #[test]
    fn frame_file_examples() {
        let files: [(&Examples, ElementId); 7] = [
            (&data::FRAMES_ADVICE_EXAMPLES, ElementId::Advice),
            (&data::FRAMES_MEASURES_EXAMPLES, ElementId::MeasuresTaken),
            (&data::FRAMES_CONSEQUENCES_EXAMPLES, ElementId::Consequences),
            (&data::FRAMES_RISKS_EXAMPLES, ElementId::Consequences),
            (&data::FRAMES_NEGATION_EXAMPLES, ElementId::DataCategories),
            (&data::FRAMES_NO_ACTION_EXAMPLES, ElementId::Advice),
            (&data::FRAMES_EXPOSURE_EXAMPLES, ElementId::Nature),
        ];
        for (examples, id) in files {
            for lang in Lang::ALL {
                let e = examples.get(lang);
                for good in e.good {
                    assert_eq!(status(good, lang, id), Some(Status::Present), "{good}");
                }
                for bad in e.bad {
                    assert_eq!(status(bad, lang, id), Some(Status::Missing), "{bad}");
                }
            }
        }
    }

    /// A block after a frame, behind a comma, belongs to another clause; before the
    /// frame or in its clause it cancels it.
    #[test]
    fn a_block_after_a_comma_is_another_clauses() {
        let present: &[(Lang, &str)] = &[
            (
                Lang::Nl,
                "Door een fout konden leden de telefoonnummers van andere teams zien, ook van teams waar ze niet in spelen.",
            ),
            (
                Lang::En,
                "Because of an error, other members were able to see your address, even those who do not play in your team.",
            ),
        ];
        for &(lang, text) in present {
            assert_eq!(
                status(text, lang, ElementId::Nature),
                Some(Status::Present),
                "{text}"
            );
        }
        let missing: &[(Lang, &str)] = &[
            (Lang::Nl, "De bijlage was daardoor niet zichtbaar."),
            (
                Lang::Nl,
                "Leden konden de gegevens niet zien, ook niet van andere teams.",
            ),
        ];
        for &(lang, text) in missing {
            assert_eq!(
                status(text, lang, ElementId::Nature),
                Some(Status::Missing),
                "{text}"
            );
        }
    }

    /// A spaced dash opens another clause: a negation before it does not deny a risk after
    /// it.
    #[test]
    fn a_spaced_dash_ends_a_negations_scope() {
        let present: &[(Lang, &str)] = &[
            (
                Lang::Pl,
                "Nie klikaj w link – oszuści mogą próbować wyłudzić dane karty.",
            ),
            (
                Lang::En,
                "Do not open the link - criminals may attempt phishing with it.",
            ),
        ];
        for &(lang, text) in present {
            assert_eq!(
                status(text, lang, ElementId::Consequences),
                Some(Status::Present),
                "{text}"
            );
        }
        let text = "Nie ma żadnych oznak, że oszuści próbowali wyłudzić dane.";
        assert_eq!(
            status(text, Lang::Pl, ElementId::Consequences),
            Some(Status::Missing),
            "{text}"
        );
    }

    /// A `[block]` reaches no further than its clause: a `;` ends it.
    #[test]
    fn a_semicolon_ends_a_blocks_clause() {
        let text = "Pracownik został odsunięty od pracy; zalecamy klientom zastrzeżenie PESEL.";
        assert_eq!(
            status(text, Lang::Pl, ElementId::MeasuresTaken),
            Some(Status::Present)
        );
        let text = "Zalecamy, aby pracownik został odsunięty od pracy.";
        assert_eq!(
            status(text, Lang::Pl, ElementId::MeasuresTaken),
            Some(Status::Missing)
        );
    }

    /// German and Dutch put the verb at the end of its clause: their frames reach
    /// `verb_final_gap:` (`core/lang/<xx>/language.txt`) words further than the same frame
    /// elsewhere.
    #[test]
    fn verb_final_languages_reach_further() {
        let present: &[(Lang, &str)] = &[
            (
                Lang::De,
                "Vorsorglich empfehlen wir Ihnen, das Kennwort Ihres Kontos bei ShopXY neu zu vergeben.",
            ),
            (
                Lang::Nl,
                "Wij vragen alle klanten het wachtwoord van hun Lumo-app te vernieuwen.",
            ),
        ];
        for &(lang, text) in present {
            assert_eq!(
                status(text, lang, ElementId::Advice),
                Some(Status::Present),
                "{text}"
            );
        }
        // Eleven words between opener and action: beyond even the longer gap.
        let text =
            "Wir bitten alle Kundinnen und Kunden, ihr Passwort für die Lumo-App zu erneuern.";
        assert_eq!(
            status(text, Lang::De, ElementId::Advice),
            Some(Status::Missing)
        );
        // The same distance in English is too far for an English frame.
        let text = "We ask all of our loyal customers in the northern region to kindly renew it.";
        assert_eq!(
            status(text, Lang::En, ElementId::Advice),
            Some(Status::Missing)
        );
    }

    /// In German and Dutch a bullet line may end with its infinitive; elsewhere, and in a
    /// line with no bullet, the action does not open the line and is no imperative.
    #[test]
    fn a_bullet_may_end_with_its_infinitive() {
        let present: &[(Lang, &str)] = &[
            (
                Lang::De,
                "Was Sie tun können:\n• Passwort in der App ändern\n",
            ),
            (
                Lang::Nl,
                "Wat kunt u doen?\n- Tweestapsverificatie aanzetten\n",
            ),
        ];
        for &(lang, text) in present {
            assert_eq!(
                status(text, lang, ElementId::Advice),
                Some(Status::Present),
                "{text}"
            );
        }
        let missing: &[(Lang, &str)] = &[
            (Lang::De, "Wir mussten das Passwort in der App ändern.\n"),
            (
                Lang::De,
                "• Das Passwort in der App ändern, wenn nötig, später\n",
            ),
        ];
        for &(lang, text) in missing {
            assert_eq!(
                status(text, lang, ElementId::Advice),
                Some(Status::Missing),
                "{text}"
            );
        }
    }

    /// The evidence of element `id` in the English `text`, as quoted words.
    fn evidence(text: &str, id: ElementId) -> std::vec::Vec<&str> {
        let r = analyze(text, Audience::DataSubjects, Lang::En, None);
        r.elements
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.evidence.iter().filter_map(|s| s.slice(text)).collect())
            .unwrap_or_default()
    }

    /// The evidence of a frame is its words, opener to action.
    #[test]
    fn frame_evidence_is_the_frame() {
        let ev = evidence(
            "The copy was taken offline immediately.",
            ElementId::MeasuresTaken,
        );
        assert!(
            ev.contains(&"taken offline") || ev.contains(&"was taken offline"),
            "{ev:?}"
        );
        let ev = evidence(
            "Everyone must renew their PIN before 1 March.",
            ElementId::Advice,
        );
        assert_eq!(ev, ["must renew"]);
    }
}
