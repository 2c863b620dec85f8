package org.ganclassroom.gan.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The real data of the 2-D lab: points in the plane, drawn from one of a few shapes a class can see at a
 * glance, or from points a student placed by clicking. Coordinates lie roughly in [-2, 2].
 */
public sealed interface Distribution {

    /** Fills {@code xy} with {@code count} points, x then y for each. */
    void sample(SplittableRandom random, int count, float[] xy);

    String name();

    /** A ring of radius 1: one connected shape, hard for G to cover without leaving a gap. */
    record Ring() implements Distribution {
        @Override
        public void sample(SplittableRandom random, int count, float[] xy) {
            for (int i = 0; i < count; i++) {
                double angle = random.nextDouble() * 2 * Math.PI;
                double radius = 1 + 0.05 * random.nextGaussian();
                xy[2 * i] = (float) (radius * Math.cos(angle));
                xy[2 * i + 1] = (float) (radius * Math.sin(angle));
            }
        }

        @Override
        public String name() {
            return "ring";
        }
    }

    /** Eight small blobs on a circle: the classic test of mode collapse (G settles on a few of them). */
    record EightGaussians() implements Distribution {
        @Override
        public void sample(SplittableRandom random, int count, float[] xy) {
            for (int i = 0; i < count; i++) {
                double angle = random.nextInt(8) * Math.PI / 4;
                xy[2 * i] = (float) (1.4 * Math.cos(angle) + 0.08 * random.nextGaussian());
                xy[2 * i + 1] = (float) (1.4 * Math.sin(angle) + 0.08 * random.nextGaussian());
            }
        }

        @Override
        public String name() {
            return "eight-gaussians";
        }
    }

    /** Two interleaved half circles. */
    record TwoMoons() implements Distribution {
        @Override
        public void sample(SplittableRandom random, int count, float[] xy) {
            for (int i = 0; i < count; i++) {
                double t = random.nextDouble() * Math.PI;
                boolean upper = random.nextBoolean();
                double x = upper ? Math.cos(t) : 1 - Math.cos(t);
                double y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
                xy[2 * i] = (float) (x - 0.5 + 0.06 * random.nextGaussian());
                xy[2 * i + 1] = (float) (y - 0.25 + 0.06 * random.nextGaussian());
            }
        }

        @Override
        public String name() {
            return "two-moons";
        }
    }

    /** The student's own points (each drawn with a little spread), placed by clicking on the plot. */
    record Drawn(List<float[]> points) implements Distribution {
        public Drawn {
            points = List.copyOf(points);
        }

        @Override
        public void sample(SplittableRandom random, int count, float[] xy) {
            if (points.isEmpty()) {
                new Ring().sample(random, count, xy); // nothing drawn yet: something to learn meanwhile
                return;
            }
            for (int i = 0; i < count; i++) {
                float[] p = points.get(random.nextInt(points.size()));
                xy[2 * i] = (float) (p[0] + 0.05 * random.nextGaussian());
                xy[2 * i + 1] = (float) (p[1] + 0.05 * random.nextGaussian());
            }
        }

        @Override
        public String name() {
            return "drawn";
        }

        public Drawn with(float x, float y) {
            List<float[]> more = new ArrayList<>(points);
            more.add(new float[] {x, y});
            return new Drawn(more);
        }
    }

    /** The shapes a lesson may name ({@code ring}, {@code two-moons}, {@code eight-gaussians}, {@code drawn}). */
    static List<String> names() {
        return List.of("ring", "two-moons", "eight-gaussians", "drawn");
    }

    static Distribution named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "two-moons" -> new TwoMoons();
            case "eight-gaussians" -> new EightGaussians();
            case "drawn" -> new Drawn(List.of());
            default -> new Ring();
        };
    }
}
