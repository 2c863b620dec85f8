package org.ganclassroom.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A line plot drawn on one canvas: title, y ticks, x ticks in steps, the lines, a legend. It replaces
 * JavaFX's LineChart for the live training curves: a LineChart rebuilt twice a second restyled and laid
 * out its axes, legend and paths each time, and with the JIT compiling all that code it took ~0.08 of a
 * core from training on a 2-core laptop (docs/performance.md). Here a new set of lines is one redraw, and
 * nothing is redrawn unless the lines, the size or the theme changed.
 *
 * <p>Text takes its font and colour from two invisible labels styled by the theme (.plot-title,
 * .plot-text), so the plot follows presenter mode and the instructor's text size like everything else.
 */
final class MetricPlot extends Region {

    /** One line: its legend name, colours in the normal and the presenter theme, and its points. */
    record Line(String name, Color color, Color presenterColor, boolean dashed, double[] x, double[] y) {
    }

    private static final double PAD = 6;

    private final String title;
    private final Double fixedMin;
    private final Double fixedMax;
    private final Canvas canvas = new Canvas();
    {
        canvas.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // a plot is not mirrored in RTL
    }
    private final Label titleStyle = new Label();
    private final Label textStyle = new Label();
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private List<Line> lines = List.of();

    /** @param fixedMin and fixedMax the y range, or null for a range that follows the data */
    MetricPlot(String id, String title, Double fixedMin, Double fixedMax) {
        this.title = title;
        this.fixedMin = fixedMin;
        this.fixedMax = fixedMax;
        setId(id);
        getStyleClass().add("training-chart");
        titleStyle.getStyleClass().add("plot-title");
        textStyle.getStyleClass().add("plot-text");
        for (Label style : List.of(titleStyle, textStyle)) {
            style.setManaged(false);
            style.setOpacity(0); // styled by CSS like any label, never seen
            style.fontProperty().addListener((obs, old, font) -> draw());
            style.textFillProperty().addListener((obs, old, fill) -> draw());
        }
        presenter.addListener((obs, old, on) -> draw());
        getChildren().addAll(canvas, titleStyle, textStyle);
        setMinHeight(140);
        setPrefHeight(190);
        describe();
    }

    BooleanProperty presenterProperty() {
        return presenter;
    }

    void setLines(List<Line> newLines) {
        lines = List.copyOf(newLines);
        describe();
        draw();
    }

