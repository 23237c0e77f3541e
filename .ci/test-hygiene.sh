#!/usr/bin/env bash
# Tests wait on conditions with a deadline, never on the clock: this fails on the patterns that
# bring flaky, slow tests back (docs/ARCHITECTURE.md, "Tests").
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
paths=(Tests Sources/OpenClawTesting)

# A detached teardown outlives its test and races the next one.
if grep -rnE 'defer \{ *Task' "${paths[@]}"; then
    echo "test-hygiene: a detached teardown (defer { Task … }); use GatewayHarness.withGateway { }" >&2
    status=1
fi
# Cleanup handed to a detached task may never run, or run during the next test.
if grep -rnE 'Task\.detached' "${paths[@]}"; then
    echo "test-hygiene: a detached task in test code; await the work in the scope that owns it" >&2
    status=1
fi
# The package exports no library: what our modules share is `package`, not API (docs/ARCHITECTURE.md).
if grep -rnE '^\s*(@[A-Za-z_]+(\([^)]*\))?\s+)*public\b' Sources Tests fuzz --include=*.swift; then
    echo "test-hygiene: a public declaration; use package (the package exports no library)" >&2
    status=1
fi
# A port picked before it is bound can be taken by someone else in between.
if grep -rnwE 'FreePort' "${paths[@]}"; then
    echo "test-hygiene: a pre-picked port; bind port 0 and read the bound port back" >&2
    status=1
fi
# Core decides and never does I/O (docs/ARCHITECTURE.md): files, processes and the environment
# belong to OpenClawFiles, the store and the gateway.
if grep -rnE 'FileManager|FileHandle|fopen|contentsOfFile|Data\(contentsOf|ProcessInfo|getenv|\bProcess\(|import (Glibc|Musl|Darwin)' Sources/OpenClawCore; then
    echo "test-hygiene: I/O in OpenClawCore; move it to OpenClawFiles, the store or the gateway" >&2
    status=1
fi
# A sleep is only a poll interval or a deadline: its innermost enclosing block must be a loop
# (`while`, `for … in`, `repeat`), or the line says `// deadline` (a timeout racing real work).
while IFS= read -r file; do
    awk -v file="$file" '
        function indent(s) { match(s, /^[ \t]*/); return RLENGTH }
        { lines[NR] = $0 }
        /Task\.sleep\(/ && !/\/\/ deadline/ {
            depth = indent($0); looped = ($0 ~ /^[ \t]*(while |for .* in |repeat)/)
            for (i = NR - 1; i >= 1 && !looped; i--) {
                if (lines[i] ~ /^[ \t]*$/ || indent(lines[i]) >= depth) continue
                looped = (lines[i] ~ /^[ \t]*(while |for .* in |repeat)/)
                break
            }
            if (!looped) { printf "%s:%d: %s\n", file, NR, $0; bad = 1 }
        }
        END { exit bad }
    ' "$file" || { echo "test-hygiene: a fixed sleep outside a polling loop in $file; wait for a condition instead" >&2; status=1; }
done < <(grep -rlE 'Task\.sleep\(' "${paths[@]}")
exit "$status"
