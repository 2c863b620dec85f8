package org.ganclassroom.gan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a run got where a checkpoint left it: its training clock, its curves (as the dock's charts hold them,
 * already averaged into at most {@link GanTrainer#HISTORY_POINTS} points), the judge's verdicts along the way
 * and its time-lapse, thinned to {@link #MAX_FRAMES} grids. Saved in the checkpoint beside the weights, so a class that loads "after 10
 * minutes" sees how training got there, and the clock and step go on from there.
 */
public record RunHistory(long elapsedMillis, int stepsPerPoint, List<MetricHistory.Point> points,
                         List<MetricHistory.Judged> judged, List<SampleGrid> frames) {

    /** A checkpoint without history (written before it was kept): empty curves, the clock at 0. */
    public static final RunHistory NONE = new RunHistory(0, 1, List.of(), List.of(), List.of());
    /** Grids kept in a checkpoint: ~50 KB each for 64 MNIST-sized fakes. */
    static final int MAX_FRAMES = 40;
    /** The largest cell a grid can have here (MNIST's is 28). */
    private static final int MAX_CELL = 64;
    static final long MAX_CURVES_BYTES = (long) GanTrainer.HISTORY_POINTS * 160 + 100;
    static final long MAX_JUDGED_BYTES = (long) MetricHistory.MAX_JUDGED * 40 + 100;
    static final long MAX_FRAMES_BYTES = (long) MAX_FRAMES * (32 + (long) GanModel.GRID_SAMPLES * MAX_CELL * MAX_CELL) + 8;

    public RunHistory {
        if (elapsedMillis < 0 || stepsPerPoint < 1) {
            throw new IllegalArgumentException("a negative clock or a point of fewer than one step");
        }
        points = List.copyOf(points);
        judged = List.copyOf(judged);
        frames = thinned(frames);
    }

    public boolean isEmpty() {
        return points.isEmpty() && judged.isEmpty() && frames.isEmpty() && elapsedMillis == 0;
    }

    /** At most MAX_FRAMES grids spread over the whole run, the first and the newest always kept. */
    private static List<SampleGrid> thinned(List<SampleGrid> frames) {
        if (frames.size() <= MAX_FRAMES) {
            return List.copyOf(frames);
        }
        List<SampleGrid> kept = new ArrayList<>(MAX_FRAMES);
        for (int i = 0; i < MAX_FRAMES; i++) {
            kept.add(frames.get((int) Math.round(i * (frames.size() - 1) / (double) (MAX_FRAMES - 1))));
        }
        return List.copyOf(kept);
    }

    /** The curves as CSV: a line with the steps each point stands for, then step,d_loss,g_loss,d_real,d_fake. */
    byte[] curvesCsv() {
        StringBuilder csv = new StringBuilder("steps_per_point," + stepsPerPoint + "\n");
        for (MetricHistory.Point p : points) {
            csv.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g%n", p.step(), p.discriminatorLoss(),
                    p.generatorLoss(), p.meanRealScore(), p.meanFakeScore()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The judge's verdicts as CSV: step,recognised (a share of the grid's fakes, 0 to 1). */
    byte[] judgedCsv() {
        StringBuilder csv = new StringBuilder("step,recognised,frechet\n");
        for (MetricHistory.Judged j : judged) { // frechet empty where it was not measured
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%s\n", j.step(), j.recognised(),
                    j.hasFrechet() ? String.format(Locale.ROOT, "%.3f", j.frechet()) : ""));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The grids: their number, then each as step, columns, cell, count and the cells' grey levels. */
    byte[] framesBinary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(frames.size());
            for (SampleGrid grid : frames) {
                float[] cells = grid.cellImages();
                int cell = (int) Math.round(Math.sqrt(cells.length / (double) grid.count()));
                out.writeLong(grid.step());
                out.writeInt(grid.columns());
                out.writeInt(cell);
                out.writeInt(grid.count());
                for (float value : cells) {
                    out.writeByte(SampleGrid.toByte(value));
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Reads what {@link #curvesCsv}, {@link #judgedCsv} and {@link #framesBinary} wrote; each may be null (absent).
     *
     * @throws IllegalArgumentException when the bytes are not such a history (a damaged checkpoint)
     */
    static RunHistory read(long elapsedMillis, byte[] curves, byte[] judgedCsv, byte[] frames) {
        int stepsPerPoint = 1;
        List<MetricHistory.Point> points = new ArrayList<>();
        if (curves != null) {
            String[] lines = new String(curves, StandardCharsets.UTF_8).split("\n");
            if (!lines[0].startsWith("steps_per_point,")) {
                throw new IllegalArgumentException("the curves have no steps_per_point line");
            }
            stepsPerPoint = Integer.parseInt(lines[0].substring("steps_per_point,".length()).strip());
            for (int i = 1; i < lines.length && points.size() < GanTrainer.HISTORY_POINTS; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].strip().split(",");
                if (f.length != 5) {
                    throw new IllegalArgumentException("curve line " + (i + 1) + " has " + f.length + " fields, not 5");
                }
                points.add(new MetricHistory.Point(Long.parseLong(f[0]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        }
        return new RunHistory(elapsedMillis, stepsPerPoint, points, judgedCsv == null ? List.of() : judged(judgedCsv),
                frames == null ? List.of() : grids(frames));
    }

    private static List<MetricHistory.Judged> judged(byte[] csv) {
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
        // step,recognised: checkpoints saved before the Fréchet distance was measured
        boolean withFrechet = lines[0].strip().equals("step,recognised,frechet");
        if (!withFrechet && !lines[0].strip().equals("step,recognised")) {
            throw new IllegalArgumentException("the judge's verdicts have no step,recognised header");
        }
        List<MetricHistory.Judged> judged = new ArrayList<>();
        for (int i = 1; i < lines.length && judged.size() < MetricHistory.MAX_JUDGED; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].strip().split(",", -1);
            int fields = withFrechet ? 3 : 2;
            if (f.length != fields) {
                throw new IllegalArgumentException("verdict line " + (i + 1) + " has " + f.length + " fields, not " + fields);
            }
            judged.add(new MetricHistory.Judged(Long.parseLong(f[0]), Double.parseDouble(f[1]),
                    withFrechet && !f[2].isEmpty() ? Double.parseDouble(f[2]) : Double.NaN));
        }
        return judged;
    }

    private static List<SampleGrid> grids(byte[] bytes) {
        List<SampleGrid> grids = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            if (count < 0 || count > MAX_FRAMES) {
                throw new IllegalArgumentException(count + " time-lapse grids (at most " + MAX_FRAMES + ")");
            }
            for (int i = 0; i < count; i++) {
                long step = in.readLong();
                int columns = in.readInt();
                int cell = in.readInt();
                int images = in.readInt();
                if (step < 0 || cell < 1 || cell > MAX_CELL || images < 1 || images > GanModel.GRID_SAMPLES
                        || columns < 1 || columns > images) {
                    throw new IllegalArgumentException("time-lapse grid " + (i + 1) + " has impossible sizes");
                }
                byte[] grey = in.readNBytes(images * cell * cell);
                if (grey.length != images * cell * cell) {
                    throw new IllegalArgumentException("time-lapse grid " + (i + 1) + " is cut short");
                }
                float[] values = new float[grey.length];
                for (int k = 0; k < grey.length; k++) {
                    values[k] = (grey[k] & 0xff) / 127.5f - 1f;
                }
                grids.add(SampleGrid.of(step, values, images, cell, columns));
            }
        } catch (IOException cutShort) {
            throw new IllegalArgumentException("the time-lapse is cut short");
        }
        return grids;
    }
}
