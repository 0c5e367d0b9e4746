//! breachnotice on a Cortex-M4F: checks a few corpus notices and writes each report to the
//! host's standard output over semihosting, in pieces through a 256-byte buffer
//! ([`breachnotice::json_sink`]): no 32 KiB report buffer. The notices and facts are read
//! from the host's files over semihosting at start (into RAM), as a device receives its
//! input: the image's flash holds the engine and this harness only.
//!
//! Output, one line each (the JSON has no raw newline):
//!
//! ```text
//! @case notice=<path> audience=<audience> facts=<path or -> now=<RFC 3339>
//! <the report JSON>
//! @end <bytes>
//! …
//! @stack <high-water mark in bytes>
//! @done
//! ```
//!
//! `cargo xtask firmware` runs it on QEMU and checks every report against the native
//! `check` command run with the same arguments. The stack is painted at reset by
//! cortex-m-rt (`paint-stack`); the high-water mark is the deepest word no longer painted.
#![no_std]
#![no_main]

use breachnotice::facts::Facts;
use breachnotice::json_sink::{JsonSink, SinkError};
use breachnotice::report::{LangChoice, Report, Request, Scratch, evaluate_with};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Error};
use cortex_m_rt::{STACK_PAINT_VALUE, entry};
use cortex_m_semihosting::debug::{self, EXIT_FAILURE, EXIT_SUCCESS};
use cortex_m_semihosting::hio::{HostStream, hstdout};
use cortex_m_semihosting::{nr, syscall};

/// The evaluation time of every case (the core has no clock).
const NOW: &str = "2026-11-24T10:00:00Z";

/// One check: a notice (its path from the repository root, read over semihosting), the
/// audience and optional incident facts (a path too).
struct Case {
    notice: Option<&'static str>,
    audience: Audience,
    facts: Option<&'static str>,
}

/// A case whose notice and facts are files under `tests/fixtures/`.
macro_rules! case {
    ($notice:literal, $audience:expr) => {
        Case {
            notice: Some(concat!("tests/fixtures/", $notice)),
            audience: $audience,
            facts: None,
        }
    };
    ($notice:literal, $audience:expr, $facts:literal) => {
        Case {
            facts: Some(concat!("tests/fixtures/", $facts)),
            ..case!($notice, $audience)
        }
    };
}

