package org.kenshu.service;

import org.kenshu.model.Goal;

/** A goal of the register with what it counts, in words. */
public record GoalEntry(Goal goal, String scope, String pillar) {
}
