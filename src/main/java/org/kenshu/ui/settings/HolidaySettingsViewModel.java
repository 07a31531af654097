package org.kenshu.ui.settings;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kenshu.model.I18n;
import org.kenshu.service.RefusedException;
import org.kenshu.service.calendar.HolidayImport;
import org.kenshu.service.calendar.HolidayService;
import org.kenshu.service.calendar.HolidaySummary;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/**
 * 国民の祝日 on the settings page: which list is in use, and 「祝日ファイルを取り込む」 for a newer copy of
 * 内閣府's syukujitsu.csv — checked line by line, then all of it or nothing.
 */
public final class HolidaySettingsViewModel {
    private final HolidayService holidays;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public HolidaySettingsViewModel(HolidayService holidays, TaskRunner tasks, DialogService dialogs) {
        this.holidays = holidays;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingSettings"), p -> holidays.summary(), this::show);
    }

    private void show(HolidaySummary s) {
        summary.set(s.count() == 0 ? I18n.t("holidays.none") : I18n.t("holidays.summary", year(s.first()),
                year(s.last()), s.count(), s.source()));
    }

    public void importFile() {
        dialogs.chooseFileToOpen(I18n.t("holidays.chooseTitle"), List.of("*.csv")).ifPresent(file ->
                tasks.run(I18n.t("holidays.importing"), p -> holidays.importFile(file), (HolidayImport r) -> {
                    dialogs.showInformation(I18n.t("holidays.title"), I18n.t("holidays.imported", r.added(),
                            r.changed(), r.removed(), year(r.first()), year(r.last()), r.total()));
                    refresh();
                }, failure -> {
                    if (failure instanceof RefusedException) {
                        dialogs.showError(I18n.t("holidays.title"), failure.getMessage(), null);
                    } else {
                        dialogs.showError(I18n.t("error.title"), I18n.t("holidays.importFailed"), failure);
                    }
                }));
    }

    /** 「2027」, not 「2,027」 (MessageFormat groups digits of numbers). */
    private static String year(java.time.LocalDate d) {
        return Integer.toString(d.getYear());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
