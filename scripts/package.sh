#!/usr/bin/env bash
# Build dist/brussels_creative-<version>.zip holding exactly the plugin folder (no caches, no dev files).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$1
out="dist/brussels_creative-${version}.zip"
mkdir -p dist
rm -f "$out"
.venv/bin/python - "$out" <<'PY'
import sys
import zipfile
from pathlib import Path

out = Path(sys.argv[1])
skip_dirs = {"__pycache__", ".pytest_cache"}
skip_suffixes = {".pyc", ".pyo", ".ts", ".pro", ".orig", ".rej", ".swp"}
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
    for path in sorted(Path("brussels_creative").rglob("*")):
        if path.is_dir() or skip_dirs & set(path.parts) or path.suffix in skip_suffixes:
            continue
        archive.write(path, path.as_posix())
print(f"{out} ({out.stat().st_size // 1024} KiB)")
PY
