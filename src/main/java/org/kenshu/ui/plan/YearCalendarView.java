package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kenshu.model.CourseType;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.ViewLoader;

/**
 * The year calendar: twelve month grids (April → March) with weekday headers 日…土; each session day shows
 * a bar in its course type's colour (up to three, then 「+n」). Clicking a bar opens that session; clicking
 * a day opens its session, or asks which one when there are several.
 */
public final class YearCalendarView {
    static final List<String> WEEKDAYS = List.of("日", "月", "火", "水", "木", "金", "土");
    private static final int MAX_BARS = 3;
    private final PlanPageViewModel vm;
    private final Node root;

    @FXML
    private FlowPane legend;
    @FXML
    private Label emptyLabel;
    @FXML
    private ScrollPane scroll;
    @FXML
    private TilePane monthTiles;

    public YearCalendarView(PlanPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        vm.months().addListener((ListChangeListener<CalendarMonth>) c -> build());
        vm.types().addListener((ListChangeListener<CourseType>) c -> legend());
        build();
        legend();
    }

    private void legend() {
        legend.getChildren().clear();
        for (CourseType t : vm.types()) {
            legend.getChildren().add(swatch(t.color() == null ? YearCalendarModel.NO_COLOR : t.color(), t.name()));
        }
        Label holiday = new Label(I18n.t("calendar.legendHoliday"));
        holiday.getStyleClass().addAll("calendar-legend-text", "holiday");
        legend.getChildren().add(holiday);
    }

    private static HBox swatch(String color, String name) {
        Region box = new Region();
        box.getStyleClass().add("calendar-swatch");
        box.setStyle("-fx-background-color: " + color + ";");
        Label label = new Label(name);
        label.getStyleClass().add("calendar-legend-text");
        HBox item = new HBox(4, box, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private void build() {
        monthTiles.getChildren().clear();
        boolean noSessions = vm.sessions().isEmpty();
        emptyLabel.setText(I18n.t("calendar.empty"));
        emptyLabel.setVisible(noSessions);
        emptyLabel.setManaged(noSessions);
        for (CalendarMonth m : vm.months()) {
            monthTiles.getChildren().add(month(m));
        }
    }

    private VBox month(CalendarMonth m) {
        Label title = new Label(I18n.t("calendar.month", m.month().getMonthValue(),
                Integer.toString(m.month().getYear())));
        title.getStyleClass().add("calendar-month-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-grid");
        for (int c = 0; c < 7; c++) {
            Label head = new Label(WEEKDAYS.get(c));
            head.getStyleClass().add("calendar-weekday");
            if (c == 0) {
                head.getStyleClass().add("sunday");
            } else if (c == 6) {
                head.getStyleClass().add("saturday");
            }
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, c, 0);
        }
        int cell = m.firstColumn();
        for (CalendarMonth.Day d : m.days()) {
            grid.add(day(d), cell % 7, 1 + cell / 7);
            cell++;
        }
        VBox box = new VBox(2, title, grid);
        box.getStyleClass().add("calendar-month");
        box.setId("month-" + m.month());
        return box;
    }

    private VBox day(CalendarMonth.Day d) {
        Label number = new Label(Integer.toString(d.date().getDayOfMonth()));
        number.getStyleClass().add("calendar-daynum");
        LocalDate date = d.date();
        if (d.holiday() != null || date.getDayOfWeek().getValue() == 7) {
            number.getStyleClass().add("holiday");
        } else if (date.getDayOfWeek().getValue() == 6) {
            number.getStyleClass().add("saturday");
        }
        VBox cell = new VBox(1, number);
        cell.getStyleClass().add("calendar-day");
        if (d.weekend() || d.holiday() != null) {
            cell.getStyleClass().add("off-day");
        }
        int shown = 0;
        for (CalendarMonth.Chip chip : d.chips()) {
            if (shown == MAX_BARS) {
                Label more = new Label("+" + (d.chips().size() - MAX_BARS));
                more.getStyleClass().add("calendar-more");
                cell.getChildren().add(more);
                break;
            }
            cell.getChildren().add(bar(chip));
            shown++;
        }
        String tip = tooltip(d);
        if (!tip.isEmpty()) {
            Tooltip.install(cell, new Tooltip(tip));
        }
        if (!d.chips().isEmpty()) {
            cell.getStyleClass().add("has-sessions");
            cell.setOnMouseClicked(e -> vm.openDay(d));
        }
        return cell;
    }

    private Region bar(CalendarMonth.Chip chip) {
        Region bar = new Region();
        bar.getStyleClass().add("session-chip");
        if (chip.cancelled()) {
            bar.getStyleClass().add("cancelled");
        }
        bar.setStyle("-fx-background-color: " + chip.color() + ";");
        bar.setUserData(chip.sessionId());
        bar.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(bar, new Tooltip(chip.tooltip()));
        bar.setOnMouseClicked(e -> {
            vm.openSession(chip.sessionId());
            e.consume();
        });
        return bar;
    }

    private static String tooltip(CalendarMonth.Day d) {
        StringBuilder text = new StringBuilder();
        if (d.holiday() != null) {
            text.append(d.holiday());
        }
        for (CalendarMonth.Chip c : d.chips()) {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append("■ ").append(c.tooltip().lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    public Node root() {
        return root;
    }
}
