package org.kenshu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The application stylesheet parses cleanly. Branches each append rules to it; a merge that drops
 * a closing brace makes JavaFX skip every rule after it without a word, so this catches it.
 */
class StylesheetTest {

    @Test
    void parsesWithoutErrors() throws Exception {
        URL css = getClass().getResource("/org/kenshu/ui/kenshu.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();

        var sheet = new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(50);
    }
}
