#!/bin/bash
# Takes the documentation screenshots of GAN Classroom, the same way every time, into one folder.
#
#   scripts/screenshot-tour.sh [OUT_DIR] [APP_DIR]
#
#   OUT_DIR  where the PNGs go (default docs/screenshots); existing tour PNGs there are replaced.
#   APP_DIR  a built app holding gan-classroom.jar (default target/app; run `mvn package` first).
#
# For each run below it starts a virtual X screen (Xvfb) of that size and the app on it with a fresh,
# empty user folder (-Dganclassroom.home), so every run starts on lesson 1 with no progress. With no
# window manager, the window is moved to 0,0 and sized to the whole screen. It then presses the Right
# key to reach each lesson (counting presses from lesson 1; 2 s settle after every key) and captures the
# whole screen (import -window root). The app and Xvfb are stopped after each run; runs go one at a time.
#
#   runs:    en at 1024x768, 1280x800 and 1920x1080, fr at 1280x800; each in normal and --presenter mode
#   lessons (numbered as the navigator numbers them on the full path, the default):
#            1  fake-or-real           Fake or Real? start screen
#            2  what-is-a-gan          concept page with a picture
#            10 what-each-minimises    formulas
#            11 distribution-lab       Two clouds of points, after Play (P) and 3 s of training
#            12 loss-walkthrough       the walkthrough and its chart
#            13 review-quiz            review quiz
#            15 latent-lab             Walk through the noise
#            19 copy-check             Is it a copy?, 8 s after it opens (the neighbours are found)
#            20 gan-variations         One game, many variations, scrolled to its first diagram: the
#                                      script wheels down over the lesson text and keeps the capture
#                                      where the first diagram (found by its pure-white background)
#                                      shows whole and nearest the middle of the screen.
#   files:   LANG-WxH-MODE-NN-NAME.png, e.g. en-1280x800-normal-12-loss-walkthrough.png
#
# Each capture is reduced to an 8-bit palette PNG (convert -colors 128 -strip). If OUT_DIR then holds
# more than 12 MB (12,000,000 bytes, README.md included), the 1920x1080 normal-mode shots of lessons 1
# and 13 are dropped, in that order.
#
# For a partial retake (existing PNGs are then kept and only the chosen ones replaced):
#   TOUR_RUNS="en:1920x1080:presenter fr:1280x800:normal"   runs as LANG:WIDTHxHEIGHT:MODE
#   TOUR_LESSONS="11 19"                                     lesson numbers from the list above
#
# Needs: java, Xvfb, xdotool, ImageMagick (import, convert). Takes about 12 minutes on 2 cores.
set -euo pipefail

OUT=${1:-docs/screenshots}
APP=$(cd "${2:-target/app}" && pwd)
JAR="$APP/gan-classroom.jar"
[ -f "$JAR" ] || { echo "screenshot-tour: no $JAR (build the app first)" >&2; exit 1; }
for tool in java Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null || { echo "screenshot-tour: $tool is not installed" >&2; exit 1; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
LIMIT_BYTES=12000000

WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
stop_run() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  APP_PID=""; XVFB_PID=""
}
trap 'stop_run; rm -rf "$WORK"' EXIT

# The lessons to capture: "NUMBER NAME", in increasing order.
LESSONS=(
  "1 fake-or-real"
  "2 what-is-a-gan"
  "10 what-each-minimises"
  "11 distribution-lab"
  "12 loss-walkthrough"
  "13 review-quiz"
  "15 latent-lab"
  "19 copy-check"
  "20 gan-variations"
)

# Saves the capture $1 as the palette PNG $2.
save_png8() {
  convert "$1" -colors 128 -strip "PNG8:$2"
}

# Puts the pointer in the top left corner, on the toolbar's padding, where it hovers over nothing that
# shows a tooltip (the status bar has one) or a hover highlight.
park_mouse() {
  xdotool mousemove 1 1
}

key() {
  xdotool key --clearmodifiers "$1"
  sleep 2
}

# One run: language, WIDTHxHEIGHT, normal|presenter.
tour() {
  local lang=$1 size=$2 mode=$3
  local w=${size%x*} h=${size#*x}
  local home="$WORK/home-$lang-$size-$mode"
  rm -rf "$home"; mkdir -p "$home"
  echo "== $lang $size $mode"

  # Xvfb picks a free display and writes its number to fd 3.
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 3>"$WORK/display" &
  XVFB_PID=$!
  local n
  for n in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.2; done
  export DISPLAY=":$(head -1 "$WORK/display" | tr -d '[:space:]')"
  : >"$WORK/display"

  local args=(--lang="$lang")
  [ "$mode" = presenter ] && args+=(--presenter)
  java -Dganclassroom.home="$home" -jar "$JAR" "${args[@]}" >"$WORK/app-$lang-$size-$mode.log" 2>&1 &
  APP_PID=$!

  local win=""
  for n in $(seq 120); do
    win=$(xdotool search --name "GAN Classroom" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "screenshot-tour: the app exited, see $WORK/app-$lang-$size-$mode.log" >&2; cat "$WORK/app-$lang-$size-$mode.log" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$win" ] || { echo "screenshot-tour: no window after 60 s" >&2; exit 1; }
  sleep 3
  xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h"
  xdotool windowfocus "$win" 2>/dev/null || true
  park_mouse
  sleep 4   # first layout, and the presenter-mode banner fading

  local at=1 entry lesson name file
  for entry in "${LESSONS[@]}"; do
    lesson=${entry%% *}; name=${entry#* }
    case " ${TOUR_LESSONS:-$lesson} " in *" $lesson "*) ;; *) continue ;; esac
    while [ "$at" -lt "$lesson" ]; do key Right; at=$((at + 1)); done
    file="$OUT/$lang-$size-$mode-$(printf '%02d' "$lesson")-$name.png"
    case $name in
      distribution-lab)
        # Play's key follows the language (key.plane.play in the window's bundle: P, French L)
        # (English is texts.properties: a missing texts_en.properties made grep fail and, with pipefail, the tour)
        bundle="$(dirname "$0")/../src/main/resources/org/ganclassroom/ui/texts_$lang.properties"
        [ -f "$bundle" ] || bundle="$(dirname "$0")/../src/main/resources/org/ganclassroom/ui/texts.properties"
        play_key=$(grep -m1 '^key.plane.play=' "$bundle" | cut -d= -f2 || true)
        xdotool key --clearmodifiers "$(echo "${play_key:-P}" | tr '[:upper:]' '[:lower:]')"
        sleep 3
        import -window root "$WORK/shot.png"
        ;;
      gan-variations)
        scroll_to_diagram "$w" "$h"
        ;;
      copy-check)
        sleep 8   # the training and test digits read and the 16 fakes' neighbours found
        import -window root "$WORK/shot.png"
        ;;
      *)
        import -window root "$WORK/shot.png"
        ;;
    esac
    save_png8 "$WORK/shot.png" "$file"
    echo "   $(basename "$file")"
  done
  stop_run
}

