//! A work counter for tests: the number of elementary steps the text scanners took (words
//! and sentences read, positions tried by the URL and e-mail detectors, probes of the cue
//! matcher's binary searches). A deterministic measure of how the work grows with the
//! input, where wall-clock time on a shared machine is not (the scaling tests compare it
//! for inputs of different lengths).
//!
//! Counted only with the `work-count` feature (tests); without it [`tick`] is empty and
//! [`total`] is always 0. The counter is global to the process: a test that reads it must
//! run alone in its test binary.

#[cfg(feature = "work-count")]
static WORK: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

/// Counts `n` steps (nothing without the `work-count` feature).
#[inline(always)]
pub fn tick(n: u64) {
    #[cfg(feature = "work-count")]
    WORK.fetch_add(n, core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(feature = "work-count"))]
    let _ = n;
}

/// The steps counted so far in this process (0 without the `work-count` feature).
pub fn total() -> u64 {
    #[cfg(feature = "work-count")]
    return WORK.load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(feature = "work-count"))]
    0
}