    /**
     * The words drawn on the canvas, for screen readers (and PseudoLocaleTest, which reads every word shown):
     * the title, the legend, the x axis's unit and, before any point, the note that the curves are coming.
     */
    private void describe() {
        List<String> words = new ArrayList<>();
        words.add(title);
        lines.forEach(line -> words.add(line.name()));
        words.add(org.ganclassroom.ui.Texts.get("chart.step"));
        if (lines.stream().allMatch(line -> line.dashed() || line.x().length < 2)) {
            words.add(org.ganclassroom.ui.Texts.get("chart.empty"));
        }
        String text = String.join(". ", words);
        if (!text.equals(getAccessibleText())) {
            setAccessibleText(text);
        }
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    private void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (width < 60 || height < 60) {
            return;
        }
        Font font = textStyle.getFont();
        Font titleFont = titleStyle.getFont();
        Paint text = textStyle.getTextFill();
        double lineHeight = font.getSize() * 1.3;
        boolean projector = presenter.get();

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(fitting(title, titleFont, width - 2 * PAD));
        g.setFill(titleStyle.getTextFill());
        g.fillText(title, PAD, 2, width - 2 * PAD);
        double top = titleFont.getSize() * 1.4 + 4;

        double legendHeight = drawLegend(g, font, text, projector, width, height);

        double[] yRange = yRange();
        double[] yTicks = AxisTicks.nice(yRange[0], yRange[1], 4);
        List<String> yLabels = new ArrayList<>();
        double labelWidth = 0;
        for (double tick : yTicks) {
            String label = AxisTicks.format(tick, yTicks);
            yLabels.add(label);
            labelWidth = Math.max(labelWidth, width(label, font));
        }
        double left = PAD + labelWidth + 6;
        double right = width - PAD - 4;
        double bottom = height - legendHeight - lineHeight - 4;
        if (bottom - top < 30 || right - left < 30) {
            return;
        }
        double[] xRange = xRange();

        g.setFont(font);
        g.setLineDashes();
        g.setLineWidth(1);
        g.setStroke(projector ? Color.gray(0.3) : Color.gray(0.85));
        g.setFill(text);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yTicks.length; i++) {
            double y = map(yTicks[i], yRange[0], yRange[1], bottom, top);
            if (y < top - 1 || y > bottom + 1) {
                continue;
            }
            g.strokeLine(left, y, right, y);
            g.fillText(yLabels.get(i), left - 5, y);
        }
        g.setTextBaseline(VPos.TOP);
        // "step" at the right end of the x axis; tick labels that would run into it are left out.
        g.setTextAlign(TextAlignment.RIGHT);
        String stepWord = org.ganclassroom.ui.Texts.get("chart.step");
        g.fillText(stepWord, right, bottom + 3);
        double lastLabelEnd = right - width(stepWord, font) - 8;
        g.setTextAlign(TextAlignment.CENTER);
        for (double tick : AxisTicks.niceWhole(xRange[0], xRange[1], Math.max(2, (int) ((right - left) / 90)))) {
            double x = map(tick, xRange[0], xRange[1], left, right);
            String label = String.format(org.ganclassroom.ui.Texts.locale(), "%,d", Math.round(tick));
            if (x >= left - 1 && x + width(label, font) / 2 <= lastLabelEnd) {
                g.fillText(label, x, bottom + 3);
            }
        }
        g.setStroke(text);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);

        // one point draws no line: the note stays until there are two (the judge's and the Fréchet distance's
        // first measurement came at step 0 and left an empty plot with an axis of 440.75-441.50)
        if (lines.stream().allMatch(line -> line.dashed() || line.x().length < 2)) {
            g.setFill(text);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            // wrapped to the plot's width: squeezed onto one line (fillText's maxWidth) it read as a smudge
            double room = Math.max(10, right - left - 8);
            List<String> rows = wrapped(org.ganclassroom.ui.Texts.get("chart.empty"), font, room);
            g.setFont(font);
            double first = (top + bottom) / 2 - (rows.size() - 1) * lineHeight / 2;
            for (int i = 0; i < rows.size(); i++) {
                g.fillText(rows.get(i), (left + right) / 2, first + i * lineHeight, room);
            }
            return; // the 0.5 line alone would strike through these words
        }
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        for (Line line : lines) {
            int n = line.x().length;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = map(line.x()[i], xRange[0], xRange[1], left, right);
                ys[i] = map(line.y()[i], yRange[0], yRange[1], bottom, top);
            }
            stroke(g, line, projector, projector ? 3 : 2, 6, 6);
            g.strokePolyline(xs, ys, n);
        }
        g.restore();
    }

    /** The legend in rows along the bottom edge; returns its height. */
    private double drawLegend(GraphicsContext g, Font font, Paint text, boolean projector, double width,
                              double height) {
        double lineHeight = font.getSize() * 1.3;
        double swatch = font.getSize() * 1.2;
        List<double[]> places = new ArrayList<>();
        double x = PAD;
        double row = 0;
        for (Line line : lines) {
            double itemWidth = swatch + 4 + width(line.name(), fitting(line.name(), font, width - 2 * PAD - swatch - 4)) + 14;
            if (x > PAD && x + itemWidth > width - PAD) {
                x = PAD;
                row++;
            }
            places.add(new double[] {x, row});
            x += itemWidth;
        }
        double legendHeight = lines.isEmpty() ? 0 : (row + 1) * lineHeight;
        double legendTop = height - legendHeight;
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double y = legendTop + places.get(i)[1] * lineHeight + lineHeight / 2;
            double at = places.get(i)[0];
            stroke(g, line, projector, projector ? 4 : 3, 4, 3);
            g.strokeLine(at, y, at + swatch, y);
            g.setFill(text);
            double room = width - PAD - (at + swatch + 4);
            g.setFont(fitting(line.name(), font, room));
            g.fillText(line.name(), at + swatch + 4, y, room);
        }
        g.setLineDashes();
        return legendHeight;
    }

    /** A line's colour for the theme, the given width, and its dash pattern if it is dashed. */
    private static void stroke(GraphicsContext g, Line line, boolean projector, double width, double dash,
                               double gap) {
        g.setStroke(projector ? line.presenterColor() : line.color());
        g.setLineWidth(width);
        if (line.dashed()) {
            g.setLineDashes(dash, gap);
        } else {
            g.setLineDashes();
        }
    }

    private double[] yRange() {
        if (fixedMin != null && fixedMax != null) {
            return new double[] {fixedMin, fixedMax};
        }
        double[] extent = extent(Line::y);
        double min = extent[0];
        double max = extent[1];
        if (!(min <= max)) {
            return new double[] {0, 1};
        }
        if (fixedMin != null) { // a range fixed at one end only (the Fréchet distance starts at 0)
            min = Math.min(min, fixedMin);
        }
        if (fixedMax != null) {
            max = Math.max(max, fixedMax);
        }
        if (max - min < 1e-9) {
            return new double[] {min - 0.5, max + 0.5};
        }
        double[] ticks = AxisTicks.nice(min, max, 4);
        return new double[] {Math.min(min, ticks[0]), Math.max(max, ticks[ticks.length - 1])};
    }

    /** {min, max} over every line's x or y values ({+inf, -inf} when there are none). */
    private double[] extent(java.util.function.Function<Line, double[]> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : values.apply(line)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {min, max};
    }

    private double[] xRange() {
        double[] extent = extent(Line::x);
        double min = extent[0];
        double max = extent[1];
        if (!(min < max)) {
            return new double[] {0, Math.max(1, max)};
        }
        return new double[] {min, max};
    }

    private static double map(double value, double from, double to, double pixelFrom, double pixelTo) {
        return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
    }

    /**
     * {@code font}, smaller if {@code text} would not fit in {@code room} (down to 70%; fillText's maxWidth
     * squeezes what is still too wide): French's longer words in the projector's narrow chart column were cut.
     */
    private static Font fitting(String text, Font font, double room) {
        double wide = width(text, font);
        if (wide <= room || room <= 0) {
            return font;
        }
        double size = Math.max(font.getSize() * 0.7, font.getSize() * room / wide);
        return Font.font(font.getFamily(), font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")
                ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, size);
    }

    /** {@code text} broken between words into lines at most {@code room} wide (a longer word keeps its own line). */
    static List<String> wrapped(String text, Font font, double room) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = row.length() == 0 ? word : row + " " + word;
            if (row.length() > 0 && width(longer, font) > room) {
                rows.add(row.toString());
                row.setLength(0);
                row.append(word);
            } else {
                row.setLength(0);
                row.append(longer);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
