#!/bin/sh
# Seeds a corpus per fuzz target from the fixtures (held-out sets left out) under
# ../../target/fuzz-corpus/<target>/ (not committed). Usage: sh core/fuzz/seed.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/fuzz-corpus"
fix="$root/tests/fixtures"
notices=$(find "$fix" -name '*.txt' -not -path '*heldout*' | sort)
facts=$(find "$fix" -name '*.json' -not -path '*heldout*' | sort)
rm -rf "$out"
for t in notice evaluate utf16 facts both draft; do mkdir -p "$out/$t"; done
i=0
for n in $notices; do
  i=$((i + 1))
  sel=$(printf '\\%03o' $((i % 256)))
  cp "$n" "$out/utf16/n$i"
  { printf "$sel"; cat "$n"; } > "$out/notice/n$i"
  { printf "$sel"; cat "$n"; } > "$out/evaluate/n$i"
  # A notice with the facts fixture of the same rank (cycled), split at 0xFF.
  f=$(echo "$facts" | sed -n "$(( (i % $(echo "$facts" | wc -l)) + 1 ))p")
  { printf "$sel"; cat "$n"; printf '\377'; cat "$f"; } > "$out/both/n$i"
  dsel=$(printf '\\%03o' $(( (i * 8 + 4 + (i % 4)) % 256 )))
  { printf "$dsel"; cat "$n"; printf '\377'; cat "$f"; } > "$out/draft/n$i"
done
j=0
for f in $facts; do
  j=$((j + 1))
  cp "$f" "$out/facts/f$j"
  sel=$(printf '\\%03o' $((j % 256)))
  { printf "$sel"; printf '\377'; cat "$f"; } > "$out/both/f$j"
  dsel=$(printf '\\%03o' $(( (j * 8 + (j % 4)) % 256 )))
  { printf "$dsel"; cat "$f"; } > "$out/draft/f$j"
done
for t in notice evaluate utf16 facts both draft; do
  echo "$t: $(ls "$out/$t" | wc -l) seeds"
done
