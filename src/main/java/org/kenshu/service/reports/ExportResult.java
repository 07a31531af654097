package org.kenshu.service.reports;

import java.nio.file.Path;

/** A written report: the file, its sheets and data rows. */
public record ExportResult(Path file, int sheets, long rows) {
}
