#!/usr/bin/env bash
# Sandbox block store throughput: `curl -T` PUT and `curl -o` GET of a fresh random file
# against `kamaki sandbox serve` on loopback, compared with `openssl dgst -sha256` of the
# same file in the same run (the SHA-256 the server must compute anyway).
#
# Usage: scripts/bench/sandbox_put.sh [SIZE_MIB (1024)] [RUNS (3)]
# Uses target/release/kamaki (build it with `nice cargo build --release`) and writes its
# section of docs/benchmarks.md.
set -euo pipefail

size_mib=${1:-1024}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
kamaki="$root/target/release/kamaki"
[ -x "$kamaki" ] || { echo "build the release binary first: nice cargo build --release" >&2; exit 1; }

work=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/kamaki-sandbox-put.XXXXXX")
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

HOME="$work" "$kamaki" sandbox serve --bind 127.0.0.1:0 --data "$work/data" -o json > "$work/endpoints" &
server=$!
for _ in $(seq 100); do [ -s "$work/endpoints" ] && break; sleep 0.1; done
read -r url uuid token < <(python3 -c 'import json,sys; e=json.load(open(sys.argv[1])); print(e["url"], e["uuid"], e["token"])' "$work/endpoints")
base="$url/object-store/v1/$uuid/pithos"

seconds() { python3 -c 'import sys,time; print(f"{time.time():.6f}")'; }
timed() {
    local start end
    start=$(seconds)
    "$@" > /dev/null
    end=$(seconds)
    python3 -c "print(f'{$end - $start:.3f}')"
}

puts=() gets=() digests=()
for run in $(seq "$runs"); do
    file="$work/data-$run.bin"
    head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$file"
    digests+=("$(timed openssl dgst -sha256 "$file")")
    puts+=("$(timed curl -sS -f -T "$file" -H "X-Auth-Token: $token" \
        -H "Content-Type: application/octet-stream" "$base/put-$run.bin")")
    gets+=("$(timed curl -sS -f -H "X-Auth-Token: $token" -o "$work/out.bin" "$base/put-$run.bin")")
    cmp "$file" "$work/out.bin"
    rm -f "$file" "$work/out.bin"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
put=$(median "${puts[@]}")
get=$(median "${gets[@]}")
digest=$(median "${digests[@]}")
row() { python3 -c "import sys; s, p, n = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]); print(f'| {sys.argv[4]} | {s:.2f} s ({n / s:.0f} MiB/s) | {p:.2f} s | {s / p:.2f} |')" "$1" "$digest" "$size_mib" "$2"; }

section=$(cat <<EOF
## Sandbox block store

$size_mib MiB of random data, median of $runs runs, release build, \`kamaki sandbox serve\` on loopback (\`scripts/bench/sandbox_put.sh\`). The peer is \`openssl dgst -sha256\` of the same file in the same run: the hashing a PUT cannot avoid. The ratio is sandbox time / openssl time (the goal for a PUT is at most 3).

| operation | time | \`openssl dgst -sha256\` | ratio |
|---|---|---|---|
$(row "$put" '`curl -T` PUT')
$(row "$get" '`curl -o` GET')

Runs (PUT / GET / openssl, s): ${puts[*]} / ${gets[*]} / ${digests[*]}.
EOF
)

# One writer of docs/benchmarks.md sections for every bench script.
PYTHONPATH="$root/scripts/bench" python3 -c 'import sys; from cold_start import write_section; write_section("sandbox-put", sys.argv[1])' "$section"
echo "$section"
