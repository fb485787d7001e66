"""Time and peak memory of hostile inputs through the real command line (issue 18).

    .venv/bin/python bench/hostile_bench.py

Each case runs `rehab-planner ...` in a fresh process and prints its exit code, wall time and
peak resident memory (the process and its children). Before issue 18 a /dev/zero logo grew to
19 GB, a 19 MB plan rendered 11,900 pages in 7 minutes and a 60 MB exercise file took 400 s and
3.5 GB. Prints figures; never fails a build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


CHILD = (
    "import resource, sys\n"
    "from rehab_planner.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(f'PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(args: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """Exit code, seconds, peak MB of one CLI run in a child process, last stderr line."""
    start = time.perf_counter()
    result = subprocess.run([PY, "-c", CHILD, *args], capture_output=True, text=True,
                            env=env, check=False, timeout=900)
    seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    peak = next((int(x.split()[1]) for x in lines if x.startswith("PEAK ")), 0)
    last = next((x for x in reversed(lines) if not x.startswith("PEAK ")), "")[:110]
    return result.returncode, seconds, peak / 1024, last


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "REHAB_PLANNER_DATA": str(folder / "data"), "PYTHONPATH": str(ROOT)}
        plan_file = folder / "plan.json"
        subprocess.run([PY, "-m", "rehab_planner", "new", "--template", "total-hip-replacement",
                        "--patient", "Ann Lee", "--surgery-date", "2026-11-02",
                        "-o", str(plan_file)], env=env, check=True, capture_output=True)
        base = json.loads(plan_file.read_text())

        def plan(name: str, data: object) -> str:
            path = folder / f"{name}.json"
            path.write_text(json.dumps(data))
            return str(path)

        big_phase = {**base["phases"][0], "prescriptions": [
            {**rx, "id": f"r{j}", "note": "Go slowly and breathe. " * 25}
            for j, rx in enumerate((base["phases"][0]["prescriptions"] * 10)[:60])]}
        lib = folder / "lib"
        lib.mkdir()
        entry = (ROOT / "exercises" / "knee.yaml").read_text().split("exercises:", 1)[1]
        with (lib / "huge.yaml").open("w") as handle:  # about 60 MB, like the report's file
            handle.write("schema_version: 1\nexercises:")
            while handle.tell() < 60 * 1024 * 1024:
                handle.write(entry)
        out = str(folder / "h.pdf")
        cases = [
            ("render, logo /dev/zero", ["render", plan("logo", {**base, "clinic": {
                **base["clinic"], "logo": "/dev/zero"}}), "-o", out, "--accept-findings"]),
            ("render, 24 full phases (page cap)", ["render", plan("phases", {
                **base, "phases": [{**big_phase, "id": f"p{i}", "weeks_from": i,
                                    "weeks_to": i + 1, "prescriptions": [
                                        {**rx, "id": f"{i}-{rx['id']}"}
                                        for rx in big_phase["prescriptions"]]}
                                   for i in range(24)]}), "-o", out, "--accept-findings"]),
            ("check, plan path /dev/zero", ["check", "/dev/zero"]),
            ("check, 19 MB plan", ["check", plan("huge", {**base, "main_message": "x" * 19_000_000})]),
            ("library validate, 60 MB file", ["library", "validate", str(lib)]),
            ("render, an ordinary plan", ["render", str(plan_file), "-o", out]),
        ]
        print(f"{'case':<36} {'exit':>4} {'seconds':>8} {'peak MB':>8}  last line")
        for name, args in cases:
            code, seconds, peak, last = run(args, env)
            print(f"{name:<36} {code:>4} {seconds:>8.2f} {peak:>8.0f}  {last}")


if __name__ == "__main__":
    main()
