#!/usr/bin/env bash
# Idempotent, non-interactive set-up of a development machine (Debian bookworm, run as root or with sudo):
# QGIS 3.40 LTR from bookworm-backports on the machine's own Debian mirror, Xvfb and fonts for desktop tests,
# then a virtual environment on Debian's python3 (the one PyQGIS binds to) with the pinned dev requirements.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_apt=()
command -v qgis_process >/dev/null 2>&1 || need_apt+=(qgis python3-qgis qgis-providers)
/usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1 || need_apt+=(python3-qgis)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
[ -d /usr/share/fonts/truetype/open-sans ] || need_apt+=(fonts-open-sans)
command -v sqlite3 >/dev/null 2>&1 || need_apt+=(sqlite3)
command -v ogr2ogr >/dev/null 2>&1 || need_apt+=(gdal-bin)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
/usr/bin/python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v lrelease >/dev/null 2>&1 || [ -x /usr/lib/qt5/bin/lrelease ] || need_apt+=(qttools5-dev-tools)
# The web map's tests drive Debian's headless Chromium through its chromedriver (tests/core/publish/test_webmap_page.py).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
# The PostGIS store's tests start their own PostgreSQL 15 server with PostGIS 3 (tests/postgis_server.py).
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need_apt+=(postgresql-15-postgis-3)
/usr/bin/python3 -c "import psycopg2" >/dev/null 2>&1 || need_apt+=(python3-psycopg2)

if [ ${#need_apt[@]} -gt 0 ]; then
  backports=/etc/apt/sources.list.d/bookworm-backports.sources
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # Use the mirror this machine is already configured with: the URI of the stanza serving "bookworm".
    uri=$(awk '/^URIs:/{u=$2} /^Suites:/{for(i=2;i<=NF;i++) if($i=="bookworm"){print u; exit}}' \
      /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
      uri=$(awk '$1=="deb" && $3=="bookworm"{print $2; exit}' /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || { echo "setup: cannot find this machine's Debian mirror" >&2; exit 1; }
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" | $SUDO tee "$backports" >/dev/null
  fi
  echo "setup: installing ${need_apt[*]} (QGIS from bookworm-backports)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -t bookworm-backports \
    --no-install-recommends qgis python3-qgis qgis-providers "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.requirements-stamp
want=$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
  echo "$want" > "$stamp"
fi
echo "setup: ready ($(.venv/bin/python -c 'from qgis.core import Qgis; print("QGIS", Qgis.version())' 2>/dev/null))"
