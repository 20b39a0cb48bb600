"""What the plugin needs beyond QGIS, checked at load so users get advice rather than a traceback or a crash.

Three things are checked for each package (numpy, scipy, shapely): that it imports, that it is recent enough, and that
it can live in the same process as QGIS:

- shapely wheels bundle their own GEOS. Inside the QGIS executable (desktop or qgis_process, Linux) QGIS's GEOS is
  loaded first and its C++ symbols win, so a shapely built on another GEOS minor version calls into the wrong library
  and QGIS dies with signal 11 (measured: shapely 2.1.2/GEOS 3.13 and 2.2.0/GEOS 3.14 against QGIS's 3.11 crash in
  `generate_sample`; 2.0.x/GEOS 3.11 works). The GEOS major.minor of shapely must be QGIS's.
- A binary built with numpy 1 fails under numpy 2 (built with numpy 2, it also runs on numpy 1): a numpy of a newer
  major version than the one QGIS's GDAL (and the system's scipy) were built against breaks `osgeo.gdal_array` and
  scipy, and an import of them under it makes QGIS desktop hang on its error output.

No Qt here: the plugin turns each Problem into a translated message with `install_command`.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

MISSING = "missing"
TOO_OLD = "too_old"
GEOS_MISMATCH = "geos_mismatch"
NUMPY_ABI = "numpy_abi"

# module name, minimum version
REQUIRED = (
    ("numpy", "1.21"),
    ("scipy", "1.8"),
    ("shapely", "2.0"),
)

# The shapely releases whose wheels (PyPI: Linux, Windows, macOS) bundle a given GEOS major.minor.
SHAPELY_FOR_GEOS = {
    (3, 11): ">=2.0,<2.1",
    (3, 13): ">=2.1,<2.2",
    (3, 14): ">=2.2,<2.3",
}


@dataclass(frozen=True)
class Problem:
    """One package the plugin cannot use, and why."""

    package: str  # numpy, scipy or shapely
    reason: str  # MISSING, TOO_OLD, GEOS_MISMATCH or NUMPY_ABI
    found: str = ""  # the version found ("" when missing)
    expected: str = ""  # minimum version, QGIS's GEOS version, or the numpy major version GDAL was built against
    location: str = ""  # where the offending package lives (folder), when known
    geos: str = ""  # the GEOS version shapely bundles (GEOS_MISMATCH)


def version_tuple(text: str) -> tuple[int, ...]:
    """Return the leading numbers of a version text: '3.11.1-CAPI-1.17.1' → (3, 11, 1)."""
    parts = []
    for piece in str(text).split(".")[:3]:
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _import(module_name: str):
    """The module, or None when it cannot be imported (a binary built for another numpy raises ValueError too)."""
    try:
        return importlib.import_module(module_name)
    except Exception:  # ImportError, or ValueError "numpy.dtype size changed" from a binary built for another numpy
        return None


def gdal_numpy_major() -> int | None:
    """The numpy major version QGIS's GDAL Python bindings were built against (None without them).

    Read from the compiled `osgeo._gdal_array` without importing it (a failed import under the wrong numpy prints
    pages of errors, and QGIS desktop hangs on them): binaries built with numpy 2 look up
    `numpy._core._multiarray_umath`, those built with numpy 1 only `numpy.core._multiarray_umath`."""
    try:
        spec = importlib.util.find_spec("osgeo._gdal_array")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        return None
    with open(spec.origin, "rb") as handle:
        binary = handle.read()
    if b"numpy._core._multiarray_umath" in binary:
        return 2
    return 1 if b"numpy.core._multiarray_umath" in binary else None


def _folder(module) -> str:
    return str(Path(getattr(module, "__file__", "") or "").parent.parent) if module is not None else ""


def check_dependencies(qgis_geos: str, gdal_numpy: int | None | bool = True) -> list[Problem]:
    """Return the problems with numpy, scipy and shapely (empty when all three can be used inside this QGIS).

    `qgis_geos` is QGIS's GEOS version (`Qgis.geosVersion()`); `gdal_numpy` the numpy major version GDAL was built
    against (True: find out with `gdal_numpy_major`, None: do not compare)."""
    problems: list[Problem] = []
    numpy = _import("numpy")
    if numpy is None:
        return [Problem("numpy", MISSING, expected=dict(REQUIRED)["numpy"])]
    numpy_version = str(numpy.__version__)
    if gdal_numpy is True:
        gdal_numpy = gdal_numpy_major()
    if gdal_numpy is not None and version_tuple(numpy_version)[0] > gdal_numpy:
        # A binary built with numpy 2 also runs on numpy 1 (numpy's own rule); one built with numpy 1 fails under 2.
        # scipy and shapely built for the older numpy fail under this one too: one problem names the cause.
        return [Problem("numpy", NUMPY_ABI, numpy_version, str(gdal_numpy), _folder(numpy))]
    for module_name, minimum in REQUIRED:
        module = numpy if module_name == "numpy" else _import(module_name)
        if module is None:
            problems.append(Problem(module_name, MISSING, expected=minimum))
            continue
        version = str(getattr(module, "__version__", "0"))
        if version_tuple(version) < version_tuple(minimum):
            problems.append(Problem(module_name, TOO_OLD, version, minimum, _folder(module)))
        elif module_name == "shapely":
            geos = ".".join(str(n) for n in getattr(module, "geos_version", (0, 0, 0)))
            if version_tuple(geos)[:2] != version_tuple(qgis_geos)[:2]:
                qgis = qgis_geos.split("-")[0]
                problems.append(Problem("shapely", GEOS_MISMATCH, version, qgis, _folder(module), geos))
    return problems


def unusable_packages(problems: list[Problem]) -> frozenset[str]:
    """The packages the plugin must not use (a numpy problem takes scipy and shapely with it: both are built on it)."""
    packages = {problem.package for problem in problems}
    if "numpy" in packages:
        packages |= {"scipy", "shapely"}
    return frozenset(packages)


def shapely_requirement(qgis_geos: str) -> str:
    """The shapely requirement whose wheels bundle QGIS's GEOS ('shapely>=2.0,<2.1' for GEOS 3.11)."""
    pin = SHAPELY_FOR_GEOS.get(version_tuple(qgis_geos)[:2])
    return f"shapely{pin}" if pin else "shapely>=2.0"


