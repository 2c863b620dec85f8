package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeSizeTest {

    @Test
    void normalModeKeepsTheDesktopSizeWhateverTheHeight() {
        assertEquals(15, TypeSize.basePx(false, 768, 1));
        assertEquals(15, TypeSize.basePx(false, 2160, 1));
        assertEquals(22.5, TypeSize.basePx(false, 768, 1.5));
    }

    @Test
    void presenterTypeIsTheSameShareOfAShortProjectorAsOfA1080pOne() {
        assertEquals(26, TypeSize.basePx(true, 1080, 1));
        assertEquals(18.5, TypeSize.basePx(true, 768, 1)); // 768 / 41.5
        assertEquals(19.5, TypeSize.basePx(true, 800, 1));
    }

    @Test
    void presenterTypeStaysBetweenItsLimits() {
        assertEquals(26, TypeSize.basePx(true, 2160, 1));
        assertEquals(18, TypeSize.basePx(true, 500, 1));
        assertEquals(26, TypeSize.basePx(true, 0, 1)); // before the window is shown
        assertEquals(36, TypeSize.basePx(true, 600, 2)); // the UI scale multiplies the clamped size
    }
}
