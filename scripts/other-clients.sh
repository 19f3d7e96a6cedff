#!/usr/bin/env bash
# The official clients of each service against `kamaki sandbox serve`: starts a serve in a
# temp dir, evals its `--print-env`, runs the command line of each client that the README
# section "Other clients against the sandbox" shows (each bounded by `timeout`, so nothing
# can hang), and reports pass, fail or skip per client.
#
# Usage: scripts/other-clients.sh
# The clients are found on PATH as `triton`, `swift`, `linstor` and `kamaki` (0.16), or as
# the commands in TRITON, SWIFT, LINSTOR and KAMAKI016, e.g.
#   LINSTOR="python3 linstor-client/linstor_client_main.py"
#   KAMAKI016="python2.7 -m kamaki.cli"
# A client that is not there is skipped. KAMAKI_BIN is the kamaki that serves (default:
# target/debug/kamaki). Exits 1 when a client failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
kamaki=${KAMAKI_BIN:-$root/target/debug/kamaki}
[ -x "$kamaki" ] || { echo "no kamaki at $kamaki: run \`cargo build\` or set KAMAKI_BIN" >&2; exit 1; }
limit=${CLIENT_TIMEOUT:-60}

work=$(mktemp -d "${TMPDIR:-/tmp}/kamaki-other-clients.XXXXXX")
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A private HOME: triton finds its key in ~/.ssh, kamaki 0.16 writes ~/.kamakirc there.
export HOME="$work/home"
mkdir -p "$HOME/.ssh" "$work/bin" "$work/run"
ssh-keygen -q -t ed25519 -N '' -C sandbox -f "$HOME/.ssh/id_ed25519"

"$kamaki" sandbox serve --bind 127.0.0.1:0 --data "$work/data" \
    --sdc-key "$HOME/.ssh/id_ed25519.pub" --print-env > "$work/env" &
server=$!
for _ in $(seq 300); do
    grep -q '^export LS_CONTROLLERS=' "$work/env" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { echo "sandbox serve exited early" >&2; exit 1; }
    sleep 0.1
done
grep -q '^export LS_CONTROLLERS=' "$work/env" || { echo "sandbox serve printed no environment" >&2; exit 1; }
# shellcheck disable=SC1091
. "$work/env"

# Each client answers to its usual name inside the checks; the README lines are run as
# written.
shim() { # NAME COMMAND: makes `NAME` run COMMAND, if its program exists
    local name=$1 command=$2 program rest=""
    program=${command%% *}
    [ "$program" != "$command" ] && rest=${command#* }
    # The absolute path, so that the shim never finds itself on PATH.
    program=$(command -v "$program" 2>/dev/null) || return 1
    printf '#!/usr/bin/env bash\nexec %s %s "$@"\n' "$program" "$rest" > "$work/bin/$name"
    chmod +x "$work/bin/$name"
}
found_triton=$(shim triton "${TRITON:-triton}" && echo yes || echo no)
found_swift=$(shim swift "${SWIFT:-swift}" && echo yes || echo no)
found_linstor=$(shim linstor "${LINSTOR:-linstor}" && echo yes || echo no)
# `kamaki` on PATH may be this kamaki: only a 0.16 counts.
found_kamaki=no
if shim kamaki "${KAMAKI016:-kamaki}" && "$work/bin/kamaki" --version 2>/dev/null | grep -q '^kamaki 0\.16'; then
    found_kamaki=yes
fi
export PATH="$work/bin:$PATH"

passed=0 failed=0 skipped=0
check() { # NAME FOUND COMMAND-LINE
    local name=$1 found=$2 line=$3
    if [ "$found" != yes ]; then
        echo "SKIP $name: not installed"
        skipped=$((skipped + 1))
        return
    fi
    if (cd "$work/run" && timeout "$limit" bash -c "$line") > "$work/$name.log" 2>&1; then
        echo "PASS $name: $line"
        passed=$((passed + 1))
    else
        echo "FAIL $name: $line"
        sed 's/^/    /' "$work/$name.log" | tail -n 20
        failed=$((failed + 1))
    fi
}

echo "hello from the swift CLI" > "$work/run/hello.txt"
echo "notes from kamaki 0.16" > "$work/run/notes.txt"

check triton "$found_triton" \
    'triton instance create -w -n web base64 g4-highcpu-128M && triton instance list'
check swift "$found_swift" \
    "swift upload -H 'Content-Type: text/plain' pithos hello.txt && swift list pithos"
check linstor "$found_linstor" \
    'linstor resource-definition create web && linstor volume-definition create web 1G && linstor resource-definition list'
check kamaki-0.16 "$found_kamaki" \
    'kamaki config set cloud.sandbox.url "$KAMAKI_IDENTITY_URL" && kamaki config set cloud.sandbox.token "$KAMAKI_TOKEN" && kamaki file upload notes.txt && kamaki file list'

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
