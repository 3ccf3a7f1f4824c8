"""Shared helpers for the end-to-end tests: where the repository and the built `sitthi` binary are."""
import os
import pathlib
import shutil
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPO / "Tests" / "SitthiKitTests" / "Fixtures"


@pytest.fixture(scope="session")
def sitthi() -> pathlib.Path:
    """The debug binary that `scripts/test` builds before running these tests."""
    binary = pathlib.Path(os.environ.get("SITTHI_BIN", REPO / ".build" / "debug" / "sitthi"))
    if not binary.exists():
        raise RuntimeError(f"{binary} is missing: run `swift build --product sitthi` first (scripts/test does)")
    return binary


def run(binary, *args, cwd=None):
    return subprocess.run([str(binary), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def fixture_site(tmp_path):
    """Copies a fixture site with the project's templates into a temporary folder."""
    def make(name: str) -> pathlib.Path:
        root = tmp_path / name
        shutil.copytree(FIXTURES / name, root)
        if not (root / "templates").exists():
            shutil.copytree(REPO / "templates", root / "templates")
        return root
    return make
