#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 60) from the seed
# corpus in Fuzz/Corpus. New inputs stay in a scratch copy; a crash is written to Fuzz/Crashes/,
# to be turned into a regression fixture, and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
log=$(mktemp)
build() { (cd Fuzz && swift build --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer,address >"$log" 2>&1); }
# In an existing scratch folder the first build after a source file is added to the main package
# can miss the new file ("cannot find ... in scope"); the second build sees it.
if ! build && ! build; then
  grep -v "ld.gold: warning" "$log" | tail -40
  echo "the fuzz targets did not build"
  exit 1
fi
tail -1 "$log"
rm -f "$log"
mkdir -p Fuzz/Crashes
for target in FuzzAnnotations FuzzProfile FuzzPipeline; do
  work=$(mktemp -d)
  cp -R "Fuzz/Corpus/$target/." "$work/"
  echo "fuzzing $target for ${SECONDS_EACH}s"
  PALERMO_ROOT=. .build-fuzz/debug/$target -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="Fuzz/Crashes/$target-" -print_final_stats=1 "$work" 2>&1 \
    | grep -E "^(Done|stat::number_of_executed_units|==|SUMMARY|artifact_prefix)" || true
  rm -rf "$work"
done
if ls Fuzz/Crashes/* >/dev/null 2>&1; then echo "crashes found in Fuzz/Crashes"; exit 1; fi
echo "no crashes"
