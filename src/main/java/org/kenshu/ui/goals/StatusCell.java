package org.kenshu.ui.goals;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.kenshu.service.goals.GoalResult;

/** A goal's status as a coloured badge: 達成 (green), 見込みあり (blue), 要注意 / 未達成 (red), 実績なし (grey). */
final class StatusCell<S> extends TableCell<S, GoalResult> {
    @Override
    protected void updateItem(GoalResult r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setGraphic(null);
            return;
        }
        Label badge = new Label(GoalFormat.status(r));
        badge.getStyleClass().addAll("status-badge", GoalFormat.styleClass(r));
        setGraphic(badge);
    }
}
