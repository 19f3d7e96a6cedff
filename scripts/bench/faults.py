#!/usr/bin/env python3
"""Retries under injected faults: 1,000 idempotent kamaki calls against a `sandbox serve`
that answers about 20 % of requests with a 503 or a dropped connection, counting the
calls the user would see fail and the attempts `-v` reports as repeated.

The peer is the same 1,000 calls with retries turned off (`--retries 0`), in the same run:
what the user would see without the retry policy.

Usage: scripts/bench/faults.py [--calls 1000] [--binary target/debug/kamaki]
Writes its section of docs/benchmarks.md.
"""

import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import tempfile
import time

from cold_start import ROOT, running_sandbox, write_config, write_section

COMMANDS = [
    ["astakos", "user", "info"],
    ["file", "list", "/pithos"],
    ["server", "list"],
    ["network", "list"],
]
ERROR_RATE, DROP_RATE = 0.1, 0.1


def run_calls(kamaki, env, calls, extra):
    """Runs `calls` commands, four at a time; returns (failures, retries, seconds)."""
    def one(i):
        args = [str(kamaki), "-v", *extra, *COMMANDS[i % len(COMMANDS)], "-o", "json"]
        done = subprocess.run(args, env=env, capture_output=True, text=True)
        retries = sum(1 for line in done.stderr.splitlines() if line.startswith("retrying "))
        return done.returncode != 0, retries

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(one, range(calls)))
    elapsed = time.monotonic() - started
    return sum(failed for failed, _ in outcomes), sum(r for _, r in outcomes), elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--binary", default=str(ROOT / "target" / "debug" / "kamaki"))
    args = parser.parse_args()
    kamaki = pathlib.Path(args.binary)
    with tempfile.TemporaryDirectory() as tmp:
        flags = ["--error-rate", str(ERROR_RATE), "--drop-rate", str(DROP_RATE)]
        with running_sandbox(kamaki, f"{tmp}/data", *flags, env=dict(os.environ, HOME=tmp)) as endpoints:
            config = write_config(pathlib.Path(tmp) / "config.toml", endpoints)
            env = {k: v for k, v in os.environ.items() if not k.startswith(("ST_", "SDC_", "TRITON_"))}
            env.update(KAMAKI_CONFIG=str(config), HOME=tmp)
            with_retries = run_calls(kamaki, env, args.calls, [])
            without = run_calls(kamaki, env, args.calls, ["--retries", "0"])
    rows = [("default policy", *with_retries), ("`--retries 0` (peer)", *without)]
    table = "\n".join(
        f"| {name} | {args.calls} | {failed} ({100 * failed / args.calls:.1f} %) | {retries} | {seconds:.1f} s |"
        for name, failed, retries, seconds in rows)
    text = f"""## Retries under injected faults

{args.calls} idempotent calls (`astakos user info`, `file list`, `server list`, `network list`, four at a time) against `kamaki sandbox serve --error-rate {ERROR_RATE} --drop-rate {DROP_RATE}`: about 20 % of requests get a 503 or a dropped connection (`scripts/bench/faults.py`, `{kamaki.relative_to(ROOT) if kamaki.is_relative_to(ROOT) else kamaki}`). Repeats are the attempts `-v` reports; the peer is the same run without retries. The policy is in [retries.md](retries.md).

| policy | calls | calls that failed | repeated attempts | time |
|---|---|---|---|---|
{table}
"""
    write_section("faults", text)
    print(text)


if __name__ == "__main__":
    main()
