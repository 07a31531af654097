package org.kenshu.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.Assignment;
import org.kenshu.model.JobCategory;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** Edits of the job categories (職種): add, rename, reorder, retire and restore, like the tiers. */
public final class JobCategoryService {
    private final Database db;
    private final Repositories repos;
    private final Clock clock;
    private final Edits<JobCategory> edits;

    public JobCategoryService(Database db, Repositories repos, Clock clock) {
        this.db = db;
        this.repos = repos;
        this.clock = clock;
        this.edits = new Edits<>(repos.jobCategories, repos.audit, "job_category", JobCategoryService::withVersion,
                JobCategory::code);
    }

    public List<JobCategory> jobCategories() {
        return repos.jobCategories.findAll();
    }

    public JobCategory add(JobCategory job) {
        return db.inTransaction(() -> {
            List<JobCategory> all = repos.jobCategories.findAll();
            String code = Names.codeOrNext(job.code(), "JOB", all, JobCategory::code);
            JobCategory wanted = new JobCategory(0, code, job.name() == null ? null : job.name().strip(),
                    Names.blankToNull(job.description()),
                    all.stream().mapToInt(JobCategory::sortOrder).max().orElse(0) + 1, false, 0);
            check(wanted, all);
            return edits.insert(wanted);
        });
    }

    public JobCategory update(JobCategory job) {
        return db.inTransaction(() -> {
            check(job, repos.jobCategories.findAll());
            return edits.update(new JobCategory(job.id(), job.code().strip(), job.name().strip(),
                    Names.blankToNull(job.description()), job.sortOrder(), job.retired(), job.version()));
        });
    }

    public List<JobCategory> reorder(List<JobCategory> inOrder) {
        return db.inTransaction(() -> {
            List<JobCategory> saved = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                saved.add(edits.update(withOrder(inOrder.get(i), i + 1)));
            }
            return saved;
        });
    }

    public List<JobCategory> revertOrder(List<JobCategory> saved, List<JobCategory> before) {
        return db.inTransaction(() -> {
            List<JobCategory> restored = new ArrayList<>();
            for (JobCategory s : saved) {
                JobCategory stored = edits.unchanged(s);
                int order = before.stream().filter(b -> b.id() == s.id()).mapToInt(JobCategory::sortOrder)
                        .findFirst().orElse(s.sortOrder());
                restored.add(edits.update(withOrder(stored, order)));
            }
            return restored;
        });
    }

    /** Retires a job category no staff member holds any more; refused while someone does. */
    public JobCategory retire(JobCategory job) {
        return db.inTransaction(() -> {
            List<Assignment> inForce = InForce.on(repos.assignments.findAll(), repos.staff.findAll(),
                    LocalDate.now(clock));
            long using = InForce.staffUsing(inForce, Assignment::jobCategoryId, job.id());
            if (using > 0) {
                throw new EditRefusedException("jobCategory.inUse", job.name(), using);
            }
            return edits.update(withRetired(job, true));
        });
    }

    public JobCategory restore(JobCategory job) {
        return db.inTransaction(() -> edits.update(withRetired(job, false)));
    }

    public JobCategory revert(JobCategory saved, JobCategory before) {
        return db.inTransaction(() -> edits.revert(saved, before));
    }

    public void remove(JobCategory saved) {
        db.inTransaction(() -> {
            if (!repos.assignments.findByJobCategory(saved.id()).isEmpty()) {
                throw new EditRefusedException("jobCategory.cannotRemove", saved.name());
            }
            edits.remove(saved);
        });
    }

    private static void check(JobCategory j, List<JobCategory> all) {
        Names.require(j.name(), "jobCategory.nameRequired");
        Names.require(j.code(), "jobCategory.codeRequired");
        Names.unique(all, j.id(), JobCategory::id, JobCategory::name, j.name(), "jobCategory.nameTaken");
        Names.unique(all, j.id(), JobCategory::id, JobCategory::code, j.code(), "jobCategory.codeTaken");
    }

    static JobCategory withVersion(JobCategory j, int version) {
        return new JobCategory(j.id(), j.code(), j.name(), j.description(), j.sortOrder(), j.retired(), version);
    }

    private static JobCategory withOrder(JobCategory j, int order) {
        return new JobCategory(j.id(), j.code(), j.name(), j.description(), order, j.retired(), j.version());
    }

    private static JobCategory withRetired(JobCategory j, boolean retired) {
        return new JobCategory(j.id(), j.code(), j.name(), j.description(), j.sortOrder(), retired, j.version());
    }
}
