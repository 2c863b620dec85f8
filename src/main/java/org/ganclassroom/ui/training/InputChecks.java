package org.ganclassroom.ui.training;

import java.util.function.Predicate;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Marks a field whose text cannot be used while it is being typed (ControlsFX's validation decoration: a
 * red corner and the hint as its tooltip), so "abc" in the learning rate shows as wrong before Enter, not
 * only as a message at the top of the dock that may be scrolled out of sight.
 */
final class InputChecks {

    private InputChecks() {
    }

    static void decorate(TextField field, Predicate<String> valid, String hint) {
        ValidationSupport support = new ValidationSupport();
        support.registerValidator(field, false, Validator.createPredicateValidator(
                (String text) -> text == null || valid.test(text.strip()), hint, Severity.ERROR));
    }
}
