package org.kenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void plainNumbersAreWrittenWithoutGroupingAndGroupedOnesWithIt() {
        assertThat(I18n.t("import.undo.noBatch", 2026)).contains("2026").doesNotContain("2,026");
        assertThat(I18n.t("status.staff", 30000)).contains("30,000");
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertThat(I18n.t("no.such.key")).isEqualTo("no.such.key");
    }
}
