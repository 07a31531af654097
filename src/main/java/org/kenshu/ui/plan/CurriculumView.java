package org.kenshu.ui.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.model.Tier;
import org.kenshu.service.plan.Curriculum;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 階層別研修体系表: a row per tier, a column per course grouped under its course type, counts in the cells. */
public final class CurriculumView {
    private static final double COURSE_WIDTH = 76;
    private static final int CHARS_PER_LINE = 5;
    private static final int MAX_LINES = 4;
    private final CurriculumViewModel vm;
    private final Node root;

    @FXML
    private Label captionLabel;
    @FXML
    private TableView<Tier> curriculumTable;

    public CurriculumView(CurriculumViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        captionLabel.textProperty().bind(vm.captionProperty());
        Tables.emptyText(curriculumTable, I18n.t("curriculum.emptyTable"));
        vm.curriculumProperty().addListener((o, a, c) -> show(c));
    }

    private void show(Curriculum c) {
        curriculumTable.getColumns().clear();
        if (c == null || c.columns().isEmpty()) {
            curriculumTable.getItems().clear();
            return;
        }
        TableColumn<Tier, String> tier = new TableColumn<>(I18n.t("curriculum.tier"));
        Tables.bind(tier, Tier::name);
        tier.setPrefWidth(130);
        tier.setSortable(false);
        curriculumTable.getColumns().add(tier);
        Map<String, TableColumn<Tier, Integer>> byType = new LinkedHashMap<>();
        for (Curriculum.Column col : c.columns()) {
            TableColumn<Tier, Integer> type = byType.computeIfAbsent(col.typeName(), n -> typeColumn(n, col.typeColor()));
            type.getColumns().add(courseColumn(c, col));
        }
        curriculumTable.getColumns().addAll(byType.values());
        curriculumTable.getItems().setAll(c.tiers());
    }

    private static TableColumn<Tier, Integer> typeColumn(String name, String color) {
        TableColumn<Tier, Integer> type = new TableColumn<>();
        Label header = new Label(name);
        header.getStyleClass().add("curriculum-type");
        if (color != null) {
            header.setStyle("-fx-border-color: transparent transparent " + color + " transparent;");
        }
        type.setGraphic(header);
        type.setSortable(false);
        return type;
    }

    private static TableColumn<Tier, Integer> courseColumn(Curriculum c, Curriculum.Column col) {
        TableColumn<Tier, Integer> course = new TableColumn<>(lines(col.course()));
        course.getStyleClass().add("curriculum-course");
        course.setPrefWidth(COURSE_WIDTH);
        course.setSortable(false);
        course.setId("course-" + col.courseId());
        Tables.bind(course, t -> c.count(col.courseId(), t.id()));
        course.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : I18n.t("curriculum.count", n));
                getStyleClass().remove("curriculum-target");
                if (!empty && n != null) {
                    getStyleClass().add("curriculum-target");
                }
            }
        });
        return course;
    }

    /**
     * A course name broken into lines of a few characters, so the header row grows to show it whole
     * (a wrapping label does not make a table header taller); four lines at most.
     */
    static String lines(String name) {
        StringBuilder out = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0 && i % CHARS_PER_LINE == 0) {
                if (i / CHARS_PER_LINE == MAX_LINES) {
                    out.append('…');
                    break;
                }
                out.append('\n');
            }
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }

    public Node root() {
        return root;
    }
}
