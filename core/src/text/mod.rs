//! Text scanning: normalisation, words and sentences, the cue matcher, structural detectors.
