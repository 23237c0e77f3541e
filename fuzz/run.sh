#!/usr/bin/env bash
# Builds one fuzz target (or all of them) with libFuzzer (and AddressSanitizer) and runs it.
#
#   fuzz/run.sh TARGET SECONDS [libFuzzer flags...]   one target for SECONDS
#   fuzz/run.sh all SECONDS [libFuzzer flags...]      each target in turn, SECONDS each
#   fuzz/run.sh list                                  the targets
#
# FUZZ_RUNS=N stops each target after N executions instead (SECONDS still caps it).
# FUZZ_SEED=N fixes libFuzzer's random seed: with FUZZ_RUNS, a run explores the same inputs each time.
# FUZZ_ASAN=0 builds without AddressSanitizer (libFuzzer's coverage only): the long run, fuzz/README.md.
# FUZZ_NO_BUILD=1 runs the binaries already built (while another build uses the scratch path).
# FUZZ_CONFIGURATION (release) and FUZZ_SCRATCH (.build-fuzz) choose the build: CI uses debug in
# .build, so only our own modules are compiled again (instrumented) and its dependencies are reused.
# Exits non-zero when any run ends in a crash, a broken invariant, a leak, a timeout or running
# out of memory; the input that did it is in SCRATCH/fuzz/artifacts/TARGET/. Details: fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# name          product               max_len  dictionary
TARGETS="
update          FuzzTelegramUpdate    16384    telegram
botapi          FuzzBotAPIAnswer      16384    telegram
model           FuzzModelAnswer       8192     model
retry-after     FuzzRetryAfter        128      retry-after
config          FuzzConfigFile        16384    config
overrides       FuzzConfigOverrides   8192     config
secrets         FuzzSecretFile        2048     secrets
redactor        FuzzRedactor          6144     redactor
filter          FuzzContentFilter     4096     filter
chunker         FuzzMessageChunker    4096     chunker
backup          FuzzBackupFile        8192     backup
"

configuration=${FUZZ_CONFIGURATION:-release}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
work=$scratch/fuzz
names() { awk 'NF { print $1 }' <<<"$TARGETS"; }
field() { awk -v name="$1" -v column="$2" '$1 == name { print $column }' <<<"$TARGETS"; }

usage() {
    echo "usage: fuzz/run.sh TARGET|all SECONDS [libFuzzer flags...]   targets: $(names | tr '\n' ' ')" >&2
    exit 2
}

# Package.swift instruments our modules and links libFuzzer when OPENCLAW_FUZZ=1; FUZZ_ASAN=0 leaves
# AddressSanitizer out (the long run's build; switching recompiles our modules, not the dependencies).
fuzz_build() {
    OPENCLAW_FUZZ=1 OPENCLAW_FUZZ_ASAN=${FUZZ_ASAN:-1} swift build -c "$configuration" --scratch-path "$scratch" "$@"
}

build() {
    local product=$1
    fuzz_build --product "$product" >"$work/logs/build-$product.log" 2>&1 || {
        tail -n 40 "$work/logs/build-$product.log" >&2
        echo "fuzz: building $product failed" >&2
        return 1
    }
}

# Runs one target; prints one summary line; returns libFuzzer's status.
run() {
    local name=$1 seconds=$2
    shift 2
    local product max_len dictionary binary corpus artifacts log status
    product=$(field "$name" 2)
    max_len=$(field "$name" 3)
    dictionary=fuzz/dictionaries/$(field "$name" 4).dict
    binary=$bin_path/$product
    corpus=$work/corpus/$name
    artifacts=$work/artifacts/$name
    log=$work/logs/$name.log
    mkdir -p "$corpus" "$artifacts"
    local flags=(
        -max_total_time="$seconds" -max_len="$max_len" -dict="$dictionary"
        -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1
        -artifact_prefix="$artifacts/"
    )
    if [[ -n "${FUZZ_RUNS:-}" ]]; then flags+=(-runs="$FUZZ_RUNS"); fi
    if [[ -n "${FUZZ_SEED:-}" ]]; then flags+=(-seed="$FUZZ_SEED"); fi
    # New inputs go to the first (scratch) directory; the committed seeds stay as they are.
    set +e
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=fuzz/lsan.supp:print_suppressions=0 \
        "$binary" "${flags[@]}" "$@" "$corpus" "fuzz/corpus/$name" >"$log" 2>&1
    status=$?
    set -e
    local executions rate coverage features corpus_size
    executions=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -n 1)
    rate=$(awk '/stat::average_exec_per_sec/ { print $NF }' "$log" | tail -n 1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    features=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    corpus_size=$(grep -oE 'corp: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    if [[ $status -eq 0 ]]; then
        printf '%-12s ok     %12s execs %8s/s  cov %6s  ft %7s  corpus %6s\n' \
            "$name" "${executions:-?}" "${rate:-?}" "${coverage:-?}" "${features:-?}" "${corpus_size:-?}"
    else
        printf '%-12s FAILED (status %s) after %s execs; log %s\n' "$name" "$status" "${executions:-?}" "$log"
        grep -E 'ERROR: |invariant broken|Fatal error|SUMMARY: |Test unit written to' "$log" | head -n 8 | sed 's/^/    /'
    fi
    return "$status"
}

[[ $# -ge 1 ]] || usage
if [[ $1 == list ]]; then names; exit 0; fi
[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
target=$1 seconds=$2
shift 2
if [[ $target == all ]]; then
    selected=$(names)
else
    [[ -n $(field "$target" 2) ]] || usage
    selected=$target
fi

mkdir -p "$work/logs"
if [[ -z "${FUZZ_NO_BUILD:-}" ]]; then
    for name in $selected; do
        build "$(field "$name" 2)"
    done
fi
bin_path=$scratch/$configuration
failed=0
for name in $selected; do
    run "$name" "$seconds" "$@" || failed=1
done
exit "$failed"
