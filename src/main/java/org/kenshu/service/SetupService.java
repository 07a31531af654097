package org.kenshu.service;

import java.util.List;
import java.util.Objects;
import org.kenshu.model.Competency;
import org.kenshu.model.CompetencyCategory;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Organisation;
import org.kenshu.model.Provider;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.SkillItem;
import org.kenshu.model.Tier;
import org.kenshu.model.TierAlias;
import org.kenshu.model.TierCompetency;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Applies a {@link SetupDocument} (a preset or the sample city) in one transaction. Rows are
 * matched by code (names for providers and courses): applying the same document twice changes
 * nothing, and a later document adds to or renames what an earlier one created.
 */
public final class SetupService {
    private final Database db;
    private final Repositories repos;
    private final CatalogSetup catalog;

    public SetupService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
        this.catalog = new CatalogSetup(repos);
    }

    public boolean hasStaff() {
        return repos.staff.count() > 0;
    }

    /** Applies {@code doc}; {@code preset} is recorded on the organisation (null keeps the stored one). */
    public void apply(SetupDocument doc, String preset) {
        db.inTransaction(() -> {
            organisation(doc, preset);
            // Job categories first: a tier may name the job category whose ladder it belongs to.
            var jobs = jobCategories(doc.jobCategories());
            var tiers = tiers(doc.tiers(), jobs);
            var competencies = competencies(doc.competencyCategories());
            matrix(doc, tiers, competencies);
            skillItems(doc.skillItems(), jobs);
            var types = courseTypes(doc.courseTypes());
            providers(doc.providers());
            var roles = designationRoles(doc.designationRoles());
            catalog.apply(doc, tiers, jobs, competencies, types, roles);
            repos.audit.record("SETUP", "organisation", 1L, preset == null ? "setup document" : "preset " + preset);
        });
    }

    private void organisation(SetupDocument doc, String preset) {
        Organisation current = repos.organisation.find().orElse(Organisation.unnamed());
        var spec = doc.organisation();
        String name = spec != null && spec.name() != null ? spec.name() : current.name();
        EraDisplay era = spec != null && spec.eraDisplay() != null ? EraDisplay.valueOf(spec.eraDisplay())
                : current.eraDisplay();
        int start = spec != null && spec.fiscalYearStartMonth() != null ? spec.fiscalYearStartMonth()
                : current.fiscalYearStartMonth();
        repos.organisation.save(new Organisation(name, preset != null ? preset : current.preset(), era, start,
                current.yearEndClosureStart(), current.yearEndClosureEnd(), current.lateCountsAsAttended(),
                current.leftEarlyCountsAsAttended(), current.minimumSessionSize(), current.version()));
    }

    private CodeIndex<Tier> tiers(List<SetupDocument.TierSpec> specs, CodeIndex<JobCategory> jobs) {
        var index = new CodeIndex<>(repos.tiers.findAll(), Tier::code, "setup.kind.tier");
        var aliases = new CodeIndex<>(repos.tierAliases.findAll(), TierAlias::alias, "setup.kind.tier");
        for (var s : specs) {
            Tier old = index.find(s.code());
            Long ladder = s.jobCategory() == null ? null : jobs.require(s.jobCategory()).id();
            Tier wanted = new Tier(old == null ? 0 : old.id(), s.code(), s.name(), s.rank(), s.salaryGrades(),
                    s.description(), false, ladder, old == null ? 0 : old.version());
            Tier saved = old == null ? repos.tiers.insert(wanted) : same(old, wanted) ? old : repos.tiers.update(wanted);
            index.put(saved);
            for (String alias : s.aliases() == null ? List.<String>of() : s.aliases()) {
                if (aliases.find(alias) == null) {
                    aliases.put(repos.tierAliases.insert(new TierAlias(0, saved.id(), alias, 0)));
                }
            }
        }
        return index;
    }

    private CodeIndex<JobCategory> jobCategories(List<SetupDocument.JobCategorySpec> specs) {
        var index = new CodeIndex<>(repos.jobCategories.findAll(), JobCategory::code, "setup.kind.jobCategory");
        int order = 0;
        for (var s : specs) {
            order++;
            JobCategory old = index.find(s.code());
            JobCategory wanted = new JobCategory(old == null ? 0 : old.id(), s.code(), s.name(), s.description(), order,
                    false, old == null ? 0 : old.version());
            index.put(old == null ? repos.jobCategories.insert(wanted)
                    : same(old, wanted) ? old : repos.jobCategories.update(wanted));
        }
        return index;
    }

    private CodeIndex<Competency> competencies(List<SetupDocument.CompetencyCategorySpec> specs) {
        var categories = new CodeIndex<>(repos.competencyCategories.findAll(), CompetencyCategory::code,
                "setup.kind.competencyCategory");
        var index = new CodeIndex<>(repos.competencies.findAll(), Competency::code, "setup.kind.competency");
        int categoryOrder = 0;
        int order = 0;
        for (var c : specs) {
            categoryOrder++;
            CompetencyCategory old = categories.find(c.code());
            var wanted = new CompetencyCategory(old == null ? 0 : old.id(), c.code(), c.name(), c.description(),
                    categoryOrder, old == null ? 0 : old.version());
            CompetencyCategory category = old == null ? repos.competencyCategories.insert(wanted)
                    : same(old, wanted) ? old : repos.competencyCategories.update(wanted);
            categories.put(category);
            for (var s : c.competencies() == null ? List.<SetupDocument.CompetencySpec>of() : c.competencies()) {
                order++;
                Competency oldC = index.find(s.code());
                var wantedC = new Competency(oldC == null ? 0 : oldC.id(), category.id(), s.code(), s.name(),
                        s.description(), order, oldC == null ? 0 : oldC.version());
                index.put(oldC == null ? repos.competencies.insert(wantedC)
                        : same(oldC, wantedC) ? oldC : repos.competencies.update(wantedC));
            }
        }
        return index;
    }

    private void matrix(SetupDocument doc, CodeIndex<Tier> tiers, CodeIndex<Competency> competencies) {
        for (var row : doc.matrix().entrySet()) {
            Competency c = competencies.require(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                RequirementLevel level = RequirementLevel.fromMark(cell.getValue());
                if (level == null && cell.getValue() != null && !cell.getValue().isBlank()) {
                    throw new SetupException("setup.badMark", cell.getValue(), row.getKey());
                }
                cell(tiers.require(cell.getKey()), c, level, null, true);
            }
        }
        for (var row : doc.competencyDescriptions().entrySet()) {
            Competency c = competencies.require(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                cell(tiers.require(cell.getKey()), c, null, cell.getValue(), false);
            }
        }
    }

    private void cell(Tier tier, Competency c, RequirementLevel level, String description, boolean setsLevel) {
        var old = repos.tierCompetencies.find(tier.id(), c.id()).orElse(null);
        if (old == null) {
            repos.tierCompetencies.insert(new TierCompetency(0, tier.id(), c.id(), level, description, 0));
            return;
        }
        var wanted = new TierCompetency(old.id(), tier.id(), c.id(), setsLevel ? level : old.level(),
                setsLevel ? old.description() : description, old.version());
        if (!same(old, wanted)) {
            repos.tierCompetencies.update(wanted);
        }
    }

    private void skillItems(List<SetupDocument.SkillItemSpec> specs, CodeIndex<JobCategory> jobs) {
        var existing = new CodeIndex<>(repos.skillItems.findAll(),
                s -> s.jobCategoryId() + "/" + s.positionGroup() + "/" + s.itemCode(), "setup.kind.skillItem");
        int order = existing.size();
        for (var s : specs) {
            Long jobId = s.jobCategory() == null ? null : jobs.require(s.jobCategory()).id();
            if (existing.find(jobId + "/" + s.position() + "/" + s.code()) == null) {
                order++;
                existing.put(repos.skillItems.insert(new SkillItem(0, jobId, s.position(), s.code(), s.name(),
                        s.description(), order, 0)));
            }
        }
    }

    private CodeIndex<CourseType> courseTypes(List<SetupDocument.CourseTypeSpec> specs) {
        var index = new CodeIndex<>(repos.courseTypes.findAll(), CourseType::code, "setup.kind.courseType");
        int order = 0;
        for (var s : specs) {
            order++;
            CourseType old = index.find(s.code());
            var wanted = new CourseType(old == null ? 0 : old.id(), s.code(), s.name(), s.color(), order,
                    old == null ? 0 : old.version());
            index.put(old == null ? repos.courseTypes.insert(wanted)
                    : same(old, wanted) ? old : repos.courseTypes.update(wanted));
        }
        return index;
    }

    private void providers(List<SetupDocument.ProviderSpec> specs) {
        var index = new CodeIndex<>(repos.providers.findAll(), Provider::name, "setup.kind.provider");
        for (var s : specs) {
            if (index.find(s.name()) == null) {
                index.put(repos.providers.insert(new Provider(0, s.name(), s.internal(), s.note(), 0)));
            }
        }
    }

    private CodeIndex<DesignationRole> designationRoles(List<SetupDocument.DesignationRoleSpec> specs) {
        var index = new CodeIndex<>(repos.designationRoles.findAll(), DesignationRole::code,
                "setup.kind.designationRole");
        int order = 0;
        for (var s : specs) {
            order++;
            if (index.find(s.code()) == null) {
                index.put(repos.designationRoles.insert(DesignationRole.of(s.code(), s.name(), order)));
            }
        }
        return index;
    }

    /** Equal apart from version: nothing to write. */
    static boolean same(Object stored, Object wanted) {
        return Objects.equals(stored, wanted);
    }
}
