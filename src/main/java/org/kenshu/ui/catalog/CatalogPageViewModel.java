package org.kenshu.ui.catalog;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.I18n;
import org.kenshu.service.CatalogService;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.imports.Text;
import org.kenshu.ui.common.TaskRunner;

/** 研修カタログ: every course with its type, provider, format, size, cost and target tiers, filtered as typed. */
public final class CatalogPageViewModel {
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final ObservableList<CourseEntry> courses = FXCollections.observableArrayList();
    private final FilteredList<CourseEntry> shown = new FilteredList<>(courses);
    private final StringProperty filter = new SimpleStringProperty("");

    public CatalogPageViewModel(CatalogService catalog, TaskRunner tasks) {
        this.catalog = catalog;
        this.tasks = tasks;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingCatalog"), p -> catalog.courses(), list -> {
            courses.setAll(list);
            applyFilter();
        });
    }

    private void applyFilter() {
        String key = Text.key(filter.get());
        shown.setPredicate(e -> key.isEmpty()
                || Text.key(e.course().name() + e.typeName() + e.providerName() + e.targetTiers()).contains(key));
    }

    public FilteredList<CourseEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
