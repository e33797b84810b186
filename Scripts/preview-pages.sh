#!/usr/bin/env bash
# Renders every page of the web application for the shipped Thạch Hà scenario to HTML files and screenshots them
# with headless chromium at 1366×768, to look at.
#
# Usage: Scripts/preview-pages.sh [OUTPUT_FOLDER]   (default: .build/page-preview)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-.build/page-preview}")"
mkdir -p "$out"
CCHC_PREVIEW_DIR="$out" swift test --filter PagePreviewTests >/dev/null
for page in "$out"/*.html; do
    name="$(basename "$page" .html)"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1366,768 \
        --screenshot="$out/$name.png" "file://$page" >/dev/null 2>&1
done
echo "pages and screenshots in $out"
