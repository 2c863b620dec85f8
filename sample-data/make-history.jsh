// Gives a shipped generator the history of the run that made it (sample-data/README.md, "Their history"):
// its curves, the shipped judge's verdict on every grid, the time-lapse and the clock, read from the folders
// of a reproduction of its recipe (`train` writes metrics.csv and grid-NNNNNN.png there). Refuses unless the
// reproduction's last checkpoint has exactly the shipped file's weights, which it then keeps byte for byte.
// Run from a build:
//   cd target/app && jshell -R-Dfrom=../../sample-data/checkpoints/mnist-1-after-1-minute.zip -R-Dto=/tmp/out.zip \
//       -R-Druns=/tmp/rep-mnist-1 -R-Ddataset=mnist \
//       --class-path "gan-classroom.jar:$(ls lib/*.jar | tr '\n' ':')" ../../sample-data/make-history.jsh
import org.ganclassroom.gan.*;
import org.ganclassroom.judge.*;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import javax.imageio.ImageIO;

byte[] entry(Path zipFile, String name) throws Exception {
    try (var zip = new ZipFile(zipFile.toFile())) {
        var e = zip.getEntry(name);
        return e == null ? null : zip.getInputStream(e).readAllBytes();
    }
}

var from = Path.of(System.getProperty("from"));
var runs = Arrays.stream(System.getProperty("runs").split(",")).map(Path::of).toList();
var reproduced = runs.get(runs.size() - 1).resolve("checkpoint.zip");
for (String weights : List.of("generator.f32", "discriminator.f32", "generator-average.f32", "fixed-noise.f32")) {
    if (!Arrays.equals(entry(from, weights), entry(reproduced, weights))) {
        throw new IllegalStateException(weights + " of " + reproduced + " differs from " + from + ": not the same run");
    }
}
var judge = ShippedJudges.forDataset(Path.of("sample-data"), System.getProperty("dataset")).orElseThrow();
int columns = Checkpoint.load(from).gridColumns();
var recorder = new RunRecorder(RunHistory.NONE);
long millis = 0;
for (Path run : runs) {
    List<String> rows = Files.readAllLines(run.resolve("metrics.csv"));
    long last = 0;
    for (String row : rows.subList(1, rows.size())) { // step,elapsed_ms,d_loss,g_loss,d_real,d_fake
        String[] f = row.split(",");
        recorder.step(new StepResult(Long.parseLong(f[0]), true, true, Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        last = Long.parseLong(f[1]);
    }
    millis += last;
    try (var pngs = Files.list(run)) {
        for (Path png : pngs.filter(p -> p.getFileName().toString().matches("grid-\\d+\\.png")).sorted().toList()) {
            var image = ImageIO.read(png.toFile());
            int across = (image.getWidth() - SampleGrid.GAP) / (28 + SampleGrid.GAP); // that build drew 8 x 8
            float[] cells = new float[GanModel.GRID_SAMPLES * 28 * 28];
            for (int i = 0; i < GanModel.GRID_SAMPLES; i++) {
                int left = SampleGrid.GAP + (i % across) * (28 + SampleGrid.GAP);
                int top = SampleGrid.GAP + (i / across) * (28 + SampleGrid.GAP);
                for (int y = 0; y < 28; y++) {
                    for (int x = 0; x < 28; x++) {
                        cells[i * 784 + y * 28 + x] = image.getRaster().getSample(left + x, top + y, 0) / 127.5f - 1f;
                    }
                }
            }
            long step = Long.parseLong(png.getFileName().toString().replaceAll("\\D", ""));
            recorder.grid(SampleGrid.of(step, cells, GanModel.GRID_SAMPLES, 28, columns)); // as the dock lays it out
            recorder.judged(step, JudgeReport.of(judge.classify(cells, GanModel.GRID_SAMPLES)).recognisable());
        }
    }
}
var history = recorder.history(millis);
Checkpoint.withHistory(from, Path.of(System.getProperty("to")), history);
var judged = history.judged();
System.out.printf("%s: %d points (%d steps each), %d frames, %d verdicts (last %.2f), clock %d s%n",
        System.getProperty("to"), history.points().size(), history.stepsPerPoint(), history.frames().size(),
        judged.size(), judged.get(judged.size() - 1).recognised(), millis / 1000);
/exit
