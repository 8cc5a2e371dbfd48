#!/usr/bin/env bash
# Smoke test of the frozen app, run the way a user's machine would: no virtualenv, no project
# checkout on the path, an empty environment (env -i) with only PATH, HOME, LANG and TMPDIR.
#
#   packaging/smoke.sh [APP_FOLDER]      (default: dist/bulletin-reader, built by `make package`)
#
# Checks --version, importing a bundled sample bulletin into a temp library (tagged by the bundled
# entity model: `entities --json` has people and places), `articles --json`,
# a highlight exported as Markdown, that nothing is written into the app folder (jieba's cache
# goes to the temp folder), and the window offscreen: it comes up, takes a link handed over by
# a second launch (single instance), and runs without a traceback.  Prints the figures that
# packaging/README.md records.  Exit status 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/dist/bulletin-reader}" && pwd)
APP="$APP_DIR/bulletin-reader"
[ -x "$APP" ] || { echo "FAIL: $APP is missing; run 'make package' first" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bulletin-smoke.XXXXXX")
GUI_PID=""
cleanup() {
    if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then kill "$GUI_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/tmp"
DB="$WORK/library.db"
INSTANCE="bulletin-smoke-$$"   # its own single-instance socket: never a running real app
failures=0
HANDED=""

app() {  # the frozen app in an empty environment
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 TMPDIR="$WORK/tmp" \
        BULLETIN_READER_INSTANCE="$INSTANCE" "$@"
}
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*" >&2; failures=$((failures + 1)); }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

touch "$WORK/marker"

# 1. --version, cold: the first run after the build pays for loading the libraries from disk.
expected=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
start=$(now)
version=$(app "$APP" --version)
version_s=$(elapsed "$start" "$(now)")
if [ "$version" = "reader $expected" ]; then ok "--version: $version (${version_s}s)"; else
    fail "--version printed '$version', expected 'reader $expected'"; fi

# 2. import one of the sample bulletins the app ships (proves reader/data/samples is inside)
SEED=$(find "$APP_DIR/_internal/reader/data/samples" -name '*.txt' | sort | head -n 1)
if [ -z "$SEED" ]; then
    fail "no sample bulletins in $APP_DIR/_internal/reader/data/samples"
elif app "$APP" --db "$DB" import "$SEED" >"$WORK/import.out" 2>"$WORK/import.err"; then
    ok "import: $(tail -n 1 "$WORK/import.out")"
else
    fail "import $SEED: $(cat "$WORK/import.err")"
fi
if [ -f "$WORK/home/.cache/bulletin-reader/jieba.cache" ]; then ok "jieba cache written to the user's cache folder"
else fail "no jieba.cache in ~/.cache/bulletin-reader: where did jieba write it?"; fi

# 2a. the importer runs compiled when the bundle carries its build (reader/compiled.py): the loader's
#     own log (glibc's LD_DEBUG) names the compiled module as the import reads a file
if [ -f "$APP_DIR/_internal/compiled/STAMP" ] && [ -n "${SEED:-}" ]; then
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 TMPDIR="$WORK/tmp" LD_DEBUG=files \
        BULLETIN_READER_INSTANCE="$INSTANCE" "$APP" --db "$WORK/compiled.db" import --no-entities "$SEED" \
        >/dev/null 2>"$WORK/loader.log" || true
    if grep -q "file=.*/compiled/reader/importer/__init__" "$WORK/loader.log"; then
        ok "importer compiled: $(find "$APP_DIR/_internal/compiled" -name '*.so' | wc -l) modules loaded from the bundle"
    else
        fail "the bundle carries a compiled importer but the import did not load it"
    fi
else
    echo "note  importer runs as Python: the bundle has no compiled build (make compile before make package)"
fi

# 2b. the import tagged the sample with the bundled model: people and places, offline (env -i)
app "$APP" --db "$DB" entities --json >"$WORK/entities.json" 2>"$WORK/entities.err" || true
if tagged=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); k=[x["kind"] for x in m]
assert k.count("person") >= 5 and k.count("place") >= 5, k[:20]; print(len(m), k.count("person"), k.count("place"))' \
        "$WORK/entities.json" 2>"$WORK/parse.err"); then
    read -r n_all n_people n_places <<<"$tagged"
    ok "entities: $n_all mentions, $n_people people, $n_places places"
else
    fail "entities --json: $(head -c 300 "$WORK/entities.err" "$WORK/parse.err")"
fi

# 3. articles --json is a non-empty JSON array
app "$APP" --db "$DB" articles --json >"$WORK/articles.json" 2>"$WORK/articles.err" || true
if count=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert isinstance(a,list) and a; print(len(a))' \
        "$WORK/articles.json" 2>"$WORK/parse.err"); then
    ok "articles --json: $count articles"
else
    fail "articles --json: $(head -c 300 "$WORK/articles.err" "$WORK/parse.err")"
fi

# 3b. the ledger and the reprint index (numpy, rapidfuzz) answer from inside the bundle
if app "$APP" --db "$DB" careers --json >"$WORK/careers.json" 2>"$WORK/careers.err" \
    && app "$APP" --db "$DB" reprints --rebuild --json >"$WORK/reprints.json" 2>"$WORK/reprints.err" \
    && claims=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); assert a and isinstance(b, list); print(len(a))' \
        "$WORK/careers.json" "$WORK/reprints.json" 2>"$WORK/parse.err"); then
    ok "careers --json: $claims person–post rows; reprints --rebuild --json ran"
