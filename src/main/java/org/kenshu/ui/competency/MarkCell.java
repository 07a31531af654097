package org.kenshu.ui.competency;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.service.CompetencyGrid;

/** A ◎/○ cell of the grid, centred; a click cycles it (◎ → ○ → blank); a cell with text is tinted. */
final class MarkCell extends TableCell<CompetencyGrid.Row, RequirementLevel> {
    private final Tier tier;
    private final CompetencyPageViewModel vm;

    MarkCell(Tier tier, CompetencyPageViewModel vm) {
        this.tier = tier;
        this.vm = vm;
        setAlignment(Pos.CENTER);
        getStyleClass().add("mark-cell");
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getTableRow().getItem() != null) {
                vm.cycle(getTableRow().getItem(), tier);
            }
        });
    }

    @Override
    protected void updateItem(RequirementLevel level, boolean empty) {
        super.updateItem(level, empty);
        getStyleClass().remove("has-text");
        if (empty || getTableRow() == null || getTableRow().getItem() == null) {
            setText(null);
            return;
        }
        setText(level == null ? null : level.mark());
        var cell = getTableRow().getItem().cell(tier.id());
        // A cell with text is tinted and shows the text on hover, so it can be read without clicking
        // (a click changes the mark).
        if (cell != null && cell.description() != null) {
            getStyleClass().add("has-text");
            setTooltip(new javafx.scene.control.Tooltip(cell.description()));
        } else {
            setTooltip(null);
        }
    }
}
