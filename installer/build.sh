#!/usr/bin/env bash
# Builds a self-contained GAN Classroom for this OS into target/installer/:
#   Linux: an app image (target/installer/gan-classroom/) and a .deb;  macOS: a .dmg (see README).
# A jlink'd runtime holds only the Java modules the app needs, with JavaFX linked in as modules; the app's
# other jars, lessons/ and sample-data/ travel beside it. Usage: installer/build.sh [--app-image-only]
set -euo pipefail
cd "$(dirname "$0")/.."

app_image_only=false
[ "${1:-}" = "--app-image-only" ] && app_image_only=true

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)  # numeric, as jpackage needs
[ -f target/app/gan-classroom.jar ] || mvn -B -q package -DskipTests

case "$(uname -s)" in
  Linux) os=linux; types=(deb) ;;
  Darwin) os=mac; types=(dmg) ;;
  *) echo "build.sh: on Windows use installer/build.ps1" >&2; exit 2 ;;
esac

out=target/installer
rm -rf "$out"
mkdir -p "$out/input/lib"

# JavaFX goes into the runtime as modules (its platform jars carry the natives); everything else is the
# class path next to the app jar. The jar's manifest lists the JavaFX jars too: missing entries are ignored.
fx_jars=$(ls target/app/lib/javafx-*-"$os"*.jar 2>/dev/null | tr '\n' ':' || true)
[ -n "$fx_jars" ] || { echo "build.sh: no JavaFX jars for $os in target/app/lib" >&2; exit 1; }
cp target/app/gan-classroom.jar "$out/input/"
find target/app/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/lib/" \;
cp -r target/app/lessons target/app/sample-data "$out/input/"

# The native jars are stored, not deflated: the .deb's xz then compresses their libraries three times
# better (nd4j-native: 90 MB deflated, 31 MB as xz of the stored jar). Measured in installer/README.md.
if ! $app_image_only && command -v zip >/dev/null && command -v unzip >/dev/null; then
  for jar in "$out"/input/lib/nd4j-native-*-"$os"*.jar "$out"/input/lib/openblas-*-"$os"*.jar; do
    [ -f "$jar" ] || continue
    tmp=$(mktemp -d)
    (cd "$tmp" && unzip -q "$OLDPWD/$jar" && rm "$OLDPWD/$jar" && zip -q -0 -r -X "$OLDPWD/$jar" META-INF $(ls | grep -v '^META-INF$'))
    rm -rf "$tmp"
  done
fi

# jdk.management: the DiagnosticCommand MBean through which perf/WindowJit keeps JavaFX off the C2 compiler
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "target/app/lib/*" target/app/gan-classroom.jar)
modules="$modules,java.desktop,java.logging,java.management,jdk.management,java.naming,java.xml,jdk.zipfs,javafx.controls,javafx.swing"
echo "build.sh: linking a runtime with $modules"
jlink --module-path "$fx_jars" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$out/runtime"

# -Dorg.bytedeco.javacpp.maxbytes bounds ND4J's off-heap memory; -Xmx the Java heap: a 4 GB laptop copes.
java_options=(--java-options "-Xmx1500m" --java-options "-XX:+AlwaysPreTouch" --java-options "-Dorg.bytedeco.javacpp.maxbytes=2G"
  --java-options "-Dorg.bytedeco.javacpp.maxphysicalbytes=3G")
common=(--name gan-classroom --app-version "$version" --vendor "GAN Classroom"
  --description "Teach Generative Adversarial Networks: lessons, quizzes and a live DCGAN")

jpackage --type app-image "${common[@]}" --input "$out/input" --main-jar gan-classroom.jar \
  --main-class org.ganclassroom.Launcher --runtime-image "$out/runtime" "${java_options[@]}" --dest "$out"
echo "build.sh: app image in $out/gan-classroom"

if ! $app_image_only; then
  for type in "${types[@]}"; do
    extra=()
    # installer/linux/ holds our postinst/prerm: the menu entry must not fail the install on a machine
    # without a desktop menu directory (jpackage's own scripts exit 3 there).
    [ "$type" = deb ] && extra=(--linux-shortcut --linux-menu-group Education --linux-app-category education
      --resource-dir installer/linux)
    jpackage --type "$type" "${common[@]}" --app-image "$out/gan-classroom" "${extra[@]}" --dest "$out"
  done
  ls -l "$out"/*.deb "$out"/*.dmg 2>/dev/null || true
fi
