#!/usr/bin/env bash
# Usage: scripts/bench/infra.sh   (BENCH_SEQUENTIAL=1 adds the sequential build; BENCH_PROFILE=release)
#
# `kamaki infra build` on the dummy cloud: 50 nodes in 5 levels (10 per level, each node depending
# on every node of the level below), every node taking 1 s to create. With `--parallelize` a build
# should take about the critical path, 5 levels x 1 s; sequentially about 50 x 1 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The time is the orchestration's waits, not its CPU: a debug build measures the same.
profile=${BENCH_PROFILE:-debug}
if [ "$profile" = release ]; then cargo build --quiet --release; else cargo build --quiet; fi
kamaki="$PWD/target/$profile/kamaki"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" KAMAKI_CONFIG="$work/config.toml"
mkdir -p "$HOME"
printf '[clouds.bench]\nkind = "sandbox"\n[clouds.bench.infra]\nstate_dir = "%s/infra"\n' "$work" > "$KAMAKI_CONFIG"
chmod 600 "$KAMAKI_CONFIG"

cat > "$work/nodes.yaml" <<'YAML'
'node_def:worker':
  - resource: {type: dummy, create_delay: 1}
YAML
{
  echo "infra_name: bench"
  echo "nodes:"
  for level in 1 2 3 4 5; do
    for i in $(seq 1 10); do echo "  - {name: l$level-n$i, type: worker}"; done
  done
  echo "dependencies:"
  for level in 2 3 4 5; do
    for i in $(seq 1 10); do
      for j in $(seq 1 10); do echo "  - [l$level-n$i, l$((level - 1))-n$j]"; done
    done
  done
} > "$work/infra.yaml"
"$kamaki" infra import "$work/nodes.yaml" > /dev/null

measure() {
  local label=$1; shift
  local start end id
  start=$(date +%s.%N)
  id=$("$kamaki" infra build "$work/infra.yaml" "$@" -o json --columns infraid | sed -n 's/.*"infraid":"\([^"]*\)".*/\1/p')
  end=$(date +%s.%N)
  printf '%-34s %6.2f s\n' "$label" "$(echo "$end - $start" | bc)"
  start=$(date +%s.%N)
  "$kamaki" infra destroy -i "$id" > /dev/null
  end=$(date +%s.%N)
  printf '%-34s %6.2f s\n' "destroy (50 nodes)" "$(echo "$end - $start" | bc)"
}

measure "build --parallelize (50 nodes)" --parallelize
if [ "${BENCH_SEQUENTIAL:-0}" = 1 ]; then
  measure "build, sequential (50 nodes)"
fi
