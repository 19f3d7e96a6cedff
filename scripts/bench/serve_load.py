#!/usr/bin/env python3
"""Throughput of `kamaki sandbox serve` under 64 concurrent clients (wrk, 2 threads, 64
connections, 10 s per row), next to a real OpenStack Swift (`../shared/peers/start-swift.sh`,
a private instance on its own ports) answering the same Swift API calls in the same run.

Rows: GET of a 4 KiB object, PUT of a 4 KiB object (overwriting one name), and an
authenticated Cyclades `GET /servers/detail` (no peer speaks Cyclades).

Usage: scripts/bench/serve_load.py [--seconds 10] [--binary target/release/kamaki]
Needs wrk (`apt-get install wrk`). Writes its section of docs/benchmarks.md.
"""

import argparse
import os
import pathlib
import re
import subprocess
import tempfile
import urllib.request

from cold_start import ROOT, running_sandbox, write_section

PEERS = ROOT.parent / "shared" / "peers"
SWIFT_ENV = {  # a private Swift instance, so a Swift started by tests or others is left alone
    "SWIFT_PROXY_PORT": "18080", "SWIFT_OBJECT_PORT": "16200", "SWIFT_CONTAINER_PORT": "16201",
    "SWIFT_ACCOUNT_PORT": "16202", "SWIFT_SAIO_DIR": "/tmp/kamaki-bench-swift",
}
CLIENTS = 64
BODY = b"x" * 4096


def request(method, url, token, body=None):
    req = urllib.request.Request(url, data=body, method=method, headers={"X-Auth-Token": token})
    with urllib.request.urlopen(req) as answer:
        return answer.status


def wrk(url, token, seconds, method="GET", workdir="."):
    """Runs wrk against `url`; returns (requests per second, p99 latency text, errors)."""
    script = pathlib.Path(workdir) / f"{method.lower()}.lua"
    # Pithos, like the real one, answers a PUT without Content-Type with 411; Swift guesses one.
    put = (f'wrk.body = string.rep("x", {len(BODY)})\n'
           'wrk.headers["Content-Type"] = "application/octet-stream"\n')
    script.write_text(f'wrk.method = "{method}"\n' + (put if method == "PUT" else ""))
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CLIENTS}", f"-d{seconds}s", "--latency", "-s", str(script),
         "-H", f"X-Auth-Token: {token}", url],
        capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+(\S+)", out).group(1)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return rate, p99, errors


def start_swift():
    env = dict(os.environ, **SWIFT_ENV)
    out = subprocess.run(["bash", str(PEERS / "start-swift.sh")], env=env, capture_output=True, text=True, check=True).stdout
    exports = dict(re.findall(r"export (\w+)=['\"]?([^'\"\n]+)", out))
    return exports["OS_STORAGE_URL"], exports["OS_AUTH_TOKEN"]


def stop_swift():
    subprocess.run(["bash", str(PEERS / "stop-swift.sh")], env=dict(os.environ, **SWIFT_ENV), capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "kamaki"))
    args = parser.parse_args()
    kamaki = pathlib.Path(args.binary)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with running_sandbox(kamaki, f"{tmp}/data", env=dict(os.environ, HOME=tmp)) as endpoints:
                token = endpoints["token"]
                pithos = f'{endpoints["url"]}/object-store/v1/{endpoints["uuid"]}'
                swift_url, swift_token = start_swift()
                for base, tok in ((pithos, token), (swift_url, swift_token)):
                    request("PUT", f"{base}/bench", tok)
                    request("PUT", f"{base}/bench/object", tok, BODY)
                rows = []
                for what, method in (("GET a 4 KiB object", "GET"), ("PUT a 4 KiB object", "PUT")):
                    ours = wrk(f"{pithos}/bench/object", token, args.seconds, method, tmp)
                    peer = wrk(f"{swift_url}/bench/object", swift_token, args.seconds, method, tmp)
                    rows.append(f"| {what} | {ours[0]:,.0f}/s (p99 {ours[1]}, {ours[2]} errors) "
                                f"| {peer[0]:,.0f}/s (p99 {peer[1]}, {peer[2]} errors) | {ours[0] / peer[0]:.2f} |")
                cyclades = wrk(f'{endpoints["url"]}/compute/v2.0/servers/detail', token, args.seconds, "GET", tmp)
                rows.append(f"| Cyclades `GET /servers/detail` | {cyclades[0]:,.0f}/s (p99 {cyclades[1]}, {cyclades[2]} errors) | — | — |")
        finally:
            stop_swift()
    load = os.getloadavg()[0]
    table = "\n".join(rows)
    text = f"""## `sandbox serve` under 64 concurrent clients

wrk with {CLIENTS} connections on 2 threads, {args.seconds} s per row, against `kamaki sandbox serve` (`{kamaki.relative_to(ROOT) if kamaki.is_relative_to(ROOT) else kamaki}`) and, in the same run, a real Swift (proxy, object, container and account servers from `../shared/peers/start-swift.sh`) on the same loopback (`scripts/bench/serve_load.py`; load average {load:.1f} at the end). Writes are serialised by the sandbox's SQLite store; reads are not.

| request | kamaki sandbox | Swift | sandbox / Swift |
|---|---|---|---|
{table}
"""
    write_section("serve-load", text)
    print(text)


if __name__ == "__main__":
    main()
