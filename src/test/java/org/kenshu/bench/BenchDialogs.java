package org.kenshu.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.Printable;

/** Dialogs for a benchmark: nobody is there to answer, so any question or error is a failure of the run. */
final class BenchDialogs implements DialogService {
    @Override
    public void showError(String title, String message, Throwable details) {
        throw new IllegalStateException(message, details);
    }

    @Override
    public void showInformation(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        throw new IllegalStateException(message);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public ConflictChoice resolveConflict(String subject, List<ConflictField> fields) {
        throw new IllegalStateException(subject);
    }

    @Override
    public void notify(String message) {
    }

    @Override
    public void showPrintPreview(Printable printable) {
    }

    @Override
    public void showReportPreview(org.kenshu.service.reports.print.PrintPreview preview) {
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }
}
