//! The sweep over unknown facts: which unknown fields can change each decision
//! (`rests_on`), found in one walk over a grid of representative values.

use super::Level;
use super::known::{DECISION_FIELDS, Known, Side};
use super::rule::level;
#[cfg(test)]
use crate::facts::Facts;
#[cfg(not(test))]
use crate::facts::Facts;
use crate::facts::{FactField, FactFields};
use crate::limits::MAX_UNKNOWN_COMBINATIONS;

/// The reference definition of `rests_on` (kept for the tests that check [`RestsOn`]
/// against it): the unknown decision fields whose value can change `decide`.
///
/// `decide` is monotone in every field, so a field matters exactly when some completion
/// of the other unknowns ("pivot") gives different results with the field at its best
/// and at its worst. Every rule distinction is covered by a few representative values
/// per field ([`Known::set_value`]). When the other unknowns have at most
/// [`MAX_UNKNOWN_COMBINATIONS`] combinations, all are tried: the answer is exact. Otherwise
/// the field is listed without search (conservative: with that many unknowns nearly
/// every field matters).
#[cfg(test)]
pub(crate) fn flipping_fields<T: PartialEq>(
    facts: &Facts,
    decide: impl Fn(&Known) -> T,
) -> FactFields {
    let mut out = FactFields::new();
    let worst = Known::complete(facts, Side::Worst, None);
    if decide(&Known::complete(facts, Side::Best, None)) == decide(&worst) {
        return out;
    }
    let unknown = || {
        DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
    };
    let matters_at = |pivot: &Known, f: FactField| {
        let (mut lo, mut hi) = (*pivot, *pivot);
        lo.set_side(f, Side::Best);
        hi.set_side(f, Side::Worst);
        decide(&lo) != decide(&hi)
    };
    let domain = |g: FactField| {
        let mut probe = worst;
        let mut n = 0;
        while probe.set_value(g, n) {
            n += 1;
        }
        n.max(1)
    };
    for f in unknown() {
        // The other unknown fields with their number of representative values.
        let mut others: heapless::Vec<(FactField, usize), { DECISION_FIELDS.len() }> =
            heapless::Vec::new();
        for g in unknown().filter(|g| *g != f) {
            // At most DECISION_FIELDS.len() - 1 entries: cannot fail.
            let _fits = others.push((g, domain(g)));
        }
        let combinations = others
            .iter()
            .fold(1usize, |acc, (_, n)| acc.saturating_mul(*n));
        // Beyond the budget: listed without search (with that many unknowns nearly
        // every field matters; listing one too many is the honest error).
        let found = combinations > MAX_UNKNOWN_COMBINATIONS
            || (0..combinations).any(|index| {
                let mut pivot = worst;
                let mut rest = index;
                for (g, n) in &others {
                    pivot.set_value(*g, rest % n);
                    rest /= n;
                }
                matters_at(&pivot, f)
            });
        if found {
            out.insert(f);
        }
    }
    out
}

/// The unknown decision fields that each decision of the assessment rests on: the
/// fields whose value can change it (what `flipping_fields` defines one decision at a
/// time), found for all three decisions in one sweep.
///
/// **Definition.** A decision is *open* when the most and the least favourable
/// completions of the facts ([`Known::complete`]) give it different values; a closed
/// decision rests on nothing. For an open decision, an unknown field rests on it when
/// some *pivot* — the other unknown fields at any combination of their representative
/// values ([`Known::set_value`]) — gives different values with the field at its best
/// and at its worst side ([`Known::set_side`]). When the other unknown fields have more
/// than [`MAX_UNKNOWN_COMBINATIONS`] combinations, the field is listed without search.
///
/// **Sweep.** All three decisions are functions of the level, and the pivots of every
/// field are points of one grid: the unknown fields at their representative values.
/// The sweep walks that grid once (an odometer: one field changes per step). A field
/// is tested at the points where it stands at its *anchor*, the representative value
/// that stands for its worst side ([`Known::side_value`]): there the pivot of the other
/// fields is complete, the worst side of the test is the grid point itself and the best
/// side another grid point (the field at the value that stands for its best side). So
/// every level the sweep reads is a grid point's, computed once and cached (two bits a
/// point). A field found for every open decision is not tested again, and the sweep
/// stops when no field is left.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct RestsOn {
    /// Unknown facts that can change the level (`risk.rests_on`).
    pub level: FactFields,
    /// Unknown facts that can decide whether the level reaches `risk`: the notification
    /// of Art. 33(1) (`obligations.authority.rests_on`).
    pub notify: FactFields,
    /// Unknown facts that can decide whether the level is `high`: the communication of
    /// Art. 34(1) when no exemption of Art. 34(3)(b), (c) is established
    /// (`obligations.data_subjects.rests_on`).
    pub high: FactFields,
}

