#!/usr/bin/env bash
# Installs the Debian packages some tests need (LibreOffice: a real second client that opens, edits and
# recalculates what chitieu writes; Chromium: the browser the task pane is tested in, tests/e2e), when
# they are missing and this runs as root with apt-get. Otherwise it only says what is missing; the tests
# that need it then fail with the same instruction.
set -u
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
if ! { [ -x /usr/lib/libreoffice/program/python ] || /usr/bin/python3 -c "import uno" >/dev/null 2>&1; }; then
  need+=(python3-uno)
fi
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chitieu: installing ${need[*]} for the tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null && exit 0
  echo "chitieu: apt-get could not install ${need[*]}." >&2
  exit 1
fi
echo "chitieu: the tests need ${need[*]}: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
echo "         (or set CHITIEU_SKIP_LIBREOFFICE=1 / CHITIEU_SKIP_BROWSER=1 to skip the tests that need them)." >&2
exit 0