def python_command(platform: str | None = None, prefix: str | None = None) -> str:
    """The Python interpreter QGIS runs on, as a user types it (QGIS's sys.executable is QGIS itself)."""
    platform = platform or sys.platform
    prefix = prefix or sys.prefix
    if platform.startswith("win"):
        return "python"  # the OSGeo4W shell puts QGIS's Python first on PATH
    candidate = Path(prefix) / "bin" / "python3"
    return str(candidate) if candidate.exists() and prefix != "/usr" else "python3"


def install_command(problem: Problem, qgis_geos: str, platform: str | None = None, prefix: str | None = None) -> str:
    """The command that fixes the problem without touching numpy (`--no-deps`, pinned ranges)."""
    platform = platform or sys.platform
    python = python_command(platform, prefix)
    linux = platform.startswith("linux")
    # Debian 12+/Ubuntu 23.04+ refuse pip outside a venv (PEP 668): install for the user only, never as root.
    pip = f"{python} -m pip install --user --no-deps" + (" --break-system-packages" if linux else "")
    if problem.reason == NUMPY_ABI:
        uninstall = f"{python} -m pip uninstall" + (" --break-system-packages" if linux else "")
        return f'{uninstall} numpy  # {problem.location}'
    if problem.package == "shapely":
        requirement = shapely_requirement(qgis_geos)
        if requirement == "shapely>=2.0" and linux:
            # No wheel bundles this GEOS: build shapely on QGIS's own GEOS (needs libgeos-dev and a compiler).
            return f'{pip} --no-binary shapely "shapely>=2.0,<2.3"'
        return f'{pip} "{requirement}"'
    if problem.package == "scipy":
        numpy = _import("numpy")
        major = version_tuple(numpy.__version__)[0] if numpy is not None else 1
        if linux and _debian():
            return "sudo apt install python3-scipy"
        return f'{pip} "scipy>=1.8,<1.14"' if major < 2 else f'{pip} "scipy>=1.13"'
    if problem.package == "numpy":
        return "sudo apt install python3-numpy" if linux and _debian() else f'{pip} "numpy>=1.21,<2"'
    return f'{pip} "{problem.package}>={problem.expected}"'


