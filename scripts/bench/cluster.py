#!/usr/bin/env python3
"""Cluster benchmark: `kamaki server create --cluster-size N --wait` against a sandbox
whose servers take 2 s to build, compared with the same servers created one after the
other (`kamaki server create --wait` in a loop), which is what a client without bounded
parallelism does. The cluster should take about one build time, not N.

Usage: scripts/bench/cluster.py [--size N] [--sequential K] [--runs R] [--debug]
Writes its section of docs/benchmarks.md.
"""

import argparse
import json
import os
import pathlib
import sqlite3
import statistics
import subprocess
import tempfile
import time

from cold_start import ROOT, running_sandbox, write_config, write_section

BUILD_DELAY = "2s"


def raise_quotas(db, project):
    """Room for many servers in the demo user's system project (it allows 4)."""
    conn = sqlite3.connect(db, timeout=10)
    (body,) = conn.execute("SELECT body FROM docs WHERE kind='project' AND id=?", (project,)).fetchone()
    doc = json.loads(body)
    for name, caps in doc["resources"].items():
        if name.startswith("cyclades."):
            caps["member_capacity"] = caps["project_capacity"] = 1 << 50
    conn.execute("UPDATE docs SET body=? WHERE kind='project' AND id=?", (json.dumps(doc), project))
    conn.commit()


def timed(cmd, env):
    start = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True, env=env).stdout
    return time.perf_counter() - start, json.loads(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20)
    parser.add_argument("--sequential", type=int, default=5, help="servers created one by one for the peer")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--debug", action="store_true", help="use the debug build")
    args = parser.parse_args()
    profile = "debug" if args.debug else "release"
    build = ["cargo", "build", "--quiet"] + ([] if args.debug else ["--release"])
    subprocess.run(build, cwd=ROOT, check=True)
    kamaki = str(ROOT / "target" / profile / "kamaki")
    with tempfile.TemporaryDirectory() as tmp:
        with running_sandbox(kamaki, f"{tmp}/data", "--build-delay", BUILD_DELAY) as endpoints:
            raise_quotas(f"{tmp}/data/sandbox.db", endpoints["uuid"])
            config = write_config(pathlib.Path(tmp) / "config.toml", endpoints)
            env = dict(os.environ, KAMAKI_CONFIG=str(config), HOME=tmp)
            create = [kamaki, "-q", "server", "create", "--flavor", "1", "--image", "Debian Base",
                      "--network", "none", "--wait", "-o", "json"]
            cluster_times = []
            for run in range(args.runs):
                seconds, servers = timed(create + ["--name", f"c{run}", "--cluster-size", str(args.size)], env)
                assert len(servers) == args.size and all(s["status"] == "ACTIVE" for s in servers), servers
                cluster_times.append(seconds)
            start = time.perf_counter()
            for n in range(args.sequential):
                _, server = timed(create + ["--name", f"seq-{n}"], env)
                assert server["status"] == "ACTIVE", server
            per_server = (time.perf_counter() - start) / args.sequential
    cluster = statistics.median(cluster_times)
    sequential = per_server * args.size
    lines = [
        "## Creating a server cluster", "",
        f"`kamaki server create --cluster-size {args.size} --wait` against a sandbox whose servers take "
        f"{BUILD_DELAY} to build (`scripts/bench/cluster.py`, {profile} build, median of {args.runs} runs). "
        f"The peer creates the servers one after the other with `kamaki server create --wait`; its time is "
        f"{args.sequential} such servers scaled to {args.size}.", "",
        "| command | kamaki | peer | peer time | kamaki / peer |", "|---|---|---|---|---|",
        f"| `server create --cluster-size {args.size} --wait` | {cluster:.2f} s | one at a time | "
        f"{sequential:.2f} s | {cluster / sequential:.2f} |",
    ]
    write_section("cluster", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