else
    fail "careers/reprints: $(head -c 300 "$WORK/careers.err" "$WORK/reprints.err" "$WORK/parse.err" 2>/dev/null)"
fi

# 4. a highlight, exported as Markdown with its bulletin-reader:// link
LINK=""
if app "$APP" export markdown --help >/dev/null 2>&1; then
    read -r first_id quote < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a[0]["id"], a[0]["text"][:8])' \
        "$WORK/articles.json" 2>/dev/null || echo "")
    if [ -n "${quote:-}" ] && app "$APP" --db "$DB" note add "$first_id" --quote "$quote" --note "smoke" \
            >/dev/null 2>"$WORK/note.err" \
        && app "$APP" --db "$DB" export markdown >"$WORK/notes.md" 2>"$WORK/export.err" \
        && grep -qF "$quote" "$WORK/notes.md"; then
        LINK=$(grep -o 'bulletin-reader://article/[^)> ]*#hl-[0-9a-f]*' "$WORK/notes.md" | head -n 1 || true)
        [ -n "$LINK" ] || LINK=$(grep -o 'bulletin-reader://article/[^)> ]*' "$WORK/notes.md" | head -n 1 || true)
        ok "export markdown: $(wc -l <"$WORK/notes.md") lines, link ${LINK:-missing}"
    else
        fail "export markdown: $(cat "$WORK/note.err" "$WORK/export.err" 2>/dev/null | head -c 400)"
    fi
else
    echo "skip  export markdown: this build has no 'export markdown' command"
fi

# 5. nothing was written into the app folder (it may be read-only, e.g. /opt)
written=$(find "$APP_DIR" -newer "$WORK/marker" -type f | head -n 5)
if [ -z "$written" ]; then ok "app folder untouched"; else fail "files written into the app folder: $written"; fi

# 6. the window, offscreen, for a few seconds; the listening socket says it is up
SOCKET="$WORK/tmp/$INSTANCE"
start=$(now)
QT=(QT_QPA_PLATFORM=offscreen)
GUI_SECONDS=15  # long enough for a second launch to hand a link over on a loaded machine
env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 TMPDIR="$WORK/tmp" "${QT[@]}" \
    BULLETIN_READER_INSTANCE="$INSTANCE" timeout "$GUI_SECONDS" "$APP" gui --db "$DB" \
    >"$WORK/gui.out" 2>"$WORK/gui.err" &
GUI_PID=$!
for _ in $(seq 1 $((GUI_SECONDS * 10 - 10))); do
    [ -S "$SOCKET" ] && break
    kill -0 "$GUI_PID" 2>/dev/null || break
    sleep 0.1
done
if [ -S "$SOCKET" ]; then
    ok "window up and listening after $(elapsed "$start" "$(now)")s"
    if [ -n "$LINK" ]; then
        hand_start=$(now)
        if app "$APP" "$LINK" >"$WORK/handover.out" 2>&1; then
            HANDED=" (and took the link)"
            ok "second launch handed $LINK to the window and exited in $(elapsed "$hand_start" "$(now)")s"
        else
            fail "second launch with a link: $(cat "$WORK/handover.out")"
        fi
    fi
else
    echo "note  no single-instance socket at $SOCKET (window not wired to it?); timing to exit only"
fi
set +e
wait "$GUI_PID"
status=$?
set -e
GUI_PID=""
if grep -q "Traceback" "$WORK/gui.err"; then
    fail "window: traceback on stderr:"; sed 's/^/      /' "$WORK/gui.err" >&2
elif [ "$status" -eq 124 ]; then
    ok "window ran offscreen for ${GUI_SECONDS}s without error${HANDED}"
else
    fail "window exited with status $status before the timeout: $(head -c 600 "$WORK/gui.err")"
fi
if [ -s "$WORK/gui.err" ]; then echo "      window stderr: $(head -c 400 "$WORK/gui.err" | tr '\n' ' ')"; fi

echo "size  $(du -sh "$APP_DIR" | cut -f1)  $APP_DIR"
if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
echo "all checks passed"
