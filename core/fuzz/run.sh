#!/bin/sh
# The long run: every target in turn (one at a time, `nice -n 19`), seeded by seed.sh,
# uninstrumented by ASan (`-s none`: the core forbids `unsafe`) but with debug
# assertions and overflow checks (`-a`). Prints one table row per target.
# Usage: sh core/fuzz/run.sh [RUNS [SECONDS [TARGETS…]]]   (default 10000000, no limit, all)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10000000}
secs=${2:-0}
shift 2 2>/dev/null || shift $#
targets=${*:-draft both notice facts evaluate utf16}
corpus="$root/target/fuzz-corpus"
logs="$root/target/fuzz-logs"
mkdir -p "$logs" "$root/target/fuzz-artifacts"
[ -d "$corpus" ] || sh "$root/core/fuzz/seed.sh"
cd "$root/core"
for t in $targets; do
  start=$(date +%s)
  nice -n 19 cargo +nightly fuzz run -s none -a "$t" "$corpus/$t" -- \
    -runs="$runs" -max_total_time="$secs" -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$root/target/fuzz-artifacts/$t-" > "$logs/$t.log" 2>&1
  rc=$?
  end=$(date +%s)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$logs/$t.log")
  cov=$(grep -E '^#[0-9]+' "$logs/$t.log" | tail -1 | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, ft \2, corpus \3/p')
  crashes=$(ls "$root/target/fuzz-artifacts" | grep -c "^$t-" || true)
  echo "| $t | ${execs:-?} | $((end - start)) s | ${rate:-?} | ${cov:-?} | exit $rc, $crashes artifacts |"
done
