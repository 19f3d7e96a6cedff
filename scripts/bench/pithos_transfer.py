#!/usr/bin/env python3
"""Pithos transfer benchmark against `kamaki sandbox serve` on loopback, every figure next
to its reference measured in the same run:

- fresh upload of a random file: `kamaki file upload` vs `curl -T` (PUT) of another fresh
  file of the same size, with the same token header;
- download: `kamaki file download` vs `curl -o` of the same sizes;
- unchanged re-upload: `kamaki file upload --overwrite` of the file just uploaded (goal
  0.6 s for 1 GiB), next to `sha256sum` of it;
- upload plus download vs the official kamaki 0.16 (Python 2.7, installed from PyPI into
  the work dir; `PYTHON2` names the interpreter) on fresh files of the same size;
- peak RSS (GNU time) of a 4 GiB upload and download;
- with the Swift peer running (ST_AUTH/ST_USER/ST_KEY, see shared/peers/start-swift.sh),
  upload/download against real Swift vs the `swift` CLI (`swift upload -S`).

Usage: scripts/bench/pithos_transfer.py [--size-mib 1024] [--big-mib 4096] [--runs 3] [--no-build]
Files go to $BENCH_DIR (default: the system temp dir). Builds the release binary, then
writes its section of docs/benchmarks.md.
"""

import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from cold_start import running_sandbox, write_config, write_section
from image import install_peer, python2

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAMAKI = ROOT / "target" / "release" / "kamaki"
MIB = 1024 * 1024


def random_file(path, mib):
    with open(path, "wb") as out:
        for _ in range(mib):
            out.write(os.urandom(MIB))


