#!/usr/bin/env bash
# Checks the generated HTML reports in a real headless browser (Chromium from Debian: apt-get install chromium).
#
#   Scripts/check-html.sh [FILE.html | FOLDER]...      default: every .html under Reports/
#
# For each page it
#   1. loads a copy with a small probe script added (the pages themselves have no script) while every host name
#      resolves to nothing, and fails if anything went to the console as an error or warning, if a script error or a
#      resource error happened, or if the page loaded any resource at all (the pages must be self-contained);
#   2. saves a full-page screenshot to screenshots/<folder>-<name>.png and an A4 print to screenshots/<folder>-<name>.pdf
#      (screenshots/ is git-ignored).
# Exit status: 0 every page is clean, 1 some page had errors, 2 Chromium is missing. Not part of CI (the browser is a
# heavy install); run it before releasing reports.
set -euo pipefail
cd "$(dirname "$0")/.."

BROWSER="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [ -z "$BROWSER" ]; then
    echo "check-html: Chromium is not installed (Debian: sudo apt-get install chromium)" >&2
    exit 2
fi

pages=()
if [ "$#" -eq 0 ]; then set -- Reports; fi
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r f; do pages+=("$f"); done < <(find "$arg" -name '*.html' -type f | LC_ALL=C sort)
    else
        pages+=("$arg")
    fi
done
if [ "${#pages[@]}" -eq 0 ]; then echo "check-html: no .html files found" >&2; exit 1; fi

mkdir -p screenshots
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$work/profile")

probe='<script>(function(){var out=[];function rec(k,a){out.push(k+": "+Array.prototype.map.call(a,String).join(" "));}
var e=console.error,w=console.warn;console.error=function(){rec("console.error",arguments);e.apply(console,arguments);};
console.warn=function(){rec("console.warn",arguments);w.apply(console,arguments);};
addEventListener("error",function(ev){var t=ev.target;rec("error",[ev.message||((t&&(t.src||t.href))?"resource failed: "+(t.src||t.href):"error")]);},true);
addEventListener("unhandledrejection",function(ev){rec("unhandledrejection",[ev.reason]);});
addEventListener("load",function(){setTimeout(function(){var r=performance.getEntriesByType("resource");
for(var i=0;i<r.length;i++){rec("resource loaded",[r[i].name]);}
var p=document.createElement("pre");p.id="cchc-check";var m="CCHC-"+"CHECK-";p.textContent="\n"+m+"BEGIN\n"+out.join("\n")+"\nHEIGHT "+document.documentElement.scrollHeight+"\n"+m+"END\n";
document.body.appendChild(p);},200);});})();</script>'

failed=0
for page in "${pages[@]}"; do
    name="$(basename "$(dirname "$page")")-$(basename "$page" .html)"
    copy="$work/$name.html"
    # The probe goes right after <meta charset>, so the charset stays within the first bytes.
    PROBE="$probe" awk '{print} !done && /<meta charset=/ {print ENVIRON["PROBE"]; done=1}' "$page" > "$copy"
    dom="$(timeout 120 "$BROWSER" "${flags[@]}" --virtual-time-budget=5000 --dump-dom "file://$copy" 2>"$work/$name.log" || true)"
    report="$(printf '%s\n' "$dom" | sed -n '/^CCHC-CHECK-BEGIN$/,/^CCHC-CHECK-END$/p' | sed '1d;$d')"
    if [ -z "$report" ]; then
        echo "FAIL $page: the page did not finish loading" >&2
        failed=1
        continue
    fi
    height="$(printf '%s\n' "$report" | sed -n 's/^HEIGHT //p')"
    problems="$(printf '%s\n' "$report" | grep -v '^HEIGHT ' | grep -v '^$' || true)"
    if [ -n "$problems" ]; then
        echo "FAIL $page:" >&2
        printf '%s\n' "$problems" | sed 's/^/  /' >&2
        failed=1
    else
        echo "ok   $page"
    fi
    height="${height:-2000}"
    [ "$height" -gt 20000 ] && height=20000
    abs="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
    timeout 120 "$BROWSER" "${flags[@]}" --window-size="1200,$height" --screenshot="screenshots/$name.png" "file://$abs" >/dev/null 2>&1 || {
        echo "FAIL $page: no screenshot" >&2; failed=1; }
    timeout 120 "$BROWSER" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="screenshots/$name.pdf" "file://$abs" >/dev/null 2>&1 || {
        echo "FAIL $page: no PDF" >&2; failed=1; }
done
exit "$failed"
