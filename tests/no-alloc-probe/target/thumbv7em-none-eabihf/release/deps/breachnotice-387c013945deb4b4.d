/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/breachnotice-387c013945deb4b4.d: /work/wt/data/core/src/lib.rs /work/wt/data/core/src/analysis.rs /work/wt/data/core/src/audience.rs /work/wt/data/core/src/decimal.rs /work/wt/data/core/src/derive/mod.rs /work/wt/data/core/src/derive/breach_kinds.rs /work/wt/data/core/src/derive/claims.rs /work/wt/data/core/src/derive/counts.rs /work/wt/data/core/src/derive/data_kinds.rs /work/wt/data/core/src/derive/dates.rs /work/wt/data/core/src/derive/exposure.rs /work/wt/data/core/src/derive/index.rs /work/wt/data/core/src/derive/negation.rs /work/wt/data/core/src/derive/protection.rs /work/wt/data/core/src/elements/mod.rs /work/wt/data/core/src/elements/cue.rs /work/wt/data/core/src/elements/advice/mod.rs /work/wt/data/core/src/elements/consequences/mod.rs /work/wt/data/core/src/elements/contact_point/mod.rs /work/wt/data/core/src/elements/data_categories/mod.rs /work/wt/data/core/src/elements/delay_reasons/mod.rs /work/wt/data/core/src/elements/measures_taken/mod.rs /work/wt/data/core/src/elements/nature/mod.rs /work/wt/data/core/src/elements/record_count/mod.rs /work/wt/data/core/src/elements/subject_categories/mod.rs /work/wt/data/core/src/elements/subject_count/mod.rs /work/wt/data/core/src/elements/timeline/mod.rs /work/wt/data/core/src/error.rs /work/wt/data/core/src/facts.rs /work/wt/data/core/src/facts/json.rs /work/wt/data/core/src/lang/mod.rs /work/wt/data/core/src/lang/detect.rs /work/wt/data/core/src/lang/de.rs /work/wt/data/core/src/lang/en.rs /work/wt/data/core/src/lang/es.rs /work/wt/data/core/src/lang/fr.rs /work/wt/data/core/src/lang/it.rs /work/wt/data/core/src/lang/nl.rs /work/wt/data/core/src/limits.rs /work/wt/data/core/src/obligations/mod.rs /work/wt/data/core/src/obligations/art33_1_authority.rs /work/wt/data/core/src/obligations/art33_2_processor.rs /work/wt/data/core/src/obligations/art33_5_documentation.rs /work/wt/data/core/src/obligations/art34_1_subjects.rs /work/wt/data/core/src/obligations/art34_3_exemptions.rs /work/wt/data/core/src/obligations/deadline.rs /work/wt/data/core/src/obligations/enisa.rs /work/wt/data/core/src/obligations/reasons.rs /work/wt/data/core/src/obligations/risk.rs /work/wt/data/core/src/report.rs /work/wt/data/core/src/span.rs /work/wt/data/core/src/text/mod.rs /work/wt/data/core/src/text/dates.rs /work/wt/data/core/src/text/email.rs /work/wt/data/core/src/text/matcher.rs /work/wt/data/core/src/text/normalise.rs /work/wt/data/core/src/text/numbers.rs /work/wt/data/core/src/text/phone.rs /work/wt/data/core/src/text/postal.rs /work/wt/data/core/src/text/sentences.rs /work/wt/data/core/src/text/url.rs /work/wt/data/core/src/text/word_list.rs /work/wt/data/core/src/text/words.rs /work/wt/data/core/src/time.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/breachnotice-f3e44d0bf7efbab8/out/lang_data.rs