def timed(cmd, env=None):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def peak_rss_mib(cmd, env):
    """Peak resident memory of a command, from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def load():
    return os.getloadavg()[0]


def median(values):
    return statistics.median(values)


def runs_text(values):
    return " ".join(f"{v:.2f}" for v in values)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--big-mib", type=int, default=4096)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-build", action="store_true", help="use target/release/kamaki as it is")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)

    work = pathlib.Path(tempfile.mkdtemp(prefix="kamaki-bench-", dir=os.environ.get("BENCH_DIR")))
    loads = [load()]
    try:
        with running_sandbox(KAMAKI, work / "data", env={**os.environ, "HOME": str(work)}) as endpoints:
            config = write_config(work / "config.toml", endpoints)
            env = {**os.environ, "HOME": str(work), "KAMAKI_CONFIG": str(config)}
            for var in ("ST_AUTH", "ST_USER", "ST_KEY"):
                env.pop(var, None)
            kamaki = [str(KAMAKI), "-q"]
            base = f'{endpoints["url"]}/object-store/v1/{endpoints["uuid"]}/pithos'
            auth = ["-H", f'X-Auth-Token: {endpoints["token"]}']

            old = old_kamaki(work, endpoints)
            up_k, up_c, down_k, down_c, reup, sha, both_old, both_new = [], [], [], [], [], [], [], []
            for run in range(args.runs):
                a, b = work / f"a{run}.bin", work / f"b{run}.bin"
                random_file(a, args.size_mib)
                random_file(b, args.size_mib)
                up_c.append(timed(["curl", "-sS", "-f", "-X", "PUT", "-T", str(a), *auth,
                                   "-H", "Content-Type: application/octet-stream", f"{base}/curl{run}.bin"]))
                up_k.append(timed(kamaki + ["file", "upload", str(b), f"/pithos/kamaki{run}.bin"], env))
                down_c.append(timed(["curl", "-sS", "-f", *auth, "-o", str(work / "a.out"), f"{base}/curl{run}.bin"]))
                down_k.append(timed(kamaki + ["file", "download", f"/pithos/kamaki{run}.bin", str(work / "b.out"),
                                              "--overwrite"], env))
                subprocess.run(["cmp", str(b), str(work / "b.out")], check=True)
                reup.append(timed(kamaki + ["file", "upload", str(b), f"/pithos/kamaki{run}.bin", "--overwrite"], env))
                sha.append(timed(["sha256sum", str(b)]))
                for path in (a, b, work / "a.out", work / "b.out"):
                    path.unlink()
                if old:
                    old_cmd, old_env = old
                    c = work / f"c{run}.bin"
                    random_file(c, args.size_mib)
                    both_old.append(timed(old_cmd + ["file", "upload", str(c), f"/pithos/old{run}.bin"], old_env)
                                    + timed(old_cmd + ["file", "download", f"/pithos/old{run}.bin",
                                                       str(work / "c.out")], old_env))
                    subprocess.run(["cmp", str(c), str(work / "c.out")], check=True)
                    (work / "c.out").unlink()
                    random_file(c, args.size_mib)
                    both_new.append(timed(kamaki + ["file", "upload", str(c), f"/pithos/new{run}.bin"], env)
                                    + timed(kamaki + ["file", "download", f"/pithos/new{run}.bin",
                                                      str(work / "c.out")], env))
                    subprocess.run(["cmp", str(c), str(work / "c.out")], check=True)
                    for path in (c, work / "c.out"):
                        path.unlink()
                loads.append(load())

            size = args.size_mib

            def rate(seconds):
                return f"{size / seconds:.0f} MiB/s"

            rows = [
                ("fresh upload", rate(median(up_k)), "`curl -T` PUT", rate(median(up_c)),
                 f"{median(up_c) / median(up_k):.2f}", "≥ 0.9"),
                ("download", rate(median(down_k)), "`curl -o` GET", rate(median(down_c)),
                 f"{median(down_c) / median(down_k):.2f}", "≥ 1.0"),
                ("re-upload, unchanged", f"{median(reup):.2f} s", "`sha256sum` of the file", f"{median(sha):.2f} s",
                 f"{median(sha) / median(reup):.2f}", "≤ 0.6 s (for 1 GiB)"),
            ]
            if both_old:
                rows.append(("upload + download", f"{median(both_new):.2f} s", "kamaki 0.16 (Python 2.7)",
                             f"{median(both_old):.2f} s", f"{median(both_old) / median(both_new):.2f}", "≥ 3"))
            else:
                rows.append(("upload + download", "–", "kamaki 0.16: not installable here", "–", "–", "≥ 3"))
            notes = [f"Runs (s): kamaki upload {runs_text(up_k)}; `curl -T` {runs_text(up_c)}; "
                     f"kamaki download {runs_text(down_k)}; `curl -o` {runs_text(down_c)}; "
                     f"re-upload {runs_text(reup)}"
                     + (f"; upload + download {runs_text(both_new)}, kamaki 0.16 {runs_text(both_old)}"
                        if both_old else "") + "."]

            big = work / "big.bin"
            random_file(big, args.big_mib)
            rss_up = peak_rss_mib(kamaki + ["file", "upload", str(big), "/pithos/big.bin"], env)
            rss_down = peak_rss_mib(kamaki + ["file", "download", "/pithos/big.bin", str(work / "big.out")], env)
            subprocess.run(["cmp", str(big), str(work / "big.out")], check=True)
            (work / "big.out").unlink()
            rows.append((f"peak RSS, {args.big_mib // 1024} GiB upload / download", f"{rss_up:.0f} / {rss_down:.0f} MiB",
                         "", "", "", "< 100 MiB"))

            swift_rows = bench_swift(work, size, args.runs)
            big.unlink()
            loads.append(load())
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = [
        "## Pithos transfers",
        "",
        f"{args.size_mib} MiB of random data, median of {args.runs} runs, release build, `kamaki sandbox serve` "
        f"on loopback, files in {'$BENCH_DIR' if os.environ.get('BENCH_DIR') else 'the system temp dir'} "
        "(`scripts/bench/pithos_transfer.py`). Each figure is next to its reference measured in the same run; "
        "the ratio is reference time / kamaki time, so above 1 means kamaki is faster. "
        f"The machine was shared: load average {min(loads):.1f}–{max(loads):.1f} during the run.",
        "",
        "| operation | kamaki | reference | reference figure | ratio | goal |",
        "|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows + swift_rows]
    lines += [""] + notes
    text = "\n".join(lines)
    write_section("pithos-transfers", text)
    print(text)


def old_kamaki(work, endpoints):
    """kamaki 0.16 configured for the sandbox: (command, env), or None without Python 2."""
    py2 = python2()
    command = install_peer(py2, str(work / "kamaki-0.16")) if py2 else None
    if command is None:
        return None
    kamakirc = work / "kamakirc"
    kamakirc.write_text(f'[global]\ndefault_cloud = b\n\n[cloud "b"]\n'
                        f'url = {endpoints["identity_url"]}\ntoken = {endpoints["token"]}\n')
    kamakirc.chmod(0o600)
    env = {**os.environ, "HOME": str(work), "KAMAKI_CONFIG": str(kamakirc),
           "PYTHONPATH": str(work / "kamaki-0.16")}
    return command, env


def bench_swift(work, size, runs):
    """Upload/download against the real Swift peer, next to the `swift` CLI. Both make static
    large objects: `swift` of 100 MiB segments with its default 10 threads, kamaki with its
    defaults (`--segment-size 64MiB --segment-concurrency 4`)."""
    needed = ("ST_AUTH", "ST_USER", "ST_KEY")
    swift_cli = shutil.which("swift") or "/tmp/swift-venv/bin/swift"
    if not all(v in os.environ for v in needed) or not os.path.exists(swift_cli):
        return [("real Swift", "not measured: the Swift peer is not running", "", "", "", "")]
    env = {**os.environ, "HOME": str(work), "KAMAKI_CONFIG": str(work / "none.toml")}
    container = f"bench{int(time.time())}"
    kamaki = [str(KAMAKI), "-q"]
    subprocess.run(kamaki + ["file", "container", "create", container], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    segment = ["-S", str(100 * MIB)]
    up_k, up_s, down_k, down_s = [], [], [], []
    for run in range(runs):
        data = work / f"s{run}.bin"
        random_file(data, size)
        up_s.append(timed([swift_cli, "upload", container, str(data), "--object-name", f"swift{run}.bin",
                           *segment], env))
        up_k.append(timed(kamaki + ["file", "upload", str(data), f"/{container}/kamaki{run}.bin"], env))
        down_s.append(timed([swift_cli, "download", container, f"swift{run}.bin", "-o", str(work / "s.out")], env))
        down_k.append(timed(kamaki + ["file", "download", f"/{container}/kamaki{run}.bin", str(work / "k.out"),
                                      "--overwrite"], env))
        subprocess.run(["cmp", str(data), str(work / "k.out")], check=True)
        for path in (data, work / "s.out", work / "k.out"):
            path.unlink()
    # Large objects go with their segments; then their (empty) segments container.
    for name in (container, f"{container}_segments"):
        subprocess.run(kamaki + ["file", "container", "delete", name, "--recursive"], env=env, check=True,
                       stdout=subprocess.DEVNULL)

    def rate(seconds):
        return f"{size / seconds:.0f} MiB/s"
    return [
        ("upload to real Swift", rate(median(up_k)), "`swift upload -S 100MiB`", rate(median(up_s)),
         f"{median(up_s) / median(up_k):.2f}", "≥ 1.5"),
        ("download from real Swift", rate(median(down_k)), "`swift download`", rate(median(down_s)),
         f"{median(down_s) / median(down_k):.2f}", "≥ 1.0"),
    ]


if __name__ == "__main__":
    sys.exit(main())
