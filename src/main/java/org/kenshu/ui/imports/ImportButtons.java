package org.kenshu.ui.imports;

import javafx.scene.control.Button;
import org.kenshu.model.I18n;
import org.kenshu.model.ImportKind;

/** A page's own import button: opens the wizard with that page's kind of file chosen. */
public final class ImportButtons {
    private ImportButtons() {
    }

    public static Button of(String textKey, ImportKind kind, ImportWizardLauncher launcher) {
        Button button = new Button(I18n.t(textKey));
        button.setId("import" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + "Button");
        button.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        button.setOnAction(e -> launcher.open(kind));
        return button;
    }
}
