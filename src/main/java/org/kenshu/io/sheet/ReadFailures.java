package org.kenshu.io.sheet;

import java.io.FileNotFoundException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.kenshu.model.Progress;
import org.xml.sax.SAXParseException;

/**
 * Runs a reader's body and turns every failure of the file into an {@link UnreadableFileException}
 * with the most specific reason we can tell, while the handler's own exceptions and cancellation
 * pass through unchanged.
 */
final class ReadFailures {
    private static final int MAX_CAUSE_DEPTH = 32;

    /** A reader's work; may throw anything. */
    interface Body {
        void run() throws Exception;
    }

    private ReadFailures() {
    }

    static void run(Path file, Body body) throws UnreadableFileException {
        try {
            body.run();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Throwable t) {
            Throwable passThrough = passThrough(t);
            if (passThrough != null) {
                throw ReadFailures.<RuntimeException>sneaky(passThrough);
            }
            throw classify(file, t);
        }
    }

    /** The handler's original exception or a cancellation somewhere in {@code t}'s causes, else null. */
    static Throwable passThrough(Throwable t) {
        for (Throwable c : causes(t)) {
            if (c instanceof GuardedHandler.HandlerFailure failure) {
                return failure.getCause();
            }
            if (c instanceof Progress.CancelledException) {
                return c;
            }
        }
        return null;
    }

    static UnreadableFileException classify(Path file, Throwable t) {
        String reason = "import.reason.corrupt";
        for (Throwable c : causes(t)) {
            String specific = reasonOf(c);
            if (specific != null) {
                reason = specific;
                break;
            }
        }
        return new UnreadableFileException(file, reason, t);
    }

    private static String reasonOf(Throwable c) {
        String message = String.valueOf(c.getMessage());
        if (c instanceof EncryptedDocumentException) {
            return "import.reason.encrypted";
        } else if (c instanceof OldExcelFormatException) {
            return "import.reason.oldExcel";
        } else if (c instanceof EmptyFileException) {
            return "import.reason.empty";
        } else if (c instanceof ODFNotOfficeXmlFileException) {
            return "import.reason.openDocument";
        } else if (c instanceof NotOfficeXmlFileException || message.contains("[M1.13]")) {
            return "import.reason.notExcelWorkbook"; // M1.13: a ZIP without [Content_Types].xml
        } else if (c instanceof OutOfMemoryError || c instanceof FileTooLargeException) {
            return "import.reason.tooLarge";
        } else if (message.contains("Zip bomb") || message.startsWith(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
            return "import.reason.tooLarge";
        } else if (c instanceof SAXParseException && (message.contains("DOCTYPE") || message.contains("entity expansion"))) {
            return "import.reason.xmlEntities";
        } else if (c instanceof FileSystemException || c instanceof FileNotFoundException) {
            return "import.reason.cannotOpen";
        }
        return null;
    }

    private static Iterable<Throwable> causes(Throwable t) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable c = t; c != null && chain.size() < MAX_CAUSE_DEPTH && seen.put(c, Boolean.TRUE) == null;
                c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
