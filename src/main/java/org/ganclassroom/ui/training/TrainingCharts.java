package org.ganclassroom.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.scene.paint.Color;
import org.ganclassroom.gan.MetricHistory;

/**
 * The four plots: D and G loss; D(x) and D(G(z)) with the 0.5 equilibrium marked; the share of fakes the
 * judge recognises (the losses hover while the pictures improve: this line shows the improvement); and the
 * Fréchet distance between the fakes and real images in the judge's features (lower: closer to real). Redrawn from
 * {@link MetricHistory} at a few frames per second and with at most {@link #MAX_POINTS} points per line
 * (more than a dock's plot has pixels across), so an hour of training costs the same to draw as a minute.
 */
final class TrainingCharts {

    static final int MAX_POINTS = 200;

    private final MetricPlot lossChart = new MetricPlot("loss-chart", org.ganclassroom.ui.Texts.get("chart.loss"), null, null);
    private final MetricPlot scoreChart = new MetricPlot("score-chart", org.ganclassroom.ui.Texts.get("chart.verdict"), 0.0, 1.0);
    private final MetricPlot judgeChart = new MetricPlot("judge-chart", org.ganclassroom.ui.Texts.get("chart.judge"), 0.0, 1.0);
    /** How far the fakes are from real images in the judge's features; starts at 0 so "closer" reads as lower. */
    private final MetricPlot frechetChart = new MetricPlot("frechet-chart", org.ganclassroom.ui.Texts.get("chart.frechet"),
            0.0, null);

    TrainingCharts(BooleanProperty presenter) {
        lossChart.presenterProperty().bind(presenter);
        scoreChart.presenterProperty().bind(presenter);
        judgeChart.presenterProperty().bind(presenter);
        frechetChart.presenterProperty().bind(presenter);
    }

    MetricPlot frechetChart() {
        return frechetChart;
    }

    MetricPlot lossChart() {
        return lossChart;
    }

    MetricPlot scoreChart() {
        return scoreChart;
    }

    MetricPlot judgeChart() {
        return judgeChart;
    }

    void show(List<MetricHistory.Point> points, List<MetricHistory.Judged> judged) {
        double[] steps = new double[judged.size()];
        double[] shares = new double[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            steps[i] = judged.get(i).step();
            shares[i] = judged.get(i).recognised();
        }
        judgeChart.setLines(List.of(new MetricPlot.Line(org.ganclassroom.ui.Texts.get("chart.judged"),
                Color.web("#6a1b9a"), Color.web("#d59cff"), false, steps, shares)));
        List<MetricHistory.Judged> measured = judged.stream().filter(MetricHistory.Judged::hasFrechet).toList();
        frechetChart.setLines(List.of(new MetricPlot.Line(org.ganclassroom.ui.Texts.get("chart.frechetLine"),
                Color.web("#00695c"), Color.web("#64ffda"), false,
                measured.stream().mapToDouble(MetricHistory.Judged::step).toArray(),
                measured.stream().mapToDouble(MetricHistory.Judged::frechet).toArray())));
        List<MetricHistory.Point> shown = decimate(points);
        lossChart.setLines(List.of(
                line(org.ganclassroom.ui.Texts.get("chart.dLoss"), Color.web("#2458b3"), Color.web("#6fa8ff"), shown,
                        MetricHistory.Point::discriminatorLoss),
                line(org.ganclassroom.ui.Texts.get("chart.gLoss"), Color.web("#c27a00"), Color.web("#ffb347"), shown,
                        MetricHistory.Point::generatorLoss)));
        long last = shown.isEmpty() ? 1 : Math.max(1, shown.get(shown.size() - 1).step());
        long first = shown.isEmpty() ? 0 : shown.get(0).step();
        scoreChart.setLines(List.of(
                line(org.ganclassroom.ui.Texts.get("chart.real"), Color.web("#2e7d32"), Color.web("#7dff8a"), shown,
                        MetricHistory.Point::meanRealScore),
                line(org.ganclassroom.ui.Texts.get("chart.fake"), Color.web("#b3261e"), Color.web("#ff7a70"), shown,
                        MetricHistory.Point::meanFakeScore),
                new MetricPlot.Line(org.ganclassroom.ui.Texts.get("chart.half"), Color.web("#5b5b63"), Color.web("#e6e6e6"), true,
                        new double[] {first, last}, new double[] {0.5, 0.5})));
    }

    /** Total points drawn across the four metric lines (for tests and the benchmark). */
    int pointCount() {
        int count = 0;
        for (MetricPlot plot : List.of(lossChart, scoreChart)) {
            for (MetricPlot.Line line : plot.lines()) {
                count += line.dashed() ? 0 : line.x().length;
            }
        }
        return count;
    }

    static List<MetricHistory.Point> decimate(List<MetricHistory.Point> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        List<MetricHistory.Point> kept = new ArrayList<>(MAX_POINTS + 1);
        double stride = points.size() / (double) MAX_POINTS;
        for (int i = 0; i < MAX_POINTS; i++) {
            kept.add(points.get((int) (i * stride)));
        }
        kept.add(points.get(points.size() - 1));
        return kept;
    }

    /** One metric as a line, skipping steps where it is not defined (a D-only step has no G loss). */
    private static MetricPlot.Line line(String name, Color color, Color presenterColor,
                                        List<MetricHistory.Point> points, ToDoubleFunction<MetricHistory.Point> value) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        int n = 0;
        for (MetricHistory.Point point : points) {
            double y = value.applyAsDouble(point);
            if (Double.isFinite(y)) {
                xs[n] = point.step();
                ys[n] = y;
                n++;
            }
        }
        return new MetricPlot.Line(name, color, presenterColor, false, java.util.Arrays.copyOf(xs, n),
                java.util.Arrays.copyOf(ys, n));
    }
}
