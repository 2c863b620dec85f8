package org.ganclassroom.ui.lesson;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into a Java2D image and hands it to JavaFX through SwingFXUtils (no
 * Swing window is involved, so this works headless too). Drawn at twice the size and shown at half for
 * sharp glyphs on high-density screens and projectors.
 */
final class Formulas {

    private Formulas() {
    }

    static Node render(String latex, double pointSize) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (pointSize * 2));
            icon.setForeground(Color.BLACK);
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setFitWidth(image.getWidth() / 2.0);
            view.setPreserveRatio(true);
            view.getStyleClass().add("formula");
            view.setAccessibleText(latex);
            return view;
        } catch (RuntimeException invalid) {
            Label fallback = new Label(latex + "\n(This formula could not be typeset; check-lessons says why.)");
            fallback.setWrapText(true);
            fallback.getStyleClass().add("formula-source");
            return fallback;
        }
    }
}
