package org.ganclassroom.ui.lesson;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into a Java2D image and hands it to JavaFX as PNG bytes, resampled to
 * the width shown (no Swing window is involved, so this works headless too). Drawn at four times the
 * size, so glyphs stay sharp when the formula grows with the type: its width follows the font size of the
 * label that holds it (the root's, 15 px on a desk, 18-26 px in presenter mode, times the UI scale), like
 * every other word, and never exceeds the box it sits in.
 */
final class Formulas {

    /** The root font size at which a formula is shown at its {@code pointSize} (base.css). */
    private static final double DESK_FONT_PX = 15;
    private static final int OVERSAMPLING = 4;

    private Formulas() {
    }

    private static byte[] png(BufferedImage image) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static Node render(String latex, double pointSize) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY,
                    (float) (pointSize * OVERSAMPLING));
            icon.setForeground(Color.BLACK);
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            byte[] png = png(image);
            ImageView view = new ImageView();
            Label holder = new Label(null, view);
            holder.getStyleClass().add("formula");
            holder.setAccessibleText(latex);
            double deskWidth = image.getWidth() / (double) OVERSAMPLING;
            // As wide as the type asks, but never wider than the box it sits in: on a projector's narrow
            // lesson column a large formula widened the whole page and cut its text at the right.
            javafx.beans.property.DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(Double.MAX_VALUE);
            holder.parentProperty().addListener((obs, old, parent) -> {
                room.unbind();
                if (parent instanceof javafx.scene.layout.Region region) {
                    room.bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> region.getWidth() > 0
                            ? region.getWidth() - region.snappedLeftInset() - region.snappedRightInset()
                            : Double.MAX_VALUE, region.widthProperty()));
                }
            });
            holder.setMinWidth(0);
            javafx.beans.binding.DoubleBinding shownWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(deskWidth * holder.getFont().getSize() / DESK_FONT_PX, room.get()),
                    holder.fontProperty(), room);
            // Resampled to the width shown, averaging over each pixel's area: an ImageView scaling the 4x
            // picture down filters bilinearly, and at 1024x768 the "+" of lesson 11's formula vanished.
            Runnable resample = () -> {
                int width = (int) Math.max(1, Math.round(shownWidth.get()));
                if (view.getImage() == null || (int) view.getImage().getWidth() != width) {
                    view.setImage(new javafx.scene.image.Image(new java.io.ByteArrayInputStream(png), width, 0, true,
                            true));
                }
            };
            shownWidth.addListener((obs, old, now) -> resample.run());
            holder.getProperties().put("shown-width", shownWidth); // a binding's sources hold it only weakly
            resample.run();
            return holder;
        } catch (RuntimeException | java.io.IOException invalid) {
            Label fallback = new Label(latex + "\n" + org.ganclassroom.ui.Texts.get("formula.notTypeset"));
            fallback.setWrapText(true);
            fallback.getStyleClass().add("formula-source");
            return fallback;
        }
    }
}
