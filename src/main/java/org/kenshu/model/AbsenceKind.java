package org.kenshu.model;

/** Why a staff member is away for a period: 休職, 育児休業, 病気休暇, その他. */
public enum AbsenceKind {
    LEAVE_OF_ABSENCE,
    CHILDCARE_LEAVE,
    SICK_LEAVE,
    OTHER
}