/// One unknown field in the sweep of [`RestsOn::of`].
#[derive(Debug, Clone, Copy)]
struct Axis {
    field: FactField,
    /// Its number of representative values.
    values: usize,
    /// How far the grid index moves when its value moves by one: the product of the
    /// values of the axes before it.
    stride: usize,
    /// The representative value at which it is tested: the one that stands for its
    /// worst side ([`Known::side_value`], the same at every grid point). The worst side
    /// of a test is the grid point itself.
    anchor: usize,
    /// The value that stands for its best side when it is the same at every grid point
    /// (`None`: the protection while the key is unknown too).
    best: Option<usize>,
    /// Whether it is searched (its pivots are within the budget).
    searched: bool,
}

impl RestsOn {
    /// Finds what each decision about `facts` rests on (see the type's docs).
    pub(crate) fn of(facts: &Facts) -> RestsOn {
        let mut out = RestsOn::default();
        let best = Known::complete(facts, Side::Best, None);
        let worst = Known::complete(facts, Side::Worst, None);
        let open = Open::of(level(&best, &mut ()), level(&worst, &mut ()));
        if !open.any() {
            return out;
        }
        let mut axes: heapless::Vec<Axis, { DECISION_FIELDS.len() }> = heapless::Vec::new();
        let mut stride = 1usize;
        for f in DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
        {
            let mut values = 0;
            let mut probe = worst;
            while probe.set_value(f, values) {
                values += 1;
            }
            let values = values.max(1);
            // At most DECISION_FIELDS.len() entries: cannot fail.
            let _fits = axes.push(Axis {
                field: f,
                values,
                stride,
                anchor: worst.side_value(f, Side::Worst),
                best: (f != FactField::Protection || facts.is_known(FactField::KeyCompromised))
                    .then(|| worst.side_value(f, Side::Best)),
                searched: false,
            });
            stride = stride.saturating_mul(values);
        }
        // The budget, per field: the combinations of the other unknown fields.
        let mut any_searched = false;
        for i in 0..axes.len() {
            let others = axes
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .fold(1usize, |acc, (_, a)| acc.saturating_mul(a.values));
            if let Some(a) = axes.get_mut(i) {
                a.searched = others <= MAX_UNKNOWN_COMBINATIONS;
                any_searched |= a.searched;
                if !a.searched {
                    // Beyond the budget: listed without search (with that many unknowns
                    // nearly every field matters; listing one too many is the honest
                    // error).
                    open.insert_all(&mut out, a.field);
                }
            }
        }
        if any_searched {
            sweep(&axes, worst, open, &mut out);
        }
        out
    }
}

/// Which decisions are open (their extremes differ), see [`RestsOn`].
#[derive(Debug, Clone, Copy)]
struct Open {
    level: bool,
    notify: bool,
    high: bool,
}

impl Open {
    fn of(best: Level, worst: Level) -> Open {
        Open {
            level: best != worst,
            notify: (best >= Level::Risk) != (worst >= Level::Risk),
            high: (best == Level::High) != (worst == Level::High),
        }
    }
    const fn any(self) -> bool {
        self.level || self.notify || self.high
    }
    /// Lists `f` for every open decision.
    fn insert_all(self, out: &mut RestsOn, f: FactField) {
        self.record(out, f, Level::Unlikely, Level::High);
    }
    /// Lists `f` for every open decision that differs between levels `lo` and `hi`.
    #[inline]
    fn record(self, out: &mut RestsOn, f: FactField, lo: Level, hi: Level) {
        if lo == hi {
            // The common case: nothing differs.
            return;
        }
        let o = Open::of(lo, hi);
        if self.level && o.level {
            out.level.insert(f);
        }
        if self.notify && o.notify {
            out.notify.insert(f);
        }
        if self.high && o.high {
            out.high.insert(f);
        }
    }
    /// Whether `f` is listed for every open decision (testing it further cannot add).
    #[inline]
    fn done(self, out: &RestsOn, f: FactField) -> bool {
        (!self.level || out.level.contains(f))
            && (!self.notify || out.notify.contains(f))
            && (!self.high || out.high.contains(f))
    }
}

/// The most representative values of one field ([`Known::set_value`]: the breach's
/// eight combinations of kinds).
pub(super) const MAX_FIELD_VALUES: usize = 8;

