#!/usr/bin/env bash
# Renders the lesson diagrams in this folder to the PNG files the lessons show.
#
#   NAME.en.svg  ->  lessons/images/NAME.png        (English, and the fallback for every translation)
#   NAME.fr.svg  ->  lessons/fr/images/NAME.png     (French; any other NAME.xx.svg goes to lessons/xx/images/)
#
# Usage:  docs/diagrams/render.sh              render every SVG in this folder
#         docs/diagrams/render.sh pix2pix.fr.svg [...]   render only these
#
# Needs rsvg-convert (librsvg: `apt-get install librsvg2-bin`, `brew install librsvg`) and the DejaVu Sans
# font, which the SVGs name and which sets their text widths. ImageMagick's built-in SVG reader is not a
# substitute: it drops the arrowheads, the reused icons and the styles.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render.sh: rsvg-convert not found; install librsvg (Debian/Ubuntu: apt-get install librsvg2-bin," \
         "macOS: brew install librsvg)" >&2
    exit 1
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list 'DejaVu Sans' family)" ]; then
    echo "render.sh: warning: the DejaVu Sans font is not installed; text may not fit its boxes" >&2
fi

if [ "$#" -gt 0 ]; then
    sources=()
    for arg in "$@"; do
        case "$arg" in
            /*) sources+=("$arg") ;;
            *) if [ -f "$arg" ]; then sources+=("$arg"); else sources+=("$here/$arg"); fi ;;
        esac
    done
else
    sources=("$here"/*.svg)
fi

for svg in "${sources[@]}"; do
    file="$(basename "$svg")"
    case "$file" in
        *.*.svg) ;;
        *) echo "render.sh: $file: expected a name like pix2pix.en.svg (name, language, .svg)" >&2; exit 1 ;;
    esac
    stem="${file%.svg}"
    name="${stem%.*}"
    lang="${stem##*.}"
    if [ "$lang" = "en" ]; then
        out="$root/lessons/images/$name.png"
    else
        out="$root/lessons/$lang/images/$name.png"
    fi
    mkdir -p "$(dirname "$out")"
    rsvg-convert --format=png --output="$out" "$svg"
    echo "${out#"$root"/}"
done
