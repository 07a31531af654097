package org.kenshu.ui.imports;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Two buttons in the conflict's row, 「記録済みを残す」 and 「ファイルの値にする」: one click decides. */
final class DecisionCell extends TableCell<ConflictRow, ConflictRow.Decision> {
    private final ToggleButton keep = new ToggleButton(ConflictRow.Decision.KEEP.label());
    private final ToggleButton overwrite = new ToggleButton(ConflictRow.Decision.OVERWRITE.label());
    private final HBox buttons = new HBox(4, keep, overwrite);
    private final ChangeListener<ConflictRow.Decision> follow = (o, old, d) -> show(d);
    private ConflictRow bound;

    DecisionCell() {
        ToggleGroup group = new ToggleGroup();
        keep.setToggleGroup(group);
        overwrite.setToggleGroup(group);
        keep.getStyleClass().addAll("small", "left-pill");
        overwrite.getStyleClass().addAll("small", "right-pill");
        keep.setOnAction(e -> decide(keep.isSelected() ? ConflictRow.Decision.KEEP : ConflictRow.Decision.UNDECIDED));
        overwrite.setOnAction(e -> decide(overwrite.isSelected() ? ConflictRow.Decision.OVERWRITE
                : ConflictRow.Decision.UNDECIDED));
    }

    private void decide(ConflictRow.Decision d) {
        if (bound != null) {
            bound.decisionProperty().set(d);
        }
    }

    private void show(ConflictRow.Decision d) {
        keep.setSelected(d == ConflictRow.Decision.KEEP);
        overwrite.setSelected(d == ConflictRow.Decision.OVERWRITE);
    }

    @Override
    protected void updateItem(ConflictRow.Decision item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            bound.decisionProperty().removeListener(follow);
        }
        bound = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (bound == null) {
            setGraphic(null);
            return;
        }
        bound.decisionProperty().addListener(follow);
        show(bound.decisionProperty().get());
        setGraphic(buttons);
    }
}
