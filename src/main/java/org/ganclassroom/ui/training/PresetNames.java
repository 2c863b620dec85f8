package org.ganclassroom.ui.training;

import java.util.List;
import javafx.util.StringConverter;
import org.ganclassroom.dock.DockSession;

/**
 * Shows a drop-down's run choices (preset ids such as "classroom", and "reference (DL4J)") by the names the dock
 * gives them in the window's language, while the values stay the ids that files and the command line use.
 */
public final class PresetNames extends StringConverter<String> {

    private final List<String> choices;

    /** @param choices the drop-down's items (a live list is fine): where a shown name is looked up */
    public PresetNames(List<String> choices) {
        this.choices = choices;
    }

    @Override
    public String toString(String choice) {
        return choice == null ? "" : DockSession.displayName(WindowWords.INSTANCE, choice);
    }

    @Override
    public String fromString(String shown) {
        return choices.stream().filter(choice -> toString(choice).equals(shown)).findFirst().orElse(shown);
    }
}
