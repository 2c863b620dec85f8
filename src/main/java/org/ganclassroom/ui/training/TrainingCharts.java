package org.ganclassroom.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.ganclassroom.gan.MetricHistory;

/**
 * The two charts: D and G loss; D(x) and D(G(z)) with the 0.5 equilibrium marked. Redrawn from
 * {@link MetricHistory} at a few frames per second and with at most {@link #MAX_POINTS} points per line,
 * so an hour of training costs the same to draw as a minute.
 */
final class TrainingCharts {

    static final int MAX_POINTS = 400;

    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> scoreChart;
    private final XYChart.Series<Number, Number> dLoss = series("D loss");
    private final XYChart.Series<Number, Number> gLoss = series("G loss");
    private final XYChart.Series<Number, Number> realScore = series("D(x): real judged real");
    private final XYChart.Series<Number, Number> fakeScore = series("D(G(z)): fake judged real");
    private final XYChart.Series<Number, Number> equilibrium = series("0.5: D can only guess");

    TrainingCharts() {
        lossChart = chart("loss-chart", "Loss", false);
        lossChart.getData().add(dLoss);
        lossChart.getData().add(gLoss);
        scoreChart = chart("score-chart", "Discriminator's verdict", true);
        scoreChart.getData().add(realScore);
        scoreChart.getData().add(fakeScore);
        scoreChart.getData().add(equilibrium);
    }

    LineChart<Number, Number> lossChart() {
        return lossChart;
    }

    LineChart<Number, Number> scoreChart() {
        return scoreChart;
    }

    void show(List<MetricHistory.Point> points) {
        List<MetricHistory.Point> shown = decimate(points);
        dLoss.getData().setAll(line(shown, MetricHistory.Point::discriminatorLoss));
        gLoss.getData().setAll(line(shown, MetricHistory.Point::generatorLoss));
        realScore.getData().setAll(line(shown, MetricHistory.Point::meanRealScore));
        fakeScore.getData().setAll(line(shown, MetricHistory.Point::meanFakeScore));
        long last = shown.isEmpty() ? 1 : Math.max(1, shown.get(shown.size() - 1).step());
        long first = shown.isEmpty() ? 0 : shown.get(0).step();
        equilibrium.getData().setAll(List.of(new XYChart.Data<>(first, 0.5), new XYChart.Data<>(last, 0.5)));
    }

    /** Total points drawn across all lines (for tests and the benchmark). */
    int pointCount() {
        return dLoss.getData().size() + gLoss.getData().size() + realScore.getData().size()
                + fakeScore.getData().size();
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

    private static List<XYChart.Data<Number, Number>> line(List<MetricHistory.Point> points,
                                                           ToDoubleFunction<MetricHistory.Point> value) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (MetricHistory.Point point : points) {
            double y = value.applyAsDouble(point);
            if (Double.isFinite(y)) {
                data.add(new XYChart.Data<>(point.step(), y));
            }
        }
        return data;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private static LineChart<Number, Number> chart(String id, String title, boolean probability) {
        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setForceZeroInRange(false);
        NumberAxis y = probability ? new NumberAxis(0, 1, 0.25) : new NumberAxis();
        y.setAutoRanging(!probability);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("training-chart");
        chart.setMinHeight(140);
        chart.setPrefHeight(190);
        return chart;
    }
}
