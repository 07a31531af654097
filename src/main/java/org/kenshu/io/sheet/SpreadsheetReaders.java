package org.kenshu.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.kenshu.model.Progress;

/**
 * Chooses the reader for a file by its content, not its name: officers' files are often renamed
 * (a CSV saved as .xls by an old system, a web page called .xlsx). A ZIP goes to
 * {@link XlsxReader} (which rejects a ZIP without a workbook), an OLE2 container to
 * {@link XlsReader} (which rejects encrypted .xlsx), text to {@link CsvReader} when the name says
 * csv/tsv/txt. PDF, HTML/XML, empty files and text named like Excel are rejected with a reason.
 */
public final class SpreadsheetReaders {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "tsv", "txt");
    private static final Set<String> EXCEL_EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls", "xlt", "xlsb");
    private static final int HEAD = 512;

    private SpreadsheetReaders() {
    }

    /** Reads {@code file} with the reader its content calls for. */
    public static void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException {
        forFile(file).read(file, handler, progress);
    }

    /** The reader for {@code file}, or the reason it cannot be read at all. */
    public static SpreadsheetReader forFile(Path file) throws UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "import.reason.cannotOpen", e);
        }
        String extension = extension(file);
        if (head.length == 0) {
            throw new UnreadableFileException(file, "import.reason.empty", null);
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return new XlsxReader();
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new XlsReader();
        }
        if (isOldBiff(head)) {
            throw new UnreadableFileException(file, "import.reason.oldExcel", null);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new UnreadableFileException(file, "import.reason.pdf", null);
        }
        if (looksLikeMarkup(head)) {
            throw new UnreadableFileException(file, "import.reason.webPageOrXml", null);
        }
        if (TEXT_EXTENSIONS.contains(extension)) {
            return new CsvReader();
        }
        if (EXCEL_EXTENSIONS.contains(extension)) {
            throw new UnreadableFileException(file,
                    isBinary(head) ? "import.reason.notSpreadsheet" : "import.reason.textWithExcelExtension", null);
        }
        throw new UnreadableFileException(file, "import.reason.unsupportedType", null,
                extension.isEmpty() ? file.getFileName().toString() : "." + extension);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Excel 2.x–4.x saved BIFF records directly, without the OLE2 container: a BOF record first. */
    private static boolean isOldBiff(byte[] head) {
        return head.length >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)
                && head[3] == 0x00 && (head[2] == 0x04 || head[2] == 0x06);
    }

    /** HTML or XML (old systems' "Excel format", SpreadsheetML 2003), after an optional BOM and spaces. */
    private static boolean looksLikeMarkup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String start = text.substring(i).toLowerCase(Locale.ROOT);
        return start.startsWith("<?xml") || start.startsWith("<!doctype") || start.startsWith("<html")
                || start.startsWith("<table") || start.startsWith("<!--");
    }

    private static boolean isBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
