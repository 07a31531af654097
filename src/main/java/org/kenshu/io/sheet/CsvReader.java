package org.kenshu.io.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kenshu.model.Progress;

/**
 * Reads .csv, .tsv and .txt: one sheet named after the file, every cell text (number and dateTime
 * are never set: a CSV has no types, the import pipeline parses values). Encoding per
 * {@link CsvEncoding}. Delimiter: tab for .tsv and .txt (Excel's text exports), comma for .csv,
 * unless the first line holds only the other one. Quoted fields may span lines; a row's number is
 * the line its record starts on. Streams: one record in memory at a time.
 */
public final class CsvReader implements SpreadsheetReader {
    private static final int SNIFF_CHARS = 1 << 16;
    private static final String UNCLOSED_QUOTE = "EOF reached before encapsulated token finished";

    @Override
    public void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException {
        PoiLimits.apply();
        RowHandler guarded = new GuardedHandler(handler);
        ReadFailures.run(file, () -> {
            CsvEncoding.Detected encoding = CsvEncoding.detect(file, progress);
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(encoding.bomLength());
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict(encoding.charset())), SNIFF_CHARS);
                char delimiter = delimiter(reader, file);
                CSVFormat format = CSVFormat.DEFAULT.builder()
                        .setDelimiter(delimiter)
                        .setIgnoreEmptyLines(false) // keeps line numbers exact; blank rows are dropped by RowBuilder
                        .setTrailingData(true) // "a"b as Excel reads it
                        .setLenientEof(false) // an unclosed quote is an error, not one giant cell
                        .get();
                try (CSVParser parser = CSVParser.parse(reader, format)) {
                    guarded.startSheet(new SheetInfo(file.getFileName().toString(), false, List.of(), false));
                    readRecords(file, parser, new RowBuilder(guarded, progress));
                    guarded.endSheet();
                }
            }
        });
    }

    private static void readRecords(Path file, CSVParser parser, RowBuilder rows) throws UnreadableFileException {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            long startLine = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (String.valueOf(e.getMessage()).contains(UNCLOSED_QUOTE)) {
                    throw new UnreadableFileException(file, "import.reason.unclosedQuote", e, Long.toString(startLine));
                }
                throw e;
            }
            rows.start(Math.toIntExact(startLine));
            for (int i = 0; i < record.size(); i++) {
                rows.set(i, Cell.text(record.get(i)));
            }
            rows.finish();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Tab or comma: by extension, unless the first line holds only the other one. */
    static char delimiter(BufferedReader reader, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        char byExtension = name.endsWith(".csv") ? ',' : '\t';
        reader.mark(SNIFF_CHARS);
        int tabs = 0;
        int commas = 0;
        for (int i = 0, c; i < SNIFF_CHARS && (c = reader.read()) >= 0 && c != '\n' && c != '\r'; i++) {
            tabs += c == '\t' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }
        reader.reset();
        if (tabs > 0 && commas == 0) {
            return '\t';
        }
        if (commas > 0 && tabs == 0) {
            return ',';
        }
        return byExtension;
    }
}
