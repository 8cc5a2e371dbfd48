#!/usr/bin/env bash
# Install Bulletin Reader into the current user's desktop menu and make it the handler of
# bulletin-reader:// links (the ones in exported notes).  Nothing outside $XDG_DATA_HOME
# (default ~/.local/share) is touched; no root needed.
#
#   packaging/linux/install-desktop.sh              install (what `make install-desktop` runs)
#   packaging/linux/install-desktop.sh --uninstall  remove what install put there
#
# Exec points at the frozen app (dist/bulletin-reader/bulletin-reader) when it has been built
# with `make package`, otherwise at this checkout's .venv.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_ID=bulletin-reader
DESKTOP_FILE="$DATA/applications/$APP_ID.desktop"
METAINFO_NAME=io.github.bulletin_reader.BulletinReader.metainfo.xml
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DESKTOP_FILE" "$DATA/metainfo/$METAINFO_NAME" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    refresh
    echo "removed Bulletin Reader from $DATA (your library and settings are kept)"
    exit 0
fi

FROZEN="$ROOT/dist/bulletin-reader/bulletin-reader"
if [ -x "$FROZEN" ]; then
    EXEC="\"$FROZEN\" %u"
    TRY_EXEC="$FROZEN"
elif [ -x "$ROOT/.venv/bin/python" ]; then
    # the console script `reader` is the plain CLI; the URL handler does hand-over and file opening
    EXEC="\"$ROOT/.venv/bin/python\" -m reader.app.url_handler %u"
    TRY_EXEC="$ROOT/.venv/bin/python"
else
    echo "Error: neither $FROZEN nor $ROOT/.venv exists; run 'make package' or 'make install' first" >&2
    exit 1
fi
case "$ROOT" in
    *[\"\`\$\\%]*) echo "Error: the checkout path $ROOT contains a character .desktop Exec cannot quote" >&2; exit 1 ;;
esac

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
sed -e "s|^Exec=.*|Exec=$EXEC|" -e "/^Exec=/a TryExec=$TRY_EXEC" \
    "$ROOT/packaging/linux/$APP_ID.desktop" >"$DESKTOP_FILE.tmp"
mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$DESKTOP_FILE"; fi
install -m 644 "$ROOT/packaging/linux/$METAINFO_NAME" "$DATA/metainfo/$METAINFO_NAME"
install -m 644 "$ROOT/reader/data/icons/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$ROOT/reader/data/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
if command -v xdg-mime >/dev/null; then
    xdg-mime default "$APP_ID.desktop" x-scheme-handler/bulletin-reader
    echo "bulletin-reader:// links now open with $(xdg-mime query default x-scheme-handler/bulletin-reader)"
else
    echo "xdg-mime not found: register the link handler in your desktop's default-applications settings"
fi
echo "installed $DESKTOP_FILE (Exec=$EXEC)"
