package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.ASSIGNMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.kenshu.model.Assignment;
import org.kenshu.store.jooq.tables.records.AssignmentRecord;

public final class AssignmentRepository extends EditableRepository<AssignmentRecord, Assignment> {
    public AssignmentRepository(DSLContext dsl) {
        super(dsl, ASSIGNMENT, ASSIGNMENT.ID, ASSIGNMENT.VERSION);
    }

    @Override
    protected Assignment toModel(AssignmentRecord r) {
        return new Assignment(r.getId(), r.getStaffId(), r.getValidFrom(), r.getDepartmentId(), r.getTierId(),
                r.getJobCategoryId(), r.getSalaryGrade(), r.getPositionTitle(), r.getPromotedOn(), r.getVersion());
    }

    @Override
    protected void fill(AssignmentRecord r, Assignment a) {
        r.setStaffId(a.staffId());
        r.setValidFrom(a.validFrom());
        r.setDepartmentId(a.departmentId());
        r.setTierId(a.tierId());
        r.setJobCategoryId(a.jobCategoryId());
        r.setSalaryGrade(a.salaryGrade());
        r.setPositionTitle(a.positionTitle());
        r.setPromotedOn(a.promotedOn());
    }

    @Override
    protected SortField<?>[] order() {
        return new SortField<?>[] {ASSIGNMENT.STAFF_ID.asc(), ASSIGNMENT.VALID_FROM.asc()};
    }

    /** A staff member's history, oldest first. */
    public List<Assignment> findByStaff(long staffId) {
        return findWhere(ASSIGNMENT.STAFF_ID.eq(staffId));
    }

    public List<Assignment> findByTier(long tierId) {
        return findWhere(ASSIGNMENT.TIER_ID.eq(tierId));
    }

    public List<Assignment> findByJobCategory(long jobCategoryId) {
        return findWhere(ASSIGNMENT.JOB_CATEGORY_ID.eq(jobCategoryId));
    }

    public List<Assignment> findByDepartment(long departmentId) {
        return findWhere(ASSIGNMENT.DEPARTMENT_ID.eq(departmentId));
    }
}
