"""Benchmark: the time `make report` takes for the bundled topic, once .venv exists."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analysis", "build", "--out", out], cwd=ROOT, check=True,
                       capture_output=True)
        seconds = time.perf_counter() - t0
        pages = len(list(Path(out).glob("*.html")))
    print(f"make report (python -m analysis build): {seconds:.1f} s for {pages} pages")


if __name__ == "__main__":
    main()
