//! Text scanning: normalisation, words and sentences, the cue matcher, structural detectors.
//!
//! Everything here borrows the text, allocates nothing and runs in time linear in the
//! text's length. Offsets are UTF-8 byte offsets into the text; every scanner takes a
//! `base` (or has a `with_offset` constructor) so that a slice — one sentence — can be
//! scanned with offsets into the whole notice.
//!
//! - [`normalise`]: case and diacritic folding of one `char` ([`normalise::fold_char`]),
//!   word characters, the check that a cue phrase is normalised.
//! - [`words`]: [`words::Words`] yields each [`words::Word`] with its normalised form
//!   ([`words::Word::text`]) and span ([`words::Word::start`], [`words::Word::end`]).
//! - [`sentences`]: [`sentences::Sentences`] yields sentence spans, with paragraph starts.
//! - [`sentence_words`]: a sentence's words split once for every pass that reads them.
//! - [`matcher`]: [`matcher::find_cues_in_packed`] finds every phrase of some cue tables
//!   merged at compile time into a [`matcher::PackedIndex`] ([`crate::packed_index!`]; the
//!   analyser's is [`crate::analysis::cue_index`]).
//! - Structural detectors: [`email::Emails`], [`phone::Phones`], [`url::Urls`],
//!   [`dates::find_dates`], [`numbers::Numbers`], [`postal::Postcodes`].
//!
//! For facts read from a notice, the usual loop is: decode an index of the tables of
//! interest once ([`matcher::PackedIndex::decode`]), then for each sentence of
//! [`sentences::Sentences`] call [`matcher::find_cues`] on `text.get(s.start..s.end)` with
//! `base = s.start`, and use the detectors on the same slice.

pub mod dates;
pub mod email;
pub mod matcher;
pub mod normalise;
pub mod numbers;
pub mod phone;
pub mod postal;
pub mod sentence_words;
pub mod sentences;
pub mod url;
pub mod word_list;
pub mod words;
