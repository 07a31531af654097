package org.kenshu.ui.staff;

import org.kenshu.model.StaffStatus;

/** Which staff the table shows by employment status; the default leaves out those who have left. */
public enum StatusFilter {
    EMPLOYED,
    ALL,
    ACTIVE,
    ON_LEAVE,
    LEFT;

    public boolean accepts(StaffStatus status) {
        return switch (this) {
            case EMPLOYED -> status != StaffStatus.LEFT;
            case ALL -> true;
            case ACTIVE -> status == StaffStatus.ACTIVE;
            case ON_LEAVE -> status == StaffStatus.LEAVE_OF_ABSENCE || status == StaffStatus.CHILDCARE_LEAVE
                    || status == StaffStatus.SICK_LEAVE;
            case LEFT -> status == StaffStatus.LEFT;
        };
    }
}
