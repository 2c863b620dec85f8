// Makes checkpoints/mnist-5-collapsed.zip (sample-data/README.md): a generator that has collapsed, because
// it took many generator-only steps against a discriminator that did not learn meanwhile. Run from a build:
//   cd target/app && jshell -R-Dfrom=/tmp/col1/checkpoint.zip -R-Dto=collapsed.zip -R-Dgsteps=300 \
//       --class-path "gan-classroom.jar:$(ls lib/*.jar | tr '\n' ':')" ../../sample-data/make-collapsed.jsh
import org.ganclassroom.gan.*;
import org.ganclassroom.data.*;
import java.nio.file.*;
var data = new Datasets(Path.of("sample-data")).training("mnist");
var model = Checkpoint.load(Path.of(System.getProperty("from")));
int n = Integer.getInteger("gsteps");
for (int i = 0; i < n; i++) { var r = model.trainStep(data, GanModel.StepKind.GENERATOR_ONLY); if (i % 50 == 0) System.out.println("step " + r.step() + " G loss " + r.generatorLoss() + " D(G(z)) " + r.meanFakeScore()); }
Checkpoint.save(model, Path.of(System.getProperty("to")), Checkpoint.Storage.COMPACT, "mnist");
System.out.println("saved");
/exit
