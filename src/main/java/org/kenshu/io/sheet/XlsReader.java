package org.kenshu.io.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kenshu.model.Progress;

/**
 * Reads BIFF8 .xls (Excel 97–2003) with POI's HSSF user model: an .xls holds at most 65,536 rows,
 * so loading it whole is bounded. Same cell semantics as {@link XlsxReader} (see
 * {@link NumericCells}). The OLE2 container is checked first: one holding {@code EncryptionInfo}
 * is a password-protected .xlsx, one without a workbook stream is a Word file or similar.
 */
public final class XlsReader implements SpreadsheetReader {
    @Override
    public void read(Path file, RowHandler handler, Progress progress) throws UnreadableFileException {
        PoiLimits.apply();
        RowHandler guarded = new GuardedHandler(handler);
        ReadFailures.run(file, () -> {
            // No password is ever offered: protected files are rejected, not guessed at.
            Biff8EncryptionKey.setCurrentUserPassword(null);
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                checkContainer(file, fs.getRoot());
                try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                    readWorkbook(workbook, guarded, progress);
                }
            }
        });
    }

    private static void checkContainer(Path file, DirectoryNode root) throws UnreadableFileException {
        boolean workbook = false;
        boolean oldBook = false;
        for (String name : root.getEntryNames()) {
            if (name.equals("EncryptionInfo") || name.equals("EncryptedPackage")) {
                throw new UnreadableFileException(file, "import.reason.encrypted", null);
            }
            workbook |= name.equalsIgnoreCase("Workbook");
            oldBook |= name.equalsIgnoreCase("Book");
        }
        if (!workbook) {
            throw new UnreadableFileException(file, oldBook ? "import.reason.oldExcel" : "import.reason.notSpreadsheet", null);
        }
    }

    private static void readWorkbook(HSSFWorkbook workbook, RowHandler handler, Progress progress) {
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        NumericCells numerics = new NumericCells(date1904);
        Map<Short, NumberFormat> formats = new HashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            progress.checkCancelled();
            Sheet sheet = workbook.getSheetAt(i);
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            handler.startSheet(new SheetInfo(workbook.getSheetName(i), hidden, merged(sheet), date1904));
            RowBuilder rows = new RowBuilder(handler, progress);
            for (Row row : sheet) {
                rows.start(row.getRowNum() + 1);
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    Cell value = value(cell, cell.getCellType(), numerics, formats);
                    if (value != null) {
                        rows.set(cell.getColumnIndex(), value);
                    }
                }
                rows.finish();
            }
            handler.endSheet();
        }
    }

    private static List<MergedRegion> merged(Sheet sheet) {
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            regions.add(new MergedRegion(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
        }
        return regions;
    }

    private static Cell value(org.apache.poi.ss.usermodel.Cell cell, CellType type, NumericCells numerics,
            Map<Short, NumberFormat> formats) {
        return switch (type) {
            case NUMERIC -> numerics.cell(cell.getNumericCellValue(), format(cell.getCellStyle(), formats));
            case STRING -> Cell.text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> Cell.text(errorText(cell.getErrorCellValue()));
            case FORMULA -> value(cell, cell.getCachedFormulaResultType(), numerics, formats);
            default -> null;
        };
    }

    private static NumberFormat format(CellStyle style, Map<Short, NumberFormat> formats) {
        return formats.computeIfAbsent(style.getIndex(),
                index -> NumberFormat.of(style.getDataFormat() & 0xFFFF, style.getDataFormatString()));
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
    }
}
