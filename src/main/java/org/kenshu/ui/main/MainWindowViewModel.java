package org.kenshu.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.service.Services;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;

/**
 * The main window's state: the selected page, the fiscal years to choose from, the status line,
 * and the first-run choice (sample city, a city preset, or empty).
 */
public final class MainWindowViewModel {
    private final Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final ObjectProperty<PageId> page = new SimpleObjectProperty<>(PageId.STAFF);
    private final ObservableList<Integer> fiscalYears = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty(I18n.t("app.title"));

    public MainWindowViewModel(Services services, TaskRunner tasks, DialogService dialogs, AppState state,
            String dataFolder) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        location.set(I18n.t("status.dataFolder", dataFolder));
    }

    /** Reads the organisation and the years there is something for; selects the current fiscal year. */
    public void load() {
        tasks.run(I18n.t("task.loading"), p -> new Loaded(services.organisation.organisation(),
                services.organisation.selectableYears(), services.organisation.currentFiscalYear().year(),
                services.roster.staffCount()), this::apply);
    }

    private record Loaded(Organisation organisation, List<Integer> years, int current, int staff) {
    }

    private void apply(Loaded loaded) {
        state.organisationProperty().set(loaded.organisation());
        fiscalYears.setAll(loaded.years());
        if (state.fiscalYear() == 0 || !loaded.years().contains(state.fiscalYear())) {
            state.fiscalYearProperty().set(loaded.current());
        }
        String city = loaded.organisation().name();
        title.set(city == null || city.isBlank() ? I18n.t("app.title") : I18n.t("app.titleWithCity", city));
        status.set(I18n.t("status.staff", loaded.staff()));
    }

    /** On a database that has never been set up: offer the sample city, a preset, or an empty start. */
    public void offerFirstRun(Runnable afterSetup) {
        if (!services.organisation.isUnset()) {
            return;
        }
        List<FirstRunChoice> choices = new ArrayList<>();
        choices.add(new FirstRunChoice(FirstRunChoice.Kind.SAMPLE, null, I18n.t("firstRun.sample")));
        services.presets.presets().forEach(p -> choices.add(new FirstRunChoice(FirstRunChoice.Kind.PRESET, p.id(),
                "empty".equals(p.id()) ? I18n.t("firstRun.empty") : I18n.t("firstRun.preset", p.label()))));
        dialogs.choose(I18n.t("firstRun.title"), I18n.t("firstRun.message"), choices, FirstRunChoice::label)
                .ifPresent(choice -> tasks.run(choice.label(), progress -> {
                    if (choice.kind() == FirstRunChoice.Kind.SAMPLE) {
                        services.sample.load(progress);
                    } else {
                        services.presets.apply(choice.preset(), null);
                    }
                    return choice;
                }, done -> {
                    dialogs.notify(I18n.t("firstRun.done", done.label()));
                    load();
                    afterSetup.run();
                }, failure -> dialogs.showError(I18n.t("error.title"), failure.getMessage(), failure)));
    }

    public ObjectProperty<PageId> pageProperty() {
        return page;
    }

    public ObservableList<Integer> fiscalYears() {
        return fiscalYears;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public AppState state() {
        return state;
    }
}
