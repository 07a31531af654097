package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.List;

/** 年度研修計画表: the plan's courses, each with its sessions, in the order of the course types. */
record PlanReport(List<Course> courses) {

    /** A course of the plan: its type, who it is for, who runs it, and its sessions in date order. */
    record Course(String typeCode, String typeName, String name, String targets, String provider, String format,
            List<Session> sessions) {
    }

    /** One session: its days (an e-learning period ends on {@code periodEnd}), venue, capacity, instructor. */
    record Session(int sessionNo, List<LocalDate> days, LocalDate periodEnd, String venue, Integer capacity,
            String instructor, boolean cancelled, int nominated) {

        LocalDate firstDay() {
            return days.isEmpty() ? null : days.getFirst();
        }
    }
}
