package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code reads back as the class's address, as a phone's camera would read it. */
class QrCodesTest {

    @Test
    void theCodeDecodesToTheAddress() throws Exception {
        String address = "http://192.168.1.20:8765/?code=ACE777";
        boolean[][] dark = QrCodes.modules(address);
        int scale = 6;
        int size = dark.length * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = dark[y / scale][x / scale] ? 0xff000000 : 0xffffffff;
            }
        }
        LuminanceSource image = new RGBLuminanceSource(size, size, pixels);
        assertEquals(address, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText());
        String terminal = QrCodes.terminal(address);
        assertEquals((dark.length + 1) / 2, terminal.lines().count(), "two modules per line of text");
        assertTrue(terminal.lines().allMatch(line -> line.length() == dark.length));
    }
}
