package org.kenshu.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Progress;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Any throwable from parsing becomes a reason; the handler's own exceptions never do. */
class ReadFailuresTest {
    private static final Path FILE = Path.of("出欠.xlsx");

    private static String reasonFor(Throwable thrown) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> ReadFailures.run(FILE, () -> {
                    throw thrown instanceof Exception ex ? ex : new RuntimeException(thrown);
                }));
        return e.reasonKey();
    }

    @Test
    void turnsParserErrorsIntoTheMostSpecificReason() {
        assertThat(reasonFor(new IOException("wrapped", new EncryptedDocumentException("x")))).isEqualTo("import.reason.encrypted");
        assertThat(reasonFor(new IOException("Zip bomb detected! The file would exceed the max. ratio"))).isEqualTo("import.reason.tooLarge");
        assertThat(reasonFor(new SAXParseException("DOCTYPE is disallowed when the feature ...", null))).isEqualTo("import.reason.xmlEntities");
        assertThat(reasonFor(new NoSuchFileException("出欠.xlsx"))).isEqualTo("import.reason.cannotOpen");
        assertThat(reasonFor(new IllegalArgumentException("whatever POI says"))).isEqualTo("import.reason.corrupt");
    }

    @Test
    void turnsErrorsOfTheVmIntoReasonsToo() {
        assertThat(catchThrowableOfType(UnreadableFileException.class,
                () -> ReadFailures.run(FILE, () -> {
                    throw new StackOverflowError();
                })).reasonKey()).isEqualTo("import.reason.corrupt");
        assertThat(catchThrowableOfType(UnreadableFileException.class,
                () -> ReadFailures.run(FILE, () -> {
                    throw new OutOfMemoryError("Java heap space");
                })).reasonKey()).isEqualTo("import.reason.tooLarge");
    }

    @Test
    void letsTheHandlersExceptionThroughEvenWhenTheParserWrappedIt() {
        IllegalStateException own = new IllegalStateException("handler");
        assertThatThrownBy(() -> ReadFailures.run(FILE, () -> {
            throw new SAXException(new GuardedHandler.HandlerFailure(own));
        })).isSameAs(own);
    }

    @Test
    void letsCancellationThrough() {
        Progress.CancelledException cancelled = new Progress.CancelledException();
        assertThatThrownBy(() -> ReadFailures.run(FILE, () -> {
            throw new IOException("parser", cancelled);
        })).isSameAs(cancelled);
    }

    @Test
    void namesTheFileAndTheReasonInPlainJapanese() {
        UnreadableFileException e = ReadFailures.classify(FILE, new EncryptedDocumentException("x"));
        assertThat(e.getMessage()).isEqualTo("ファイル「出欠.xlsx」を読み込めません：パスワードで保護されています。"
                + "保護を解除して保存し直してから取り込んでください。");
        assertThat(e.file()).isEqualTo(FILE);
    }
}
