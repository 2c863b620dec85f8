#!/bin/bash
# Replays the hostile inputs of docs/robustness.md against a built app (mvn package first) and prints,
# for each, the exit code, the seconds it took and the first line of its error output. Read the output:
# every line should be a sentence, never a stack trace, and nothing should take long.
# Needs python3 and ImageMagick (convert).
#   scripts/robustness-tour.sh [target/app]
set -u
APP=$(cd "${1:-target/app}" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
J="java -Xmx1500m -Dganclassroom.home=$W/home -jar $APP/gan-classroom.jar"
try() {
  local name=$1; shift
  local start=$(date +%s%N)
  timeout 120 "$@" >"$W/err" 2>&1
  local rc=$?
  local err=$(grep -E "^[a-z-]+: |^/|^--|Exception|Error" "$W/err" | head -1 | cut -c1-150)
  local traces=$(grep -c "^\s*at " "$W/err")
  printf '%-34s rc=%-3s %5.1fs  %s%s\n' "$name" "$rc" "$(( ($(date +%s%N) - start) / 100000000 ))e-1" "$err" \
    "$( [ "$traces" -gt 0 ] && echo "  [STACK TRACE: $traces lines]")"
}
CK="$APP/sample-data/checkpoints/mnist-1-after-1-minute.zip"
python3 - "$CK" "$W" <<'PY'
import sys, zipfile, os
src, w = sys.argv[1], sys.argv[2]
entries = {i.filename: zipfile.ZipFile(src).read(i.filename) for i in zipfile.ZipFile(src).infolist()}
def write(name, content, extra=None):
    with zipfile.ZipFile(os.path.join(w, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for k, v in content.items(): z.writestr(k, v)
        if extra:
            with z.open(extra, 'w', force_zip64=True) as f:
                chunk = bytes(1 << 20)
                for _ in range(1024): f.write(chunk)
write('bomb.zip', entries, 'padding.bin')                       # + 1 GB of zeros
m = entries['manifest.properties'].decode()
write('wide.zip', {**entries, 'manifest.properties': m.replace('generatorWidths=64,32', 'generatorWidths=100000,32')})
write('nopreset.zip', {**entries, 'manifest.properties': '\n'.join(l for l in m.splitlines() if not l.startswith('preset='))})
import struct
g = bytearray(entries['generator.f32']); g[0:4] = struct.pack('<f', float('nan'))
write('nan.zip', {**entries, 'generator.f32': bytes(g)})
os.makedirs(os.path.join(w, 'bombs'))
# a JPEG whose header claims 40000x40000 pixels
import subprocess
subprocess.run(['convert', '-size', '8x8', 'xc:white', os.path.join(w, 'small.jpg')], check=True)  # ImageMagick
j = bytearray(open(os.path.join(w, 'small.jpg'), 'rb').read())
i = j.index(b'\xff\xc0'); j[i+5:i+9] = struct.pack('>HH', 40000, 40000)
open(os.path.join(w, 'bombs', 'bomb.jpg'), 'wb').write(j)
os.makedirs(os.path.join(w, 'lessons', 'images'))
open(os.path.join(w, 'lessons', '01-deep.yaml'), 'w').write('kind: concept\ntitle: Deep\nbody: |\n  ' + '>' * 6000 + ' x\n')
open(os.path.join(w, 'lessons', '02-comment.yaml'), 'w').write('kind: concept\ntitle: C\nbody: b\n# ' + 'x' * (16 << 20) + '\n')
PY
try "checkpoint + 1 GB zip entry" $J sample --checkpoint "$W/bomb.zip" --count 1 --out "$W/s"
try "manifest widths 100000" $J sample --checkpoint "$W/wide.zip" --count 1 --out "$W/s"
try "manifest without preset" $J train --dataset mnist --steps 1 --resume "$W/nopreset.zip" --out "$W/t"
try "NaN weights" $J sample --checkpoint "$W/nan.zip" --count 1 --out "$W/s"
try "JPEG claiming 40000x40000" $J train --dataset "$W/bombs" --steps 1 --out "$W/t"
try "evaluate a folder of bombs" $J evaluate --images "$W/bombs"
try "Markdown 6000 deep, 16 MB comment" $J check-lessons "$W/lessons"
try "--seconds 1e400" $J train --dataset mnist --seconds 1e400 --out "$W/t"
echo x > "$W/afile"
try "--out is a file" $J train --dataset mnist --steps 1 --out "$W/afile"
try "ui-bench --seconds 0" $J ui-bench --seconds 0
try "window without DISPLAY" env -u DISPLAY -u WAYLAND_DISPLAY $J
try "sample --out in /proc" $J sample --checkpoint "$CK" --count 1 --out /proc/nope
mkdir -p "$W/run"
( $J train --dataset mnist --steps 400 --out "$W/run" 2>/dev/null & ); sleep 6
try "second train into the same --out" $J train --dataset mnist --steps 1 --out "$W/run"
wait
