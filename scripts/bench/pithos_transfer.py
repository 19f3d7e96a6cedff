#!/usr/bin/env python3
"""Pithos transfer benchmark: `kamaki file upload/download` of a fresh 1 GiB file against
the sandbox, compared with `curl` PUT/GET of another fresh 1 GiB file to the same sandbox
in the same run; a re-upload of the unchanged file compared with `sha256sum` of it; peak
RSS of a 4 GiB upload and download; and, when the Swift peer runs (ST_AUTH/ST_USER/ST_KEY
set, see shared/peers/start-swift.sh), the same upload/download against real Swift
compared with the `swift` CLI (python-swiftclient).

Usage: scripts/bench/pithos_transfer.py [--size-mib 1024] [--big-mib 4096] [--runs 3]
Builds the release binary, then writes its section of docs/benchmarks.md.
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

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAMAKI = ROOT / "target" / "release" / "kamaki"
MIB = 1024 * 1024



def random_file(path, mib):
    with open(path, "wb") as out:
        for _ in range(mib):
            out.write(os.urandom(MIB))


def timed(cmd, env=None, stdout=subprocess.DEVNULL):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=stdout, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def peak_rss_mib(cmd, env):
    """Peak resident memory of a command, from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def median(values):
    return statistics.median(values)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--big-mib", type=int, default=4096)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)

    work = pathlib.Path(tempfile.mkdtemp(prefix="kamaki-bench-", dir=os.environ.get("BENCH_DIR")))
    try:
        with running_sandbox(KAMAKI, work / "data", env={**os.environ, "HOME": str(work)}) as endpoints:
            config = write_config(work / "config.toml", endpoints)
            env = {**os.environ, "HOME": str(work), "KAMAKI_CONFIG": str(config)}
            for var in ("ST_AUTH", "ST_USER", "ST_KEY"):
                env.pop(var, None)
            kamaki = [str(KAMAKI), "-q"]
            base = f'{endpoints["url"]}/object-store/v1/{endpoints["uuid"]}/pithos'
            auth = ["-H", f'X-Auth-Token: {endpoints["token"]}']
            rows, notes = [], []

            up_k, up_c, down_k, down_c, reup, sha = [], [], [], [], [], []
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

            size = args.size_mib
            def rate(seconds):
                return f"{size / seconds:.0f} MiB/s"
            rows.append(("fresh upload", rate(median(up_k)), "`curl -T` PUT", rate(median(up_c)),
                         f"{median(up_c) / median(up_k):.2f}"))
            rows.append(("fresh download", rate(median(down_k)), "`curl` GET", rate(median(down_c)),
                         f"{median(down_c) / median(down_k):.2f}"))
            rows.append(("re-upload, unchanged", f"{median(reup):.2f} s", "`sha256sum` of the file",
                         f"{median(sha):.2f} s", f"{median(sha) / median(reup):.2f}"))

            big = work / "big.bin"
            random_file(big, args.big_mib)
            rss_up = peak_rss_mib(kamaki + ["file", "upload", str(big), "/pithos/big.bin"], env)
            rss_down = peak_rss_mib(kamaki + ["file", "download", "/pithos/big.bin", str(work / "big.out")], env)
            subprocess.run(["cmp", str(big), str(work / "big.out")], check=True)
            (work / "big.out").unlink()
            notes.append(f"Peak RSS of kamaki for a {args.big_mib // 1024} GiB file: upload {rss_up:.0f} MiB, "
                         f"download {rss_down:.0f} MiB.")

            swift_rows = bench_swift(work, size, args.runs)
            big.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = [
        "## Pithos transfers",
        "",
        f"{args.size_mib} MiB of random data, median of {args.runs} runs, release build, sandbox on loopback, "
        "each figure next to its peer measured in the same run (`scripts/bench/pithos_transfer.py`). "
        "The ratio is peer time / kamaki time: above 1 means kamaki is faster.",
        "",
        "| operation | kamaki | peer | peer figure | ratio |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows + swift_rows]
    lines += [""] + notes
    text = "\n".join(lines)
    write_section("pithos-transfers", text)
    print(text)


def bench_swift(work, size, runs):
    """Upload/download against the real Swift peer, next to the `swift` CLI."""
    needed = ("ST_AUTH", "ST_USER", "ST_KEY")
    swift_cli = shutil.which("swift") or "/tmp/swift-venv/bin/swift"
    if not all(v in os.environ for v in needed) or not os.path.exists(swift_cli):
        return [("Swift", "not measured: the Swift peer is not running", "", "", "")]
    env = {**os.environ, "HOME": str(work), "KAMAKI_CONFIG": str(work / "none.toml")}
    container = f"bench{int(time.time())}"
    kamaki = [str(KAMAKI), "-q"]
    subprocess.run(kamaki + ["file", "container", "create", container], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    up_k, up_s, down_k, down_s = [], [], [], []
    for run in range(runs):
        data = work / f"s{run}.bin"
        random_file(data, size)
        up_s.append(timed([swift_cli, "upload", container, str(data), "--object-name", f"swift{run}.bin"], env))
        up_k.append(timed(kamaki + ["file", "upload", str(data), f"/{container}/kamaki{run}.bin"], env))
        down_s.append(timed([swift_cli, "download", container, f"swift{run}.bin", "-o", str(work / "s.out")], env))
        down_k.append(timed(kamaki + ["file", "download", f"/{container}/kamaki{run}.bin", str(work / "k.out"),
                                      "--overwrite"], env))
        subprocess.run(["cmp", str(data), str(work / "k.out")], check=True)
        for path in (data, work / "s.out", work / "k.out"):
            path.unlink()
    subprocess.run(kamaki + ["file", "container", "delete", container, "--recursive"], env=env, check=True,
                   stdout=subprocess.DEVNULL)

    def rate(seconds):
        return f"{size / seconds:.0f} MiB/s"
    return [
        ("upload to real Swift", rate(median(up_k)), "`swift upload`", rate(median(up_s)),
         f"{median(up_s) / median(up_k):.2f}"),
        ("download from real Swift", rate(median(down_k)), "`swift download`", rate(median(down_s)),
         f"{median(down_s) / median(down_k):.2f}"),
    ]


if __name__ == "__main__":
    sys.exit(main())
