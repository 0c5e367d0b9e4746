//! The sweep over unknown facts: which unknown fields can change each decision
//! (`rests_on`), found in one walk over a grid of representative values.

use super::Level;
use super::known::{DECISION_FIELDS, Known, Side};
use super::rule::{level, level_at_tier, sensitivity};
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
/// is tested at the points where it stands at its *anchor* value (the representative
/// equal to one of its extremes where there is one): there the pivot of the other
/// fields is complete, and one side of the test is the grid point itself, whose level
/// is computed once and shared by every field tested there. A field found for every
/// open decision is not tested again, and the sweep stops when no field is left.
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
    /// The representative value at which it is tested.
    anchor: usize,
    /// Whether the anchor is the field's worst side: then the worst side of a test is
    /// the grid point itself (the worst side of a field does not depend on the others).
    anchor_is_worst: bool,
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
        for f in DECISION_FIELDS
            .iter()
            .copied()
            .filter(|f| !facts.is_known(*f))
        {
            // The anchor: the representative equal to the worst side, else to the best
            // side, else the first (any value would do: the test sets both sides).
            let (mut values, mut at_worst, mut at_best) = (0, None, None);
            let mut probe = worst;
            while probe.set_value(f, values) {
                if probe == worst {
                    at_worst = at_worst.or(Some(values));
                }
                let mut side = probe;
                side.set_side(f, Side::Best);
                if side == probe {
                    at_best = at_best.or(Some(values));
                }
                values += 1;
            }
            // At most DECISION_FIELDS.len() entries: cannot fail.
            let _fits = axes.push(Axis {
                field: f,
                values: values.max(1),
                anchor: at_worst.or(at_best).unwrap_or(0),
                anchor_is_worst: at_worst.is_some(),
                searched: false,
            });
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

/// The grid walk of [`RestsOn::of`] over `axes` from `worst` (every unknown field at its
/// worst side), for the `open` decisions.
fn sweep(axes: &[Axis], worst: Known, open: Open, out: &mut RestsOn) {
    let mut point = worst;
    let mut at = [0usize; DECISION_FIELDS.len()];
    for a in axes {
        point.set_value(a.field, 0);
    }
    loop {
        let mut here = GridPoint {
            known: point,
            tier: None,
            level: None,
        };
        let mut pending = false;
        for (a, i) in axes.iter().zip(at.iter()) {
            if !a.searched || open.done(out, a.field) {
                continue;
            }
            pending = true;
            if *i == a.anchor {
                let lo = here.level_with(a.field, Side::Best);
                let hi = if a.anchor_is_worst {
                    here.level()
                } else {
                    here.level_with(a.field, Side::Worst)
                };
                open.record(out, a.field, lo, hi);
            }
        }
        if !pending {
            return;
        }
        // The next grid point: the first axis that can advance does, the ones before
        // it start over.
        let mut advanced = false;
        for (a, i) in axes.iter().zip(at.iter_mut()) {
            *i += 1;
            if *i < a.values {
                point.set_value(a.field, *i);
                advanced = true;
                break;
            }
            *i = 0;
            point.set_value(a.field, 0);
        }
        if !advanced {
            return;
        }
    }
}

/// A grid point of [`sweep`] with its sensitivity tier and level, each computed when a
/// test first needs it and shared by the tests of every field at that point.
struct GridPoint {
    known: Known,
    tier: Option<u8>,
    level: Option<Level>,
}

impl GridPoint {
    /// The sensitivity tier of the point's data.
    fn tier(&mut self) -> u8 {
        let data = self.known.data;
        *self.tier.get_or_insert_with(|| sensitivity(data))
    }

    /// The level of the point itself.
    fn level(&mut self) -> Level {
        if let Some(l) = self.level {
            return l;
        }
        let tier = self.tier();
        let l = level_at_tier(&self.known, tier, &mut ());
        self.level = Some(l);
        l
    }

    /// The level of the point with field `f` set to `side`.
    fn level_with(&mut self, f: FactField, side: Side) -> Level {
        let mut k = self.known;
        k.set_side(f, side);
        if k.same_at(&self.known, f) {
            return self.level();
        }
        let tier = if f == FactField::Data {
            sensitivity(k.data)
        } else {
            self.tier()
        };
        level_at_tier(&k, tier, &mut ())
    }
}
