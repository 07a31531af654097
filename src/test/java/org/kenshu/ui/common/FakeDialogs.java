package org.kenshu.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A {@link DialogService} for view-model tests: records what was shown and answers from a script. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<List<ConflictField>> conflicts = new ArrayList<>();
    public final Deque<Object> answers = new ArrayDeque<>();
    public final List<Printable> printed = new ArrayList<>();
    public final List<org.kenshu.service.reports.print.PrintPreview> previews = new ArrayList<>();
    /** The file names save dialogs suggested. */
    public final List<String> suggestedNames = new ArrayList<>();

    /** Queues the answer to the next question (a Boolean for confirm, a ConflictChoice, an option, a Path…). */
    public FakeDialogs answer(Object answer) {
        answers.add(answer);
        return this;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        notifications.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return (Boolean) answers.remove();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        return Optional.ofNullable((T) answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        return Optional.ofNullable((Path) answers.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
        Object a = answers.poll();
        return a == null ? List.of() : (List<Path>) a;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable((Path) answers.poll());
    }

    @Override
    public ConflictChoice resolveConflict(String subject, List<ConflictField> fields) {
        conflicts.add(fields);
        return (ConflictChoice) answers.remove();
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public void showPrintPreview(Printable printable) {
        printed.add(printable);
    }

    @Override
    public void showReportPreview(org.kenshu.service.reports.print.PrintPreview preview) {
        previews.add(preview);
    }

    /** Answers with the next queued String; nothing queued is a cancel. */
    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable((String) answers.poll());
    }
}