# The diagram in a capture: prints "LENGTH CENTRE" (in pixel rows) of the tallest band of rows that
# hold a pure-white square of 11x11 pixels (which lesson text never has, even white text in
# presenter mode), or "0 0" when no band is 30 rows tall. A diagram's white background makes such a band.
diagram_band() {
  local h=$2
  convert "$1" -fuzz 1% -fill black +opaque white -morphology Open Square:5 \
      -scale "1x${h}!" -depth 8 -compress none pgm:- | tail -n +4 | tr -s ' \n' '\n' | grep -v '^$' |
    awk -v h="$h" '
      function close_band(end) { if (end - s >= 30 && end - s > len) { len = end - s; mid = int((s + end) / 2) } }
      { y = NR - 1; if ($1 > 0) { if (!on) { s = y; on = 1 } } else if (on) { close_band(y); on = 0 } }
      END { if (on) close_band(h); print len + 0, mid + 0 }'
}

# Wheels the lesson text down two notches at a time until the first diagram has shown whole and then
# moved past the middle of the screen, and leaves in $WORK/shot.png the capture where that diagram was
# whole and nearest the middle.
scroll_to_diagram() {
  local w=$1 h=$2 i band len mid dist best_i=-1 best_len=0 best_dist=100000
  for i in $(seq 0 60); do
    if [ "$i" -gt 0 ]; then
      # Wheel over the lesson text (the middle column in normal mode, the left half in presenter
      # mode), then park the pointer again so that no picture shows its tooltip in the capture.
      xdotool mousemove $((w * 30 / 100)) $((h / 2)) click 5 click 5
      park_mouse
      sleep 0.6
    fi
    import -window root "$WORK/scroll-$i.png"
    band=$(diagram_band "$WORK/scroll-$i.png" "$h")
    len=${band% *}; mid=${band#* }
    dist=$(( mid > h / 2 ? mid - h / 2 : h / 2 - mid ))
    if [ "$len" -gt $((best_len + 3)) ]; then
      best_i=$i; best_len=$len; best_dist=$dist          # more of a diagram than before
    elif [ "$best_len" -gt 0 ] && [ "$len" -ge $((best_len - 3)) ] && [ "$dist" -le "$best_dist" ]; then
      best_i=$i; best_dist=$dist                          # the same diagram, nearer the middle
    elif [ "$best_len" -gt 0 ]; then
      break                                               # it is leaving: stop
    fi
  done
  if [ "$best_i" -lt 0 ]; then
    echo "   (no diagram found within $((2 * i)) notches; keeping the first screen)"
    best_i=0
  else
    echo "   (scrolled $((2 * best_i)) notches: a diagram $best_len rows tall)"
  fi
  cp "$WORK/scroll-$best_i.png" "$WORK/shot.png"
  rm -f "$WORK"/scroll-*.png
}

RUNS=${TOUR_RUNS:-en:1024x768:normal en:1024x768:presenter en:1280x800:normal en:1280x800:presenter
  en:1920x1080:normal en:1920x1080:presenter fr:1280x800:normal fr:1280x800:presenter}
[ -n "${TOUR_RUNS:-}${TOUR_LESSONS:-}" ] || rm -f "$OUT"/en-*-*-[0-9][0-9]-*.png "$OUT"/fr-*-*-[0-9][0-9]-*.png
for run in $RUNS; do
  IFS=: read -r lang size mode <<<"$run"
  tour "$lang" "$size" "$mode"
done

total() { du -cb "$OUT"/* | tail -1 | cut -f1; }   # the PNGs and README.md
for drop in "$OUT/en-1920x1080-normal-01-fake-or-real.png" "$OUT/en-1920x1080-normal-13-review-quiz.png"; do
  [ "$(total)" -le "$LIMIT_BYTES" ] && break
  echo "over 12 MB: dropping $(basename "$drop")"
  rm -f "$drop"
done
echo "$(ls "$OUT"/*.png | wc -l) screenshots, $(total) bytes in $OUT"
