package org.kenshu.service.targets;

import org.kenshu.model.EnrollmentStatus;

/**
 * Where assignment puts one person: a session ({@code status} ENROLLED), the waiting list (WAITLISTED),
 * EXEMPT when on leave on every session date they could attend (「育休中（R8.5.12）」), CANCELLED when they
 * leave before the sessions. {@code enrollmentId} is 0 for a target not nominated yet; {@code version} is the one the proposal
 * saw, so writing it fails when the enrollment changed in between.
 */
public record Placement(long enrollmentId, int version, long staffId, Long sessionId, EnrollmentStatus status, String reason) {
}
