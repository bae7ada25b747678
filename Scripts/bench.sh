#!/usr/bin/env bash
# Times `palermo analyze` on the bundled examples and on a generated corpus; prints MB/s and peak
# memory beside the Debian `cmark` CLI on the same bytes, the ratio of the two, the speed-up from
# one core to all, and one large State on its own. Figures go into the README by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
STATES=${STATES:-193}
MB_PER_STATE=${MB_PER_STATE:-0.52}
CORPUS=${CORPUS:-/tmp/palermo-bench-corpus-$STATES-$MB_PER_STATE}
command -v cmark >/dev/null || { apt-get update -qq && apt-get install -y -qq cmark >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
make --no-print-directory release >/dev/null
PALERMO=.build/release/palermo
LARGE=${LARGE:-/tmp/palermo-bench-large-state}
$PALERMO catalog list --format json > /tmp/palermo-catalogue.json
[ -d "$CORPUS" ] || python3 Scripts/generate-corpus.py /tmp/palermo-catalogue.json "$CORPUS" --states "$STATES" --megabytes-per-state "$MB_PER_STATE"
[ -d "$LARGE" ] || python3 Scripts/generate-corpus.py /tmp/palermo-catalogue.json "$LARGE" --states 1 --megabytes-per-state 5

RUNS=${RUNS:-3}
# Each figure is the median of RUNS runs (the host may be shared; cmark is timed the same way),
# with the largest peak memory seen. FRESH names a folder removed before each run.
measure() { # label, bytes, command... (sets $seconds)
  local label=$1 bytes=$2; shift 2
  local log times=() peak=0 run kilobytes
  log=$(mktemp)
  for run in $(seq "$RUNS"); do
    # The last run's reports are removed and the removal written out first, so that no run pays for it.
    [ -n "${FRESH:-}" ] && rm -rf "$FRESH" && sync
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$log" "$@" >/dev/null 2>&1 || true
    times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f", b - a }')")
    read -r kilobytes < "$log"
    [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
  done
  rm -f "$log"
  seconds=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  awk -v l="$label" -v b="$bytes" -v s="$seconds" -v k="$peak" \
    'BEGIN { mb=b/1048576; printf "%-38s %8.1f MB %8.4f s %8.1f MB/s %8.0f MB peak\n", l, mb, s, (s>0? mb/s : 0), k/1024 }'
}

example_bytes=$(cat Examples/*/legislation/*.md | wc -c)
corpus_bytes=$(find "$CORPUS" -name '*.md' -print0 | xargs -0 cat | wc -c)
echo "palermo $( $PALERMO --version ) on $(nproc) cores; corpus: $STATES States in $CORPUS; median of $RUNS runs"
measure "analyze bundled examples" "$example_bytes" $PALERMO analyze Examples/* --output /tmp/palermo-bench-examples
FRESH=/tmp/palermo-bench-reports measure "analyze generated corpus" "$corpus_bytes" \
  $PALERMO analyze "$CORPUS"/State* --output /tmp/palermo-bench-reports
all_cores=$seconds
FRESH=/tmp/palermo-bench-reports measure "analyze generated corpus, one core" "$corpus_bytes" \
  taskset -c 0 $PALERMO analyze "$CORPUS"/State* --output /tmp/palermo-bench-reports
one_core=$seconds
measure "cmark CLI, same corpus bytes" "$corpus_bytes" bash -c "find '$CORPUS' -name '*.md' -print0 | xargs -0 cat | cmark"
cmark_seconds=$seconds
# Re-analysed: its reports from the run before are replaced.
measure "analyze one $(du -sh "$LARGE" | cut -f1) State" "$(find "$LARGE" -name '*.md' -print0 | xargs -0 cat | wc -c)" \
  $PALERMO analyze "$LARGE"/State000 --output /tmp/palermo-bench-large
RUNS=20 measure "start-up (palermo --version)" 0 $PALERMO --version
awk -v p="$all_cores" -v o="$one_core" -v c="$cmark_seconds" -v n="$(nproc)" 'BEGIN {
  printf "throughput against cmark: %.2fx (target 0.75x); speed-up from one core to %d: %.2fx\n", c/p, n, o/p }'

# Pathological Markdown at two sizes: time should double, not quadruple, when the input doubles.
patho=$(mktemp -d)
for size in 1 2; do
  python3 - "$patho" "$size" <<'PY'
import sys
folder, size = sys.argv[1], int(sys.argv[2])
head = "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n"
cases = {"quotes": ">" * 100_000 * size + " x\n", "brackets": "[" * 400_000 * size + "a\n",
         "emphasis": "*a_" * 150_000 * size + "\n", "lists": "\n".join("  " * (i % 400) + "- item" for i in range(60_000 * size))}
for name, body in cases.items():
    open(f"{folder}/{name}-{size}.md", "w").write(head + body)
PY
done
for name in quotes brackets emphasis lists; do
  for size in 1 2; do
    measure "pathological $name x$size" "$(wc -c < "$patho/$name-$size.md")" $PALERMO lint "$patho/$name-$size.md"
  done
done
rm -rf "$patho"
