package org.ganclassroom.ui.training;

import java.util.Locale;
import org.ganclassroom.dock.DockSession;
import org.ganclassroom.ui.Texts;

/** The dock's words from the window's bundle, in the window's language of the moment. */
public final class WindowWords implements DockSession.Words {

    public static final WindowWords INSTANCE = new WindowWords();

    private WindowWords() {
    }

    @Override
    public String get(String key, Object... values) {
        return Texts.get(key, values);
    }

    @Override
    public Locale locale() {
        return Texts.locale();
    }
}
