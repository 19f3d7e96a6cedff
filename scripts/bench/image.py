#!/usr/bin/env python3
"""Image benchmark: `kamaki image register --upload-image-file` of a fresh 64 MiB file,
the same again for a file the server already has (dedup), and `kamaki image list`,
against a running sandbox. The peer is the official kamaki 0.16 (Python 2) doing the same
against the same sandbox in the same run.

The peer needs Python 2.7 (`PYTHON2`, default: the pyenv 2.7 interpreter or `python2.7`);
kamaki 0.16 is installed from PyPI into a temporary directory. Without Python 2 the peer
rows are left out.

Usage: scripts/bench/image.py [--runs N] [--size-mib M]   (builds the debug binary first)
Writes its section of docs/benchmarks.md.
"""

import argparse
import glob
import os
import pathlib
import shutil
import statistics
import subprocess
import tempfile
import time

from cold_start import running_sandbox, write_config, write_section

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAMAKI = ROOT / "target" / "debug" / "kamaki"



def python2():
    candidates = [os.environ.get("PYTHON2", "")]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/2.7*/bin/python2.7")))
    candidates.append(shutil.which("python2.7") or "")
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def install_peer(python, target):
    """kamaki 0.16 from PyPI into `target`; returns the command that runs it, or None."""
    done = subprocess.run([python, "-m", "pip", "install", "--quiet", "--target", target, "kamaki==0.16"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode != 0:
        return None
    return [python, "-c", "import sys; sys.argv[0] = 'kamaki'; from kamaki.cli import run_one_cmd; run_one_cmd()"]


def timed(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mib", type=int, default=64)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--quiet"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        with running_sandbox(KAMAKI, tmp / "data") as endpoints:
            config = write_config(tmp / "config.toml", endpoints)
            ours_env = dict(os.environ, KAMAKI_CONFIG=str(config))
            kamakirc = tmp / "kamakirc"
            kamakirc.write_text(f'[global]\ndefault_cloud = b\n\n[cloud "b"]\n'
                                f'url = {endpoints["identity_url"]}\ntoken = {endpoints["token"]}\n')
            kamakirc.chmod(0o600)
            py2 = python2()
            peer = install_peer(py2, str(tmp / "peer")) if py2 else None
            peer_env = dict(os.environ, KAMAKI_CONFIG=str(kamakirc), PYTHONPATH=str(tmp / "peer"))
            subprocess.run([str(KAMAKI), "file", "container", "create", "images"], env=ours_env,
                           stdout=subprocess.DEVNULL, check=True)

            size = args.size_mib * 1024 * 1024
            results = {"fresh": ([], []), "dedup": ([], []), "list": ([], [])}
            for run in range(args.runs):
                for who, cmd, env in (("ours", [str(KAMAKI)], ours_env), ("peer", peer, peer_env)):
                    if cmd is None:
                        continue
                    column = 0 if who == "ours" else 1
                    local = tmp / f"{who}-{run}.diskdump"
                    local.write_bytes(os.urandom(size))
                    for case, name in (("fresh", local.name), ("dedup", f"copy-{local.name}")):
                        register = cmd + ["image", "register", "--name", f"{who} {case} {run}",
                                          "--location", f"/images/{name}", "--upload-image-file", str(local)]
                        if who == "peer":
                            register.append("--no-progress-bar")
                        results[case][column].append(timed(register, env))
                    results["list"][column].append(timed(cmd + ["image", "list"], env))

    def row(label, case, unit_ms):
        ours, peer = (statistics.median(values) if values else None for values in results[case])
        show = (lambda s: f"{s * 1000:.1f} ms") if unit_ms else (lambda s: f"{s:.2f} s")
        if peer is None:
            return f"| {label} | {show(ours)} | kamaki 0.16 (not available) | – | – |"
        return f"| {label} | {show(ours)} | kamaki 0.16 | {show(peer)} | {ours / peer:.2f} |"

    lines = ["## Images", "",
             f"Median of {args.runs} runs, debug build, sandbox on loopback (`scripts/bench/image.py`). "
             "The peer is the official kamaki 0.16 against the same sandbox.", "",
             "| command | kamaki | peer | peer time | kamaki / peer |", "|---|---|---|---|---|",
             row(f"`image register --upload-image-file` ({args.size_mib} MiB, new data)", "fresh", False),
             row(f"`image register --upload-image-file` ({args.size_mib} MiB, data already on the server)",
                 "dedup", False),
             row("`image list`", "list", True)]
    write_section("images", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
