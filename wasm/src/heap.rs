//! The module's memory allocator on wasm32: blocks of power-of-two sizes, one free list
//! per size, carved in order from memory taken with `memory.grow`.
//!
//! Why not Rust's default (dlmalloc): its code is 3 KiB of the page's gzip weight
//! (issue 11: the initial load ≤ 142 KiB); this one is a few hundred bytes. What it gives
//! up: a block is never split, merged or returned to the browser, and a request is
//! rounded up to a power of two. That suits this module: each call allocates its
//! arguments and its report and frees them before the next, so the same few blocks are
//! reused call after call; only the language packs stay (35–65 KB each today: one 64 KiB
//! block each).
//!
//! How it stays sound (the `SAFETY` comments refer to these):
//! 1. One thread: `wasm32-unknown-unknown` is built without the `atomics` feature, so
//!    nothing runs while a method runs (the `Cell`s need no lock).
//! 2. Every block of class `c` is `BLOCK << c` bytes (at least 8, so a free block holds
//!    the address of the next one) and aligned to `min(its size, PAGE)`; a layout whose
//!    alignment is over [`PAGE`] is refused (null), so a block of a layout's class always
//!    satisfies its alignment.
//! 3. Blocks are taken from `next..end`, memory beyond everything the module had when the
//!    region started (the linker's data, stack and heap start lie below), and `next` only
//!    moves up: no two live blocks overlap. When the memory's size is not `end` (the first
//!    call, or a grow by someone else), the region starts again at the memory's end.
//! 4. A block is on a free list only after `dealloc` (or `realloc`) was given it back
//!    with a layout of the same class, which the caller guarantees it no longer uses.
#![allow(
    unsafe_code,
    reason = "a global allocator is an unsafe trait; the rest of the crate forbids unsafe"
)]

// Soundness point 1 made a build error: with the `atomics` target feature (wasm threads)
// two threads could reach the cells at once, and this allocator would be unsound.
#[cfg(target_feature = "atomics")]
compile_error!(
    "wasm/src/heap.rs assumes one thread: build the wasm module without the `atomics` target feature"
);

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::Cell;
use core::ptr;

/// A wasm memory page, in bytes (the unit of `memory.grow`).
pub const PAGE: usize = 65_536;

/// The smallest block, in bytes: room for one address (a free block's link), and the
/// alignment of every block.
pub const BLOCK: usize = 8;

/// The number of size classes: blocks of 8 B (class 0) to 2 GiB (class 28).
pub const CLASSES: usize = 29;

/// The allocator (see the module docs). `#[global_allocator]` in `lib.rs`.
pub struct Heap {
    /// The first free byte of the region blocks are taken from.
    next: Cell<usize>,
    /// The end of the region: the memory's size when the region was last grown.
    end: Cell<usize>,
    /// The first free block of each class (0: none); each free block's first word holds
    /// the address of the next.
    free: [Cell<usize>; CLASSES],
}

// SAFETY: one thread (module docs, 1): the cells are never reached from two at once.
unsafe impl Sync for Heap {}

impl Heap {
    /// An allocator that has taken no memory yet.
    #[must_use]
    pub const fn new() -> Heap {
        Heap {
            next: Cell::new(0),
            end: Cell::new(0),
            free: [const { Cell::new(0) }; CLASSES],
        }
    }

    /// A fresh block of `size` bytes (a power of two, at least [`BLOCK`]) from the region,
    /// aligned to `min(size, PAGE)`, growing the memory when needed; `None` when the
    /// memory cannot grow that far.
    fn take(&self, size: usize) -> Option<usize> {
        let current = wasm32::memory_size(0).checked_mul(PAGE)?;
        let (mut next, mut end) = (self.next.get(), self.end.get());
        if current != end {
            (next, end) = (current, current);
        }
        let align = size.min(PAGE);
        let start = next.checked_add(align - 1)? & !(align - 1);
        let stop = start.checked_add(size)?;
        if stop > end {
            let pages = (stop - end).div_ceil(PAGE);
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return None;
            }
            end = end.checked_add(pages.checked_mul(PAGE)?)?;
        }
        self.next.set(stop);
        self.end.set(end);
        Some(start)
    }
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

/// The size class of `layout` (an index into `Heap::free`: blocks of `BLOCK << class`
/// bytes), or `None` when its alignment is over [`PAGE`] or it is too large.
#[must_use]
pub fn class(layout: Layout) -> Option<usize> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout.size().max(layout.align()).max(BLOCK);
    let class = size.checked_next_power_of_two()?.trailing_zeros() - BLOCK.trailing_zeros();
    usize::try_from(class).ok().filter(|&c| c < CLASSES)
}

// SAFETY: the blocks returned are at least `layout.size()` bytes, aligned to
// `layout.align()` (module docs, 2), and never overlap a live block (3, 4).
unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some((class, head)) = class(layout).and_then(|c| Some((c, self.free.get(c)?))) else {
            return ptr::null_mut();
        };
        let block = head.get();
        if block != 0 {
            // SAFETY: `block` is a free block of this class (4): at least `BLOCK` bytes,
            // aligned to `BLOCK` (2), its first word the next free block's address.
            head.set(unsafe { ptr::with_exposed_provenance::<usize>(block).read() });
            return ptr::with_exposed_provenance_mut(block);
        }
        self.take(BLOCK << class)
            .map_or(ptr::null_mut(), ptr::with_exposed_provenance_mut)
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if let Some(head) = class(layout).and_then(|c| self.free.get(c)) {
            // SAFETY: the caller gives back a block `alloc` returned for a layout of this
            // class and no longer uses it: at least `BLOCK` bytes, aligned to `BLOCK` (2).
            unsafe { block.cast::<usize>().write(head.get()) };
            head.set(block.expose_provenance());
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return ptr::null_mut();
        };
        if class(new).is_some() && class(new) == class(layout) {
            // The block, of that class's size, already holds `new_size` bytes.
            return block;
        }
        // SAFETY: `new` has a non-zero size (the caller's `new_size`) and `layout`'s
        // alignment.
        let moved = unsafe { self.alloc(new) };
        if !moved.is_null() {
            // SAFETY: both blocks hold at least the smaller size, and do not overlap (3, 4):
            // `block` is live until the `dealloc` below.
            unsafe {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
        }
        moved
    }
}
