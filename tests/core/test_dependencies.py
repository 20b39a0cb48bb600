"""The load-time check: shapely on another GEOS than QGIS's, or numpy of another major than GDAL's, is refused."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy
import shapely
from helpers import REPO
from qgis.core import Qgis

from brussels_creative.core import dependencies
from brussels_creative.core.dependencies import GEOS_MISMATCH, NUMPY_ABI, Problem


def test_the_test_environment_passes_the_check():
    # shapely 2.0.x (GEOS 3.11) with QGIS's GEOS 3.11, Debian's numpy 1 with Debian's GDAL
    assert dependencies.check_dependencies(Qgis.geosVersion()) == []


def test_a_shapely_on_another_geos_minor_version_is_refused():
    geos = ".".join(str(n) for n in shapely.geos_version)
    other = f"{shapely.geos_version[0]}.{shapely.geos_version[1] + 3}.1-CAPI-1.20.5"
    problems = dependencies.check_dependencies(other, gdal_numpy=None)
    assert [(p.package, p.reason, p.found, p.geos, p.expected) for p in problems] == [
        ("shapely", GEOS_MISMATCH, shapely.__version__, geos, other.split("-")[0])
    ]
    assert dependencies.unusable_packages(problems) == {"shapely"}


def test_another_geos_patch_version_is_accepted():
    patch = f"{shapely.geos_version[0]}.{shapely.geos_version[1]}.{shapely.geos_version[2] + 7}-CAPI-1.17.1"
    assert dependencies.check_dependencies(patch, gdal_numpy=None) == []


def test_a_numpy_newer_than_gdal_was_built_for_is_refused_and_takes_scipy_and_shapely_with_it():
    running = int(numpy.__version__.split(".")[0])
    problems = dependencies.check_dependencies(Qgis.geosVersion(), gdal_numpy=running - 1)
    assert [(p.package, p.reason, p.found, p.expected) for p in problems] == [
        ("numpy", NUMPY_ABI, numpy.__version__, str(running - 1))
    ]
    assert dependencies.unusable_packages(problems) == {"numpy", "scipy", "shapely"}
    # a GDAL built with numpy 2 also runs on numpy 1
    assert dependencies.check_dependencies(Qgis.geosVersion(), gdal_numpy=running + 1) == []


def test_gdal_bindings_were_built_for_the_running_numpy_major():
    # Debian 12: GDAL 3.6.2 built with numpy 1.24, the numpy running here
    assert dependencies.gdal_numpy_major() == int(numpy.__version__.split(".")[0]) == 1


def test_shapely_requirement_follows_the_geos_of_qgis():
    assert dependencies.shapely_requirement("3.11.1-CAPI-1.17.1") == "shapely>=2.0,<2.1"
    assert dependencies.shapely_requirement("3.13.0-CAPI-1.19.0") == "shapely>=2.1,<2.2"
    assert dependencies.shapely_requirement("3.12.2-CAPI-1.18.2") == "shapely>=2.0"


def test_install_commands_never_upgrade_numpy():
    mismatch = Problem("shapely", GEOS_MISMATCH, "2.2.0", "3.11.1", "/home/u/.local/lib/python3.11/site-packages",
                       "3.14.1")
    assert dependencies.install_command(mismatch, "3.11.1-CAPI-1.17.1", "linux", "/usr") == (
        'python3 -m pip install --user --no-deps --break-system-packages "shapely>=2.0,<2.1"'
    )
    assert dependencies.install_command(mismatch, "3.13.1-CAPI-1.19.2", "win32", "/usr") == (
        'python -m pip install --user --no-deps "shapely>=2.1,<2.2"'
    )
    assert dependencies.install_command(mismatch, "3.12.1-CAPI-1.18.1", "linux", "/usr") == (
        'python3 -m pip install --user --no-deps --break-system-packages --no-binary shapely "shapely>=2.0,<2.3"'
    )
    abi = Problem("numpy", NUMPY_ABI, "2.2.6", "1", "/home/u/.local/lib/python3.11/site-packages")
    assert dependencies.install_command(abi, "3.11.1", "linux", "/usr") == (
        "python3 -m pip uninstall --break-system-packages numpy  # /home/u/.local/lib/python3.11/site-packages"
    )


def test_python_command_names_the_bundled_interpreter_of_a_macos_install(tmp_path):
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "python3").touch()
    assert dependencies.python_command("darwin", str(tmp_path)) == str(tmp_path / "bin" / "python3")
    assert dependencies.python_command("linux", "/usr") == "python3"


def test_a_real_numpy_2_on_the_path_is_named_without_importing_gdal_array(tmp_path):
    # a user's `pip install --user shapely` pulled numpy 2: check under it, in QGIS's Python, as the plugin does
    site = tmp_path / "site"
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--only-binary", ":all:",
         "--target", str(site), "numpy==2.2.6"],
        capture_output=True, text=True, check=False,
    )
    assert pip.returncode == 0, pip.stderr
    script = (
        "import sys\n"
        "from brussels_creative.core import dependencies\n"
        "problems = dependencies.check_dependencies('3.11.1-CAPI-1.17.1')\n"
        "print([(p.package, p.reason, p.found, p.expected) for p in problems], 'osgeo.gdal_array' in sys.modules)\n"
    )
    checked = subprocess.run(
        ["/usr/bin/python3", "-c", script], env=dict(os.environ, PYTHONPATH=f"{site}{os.pathsep}{REPO}"),
        capture_output=True, text=True, check=False, timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "[('numpy', 'numpy_abi', '2.2.6', '1')] False"
    assert "compiled using NumPy 1.x" not in checked.stderr  # the failed import's pages of errors


def test_optional_packages_are_checked_without_importing_them():
    """The check at load reads versions from the packages' metadata: numba (half a second to import) is not loaded
    until a network algorithm runs; a missing package is None; numba and igraph are found in the test environment."""
    code = ("import sys; from brussels_creative.core import dependencies as d; missing = d.missing_optional(); "
            "print('numba' in sys.modules, 'igraph' in sys.modules, [m.module for m in missing], "
            "d.installed_version('numba') is not None, d.installed_version('no_such_package_here'))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                               cwd=REPO)
    assert completed.stdout.split() == ["False", "False", "[]", "True", "None"]


def test_an_optional_package_built_on_numpy_is_installed_with_numpy_pinned():
    """numba's command pins the numpy installed (pip then picks a numba for it instead of upgrading numpy under
    GDAL); igraph's needs no pin; the human part of a requirement is not part of the command."""
    numba = dependencies.MissingOptional("numba", "numba>=0.57", "network_metrics and network_summary", False)
    assert dependencies.optional_install_command(numba, "linux", "/usr") == (
        f'python3 -m pip install --user --break-system-packages "numba>=0.57" "numpy=={numpy.__version__}"')
    igraph = dependencies.MissingOptional("igraph", "igraph>=0.10 (python-igraph)", "the Network algorithms", True)
    command = dependencies.optional_install_command(igraph, "win32", "/usr")
    assert command == 'python -m pip install --user "igraph>=0.10"'
