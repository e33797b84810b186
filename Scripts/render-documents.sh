#!/usr/bin/env bash
# Converts every .docx and .xlsx in a folder to PDF with LibreOffice (headless), then each PDF page to PNG, into
# screenshots/documents/ (not committed), to look at the office files as a user would see them.
#
#   Scripts/render-documents.sh [FOLDER]      # default: Reports/thach-ha-2022
#
# Needs: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation
# (LibreOffice draws Times New Roman with the metric-compatible Liberation Serif when the font is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Reports/thach-ha-2022}"
out="screenshots/documents"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-documents: $tool is missing (see the header of this script)" >&2; exit 1; }
done
mkdir -p "$out"
shopt -s nullglob
files=("$folder"/*.docx "$folder"/*.xlsx)
if [ ${#files[@]} -eq 0 ]; then
  echo "render-documents: no .docx or .xlsx in $folder" >&2
  exit 1
fi
# A private LibreOffice profile, so a running or broken user profile cannot block the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for file in "${files[@]}"; do
  base="$(basename "$file")"
  stem="${base%.*}"
  ext="${base##*.}"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/tmp-$ext" "$file" \
    >/dev/null 2>&1 || { echo "render-documents: LibreOffice could not convert $file" >&2; exit 1; }
  mv "$out/tmp-$ext/$stem.pdf" "$out/$stem-$ext.pdf"
  rmdir "$out/tmp-$ext"
  rm -f "$out/$stem-$ext"-*.png
  pdftoppm -png -r 60 "$out/$stem-$ext.pdf" "$out/$stem-$ext"
  pages=$(ls "$out/$stem-$ext"-*.png | wc -l)
  echo "$file -> $out/$stem-$ext.pdf ($pages page(s), PNG at 60 dpi)"
done
