//! The module's allocator (`src/heap.rs`), through the collections that use it as the
//! global allocator, run as wasm under Node by `wasm-bindgen-test-runner` (`cargo xtask
//! test`). Gated to wasm32: on the host the default allocator is used.
#![cfg(target_arch = "wasm32")]

use core::alloc::Layout;
use core::arch::wasm32;

use breachnotice_wasm::evaluate;
use breachnotice_wasm::heap::{BLOCK, CLASSES, PAGE, class};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap_or(Layout::new::<u8>())
}

#[wasm_bindgen_test]
fn a_request_is_rounded_up_to_a_power_of_two_at_least_its_alignment() {
    assert_eq!(BLOCK, 8);
    assert_eq!(class(layout(1, 1)), Some(0));
    assert_eq!(class(layout(8, 8)), Some(0));
    assert_eq!(class(layout(9, 1)), Some(1));
    assert_eq!(
        class(layout(3, 16)),
        Some(1),
        "16 bytes for an alignment of 16"
    );
    assert_eq!(class(layout(1000, 4)), Some(7), "1 KiB");
    assert_eq!(class(layout(PAGE, 8)), Some(13));
    assert_eq!(class(layout(10, PAGE)), Some(13));
    assert_eq!(class(layout(1 << 30, 8)), Some(27));
    // The largest layout wasm32 allows (`isize::MAX` rounded down to the alignment).
    assert_eq!(class(layout((1 << 31) - 8, 8)), Some(CLASSES - 1));
    assert_eq!(class(layout(8, PAGE * 2)), None, "an alignment over a page");
}

#[wasm_bindgen_test]
fn a_freed_block_is_given_again_for_a_request_of_its_class() {
    let first = Vec::<u8>::with_capacity(1000);
    let at = first.as_ptr() as usize;
    drop(first);
    let again = Vec::<u8>::with_capacity(600);
    assert_eq!(
        again.as_ptr() as usize,
        at,
        "600 and 1000 bytes: both 1 KiB blocks"
    );
    let other = Vec::<u8>::with_capacity(100);
    assert_ne!(other.as_ptr() as usize, at);
}

#[wasm_bindgen_test]
fn blocks_are_aligned_as_their_type_asks() {
    #[repr(align(64))]
    struct Line([u8; 3]);
    #[repr(align(4096))]
    struct Page4k([u8; 10]);
    for _ in 0..3 {
        let small = Box::new(7u8);
        let line = Box::new(Line([1; 3]));
        let page = Box::new(Page4k([2; 10]));
        assert_eq!(&*line as *const Line as usize % 64, 0);
        assert_eq!(&*page as *const Page4k as usize % 4096, 0);
        assert_eq!(*small, 7);
        assert_eq!((line.0, page.0), ([1; 3], [2; 10]));
    }
}

#[wasm_bindgen_test]
fn live_blocks_never_overlap_and_growing_keeps_the_contents() {
    // Blocks of many sizes alive at once, each filled with its own byte.
    let mut blocks: Vec<Vec<u8>> = (0..300)
        .map(|i: usize| vec![(i % 251) as u8; 1 + (i * 37) % 5000])
        .collect();
    // Every other one freed and allocated again, larger.
    for (i, b) in blocks.iter_mut().enumerate().filter(|(i, _)| i % 2 == 0) {
        *b = vec![(i % 251) as u8; 7000 + i];
    }
    for (i, b) in blocks.iter().enumerate() {
        assert!(b.iter().all(|&x| x == (i % 251) as u8), "block {i}");
    }
    // A vector grown one item at a time to 1.2 MB: reallocated through every class, the
    // memory grown on the way.
    let mut numbers = Vec::new();
    for n in 0..300_000u32 {
        numbers.push(n);
    }
    assert!(numbers.iter().enumerate().all(|(i, &n)| i == n as usize));
    // A string grown and shrunk keeps its text.
    let mut text = String::from("breach");
    for _ in 0..12 {
        text = text.repeat(2);
    }
    text.truncate(12);
    text.shrink_to_fit();
    assert_eq!(text, "breachbreach");
}

#[wasm_bindgen_test]
fn the_memory_does_not_grow_from_one_evaluation_to_the_next() {
    let notice = "Dear customer, on 3 March 2026 an attacker copied the names and e-mail \
                  addresses of 1,200 customers from our web shop. We have closed the gap and \
                  reset all passwords. Please change your password. Questions: \
                  privacy@example.com, +44 20 7946 0000."
        .repeat(20);
    let run = || {
        let report = evaluate(
            JsValue::from_str(&notice),
            JsValue::from_str("data-subjects"),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
            JsValue::from_str("2026-03-05T12:00:00Z"),
        );
        assert!(report.is_ok());
    };
    for _ in 0..3 {
        run();
    }
    let pages = wasm32::memory_size(0);
    for _ in 0..200 {
        run();
    }
    assert_eq!(
        wasm32::memory_size(0),
        pages,
        "every block of a call is reused"
    );
}
