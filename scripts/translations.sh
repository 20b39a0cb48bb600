#!/usr/bin/env bash
# Compile the Qt translation sources (resources/i18n/*.ts) into .qm files when they changed.
set -euo pipefail
cd "$(dirname "$0")/../brussels_creative/resources/i18n"
lrelease=$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease)
shopt -s nullglob
for ts in *.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$lrelease" -silent "$ts" -qm "$qm"
  fi
done