/// The most grid points a sweep caches a level for: a searched field's own values times
/// the [`MAX_UNKNOWN_COMBINATIONS`] of the others. A larger grid (some field not
/// searched) is walked with the levels beyond it computed each time they are needed.
const CACHED_POINTS: usize = MAX_UNKNOWN_COMBINATIONS * MAX_FIELD_VALUES;

/// The levels of a sweep's grid points, each computed once: two bits per point (0: not
/// computed yet, else the level's rank + 1), 2 KB.
struct Levels {
    bits: [u8; CACHED_POINTS / 4],
}

impl Levels {
    /// The level of grid point `at`, which is `point` with field `f` at value `v` when
    /// `set` is `Some((f, v))`: the cached one, else computed ([`Levels::compute`]).
    #[inline]
    fn get(&mut self, at: usize, point: &Known, set: Option<(FactField, usize)>) -> Level {
        let shift = (at % 4) * 2;
        match self.bits.get(at / 4).map_or(0, |b| (b >> shift) & 3) {
            1 => Level::Unlikely,
            2 => Level::Risk,
            3 => Level::High,
            _ => self.compute(at, point, set),
        }
    }

    /// The level of grid point `at` (see [`Levels::get`]), computed and cached.
    #[inline(never)]
    fn compute(&mut self, at: usize, point: &Known, set: Option<(FactField, usize)>) -> Level {
        let mut k = *point;
        if let Some((f, v)) = set {
            k.set_value(f, v);
        }
        let level = level(&k, &mut ());
        if let Some(b) = self.bits.get_mut(at / 4) {
            *b |= (level as u8 + 1) << ((at % 4) * 2);
        }
        level
    }
}

/// The grid walk of [`RestsOn::of`] over `axes` from `worst` (every unknown field at its
/// worst side), for the `open` decisions.
///
/// A field is tested where it stands at its anchor (its worst side): against the grid
/// point with the field at its best side, another point of the grid
/// ([`Known::side_value`]). Every level the sweep reads is thus a grid point's, and each is
/// computed once ([`Levels`]).
fn sweep(axes: &[Axis], worst: Known, open: Open, out: &mut RestsOn) {
    let mut point = worst;
    let mut at = [0usize; DECISION_FIELDS.len()];
    // The grid index of `point`: the sum of each axis's value times its stride.
    let mut index = 0usize;
    let mut levels = Levels {
        bits: [0; CACHED_POINTS / 4],
    };
    // The axes still tested (bit `j` for `axes[j]`): searched, and not yet found for
    // every open decision.
    const _: () = assert!(DECISION_FIELDS.len() <= 16, "one bit per axis in a u16");
    let mut live: u16 = 0;
    // The axes at their anchor at the current point (bit `j` for `axes[j]`).
    let mut anchored: u16 = 0;
    for (j, a) in axes.iter().enumerate() {
        point.set_value(a.field, 0);
        if a.searched {
            live |= 1 << j;
        }
        if a.anchor == 0 {
            anchored |= 1 << j;
        }
    }
    while live != 0 {
        // The live axes at their anchor here.
        let mut test = live & anchored;
        while test != 0 {
            let j = test.trailing_zeros() as usize;
            test &= test - 1;
            let Some(a) = axes.get(j) else {
                break;
            };
            let hi = levels.get(index, &point, None);
            let best = a
                .best
                .unwrap_or_else(|| point.side_value(a.field, Side::Best));
            let at_best = index
                .wrapping_sub(a.anchor.wrapping_mul(a.stride))
                .wrapping_add(best.wrapping_mul(a.stride));
            let lo = levels.get(at_best, &point, Some((a.field, best)));
            if lo != hi {
                open.record(out, a.field, lo, hi);
                if open.done(out, a.field) {
                    live &= !(1 << j);
                }
            }
        }
        // The next grid point: the first axis that can advance does, the ones before
        // it start over.
        let mut advanced = false;
        for (j, (a, i)) in axes.iter().zip(at.iter_mut()).enumerate() {
            if *i + 1 < a.values {
                *i += 1;
                index = index.wrapping_add(a.stride);
                advanced = true;
            } else {
                index = index.wrapping_sub(i.wrapping_mul(a.stride));
                *i = 0;
            }
            point.set_value(a.field, *i);
            anchored = if *i == a.anchor {
                anchored | 1 << j
            } else {
                anchored & !(1 << j)
            };
            if advanced {
                break;
            }
        }
        if !advanced {
            return;
        }
    }
}
