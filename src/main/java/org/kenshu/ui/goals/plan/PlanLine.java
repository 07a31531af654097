package org.kenshu.ui.goals.plan;

import org.kenshu.service.InitiativeService.InitiativeRow;

/** One line of the review table: an initiative's 計画 line, or its 実績 line under it. */
public record PlanLine(InitiativeRow row, boolean result) {
}