/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/libbreachnotice-387c013945deb4b4.rlib: /work/wt/data/core/src/lib.rs /work/wt/data/core/src/analysis.rs /work/wt/data/core/src/audience.rs /work/wt/data/core/src/decimal.rs /work/wt/data/core/src/derive/mod.rs /work/wt/data/core/src/derive/breach_kinds.rs /work/wt/data/core/src/derive/claims.rs /work/wt/data/core/src/derive/counts.rs /work/wt/data/core/src/derive/data_kinds.rs /work/wt/data/core/src/derive/dates.rs /work/wt/data/core/src/derive/exposure.rs /work/wt/data/core/src/derive/index.rs /work/wt/data/core/src/derive/negation.rs /work/wt/data/core/src/derive/protection.rs /work/wt/data/core/src/elements/mod.rs /work/wt/data/core/src/elements/cue.rs /work/wt/data/core/src/elements/advice/mod.rs /work/wt/data/core/src/elements/consequences/mod.rs /work/wt/data/core/src/elements/contact_point/mod.rs /work/wt/data/core/src/elements/data_categories/mod.rs /work/wt/data/core/src/elements/delay_reasons/mod.rs /work/wt/data/core/src/elements/measures_taken/mod.rs /work/wt/data/core/src/elements/nature/mod.rs /work/wt/data/core/src/elements/record_count/mod.rs /work/wt/data/core/src/elements/subject_categories/mod.rs /work/wt/data/core/src/elements/subject_count/mod.rs /work/wt/data/core/src/elements/timeline/mod.rs /work/wt/data/core/src/error.rs /work/wt/data/core/src/facts.rs /work/wt/data/core/src/facts/json.rs /work/wt/data/core/src/lang/mod.rs /work/wt/data/core/src/lang/detect.rs /work/wt/data/core/src/lang/de.rs /work/wt/data/core/src/lang/en.rs /work/wt/data/core/src/lang/es.rs /work/wt/data/core/src/lang/fr.rs /work/wt/data/core/src/lang/it.rs /work/wt/data/core/src/lang/nl.rs /work/wt/data/core/src/limits.rs /work/wt/data/core/src/obligations/mod.rs /work/wt/data/core/src/obligations/art33_1_authority.rs /work/wt/data/core/src/obligations/art33_2_processor.rs /work/wt/data/core/src/obligations/art33_5_documentation.rs /work/wt/data/core/src/obligations/art34_1_subjects.rs /work/wt/data/core/src/obligations/art34_3_exemptions.rs /work/wt/data/core/src/obligations/deadline.rs /work/wt/data/core/src/obligations/enisa.rs /work/wt/data/core/src/obligations/reasons.rs /work/wt/data/core/src/obligations/risk.rs /work/wt/data/core/src/report.rs /work/wt/data/core/src/span.rs /work/wt/data/core/src/text/mod.rs /work/wt/data/core/src/text/dates.rs /work/wt/data/core/src/text/email.rs /work/wt/data/core/src/text/matcher.rs /work/wt/data/core/src/text/normalise.rs /work/wt/data/core/src/text/numbers.rs /work/wt/data/core/src/text/phone.rs /work/wt/data/core/src/text/postal.rs /work/wt/data/core/src/text/sentences.rs /work/wt/data/core/src/text/url.rs /work/wt/data/core/src/text/word_list.rs /work/wt/data/core/src/text/words.rs /work/wt/data/core/src/time.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/breachnotice-f3e44d0bf7efbab8/out/lang_data.rs

/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/libbreachnotice-387c013945deb4b4.rmeta: /work/wt/data/core/src/lib.rs /work/wt/data/core/src/analysis.rs /work/wt/data/core/src/audience.rs /work/wt/data/core/src/decimal.rs /work/wt/data/core/src/derive/mod.rs /work/wt/data/core/src/derive/breach_kinds.rs /work/wt/data/core/src/derive/claims.rs /work/wt/data/core/src/derive/counts.rs /work/wt/data/core/src/derive/data_kinds.rs /work/wt/data/core/src/derive/dates.rs /work/wt/data/core/src/derive/exposure.rs /work/wt/data/core/src/derive/index.rs /work/wt/data/core/src/derive/negation.rs /work/wt/data/core/src/derive/protection.rs /work/wt/data/core/src/elements/mod.rs /work/wt/data/core/src/elements/cue.rs /work/wt/data/core/src/elements/advice/mod.rs /work/wt/data/core/src/elements/consequences/mod.rs /work/wt/data/core/src/elements/contact_point/mod.rs /work/wt/data/core/src/elements/data_categories/mod.rs /work/wt/data/core/src/elements/delay_reasons/mod.rs /work/wt/data/core/src/elements/measures_taken/mod.rs /work/wt/data/core/src/elements/nature/mod.rs /work/wt/data/core/src/elements/record_count/mod.rs /work/wt/data/core/src/elements/subject_categories/mod.rs /work/wt/data/core/src/elements/subject_count/mod.rs /work/wt/data/core/src/elements/timeline/mod.rs /work/wt/data/core/src/error.rs /work/wt/data/core/src/facts.rs /work/wt/data/core/src/facts/json.rs /work/wt/data/core/src/lang/mod.rs /work/wt/data/core/src/lang/detect.rs /work/wt/data/core/src/lang/de.rs /work/wt/data/core/src/lang/en.rs /work/wt/data/core/src/lang/es.rs /work/wt/data/core/src/lang/fr.rs /work/wt/data/core/src/lang/it.rs /work/wt/data/core/src/lang/nl.rs /work/wt/data/core/src/limits.rs /work/wt/data/core/src/obligations/mod.rs /work/wt/data/core/src/obligations/art33_1_authority.rs /work/wt/data/core/src/obligations/art33_2_processor.rs /work/wt/data/core/src/obligations/art33_5_documentation.rs /work/wt/data/core/src/obligations/art34_1_subjects.rs /work/wt/data/core/src/obligations/art34_3_exemptions.rs /work/wt/data/core/src/obligations/deadline.rs /work/wt/data/core/src/obligations/enisa.rs /work/wt/data/core/src/obligations/reasons.rs /work/wt/data/core/src/obligations/risk.rs /work/wt/data/core/src/report.rs /work/wt/data/core/src/span.rs /work/wt/data/core/src/text/mod.rs /work/wt/data/core/src/text/dates.rs /work/wt/data/core/src/text/email.rs /work/wt/data/core/src/text/matcher.rs /work/wt/data/core/src/text/normalise.rs /work/wt/data/core/src/text/numbers.rs /work/wt/data/core/src/text/phone.rs /work/wt/data/core/src/text/postal.rs /work/wt/data/core/src/text/sentences.rs /work/wt/data/core/src/text/url.rs /work/wt/data/core/src/text/word_list.rs /work/wt/data/core/src/text/words.rs /work/wt/data/core/src/time.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/breachnotice-f3e44d0bf7efbab8/out/lang_data.rs

