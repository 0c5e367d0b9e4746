//! Any bytes as incident-facts JSON: `Facts::from_json` returns a value or an error, never
//! panics or overflows the stack; when it succeeds, `assess` must not panic either.
#![no_main]

use breachnotice::facts::Facts;
use breachnotice::obligations::assess;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(facts) = Facts::from_json(data) {
        let _ = assess(&facts, None);
    }
});
