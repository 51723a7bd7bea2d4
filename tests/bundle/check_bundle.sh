#!/usr/bin/env bash
# The frozen application on its own (`make bundle` first): no project venv, an empty HOME, a bare PATH.
#
#   tests/bundle/check_bundle.sh [dist/homeward]
#
# 1. `homeward self-test --json` passes every check (database, migrations, planner, routes, travel letter, Qt,
#    translations, the main window) and says it runs frozen;
# 2. `homeward demo` fills a database (opened with a passphrase from a file: there is no keychain here);
# 3. the main window opens offscreen on that demo database (`self-test --only qt --only window --window DB`);
# 4. the app itself (`homeward --db DB`) starts offscreen and is still running after a few seconds (it waits at
#    the passphrase dialog: no keychain), with no traceback on stderr.
# Any failure prints what was run and its output, and exits non-zero.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUNDLE="${1:-dist/homeward}"
APP="$(cd "$BUNDLE" && pwd)/homeward"
STAY_SECONDS="${STAY_SECONDS:-8}"

log() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nBUNDLE CHECK FAILED: %s\n' "$*" >&2; exit 1; }

[ -x "$APP" ] || fail "$APP is missing: run make bundle first"

HOME_DIR="$(mktemp -d /tmp/homeward-bundle-check.XXXXXX)"
APP_PID=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$HOME_DIR"
}
trap cleanup EXIT

# A clean environment: nothing from this shell, the venv or CI leaks into the frozen app.
frozen() { env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin "$@"; }

run_logged() {  # NAME COMMAND...: run, keep stdout and stderr, show both and fail when it fails
    local name="$1"; shift
    local status=0 started=$SECONDS
    "$@" >"$HOME_DIR/$name.out" 2>"$HOME_DIR/$name.err" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$HOME_DIR/$name.out"; cat "$HOME_DIR/$name.err" >&2
        fail "$name exited with status $status ($*)"
    fi
    echo "  $name: $((SECONDS - started)) s"
}

passed() {  # FILE: the self-test's JSON says every check passed, frozen
    /usr/bin/python3 - "$1" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
for check in report["checks"]:
    print(f"  {'ok    ' if check['passed'] else 'FAILED'} {check['check']} ({check['seconds']} s): {check['detail']}")
print("  versions:", ", ".join(f"{name} {version}" for name, version in report["versions"].items()))
if not report["frozen"]:
    sys.exit("  the self-test did not run frozen")
sys.exit(0 if report["passed"] else "  a check failed")
PY
}

log "self-test of $APP (env -i, HOME=$HOME_DIR, PATH=/usr/bin:/bin)"
run_logged self-test frozen "$APP" self-test --json
passed "$HOME_DIR/self-test.out" || fail "homeward self-test"

log "a demo database filled by the frozen app"
printf 'a passphrase for the bundle check only\n' >"$HOME_DIR/passphrase"
chmod 600 "$HOME_DIR/passphrase"
DB="$HOME_DIR/demo.db"
run_logged demo frozen "$APP" --db "$DB" --passphrase-file "$HOME_DIR/passphrase" demo --cases 60 --seed 3
tail -n 2 "$HOME_DIR/demo.out"

log "the main window on the demo database, offscreen"
run_logged window frozen QT_QPA_PLATFORM=offscreen "$APP" --passphrase-file "$HOME_DIR/passphrase" \
    self-test --json --only qt --only window --window "$DB"
passed "$HOME_DIR/window.out" || fail "the main window on the demo database"
grep -q '(with cases)' "$HOME_DIR/window.out" || fail "the window did not open on the demo database's cases"

log "the app started offscreen on the demo database, left running ${STAY_SECONDS} s"
# env execs the app, so $! is the app itself (through the shell function it would be a subshell, and the
# kill below would leave the app running)
env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$APP" --db "$DB" \
    >"$HOME_DIR/app.out" 2>"$HOME_DIR/app.err" &
APP_PID=$!
sleep "$STAY_SECONDS"
if ! kill -0 "$APP_PID" 2>/dev/null; then
    wait "$APP_PID" && status=0 || status=$?
    cat "$HOME_DIR/app.out"; cat "$HOME_DIR/app.err" >&2
    fail "the app exited within ${STAY_SECONDS} s (status $status)"
fi
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
if grep -q 'Traceback' "$HOME_DIR/app.err"; then cat "$HOME_DIR/app.err" >&2; fail "the app wrote a traceback"; fi
echo "  still running after ${STAY_SECONDS} s, no traceback"

log "bundle check passed: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
