//! Notice analysis: find every content element of contract §2 in a notice, with evidence.
//! (Filled in by the notice-analysis issue.)
