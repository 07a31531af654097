package org.kenshu.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog, file chooser, confirmation and notification goes through here, so view models are
 * tested with a fake and never touch a window.
 */
public interface DialogService {
    /** An error the officer must read: a plain message, with technical details folded away. */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** Yes/no; true for yes. */
    boolean confirm(String title, String message);

    /** One of {@code options}, labelled by {@code label}; empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label);

    /** A file to read; {@code extensions} like "*.xlsx". */
    Optional<Path> chooseFileToOpen(String title, List<String> extensions);

    /** Files to read (several at once). */
    List<Path> chooseFilesToOpen(String title, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions);

    /**
     * Someone else changed the row being saved: shows, field by field, the stored value beside the
     * officer's, and asks which to keep.
     */
    ConflictChoice resolveConflict(String subject, java.util.List<ConflictField> fields);

    /** A short message in the status bar that goes away by itself. */
    void notify(String message);

    /** The pages as they will be printed (A4 landscape), with the system print dialog from there. */
    void showPrintPreview(Printable printable);
    /** The print preview of a report, page by page, from which the officer can print (JavaFX printing). */
    void showReportPreview(org.kenshu.service.reports.print.PrintPreview preview);

    /** One line of text (a name), prefilled with {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);
}
