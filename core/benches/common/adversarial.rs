// Included (`include!`) by the benchmark `core/benches/analyze.rs` (timings) and by the
// scaling test `tests/tests/scaling.rs` (the engine's step counter): one list of the inputs
// built to provoke quadratic behaviour (long runs without sentence ends, of spaces, digits,
// `@`, dots, hyphens, dates, phone-like and label-like text), each repeated to 16 KiB and
// to 64 KiB by its user.

/// The adversarial patterns.
const ADVERSARIAL_PATTERNS: [&str; 20] = [
    " ",
    "a",
    "1",
    "@",
    ".",
    "-\n",
    "a.",
    "1.",
    "a@b.",
    "customers 1 ",
    "\n\n",
    "ä\u{0308}",
    "Date: 12 May 2025 ",
    "www.",
    "+1 ",
    "1 800 ",
    "tel 14 ",
    "Interessati: a ",
    "hacker. 12 May 2025 ",
    "1.º de ",
];
