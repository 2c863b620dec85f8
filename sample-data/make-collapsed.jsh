// Makes checkpoints/mnist-5-collapsed.zip (sample-data/README.md): a generator that has collapsed, because
// it took many generator-only steps against a discriminator that did not learn meanwhile. Run from a build:
//   cd target/app && jshell -R-Dfrom=/tmp/col1/checkpoint.zip -R-Dto=collapsed.zip -R-Dgsteps=300 \
//       --class-path "gan-classroom.jar:$(ls lib/*.jar | tr '\n' ':')" ../../sample-data/make-collapsed.jsh
// With -R-Drecord=DIR it also writes DIR/metrics.csv (a row a step) and DIR/grid-NNNNNN.png every 10 steps,
// the folder make-history.jsh reads (how the shipped file got its history, with the build of 1c36fe4).
import org.ganclassroom.gan.*;
import org.ganclassroom.data.*;
import java.nio.file.*;
var data = new Datasets(Path.of("sample-data")).training("mnist");
var model = Checkpoint.load(Path.of(System.getProperty("from")));
int n = Integer.getInteger("gsteps");
var record = System.getProperty("record") == null ? null : Files.createDirectories(Path.of(System.getProperty("record")));
var rows = new StringBuilder("step,elapsed_ms,d_loss,g_loss,d_real,d_fake\n");
long start = System.nanoTime();
for (int i = 0; i < n; i++) {
    var r = model.trainStep(data, GanModel.StepKind.GENERATOR_ONLY);
    if (i % 50 == 0) System.out.println("step " + r.step() + " G loss " + r.generatorLoss() + " D(G(z)) " + r.meanFakeScore());
    rows.append(String.format(java.util.Locale.ROOT, "%d,%d,%f,%f,%f,%f%n", r.step(), (System.nanoTime() - start) / 1_000_000,
            r.discriminatorLoss(), r.generatorLoss(), r.meanRealScore(), r.meanFakeScore()));
    if (record != null && (i + 1) % 10 == 0) {
        SampleGrid.of(model.step(), model.fixedSamples(), GanModel.GRID_SAMPLES, 28, model.gridColumns())
                .writePng(record.resolve(String.format("grid-%06d.png", model.step())));
    }
}
if (record != null) {
    Files.writeString(record.resolve("metrics.csv"), rows);
    Checkpoint.save(model, record.resolve("checkpoint.zip"), Checkpoint.Storage.COMPACT, "mnist");
}
Checkpoint.save(model, Path.of(System.getProperty("to")), Checkpoint.Storage.COMPACT, "mnist");
System.out.println("saved");
/exit
