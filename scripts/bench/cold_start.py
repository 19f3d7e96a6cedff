#!/usr/bin/env python3
"""Cold-start benchmark: `kamaki --version`, `kamaki --help`, `kamaki astakos user info -o
json` against a running sandbox, and `kamaki server list` on the embedded default, each
compared with a peer measured in the same run.

Peers: for `--version`, `/bin/true` (the cost of starting any process); for `--help`, a
Python 3 interpreter start (`python3 -c pass`), the floor of any Python CLI such as kamaki
0.16; for `user info`, a Python script doing the same two HTTP requests (POST /tokens,
POST /user_catalogs) with the standard library, and `curl` doing the first one only; for
`server list` on the embedded default (no config file: the sandbox runs inside the
process, on its state in the data dir), `kamaki server list` against a running sandbox.

Usage: scripts/bench/cold_start.py [--runs N] [--no-build]   (builds the release binary first)
Writes its section of docs/benchmarks.md.
"""

import argparse
import contextlib
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAMAKI = ROOT / "target" / "release" / "kamaki"

PY_USER_INFO = r"""
import json, sys, urllib.request
url, token = sys.argv[1], sys.argv[2]
def post(u, body):
    req = urllib.request.Request(u, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "X-Auth-Token": token})
    return json.load(urllib.request.urlopen(req))
access = post(url + "/tokens", {"auth": {"token": {"id": token}}})["access"]
account = [e for e in access["serviceCatalog"] if e["type"] == "account"][0]["endpoints"][0]["publicURL"]
names = post(account + "/user_catalogs", {"uuids": [access["user"]["id"]]})
print(json.dumps({"uuid": access["user"]["id"], "name": access["user"]["name"], "username": names["uuid_catalog"]}))
"""


def median_ms(cmd, runs, env=None):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextlib.contextmanager
def running_sandbox(kamaki, data_dir, *flags, env=None):
    """`kamaki sandbox serve` on a free loopback port for the length of a `with` block;
    yields the endpoints it prints (`url`, `identity_url`, `sdc_url`, `token`, …)."""
    serve = subprocess.Popen(
        [str(kamaki), "sandbox", "serve", "--bind", "127.0.0.1:0", "--data", str(data_dir), "-o", "json", *flags],
        stdout=subprocess.PIPE, text=True, env=env)
    try:
        yield json.loads(serve.stdout.readline())
    finally:
        serve.terminate()
        serve.wait()


def write_config(path, endpoints, extra=""):
    """A private kamaki config at `path` with one cloud `b` on the sandbox, plus `extra`."""
    path.write_text(f'[clouds.b]\nurl = "{endpoints["identity_url"]}"\ntoken = "{endpoints["token"]}"\n{extra}')
    path.chmod(0o600)
    return path


def write_section(name, text):
    path = ROOT / "docs" / "benchmarks.md"
    doc = path.read_text() if path.exists() else "# Benchmarks\n\nFigures are medians of repeated runs on the 2-core CI machine; each is compared with a peer measured in the same run.\n"
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{text.strip()}\n{end}"
    if start in doc and end in doc:
        before, rest = doc.split(start, 1)
        doc = before + block + rest.split(end, 1)[1]
    else:
        doc = doc.rstrip() + "\n\n" + block + "\n"
    path.write_text(doc)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-build", action="store_true", help="use target/release/kamaki as it is")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        with running_sandbox(str(KAMAKI), f"{tmp}/data") as endpoints:
            config = write_config(pathlib.Path(tmp) / "config.toml", endpoints)
            env = dict(os.environ, KAMAKI_CONFIG=str(config))
            token_body = json.dumps({"auth": {"token": {"id": endpoints["token"]}}})
            # No config file and no cloud variables: the embedded default, in a HOME of its own.
            embedded = {k: v for k, v in os.environ.items() if not k.startswith(("ST_", "SDC_", "TRITON_", "KAMAKI_"))}
            embedded.update(HOME=f"{tmp}/home", KAMAKI_CONFIG=f"{tmp}/home/none.toml")
            first_embedded = median_ms([str(KAMAKI), "server", "list"], 1, embedded)
            rows = [
                ("`kamaki --version`", median_ms([str(KAMAKI), "--version"], args.runs),
                 "`/bin/true`", median_ms(["/bin/true"], args.runs)),
                ("`kamaki --help`", median_ms([str(KAMAKI), "--help"], args.runs, env),
                 "`python3 -c pass`", median_ms([sys.executable, "-c", "pass"], args.runs)),
                ("`kamaki astakos user info -o json`",
                 median_ms([str(KAMAKI), "astakos", "user", "info", "-o", "json"], args.runs, env),
                 "same two requests in Python (urllib)",
                 median_ms([sys.executable, "-c", PY_USER_INFO, endpoints["identity_url"], endpoints["token"]], args.runs)),
                ("`kamaki astakos user info -o json`",
                 median_ms([str(KAMAKI), "astakos", "user", "info", "-o", "json"], args.runs, env),
                 "`curl` POST /tokens only",
                 median_ms(["curl", "-s", "-X", "POST", "-H", "Content-Type: application/json",
                            "-d", token_body, endpoints["identity_url"] + "/tokens"], args.runs)),
                ("`kamaki server list`, embedded default",
                 median_ms([str(KAMAKI), "server", "list"], args.runs, embedded),
                 "`kamaki server list` against `sandbox serve`",
                 median_ms([str(KAMAKI), "server", "list"], args.runs, env)),
            ]
    lines = ["## Cold start", "",
             f"Median of {args.runs} runs, release build, sandbox on loopback (`scripts/bench/cold_start.py`); "
             f"load average {os.getloadavg()[0]:.1f}. The first `server list` on the embedded default, which "
             f"creates its state, took {first_embedded:.0f} ms.", "",
             "| command | kamaki | peer | peer time | kamaki / peer |", "|---|---|---|---|---|"]
    for ours, ours_ms, peer, peer_ms in rows:
        lines.append(f"| {ours} | {ours_ms:.1f} ms | {peer} | {peer_ms:.1f} ms | {ours_ms / peer_ms:.2f} |")
    write_section("cold-start", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
