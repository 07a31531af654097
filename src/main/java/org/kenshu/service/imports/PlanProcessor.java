package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.model.CourseType;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Tier;

/** 年度研修計画: one row per session; creates or updates the courses and sessions of a fiscal year. */
final class PlanProcessor implements KindProcessor {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final Set<String> EVERYONE = Set.of("全職員", "全員", "職員", "希望者", "全職層", "全階層");

    private final ImportContext ctx;
    private final TierIndex tiers;
    private final NamedIndex<CourseType> types = new NamedIndex<>();
    private final PlanWriter writer;
    /** course key → sessions numbered so far in this import, for rows without a 回 column. */
    private final Map<String, Integer> autoNumbers = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    PlanProcessor(ImportContext ctx) {
        this.ctx = ctx;
        this.tiers = new TierIndex(ctx.repos.tiers.findAll(), ctx.repos.tierAliases.findAll());
        for (CourseType t : ctx.repos.courseTypes.findAll()) {
            types.put(t.name(), t);
            types.put(t.code(), t);
            types.put(t.name().replace("研修", ""), t);
        }
        this.writer = new PlanWriter(ctx);
    }

    @Override
    public Set<Column> keyColumns() {
        return Set.of(Column.COURSE);
    }

    @Override
    public Set<Column> dataColumns() {
        return Set.of(Column.COURSE);
    }

    @Override
    public void row(ImportRow row) {
        PlanRow parsed = parse(row);
        if (parsed == null) {
            ctx.counts.skipped++;
            return;
        }
        writer.write(parsed);
    }

    private PlanRow parse(ImportRow row) {
        Integer fyYear = ctx.options.fiscalYear() != null ? ctx.options.fiscalYear() : row.layout().titleFiscalYear();
        if (fyYear == null) {
            ctx.error(row, null, "import.plan.noFiscalYear");
            return null;
        }
        FiscalYear fy = FiscalYear.of(fyYear);
        String rawName = row.text(Column.COURSE);
        if (rawName == null) {
            ctx.error(row, Column.COURSE, "import.plan.noCourse");
            return null;
        }
        String course = CourseIndex.withoutRound(rawName);
        Integer no = sessionNo(row, rawName, course);
        String key = Text.key(course) + "#" + no;
        Integer earlier = seen.putIfAbsent(key, row.rowNumber());
        if (earlier != null) {
            ctx.error(row, Column.SESSION_NO, "import.plan.duplicateSession", course, no, earlier);
            return null;
        }
        boolean ok = true;
        CourseType type = null;
        if (!row.isBlank(Column.COURSE_TYPE)) {
            type = types.find(row.text(Column.COURSE_TYPE)).orElse(null);
            if (type == null) {
                ctx.error(row, Column.COURSE_TYPE, "import.plan.unknownType", row.text(Column.COURSE_TYPE));
                ok = false;
            }
        }
        List<Tier> targets = null;
        if (!row.isBlank(Column.TARGET) && !EVERYONE.contains(Text.key(row.text(Column.TARGET)))) {
            List<String> unknown = new ArrayList<>();
            targets = tiers.findAll(row.text(Column.TARGET), unknown);
            if (targets == null) {
                ctx.error(row, Column.TARGET, "import.plan.unknownTier", String.join("、", unknown));
                ok = false;
            }
        }
        List<LocalDate> days = days(row, fy);
        if (days == null) {
            ok = false;
        } else if (days.stream().anyMatch(d -> !fy.contains(d))) {
            ctx.error(row, Column.DATE, "import.plan.dayOutsideYear", row.text(Column.DATE),
                    org.kenshu.model.Wareki.fiscalYear(fyYear, ctx.organisation.eraDisplay()));
            ok = false;
        }
        Integer capacity = null;
        if (!row.isBlank(Column.CAPACITY)) {
            capacity = number(row.cell(Column.CAPACITY));
            if (capacity == null) {
                ctx.error(row, Column.CAPACITY, "import.badNumber", row.text(Column.CAPACITY));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        return new PlanRow(row, fyYear, course, no, type, targets, days, row.verbatim(Column.VENUE),
                row.verbatim(Column.INSTRUCTOR), capacity, row.text(Column.PROVIDER));
    }

    private Integer sessionNo(ImportRow row, String rawName, String course) {
        Integer no = null;
        if (!row.isBlank(Column.SESSION_NO)) {
            Matcher m = NUMBER.matcher(Text.clean(row.cell(Column.SESSION_NO).number() != null
                    ? EmployeeNumbers.normalise(row.cell(Column.SESSION_NO)) : row.text(Column.SESSION_NO)));
            no = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (no == null) {
            no = CourseIndex.round(rawName);
        }
        if (no == null) {
            no = autoNumbers.merge(Text.key(course), 1, Integer::sum);
        }
        return no;
    }

    /** The session's days from 日程 (or 開始日～終了日); null after reporting a bad value; empty when blank. */
    private List<LocalDate> days(ImportRow row, FiscalYear fy) {
        if (!row.isBlank(Column.DATE)) {
            Cell0 c = new Cell0(row.cell(Column.DATE));
            Optional<List<LocalDate>> d = c.single(row.date1904(), fy).map(List::of)
                    .or(() -> DaySpec.parse(row.text(Column.DATE), fy));
            if (d.isEmpty()) {
                ctx.error(row, Column.DATE, "import.badDate", row.text(Column.DATE));
                return null;
            }
            return d.get();
        }
        if (!row.isBlank(Column.START_DATE)) {
            var from = DateValues.parse(row.cell(Column.START_DATE), row.date1904(), fy);
            var to = row.isBlank(Column.END_DATE) ? from : DateValues.parse(row.cell(Column.END_DATE), row.date1904(), fy);
            if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
                ctx.error(row, Column.START_DATE, "import.badDate", row.text(Column.START_DATE));
                return null;
            }
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
                days.add(d);
            }
            return days;
        }
        return List.of();
    }

    /** 「30名」, 「30人」, 30 → 30. */
    static Integer number(org.kenshu.io.sheet.Cell cell) {
        if (cell.number() != null) {
            return (int) Math.round(cell.number());
        }
        Matcher m = NUMBER.matcher(Text.clean(cell.text()));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A date cell (not text) holds exactly one day. */
    private record Cell0(org.kenshu.io.sheet.Cell cell) {
        Optional<LocalDate> single(boolean date1904, FiscalYear fy) {
            return cell.dateTime() != null || cell.number() != null ? DateValues.parse(cell, date1904, fy)
                    : Optional.empty();
        }
    }

    @Override
    public void finish() {
    }
}
