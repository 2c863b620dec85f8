package org.ganclassroom.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.LatentSpace;

/**
 * What each code value of an unsupervised generator draws, as the judge reads it: for every value, the
 * class the judge sees most among fakes drawn with it, and that class's share. Nobody told the generator
 * which value means which digit (the code found its classes on its own, unlike a conditional GAN's labels),
 * so "draw me a 7" means: use the code value the judge most often reads as 7.
 *
 * @param classOf for each code value, the class the judge sees most (-1 if it is sure of none)
 * @param share   for each code value, the share of its fakes the judge confidently reads as that class
 */
public record CodeMeaning(int[] classOf, double[] share) {

    /**
     * A conditional generator's meaning, known without asking the judge: it was trained on labels, so code
     * value k draws class k.
     */
    public static CodeMeaning fromLabels(int classes) {
        int[] classOf = new int[classes];
        double[] share = new double[classes];
        for (int k = 0; k < classes; k++) {
            classOf[k] = k;
            share[k] = Double.NaN; // not measured: the labels say it
        }
        return new CodeMeaning(classOf, share);
    }

    public static CodeMeaning of(GanModel model, Judge judge, int perValue, long seed) {
        LatentSpace space = new LatentSpace(model.preset());
        int values = space.codeValues();
        int[] classOf = new int[values];
        double[] share = new double[values];
        for (int value = 0; value < values; value++) {
            List<float[]> points = withCode(space, value, perValue, seed + value);
            float[] pictures = model.drawEach(LatentSpace.concat(points), perValue);
            JudgeReport report = JudgeReport.of(judge.classify(pictures, perValue));
            int best = -1;
            for (int c = 0; c < report.histogram().length; c++) {
                if (report.histogram()[c] > 0 && (best < 0 || report.histogram()[c] > report.histogram()[best])) {
                    best = c;
                }
            }
            classOf[value] = best;
            share[value] = best < 0 ? 0 : report.histogram()[best] / (double) perValue;
        }
        return new CodeMeaning(classOf, share);
    }

    /** {@code count} random noises, all with the code switched to {@code value}. */
    public static List<float[]> withCode(LatentSpace space, int value, int count, long seed) {
        List<float[]> points = new ArrayList<>();
        for (float[] point : space.random(count, seed)) {
            points.add(space.everyCode(point).get(value));
        }
        return points;
    }

    /** The code values the judge reads as {@code label}, the surest first (empty: no value draws it). */
    public List<Integer> valuesFor(int label) {
        List<Integer> values = new ArrayList<>();
        for (int value = 0; value < classOf.length; value++) {
            if (classOf[value] == label) {
                values.add(value);
            }
        }
        values.sort(Comparator.comparingDouble((Integer v) -> -share[v]));
        return values;
    }
}
