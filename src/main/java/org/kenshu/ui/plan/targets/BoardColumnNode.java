package org.kenshu.ui.plan.targets;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.service.targets.Member;

/**
 * One column of the board: title, counts against capacity, and the people in a list that accepts drops
 * (an enrollment id as text) and offers 別の回へ移す and 辞退 on its context menu.
 */
final class BoardColumnNode extends VBox {
    final ListView<Member> list = new ListView<>();

    BoardColumnNode(BoardColumn column, BoardActions actions, Consumer<ListView<Member>> selected) {
        getStyleClass().add("board-column");
        if (column.full()) {
            getStyleClass().add("full");
        }
        if (column.kind() == BoardColumn.Kind.EXCUSED || column.kind() == BoardColumn.Kind.CANCELLED_SESSION) {
            getStyleClass().add("inactive");
        }
        Label title = new Label(column.title());
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        Label counts = new Label(column.counts());
        counts.getStyleClass().add("column-counts");
        list.setId(column.nodeId());
        list.getItems().setAll(column.members());
        list.setCellFactory(l -> new MemberCell());
        Label empty = new Label(I18n.t(column.acceptsDrop() ? "nominations.column.dropHere" : "nominations.column.none"));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.accept(list);
            }
        });
        MenuItem move = new MenuItem(I18n.t("nominations.move"));
        move.setOnAction(e -> actions.moveToOtherSession(list.getSelectionModel().getSelectedItem()));
        MenuItem decline = new MenuItem(I18n.t("nominations.decline"));
        decline.setOnAction(e -> actions.decline(list.getSelectionModel().getSelectedItem()));
        list.setContextMenu(new ContextMenu(move, decline));
        if (column.acceptsDrop()) {
            acceptDrops(column, actions);
        }
        getChildren().setAll(title, counts, list);
    }

    private void acceptDrops(BoardColumn column, BoardActions actions) {
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getGestureSource() instanceof MemberCell cell
                    && cell.getListView() != list) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragEntered(e -> getStyleClass().add("drop-target"));
        list.setOnDragExited(e -> getStyleClass().remove("drop-target"));
        list.setOnDragDropped(e -> {
            getStyleClass().remove("drop-target"); // the move may ask first: no highlight left behind
            boolean done = false;
            if (e.getDragboard().hasString()) {
                actions.moveTo(Long.parseLong(e.getDragboard().getString()), column);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** A person: 「山田 太郎（人事課）」; the tooltip has the employee number and the full department. */
    private static final class MemberCell extends ListCell<Member> {
        MemberCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    var content = new ClipboardContent();
                    content.putString(Long.toString(getItem().enrollmentId()));
                    board.setContent(content);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Member m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(NominationTexts.member(m));
            setTooltip(new Tooltip(I18n.t("nominations.memberTooltip", m.employeeNo(), m.name(), m.department(),
                    I18n.label(m.kind()), I18n.label(m.status()))));
        }
    }
}
