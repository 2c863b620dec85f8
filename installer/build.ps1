# Builds the Windows installer of GAN Classroom into target\installer\ (an .msi with WiX 3 on the PATH,
# else an .exe), the same way installer/build.sh does on Linux: a jlink'd runtime with JavaFX linked in
# as modules, and the app's other jars, lessons and sample data beside it.
# Run from any folder on a Windows machine with JDK 17+ and Maven:  powershell -File installer\build.ps1
# NOT YET RUN on Windows: written alongside build.sh, which is tested on Linux; report what breaks.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

[xml]$pom = Get-Content pom.xml
$version = $pom.project.version  # numeric, as jpackage needs
if (-not (Test-Path target\app\gan-classroom.jar)) { mvn -B -q package -DskipTests }

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null

# The pom's windows-x86_64 profile resolved Windows natives; JavaFX's Windows jars carry the classifier "win".
$fxJars = Get-ChildItem target\app\lib -Filter 'javafx-*-win.jar' | ForEach-Object { $_.FullName }
if (-not $fxJars) { throw 'no JavaFX jars for Windows in target\app\lib' }
Copy-Item target\app\gan-classroom.jar "$out\input\"
Get-ChildItem target\app\lib -Filter '*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } |
  Copy-Item -Destination "$out\input\lib\"
Copy-Item -Recurse target\app\lessons, target\app\sample-data "$out\input\"

$modules = (jdeps --multi-release 17 --ignore-missing-deps --print-module-deps `
  --class-path 'target\app\lib\*' target\app\gan-classroom.jar).Trim()
$modules += ',java.desktop,java.logging,java.management,jdk.management,java.naming,java.xml,jdk.zipfs,javafx.controls,javafx.swing'
jlink --module-path ($fxJars -join ';') --add-modules $modules --strip-debug --no-header-files `
  --no-man-pages --compress=2 --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

$type = if (Get-Command candle.exe -ErrorAction SilentlyContinue) { 'msi' } else { 'exe' }
jpackage --type $type --name 'GAN Classroom' --app-version $version --vendor 'GAN Classroom' `
  --description 'Teach Generative Adversarial Networks: lessons, quizzes and a live DCGAN' `
  --input "$out\input" --main-jar gan-classroom.jar --main-class org.ganclassroom.Launcher `
  --runtime-image "$out\runtime" --java-options '-Xmx1500m' --java-options '-XX:+AlwaysPreTouch' `
  --java-options '-Dorg.bytedeco.javacpp.maxbytes=2G' --java-options '-Dorg.bytedeco.javacpp.maxphysicalbytes=3G' `
  --win-menu --win-menu-group 'GAN Classroom' --win-shortcut --win-dir-chooser --dest $out
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem $out -Filter "*.$type"
