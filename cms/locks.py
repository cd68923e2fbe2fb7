"""Write the two lock files from pyproject.toml: `python -m cms.locks` (what `make lock` runs).

requirements.lock pins what production runs (the project's dependencies and theirs); requirements-test.lock
pins what the tests add on top (the `test` extra and its dependencies) and includes the first. Versions
already pinned are kept (they constrain the resolver), so a new dependency does not move the others; delete
a line to let it move.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION, TEST = ROOT / "requirements.lock", ROOT / "requirements-test.lock"


def resolve(requirements: list[str], constraints: list[Path]) -> dict[str, str]:
    """Name -> version of everything pip would install for the requirements (nothing is installed)."""
    with tempfile.TemporaryDirectory() as tmp:
        wanted, report = Path(tmp) / "requirements.in", Path(tmp) / "report.json"
        wanted.write_text("\n".join(requirements) + "\n")
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--report",
            str(report),
            "-r",
            str(wanted),
        ]
        for path in constraints:
            if path.exists():
                pins = Path(tmp) / f"{path.name}.constraints"
                pins.write_text(
                    "".join(
                        line + "\n"
                        for line in path.read_text().splitlines()
                        if line and not line.startswith(("-", "#"))
                    )
                )
                command += ["-c", str(pins)]
        subprocess.run(command, check=True)
        return {
            item["metadata"]["name"]: item["metadata"]["version"] for item in json.loads(report.read_text())["install"]
        }


def write(path: Path, pins: dict[str, str], header: str) -> None:
    lines = [f"{name}=={version}" for name, version in sorted(pins.items(), key=lambda p: p[0].lower())]
    path.write_text(header + "\n".join(lines) + "\n")


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    production = resolve(project["dependencies"], [PRODUCTION])
    everything = resolve(project["dependencies"] + project["optional-dependencies"]["test"], [PRODUCTION, TEST])
    write(PRODUCTION, production, "# What production runs; written by `make lock` from pyproject.toml.\n")
    extra = {name: version for name, version in everything.items() if name not in production}
    write(TEST, extra, "# What the tests add; written by `make lock` from pyproject.toml.\n-r requirements.lock\n")


if __name__ == "__main__":
    main()
