package org.kenshu.tools;

import java.time.LocalDate;

/** One staff member as a roster row shows them on a given 4/1 (mutable while a roster is built). */
final class Person {
    static final String ACTIVE = "在職";
    static final String SUSPENDED = "休職";
    static final String CHILDCARE_LEAVE = "育休";
    static final String LEFT = "退職";

    final String employeeNo;
    SampleNames.Name name;
    LocalDate hired;
    SampleOrganisation.DeptDef dept;
    String tier;
    String job;
    LocalDate promoted;
    String status = ACTIVE;
    LocalDate left;

    Person(String employeeNo, SampleNames.Name name, LocalDate hired, SampleOrganisation.DeptDef dept, String tier,
            String job) {
        this.employeeNo = employeeNo;
        this.name = name;
        this.hired = hired;
        this.dept = dept;
        this.tier = tier;
        this.job = job;
    }

    Person copy() {
        Person p = new Person(employeeNo, name, hired, dept, tier, job);
        p.promoted = promoted;
        p.status = status;
        p.left = left;
        return p;
    }

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    boolean isRegular() {
        return !"PART_TIME".equals(job);
    }

    int rank() {
        return SampleOrganisation.tier(tier).rank();
    }

    String displayName() {
        return name.joined("\u3000");
    }

    @Override
    public String toString() {
        return employeeNo + " " + name.joined(" ");
    }
}
