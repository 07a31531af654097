package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffStatus;
import org.kenshu.model.Tier;

/**
 * 職員名簿: creates new staff, records transfers and promotions as new assignment rows from the
 * effective date (never overwriting history), and reports staff the file does not list.
 */
final class StaffProcessor implements KindProcessor {
    private final ImportContext ctx;
    private final StaffIndex staff;
    private final TierIndex tiers;
    private final NamedIndex<JobCategory> jobs = new NamedIndex<>();
    private final DepartmentTree departments;
    private final StaffWriter writer;
    private final LocalDate effective;
    private final Map<String, Integer> seen = new HashMap<>();

    StaffProcessor(ImportContext ctx) {
        this.ctx = ctx;
        this.effective = ctx.options.effectiveDate() != null ? ctx.options.effectiveDate() : ctx.today;
        this.staff = new StaffIndex(ctx.repos.staff.findAll());
        this.tiers = new TierIndex(ctx.repos.tiers.findAll(), ctx.repos.tierAliases.findAll());
        ctx.repos.jobCategories.findAll().forEach(j -> {
            jobs.put(j.name(), j);
            jobs.put(j.code(), j);
        });
        this.departments = new DepartmentTree(ctx.repos, ctx.journal);
        this.writer = new StaffWriter(ctx, staff, effective);
    }

    @Override
    public Set<Column> keyColumns() {
        return Set.of(Column.EMPLOYEE_NO);
    }

    @Override
    public Set<Column> dataColumns() {
        return Set.of(Column.EMPLOYEE_NO, Column.NAME, Column.KANA);
    }

    @Override
    public void row(ImportRow row) {
        StaffRow parsed = parse(row);
        if (parsed == null) {
            ctx.counts.skipped++;
            return;
        }
        writer.write(parsed, departments);
    }

    private StaffRow parse(ImportRow row) {
        if (row.isBlank(Column.EMPLOYEE_NO)) {
            ctx.error(row, Column.EMPLOYEE_NO, "import.staff.noNumber");
            return null;
        }
        String number = staff.numbers().canonical(EmployeeNumbers.normalise(row.cell(Column.EMPLOYEE_NO)));
        Integer earlier = seen.putIfAbsent(number, row.rowNumber());
        if (earlier != null) {
            ctx.error(row, Column.EMPLOYEE_NO, "import.staff.duplicateNumber", number, earlier);
            return null;
        }
        boolean[] ok = {true};
        var hired = StaffRow.date(row, Column.HIRED_ON, ctx, ok).orElse(null);
        var promoted = StaffRow.date(row, Column.PROMOTED_ON, ctx, ok).orElse(null);
        var left = StaffRow.date(row, Column.LEFT_ON, ctx, ok).orElse(null);
        StaffStatus status = null;
        if (!row.isBlank(Column.STATUS)) {
            status = StaffStatusText.parse(row.text(Column.STATUS)).orElse(null);
            if (status == null) {
                ctx.error(row, Column.STATUS, "import.staff.badStatus", row.text(Column.STATUS));
                ok[0] = false;
            }
        }
        Tier tier = row.isBlank(Column.TIER) ? null : tier(row, ok);
        JobCategory job = row.isBlank(Column.JOB_CATEGORY) ? null : jobCategory(row, ok);
        List<String> path = row.isBlank(Column.DEPARTMENT) && row.isBlank(Column.DIVISION) ? List.of()
                : departments.path(row.text(Column.DIVISION), row.text(Column.DEPARTMENT));
        if (staff.byNumber(number).isEmpty() && row.isBlank(Column.NAME)) {
            ctx.error(row, Column.NAME, "import.staff.newWithoutName", number);
            ok[0] = false;
        }
        if (!ok[0]) {
            return null;
        }
        return new StaffRow(row, number, row.text(Column.NAME), row.text(Column.KANA), path, tier, job, hired,
                promoted, status, left);
    }

    private Tier tier(ImportRow row, boolean[] ok) {
        String name = row.text(Column.TIER);
        var found = tiers.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        if (!ctx.options.createMissing()) {
            ctx.error(row, Column.TIER, "import.staff.unknownTier", name);
            ok[0] = false;
            return null;
        }
        int rank = ctx.repos.tiers.findAll().stream().mapToInt(Tier::rank).max().orElse(0) + 1;
        Tier created = ctx.repos.tiers.insert(Tier.of("T" + rank + "-" + Math.abs(name.hashCode() % 1000), name, rank));
        ctx.journal.inserted("tier", created.id());
        tiers.add(created);
        ctx.warning(row, Column.TIER, "import.staff.createdTier", name);
        return created;
    }

    private JobCategory jobCategory(ImportRow row, boolean[] ok) {
        String name = row.text(Column.JOB_CATEGORY);
        var found = jobs.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        if (!ctx.options.createMissing()) {
            ctx.error(row, Column.JOB_CATEGORY, "import.staff.unknownJobCategory", name);
            ok[0] = false;
            return null;
        }
        int order = ctx.repos.jobCategories.count() + 1;
        JobCategory created = ctx.repos.jobCategories.insert(JobCategory.of("J" + order, name, order));
        ctx.journal.inserted("job_category", created.id());
        jobs.put(name, created);
        ctx.warning(row, Column.JOB_CATEGORY, "import.staff.createdJobCategory", name);
        return created;
    }

    @Override
    public void finish() {
        if (!ctx.everyFileRead || seen.isEmpty()) {
            return; // a roster that was not read whole says nothing about who is missing from it
        }
        List<Staff> missing = new ArrayList<>();
        for (Staff s : ctx.repos.staff.findAll()) {
            if (!seen.containsKey(s.employeeNo()) && s.isEmployedOn(effective)) {
                missing.add(s);
            }
        }
        for (Staff s : missing) {
            ctx.problems.warning(null, null, 0, null, ctx.options.markMissingAsLeft()
                    ? org.kenshu.model.I18n.t("import.staff.missingMarkedLeft", s.employeeNo(), ctx.date(effective.minusDays(1)))
                    : org.kenshu.model.I18n.t("import.staff.missing", s.employeeNo()));
            if (ctx.options.markMissingAsLeft()) {
                writer.markLeft(s);
            }
        }
    }
}