/work/wt/data/core/src/lib.rs:
/work/wt/data/core/src/analysis.rs:
/work/wt/data/core/src/audience.rs:
/work/wt/data/core/src/decimal.rs:
/work/wt/data/core/src/derive/mod.rs:
/work/wt/data/core/src/derive/breach_kinds.rs:
/work/wt/data/core/src/derive/claims.rs:
/work/wt/data/core/src/derive/counts.rs:
/work/wt/data/core/src/derive/data_kinds.rs:
/work/wt/data/core/src/derive/dates.rs:
/work/wt/data/core/src/derive/exposure.rs:
/work/wt/data/core/src/derive/index.rs:
/work/wt/data/core/src/derive/negation.rs:
/work/wt/data/core/src/derive/protection.rs:
/work/wt/data/core/src/elements/mod.rs:
/work/wt/data/core/src/elements/cue.rs:
/work/wt/data/core/src/elements/advice/mod.rs:
/work/wt/data/core/src/elements/consequences/mod.rs:
/work/wt/data/core/src/elements/contact_point/mod.rs:
/work/wt/data/core/src/elements/data_categories/mod.rs:
/work/wt/data/core/src/elements/delay_reasons/mod.rs:
/work/wt/data/core/src/elements/measures_taken/mod.rs:
/work/wt/data/core/src/elements/nature/mod.rs:
/work/wt/data/core/src/elements/record_count/mod.rs:
/work/wt/data/core/src/elements/subject_categories/mod.rs:
/work/wt/data/core/src/elements/subject_count/mod.rs:
/work/wt/data/core/src/elements/timeline/mod.rs:
/work/wt/data/core/src/error.rs:
/work/wt/data/core/src/facts.rs:
/work/wt/data/core/src/facts/json.rs:
/work/wt/data/core/src/lang/mod.rs:
/work/wt/data/core/src/lang/detect.rs:
/work/wt/data/core/src/lang/de.rs:
/work/wt/data/core/src/lang/en.rs:
/work/wt/data/core/src/lang/es.rs:
/work/wt/data/core/src/lang/fr.rs:
/work/wt/data/core/src/lang/it.rs:
/work/wt/data/core/src/lang/nl.rs:
/work/wt/data/core/src/limits.rs:
/work/wt/data/core/src/obligations/mod.rs:
/work/wt/data/core/src/obligations/art33_1_authority.rs:
/work/wt/data/core/src/obligations/art33_2_processor.rs:
/work/wt/data/core/src/obligations/art33_5_documentation.rs:
/work/wt/data/core/src/obligations/art34_1_subjects.rs:
/work/wt/data/core/src/obligations/art34_3_exemptions.rs:
/work/wt/data/core/src/obligations/deadline.rs:
/work/wt/data/core/src/obligations/enisa.rs:
/work/wt/data/core/src/obligations/reasons.rs:
/work/wt/data/core/src/obligations/risk.rs:
/work/wt/data/core/src/report.rs:
/work/wt/data/core/src/span.rs:
/work/wt/data/core/src/text/mod.rs:
/work/wt/data/core/src/text/dates.rs:
/work/wt/data/core/src/text/email.rs:
/work/wt/data/core/src/text/matcher.rs:
/work/wt/data/core/src/text/normalise.rs:
/work/wt/data/core/src/text/numbers.rs:
/work/wt/data/core/src/text/phone.rs:
/work/wt/data/core/src/text/postal.rs:
/work/wt/data/core/src/text/sentences.rs:
/work/wt/data/core/src/text/url.rs:
/work/wt/data/core/src/text/word_list.rs:
/work/wt/data/core/src/text/words.rs:
/work/wt/data/core/src/time.rs:
/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/breachnotice-f3e44d0bf7efbab8/out/lang_data.rs:

# env-dep:CARGO_PKG_VERSION=0.1.0
# env-dep:OUT_DIR=/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/breachnotice-f3e44d0bf7efbab8/out