def _debian() -> bool:
    return os.path.exists("/etc/debian_version")



@dataclass(frozen=True)
class MissingOptional:
    """An optional package that is missing or too old, and what does without it."""

    module: str
    requirement: str
    users: str  # the algorithms that use it
    needed: bool  # True: they are left out without it; False: they run without it, more slowly


# Optional packages: module, minimum version, requirement, the algorithms that use it, whether they need it.
# rapidfuzz matches misspelt streets (a pure-Python matcher gives the same results, slower); igraph runs the network
# metrics (no Python fallback reaches their size); numba compiles their shortest paths (else igraph's, about four
# times slower on two cores); orjson parses GeoJSON inputs faster (else Python's json); psycopg2 connects to
# PostgreSQL for the PostGIS store (QGIS's DB Manager needs it too, so QGIS ships it).
OPTIONAL = (
    ("rapidfuzz", "3.0", "rapidfuzz>=3.0", "geocode_addresses", False),
    ("igraph", "0.10", "igraph>=0.10 (python-igraph)", "the Network algorithms", True),
    ("numba", "0.57", "numba>=0.57", "network_metrics and network_summary", False),
    ("orjson", "3.0", "orjson>=3.0", "the analyses reading GeoJSON files", False),
    ("psycopg2", "2.8", "psycopg2>=2.8 (QGIS's installers ship it)", "create_postgis_ecosystem", True),
)


# Optional packages built on numpy: their install command pins numpy to the one installed, so that pip picks a
# release for it rather than upgrading it under GDAL.
BUILT_ON_NUMPY = frozenset({"numba"})


def optional_install_command(missing: MissingOptional, platform: str | None = None,
                             prefix: str | None = None) -> str:
    """The pip command that installs an optional package for QGIS's Python without changing its numpy."""
    platform = platform or sys.platform
    linux = platform.startswith("linux")
    pip = f"{python_command(platform, prefix)} -m pip install --user" + (" --break-system-packages" if linux else "")
    command = f'{pip} "{missing.requirement.split(" (")[0]}"'
    numpy = _import("numpy") if missing.module in BUILT_ON_NUMPY else None
    return command + (f' "numpy=={numpy.__version__}"' if numpy is not None else "")


def installed_version(module_name: str) -> str | None:
    """The version of an installed package, read from its metadata without importing it when it has metadata under
    its module's name (numba takes half a second to import), else by importing it; None when it is missing."""
    import importlib.metadata

    try:
        if importlib.util.find_spec(module_name) is None:
            return None
    except (ImportError, ValueError):
        return None
    try:
        return importlib.metadata.version(module_name)
    except importlib.metadata.PackageNotFoundError:
        module = _import(module_name)
        return None if module is None else str(getattr(module, "__version__", "0"))


def missing_optional() -> list[MissingOptional]:
    """The optional packages that are missing or too old."""
    missing = []
    for module_name, minimum, requirement, users, needed in OPTIONAL:
        version = installed_version(module_name)
        if version is None or version_tuple(version) < version_tuple(minimum):
            missing.append(MissingOptional(module_name, requirement, users, needed))
    return missing
