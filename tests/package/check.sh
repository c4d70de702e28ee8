#!/usr/bin/env bash
# Checks Comptoir's Debian package: tests/package/check.sh PACKAGE.deb
#   or, from CTest: tests/package/check.sh --build BUILD_DIR (makes the package with CPack first).
# - the AppStream metadata and the desktop entry validate;
# - lintian reports no error, and no warning outside the accepted list below;
# - the contents and the dependencies are what a counter needs;
# - the unpacked package runs `comptoir --version` and `comptoir-sandbox --help` from its own tree,
#   and refuses (exit 1, file untouched, no dialog waiting) an outbox written by a newer release.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--build" ]; then
    build=$(cd "$2" && pwd)
    (cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
    deb=$(ls "$work"/out/comptoir_*.deb)
else
    deb=$1
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
missing=()
for tool in lintian appstreamcli desktop-file-validate dpkg-deb; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: missing ${missing[*]} (.ci/setup installs them)"
    exit 77
fi

echo "== metadata"
appstreamcli validate --no-net "$source_dir/packaging/org.comptoir.Comptoir.metainfo.xml"
desktop-file-validate "$source_dir/packaging/comptoir.desktop"

echo "== lintian"
# Warnings accepted, with the reason (also in the README's packaging section): none today.
accepted=()
lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then fail "lintian reports errors"; fi
while read -r line; do
    tag=$(echo "$line" | awk '{print $3}')
    if [[ " ${accepted[*]:-} " != *" $tag "* ]]; then fail "lintian warning not accepted: $line"; fi
done < <(grep '^W:' "$work/lintian.txt" || true)

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$work/contents.txt"
for f in /usr/bin/comptoir /usr/bin/comptoir-sandbox /usr/share/applications/comptoir.desktop \
    /usr/share/metainfo/org.comptoir.Comptoir.metainfo.xml /usr/share/icons/hicolor/scalable/apps/comptoir.svg \
    /usr/share/icons/hicolor/48x48/apps/comptoir.png /usr/share/icons/hicolor/256x256/apps/comptoir.png \
    /usr/share/man/man1/comptoir.1.gz /usr/share/man/man1/comptoir-sandbox.1.gz \
    /usr/share/doc/comptoir/copyright /usr/share/doc/comptoir/changelog.gz \
    /usr/share/comptoir/templates/hold-slip.txt /usr/lib/systemd/system/comptoir-kiosk.service \
    /usr/share/doc/comptoir/examples/network.conf.example; do
    grep -qx "$f" "$work/contents.txt" || fail "$f is not in the package"
done
if [ -f "$source_dir/build/app/comptoir-report" ] || grep -q 'comptoir-report' "$source_dir/app/CMakeLists.txt"; then
    grep -qx /usr/bin/comptoir-report "$work/contents.txt" || fail "comptoir-report is not in the package"
    grep -qx /usr/share/man/man1/comptoir-report.1.gz "$work/contents.txt" || fail "comptoir-report(1) is missing"
fi
if grep -v '^/usr/' "$work/contents.txt" | grep -qv '^/$'; then fail "files outside /usr: $(grep -v '^/usr/' "$work/contents.txt")"; fi
if grep -q -E 'tst_|comptoir-bench|\.a$|\.h$' "$work/contents.txt"; then fail "tests, benchmarks or headers in the package"; fi
dpkg-deb -f "$deb" Package Version Architecture Depends
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6serialport6 libqt6keychain1 libzint libsqlite3-0; do
    [[ "$depends" == *"$d"* ]] || fail "Depends lacks $d"
done
grep -q 'GPL-3.0+' <(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/comptoir/copyright) ||
    fail "the copyright file does not say GPL-3.0+"

echo "== the unpacked package runs"
dpkg-deb -x "$deb" "$work/root"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg HOME=$work/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$work/root/usr/bin/comptoir" --version)
echo "$version"
[[ "$version" == "comptoir $(dpkg-deb -f "$deb" Version)" ]] || fail "comptoir --version says '$version'"
"$work/root/usr/bin/comptoir-sandbox" --help | grep -q -- '--seed' || fail "comptoir-sandbox --help"

# A newer release's outbox: refused, exit 1, untouched, and nothing waits for a click.
mkdir -p "$work/newer"
cp "$source_dir/tests/fixtures/0.1/"{cache.sqlite,outbox.sqlite,comptoir.ini} "$work/newer/"
python3 - "$work/newer/outbox.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute("PRAGMA user_version=999"); db.commit(); db.close()
PY
before=$(sha256sum < "$work/newer/outbox.sqlite")
set +e
timeout 60 "$work/root/usr/bin/comptoir" --lang en --data-dir "$work/newer" --startup-report > "$work/newer.out" 2>&1
code=$?
set -e
[ $code -eq 1 ] || { cat "$work/newer.out"; fail "a newer outbox: exit $code, expected 1"; }
grep -q 'newer version' "$work/newer.out" || fail "a newer outbox: no clear message"
[ "$(sha256sum < "$work/newer/outbox.sqlite")" = "$before" ] || fail "a newer outbox was changed"
echo "package checks passed: $deb"
