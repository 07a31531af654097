package org.kenshu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Enter saves a form and Esc puts it back, wherever the cursor is in it. */
class FormKeysTest {
    final List<String> happened = new ArrayList<>();
    final TextField field = new TextField();
    final TextArea area = new TextArea();
    final Button cancel = new Button("取消");
    final VBox form = new VBox(field, area, cancel);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void press(Node target, KeyCode key, boolean shortcut) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false,
                shortcut, false, shortcut))).get(5, TimeUnit.SECONDS);
    }

    @Test
    void enterSavesEscCancelsAndATextAreaKeepsItsLineBreaks() throws Exception {
        cancel.setOnAction(e -> happened.add("cancel button"));
        FormKeys.install(form, () -> happened.add("save"), () -> happened.add("cancel"));
        press(field, KeyCode.ENTER, false);
        press(field, KeyCode.ESCAPE, false);
        press(area, KeyCode.ENTER, false);
        press(area, KeyCode.ENTER, true);
        press(cancel, KeyCode.ENTER, false);
        assertThat(happened).containsExactly("save", "cancel", "save", "cancel button");
    }
}
