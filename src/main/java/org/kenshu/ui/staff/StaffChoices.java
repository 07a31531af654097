package org.kenshu.ui.staff;

import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Department;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Tier;
import org.kenshu.service.DepartmentNames;
import org.kenshu.service.Services;
import org.kenshu.ui.common.TaskRunner;

/**
 * What the staff detail's forms offer to choose from: open departments (by full name), tiers and job
 * categories in force, and designation roles. Read again when another tab changed them.
 */
public final class StaffChoices {
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Tier> tiers = FXCollections.observableArrayList();
    private final ObservableList<JobCategory> jobs = FXCollections.observableArrayList();
    private final ObservableList<DesignationRole> roles = FXCollections.observableArrayList();
    private DepartmentNames names = new DepartmentNames(List.of());

    void reload(Services services, TaskRunner tasks) {
        tasks.run(I18n.t("task.loadingStaff"), p -> new Lists(services.departments.departments(),
                services.tiers.tiers(), services.jobCategories.jobCategories(), services.staffRecords.roles()), l -> {
                    names = new DepartmentNames(l.departments());
                    departments.setAll(l.departments().stream().filter(d -> d.mergedIntoId() == null)
                            .sorted(Comparator.comparing(d -> names.fullName(d.id()))).toList());
                    tiers.setAll(l.tiers().stream().filter(t -> !t.retired()).toList());
                    jobs.setAll(l.jobs().stream().filter(j -> !j.retired()).toList());
                    roles.setAll(l.roles());
                });
    }

    private record Lists(List<Department> departments, List<Tier> tiers, List<JobCategory> jobs,
            List<DesignationRole> roles) {
    }

    /** 「総務部 人事課」. */
    public String departmentLabel(Department d) {
        return d == null ? "" : names.fullName(d.id());
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Tier> tiers() {
        return tiers;
    }

    public ObservableList<JobCategory> jobs() {
        return jobs;
    }

    public ObservableList<DesignationRole> roles() {
        return roles;
    }
}
