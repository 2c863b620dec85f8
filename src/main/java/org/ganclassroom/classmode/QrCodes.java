package org.ganclassroom.classmode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The class's address as a QR code (ZXing encodes it), so phones join by pointing their camera at the
 * projector or the terminal instead of typing an address.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** The code's modules: true is dark. Includes the quiet zone (4 modules) every reader needs. */
    public static boolean[][] modules(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < dark.length; y++) {
                for (int x = 0; x < dark[y].length; x++) {
                    dark[y][x] = matrix.get(x, y);
                }
            }
            return dark;
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", tooLong);
        }
    }

    /**
     * The code as terminal text: two modules per character cell, upper and lower half blocks, light on
     * dark as terminals show it best (a dark module is a space on the terminal's dark background).
     */
    public static String terminal(String text) {
        boolean[][] dark = modules(text);
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < dark.length; y += 2) {
            for (int x = 0; x < dark[y].length; x++) {
                boolean top = !dark[y][x];
                boolean bottom = y + 1 < dark.length && !dark[y + 1][x];
                out.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