/// The cases, by the languages built in (Cargo features `en` … `ro`), and one with facts
/// only.
const CASES: &[Case] = &[
    #[cfg(feature = "en")]
    case!(
        "notices/corpus/01-en-ds.txt",
        Audience::DataSubjects,
        "cli/facts.json"
    ),
    #[cfg(feature = "en")]
    case!("notices/corpus/09-en-sa.txt", Audience::Authority),
    #[cfg(feature = "de")]
    case!(
        "notices/corpus/19-de-sa.txt",
        Audience::Authority,
        "cli/facts.json"
    ),
    #[cfg(feature = "de")]
    case!("notices/corpus/11-de-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "fr")]
    case!("notices/corpus/21-fr-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "es")]
    case!("notices/corpus/27-es-sa.txt", Audience::Authority),
    #[cfg(feature = "it")]
    case!("notices/corpus/28-it-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "nl")]
    case!("notices/corpus/31-nl-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "pl")]
    case!("notices/new-languages/pl/n01-pl-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "cs")]
    case!("notices/new-languages/cs/n09-cs-sa.txt", Audience::Authority),
    #[cfg(feature = "sv")]
    case!("notices/new-languages/sv/n01-sv-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "el")]
    case!("notices/new-languages/el/n01-el-ds.txt", Audience::DataSubjects),
    #[cfg(feature = "pt")]
    case!("notices/new-languages/pt/n09-pt-sa.txt", Audience::Authority),
    #[cfg(feature = "ro")]
    case!("notices/new-languages/ro/n01-ro-ds.txt", Audience::DataSubjects),
    Case {
        notice: None,
        audience: Audience::Authority,
        facts: Some("tests/fixtures/facts/late_notification_with_notified_at.json"),
    },
];

/// The host's standard output behind a small buffer (a semihosting call per 256 bytes,
/// not per piece).
struct Host {
    out: HostStream,
    buf: [u8; 256],
    len: usize,
}

impl Host {
    fn flush(&mut self) -> Result<(), SinkError> {
        let pending = self.buf.get(..self.len).unwrap_or_default();
        self.len = 0;
        self.out.write_all(pending).map_err(|()| SinkError)
    }

    fn text(&mut self, s: &str) -> Result<(), SinkError> {
        self.write(s.as_bytes())
    }

    fn number(&mut self, n: usize) -> Result<(), SinkError> {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            if let Some(d) = digits.get_mut(at) {
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || at == 0 {
                break;
            }
        }
        self.write(digits.get(at..).unwrap_or_default())
    }
}

impl JsonSink for Host {
    fn write(&mut self, mut piece: &[u8]) -> Result<(), SinkError> {
        while !piece.is_empty() {
            if self.len == self.buf.len() {
                self.flush()?;
            }
            let room = self.buf.len() - self.len;
            let (now, later) = piece.split_at(room.min(piece.len()));
            if let Some(dst) = self.buf.get_mut(self.len..self.len + now.len()) {
                dst.copy_from_slice(now);
            }
            self.len += now.len();
            piece = later;
        }
        Ok(())
    }
}

/// Evaluates one case and writes its header, report and trailer.
/// The report is written into `storage` (a static, see [`report_storage`]), not returned
/// on the stack.
fn run(
    case: &Case,
    now: Timestamp,
    host: &mut Host,
    input: &'static Input,
    storage: &mut Storage,
) -> Result<(), Error> {
    let Storage { report, scratch } = storage;
    let facts = input.facts.as_ref();
    evaluate_with(
        &Request {
            text: input.notice,
            audience: case.audience,
            lang: LangChoice::Auto,
            facts,
            now: Some(now),
        },
        report,
        scratch,
    );
    let header = |host: &mut Host| -> Result<(), SinkError> {
        host.text("@case notice=")?;
        host.text(case.notice.unwrap_or("-"))?;
        host.text(" audience=")?;
        host.text(case.audience.as_str())?;
        host.text(" facts=")?;
        host.text(case.facts.unwrap_or("-"))?;
        host.text(" now=")?;
        host.text(NOW)?;
        host.text("\n")
    };
    header(host).map_err(|_| output_error())?;
    let written = storage.report.write_json_to(host)?;
    let trailer = |host: &mut Host| -> Result<(), SinkError> {
        host.text("\n@end ")?;
        host.number(written)?;
        host.text("\n")?;
        host.flush()
    };
    trailer(host).map_err(|_| output_error())
}

/// The report and the engine's working memory (the larger: its frame is 11.9 KB with
/// `en` alone, 15.6 KB with `fix`), each a `static` in RAM (`.bss`), handed out once, so
/// that neither `main` nor `evaluate_with` holds them in a stack frame.
struct Storage {
    report: &'static mut Report<'static>,
    scratch: &'static mut Scratch<'static>,
}

/// The report's static. `singleton!` builds its value on the stack before moving it in,
/// so each static is built in a frame of its own ([`scratch_static`]), gone before the
/// next: start-up never holds both (together, 15.6 KB, they were the deepest stack of a
/// firmware with `fix`).
#[inline(never)]
fn report_static() -> Option<&'static mut Report<'static>> {
    cortex_m::singleton!(: Report<'static> = Report::empty())
}

/// The engine's working memory's static (see [`report_static`]).
#[inline(never)]
fn scratch_static() -> Option<&'static mut Scratch<'static>> {
    cortex_m::singleton!(: Scratch<'static> = Scratch::new())
}

/// The storage of the report and of the engine's working memory (`None` after the first
/// call).
fn report_storage() -> Option<Storage> {
    Some(Storage {
        report: report_static()?,
        scratch: scratch_static()?,
    })
}

/// What a case reads from the host: its notice's text and its facts.
struct Input {
    notice: Option<&'static str>,
    facts: Option<Facts>,
}

/// The most bytes of input files all cases together may read (RAM, `.bss`).
const INPUT_BYTES: usize = 64 * 1024;

/// Reads `path` (from the host's working directory: the repository root) over
/// semihosting into the front of `arena`, and returns the bytes read and the rest of the
/// arena.
fn read_file(
    path: &str,
    arena: &'static mut [u8],
) -> Result<(&'static [u8], &'static mut [u8]), Error> {
    let mut name = [0u8; 160];
    // At least one zero byte must stay after the path: its NUL terminator.
    let room = name.len();
    let dst = name
        .get_mut(..path.len())
        .filter(|_| path.len() < room)
        .ok_or_else(output_error)?;
    dst.copy_from_slice(path.as_bytes());
    // SAFETY: semihosting OPEN with a NUL-terminated name (the array is zeroed past the
    // path) and its length; FLEN, READ into `arena` (its bound checked first) and CLOSE on
    // the descriptor OPEN returned.
    let fd = unsafe { syscall!(OPEN, name.as_ptr(), nr::open::R_BINARY, path.len()) } as isize;
    if fd < 0 {
        return Err(output_error());
    }
    let len = usize::try_from(unsafe { syscall!(FLEN, fd) } as isize)
        .ok()
        .filter(|&len| len <= arena.len());
    let read = len.map(|len| {
        let (front, rest) = arena.split_at_mut(len);
        let unread = unsafe { syscall!(READ, fd, front.as_mut_ptr(), len) };
        (unread, front, rest)
    });
    // Closed whatever happened above.
    unsafe { syscall!(CLOSE, fd) };
    match read {
        Some((0, front, rest)) => Ok((front, rest)),
        _ => Err(output_error()),
    }
}

/// The notice and facts of every case, read once at start into `static`s (a report
/// borrows its request's text and facts, and the report lives in a static).
#[inline(never)]
fn read_inputs() -> Result<&'static [Input; CASES.len()], Error> {
    let all = cortex_m::singleton!(: [Input; CASES.len()] = [const { Input { notice: None, facts: None } }; CASES.len()])
        .ok_or_else(output_error)?;
    let mut arena: &'static mut [u8] =
        cortex_m::singleton!(: [u8; INPUT_BYTES] = [0; INPUT_BYTES]).ok_or_else(output_error)?;
    for (slot, case) in all.iter_mut().zip(CASES) {
        if let Some(path) = case.notice {
            let (bytes, rest) = read_file(path, arena)?;
            arena = rest;
            slot.notice = Some(core::str::from_utf8(bytes).map_err(|_| output_error())?);
        }
        if let Some(path) = case.facts {
            let (bytes, rest) = read_file(path, arena)?;
            arena = rest;
            slot.facts = Some(Facts::from_json(bytes)?);
        }
    }
    Ok(all)
}

fn output_error() -> Error {
    Error::new(
        breachnotice::ErrorKind::OutputRefused,
        breachnotice::Location::Input,
    )
}

/// Bytes of stack ever used: from the top of the stack down to the deepest word that no
/// longer holds cortex-m-rt's paint.
fn stack_high_water() -> usize {
    unsafe extern "C" {
        static _stack_start: u32;
        static _stack_end: u32;
    }
    let top = &raw const _stack_start as usize;
    let mut at = &raw const _stack_end as usize;
    while at < top {
        // SAFETY: every address between `_stack_end` and `_stack_start` is RAM the linker
        // script reserves for the stack, 4-byte aligned (cortex-m-rt asserts it).
        let word = unsafe { core::ptr::read_volatile(at as *const u32) };
        if word != STACK_PAINT_VALUE {
            break;
        }
        at += 4;
    }
    top - at
}

#[entry]
fn main() -> ! {
    let status = match (hstdout(), report_storage(), read_inputs()) {
        (Ok(out), Some(mut storage), Ok(inputs)) => {
            let mut host = Host {
                out,
                buf: [0; 256],
                len: 0,
            };
            let now = Timestamp::parse_rfc3339(NOW);
            let ok = now.is_ok_and(|now| {
                CASES
                    .iter()
                    .zip(inputs)
                    .all(|(case, input)| run(case, now, &mut host, input, &mut storage).is_ok())
            });
            let stack = stack_high_water();
            let summary = |host: &mut Host| -> Result<(), SinkError> {
                host.text("@stack ")?;
                host.number(stack)?;
                host.text("\n@done\n")?;
                host.flush()
            };
            if ok && summary(&mut host).is_ok() {
                EXIT_SUCCESS
            } else {
                EXIT_FAILURE
            }
        }
        _ => EXIT_FAILURE,
    };
    debug::exit(status);
    #[allow(clippy::empty_loop, reason = "QEMU has exited")]
    loop {}
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    debug::exit(EXIT_FAILURE);
    #[allow(clippy::empty_loop, reason = "QEMU has exited")]
    loop {}
}
