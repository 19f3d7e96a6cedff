#!/usr/bin/env python3
"""SmartDataCenter bulk benchmark: stop 100 machines and wait until every one is stopped,
with the sandbox CloudAPI's transitions taking 1 s, then the same for start and delete.

Peer, measured in the same run: one machine at a time (`kamaki sdc machine stop ID --wait`
in a loop), the shape of py-smartdc's `machine.stop(); machine.poll_until('stopped')` loop,
on 10 machines.

Usage: scripts/bench/sdc_bulk.py [--machines N]   (builds the release binary first;
KAMAKI=path/to/kamaki measures that binary instead)
Writes its section of docs/benchmarks.md.
"""

import argparse
import os
import pathlib
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from cold_start import running_sandbox, write_config, write_section

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAMAKI = pathlib.Path(os.environ.get("KAMAKI", ROOT / "target" / "release" / "kamaki"))
DELAY = "1s"
SEQUENTIAL = 10



def seconds(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--machines", type=int, default=100)
    args = parser.parse_args()
    if "KAMAKI" not in os.environ:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        key = pathlib.Path(tmp) / "id_ed25519"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bench", "-f", str(key)], check=True)
        with running_sandbox(KAMAKI, f"{tmp}/data", "--sdc-key", f"{key}.pub", "--sdc-delay", DELAY) as endpoints:
            sdc_cloud = f'[clouds.b.sdc]\nurl = "{endpoints["sdc_url"]}"\naccount = "demo"\nkey_id = "{key}"\n'
            config = write_config(pathlib.Path(tmp) / "config.toml", endpoints, sdc_cloud)
            env = dict(os.environ, KAMAKI_CONFIG=str(config))
            sdc = [str(KAMAKI), "-q", "sdc", "machine"]

            def create(n):
                subprocess.run(sdc + ["create", "--name", f"bench-{n}", "--package", "g4-highcpu-128M"],
                               stdout=subprocess.DEVNULL, check=True, env=env)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(create, range(args.machines)))
            names = [f"bench-{n}" for n in range(args.machines)]
            subprocess.run(sdc + ["wait", *names, "--until", "running", "--interval", "200ms"],
                           stdout=subprocess.DEVNULL, check=True, env=env)
            bulk = [(action, seconds(sdc + [action, "--all", "--wait", "--interval", "250ms"], env))
                    for action in ["stop", "start"]]
            one_by_one = sum(seconds(sdc + ["stop", name, "--wait", "--interval", "250ms"], env)
                             for name in names[:SEQUENTIAL])
            bulk.append(("delete", seconds(sdc + ["delete", "--all", "--yes", "--wait", "--interval", "250ms"], env)))
    lines = ["## SmartDataCenter: bulk actions with waiting", "",
             f"{args.machines} machines in the sandbox CloudAPI with {DELAY} transitions, {KAMAKI.parent.name} build, one run "
             "(`scripts/bench/sdc_bulk.py`): the time until every machine has reached its target state. "
             "Actions go out `--parallel` (16) at a time and the waits overlap, so a batch takes about one "
             "transition plus one poll interval, whatever its size.", "",
             "| command | machines | time | per machine |", "|---|---|---|---|"]
    for action, secs in bulk:
        lines.append(f"| `kamaki sdc machine {action} --all --wait` | {args.machines} | {secs:.2f} s "
                     f"| {secs / args.machines * 1000:.0f} ms |")
    lines.append(f"| peer: `kamaki sdc machine stop ID --wait`, one machine after the other "
                 f"(py-smartdc's `stop()` + `poll_until('stopped')` loop) | {SEQUENTIAL} | {one_by_one:.2f} s "
                 f"| {one_by_one / SEQUENTIAL * 1000:.0f} ms |")
    write_section("sdc-bulk", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
