package org.kenshu.ui.print;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.kenshu.service.reports.print.PrintBox;
import org.kenshu.service.reports.print.PrintPage;

/**
 * Draws a page of the page-layout model: boxes with their fills, rules and lines of text at the positions
 * (millimetres) the layout gives, scaled to {@code unitsPerMm} — pixels for the preview, points for the printer.
 */
public final class PageNodes {
    /** Fonts tried in turn: the one the workbook names, then what Windows, macOS and Linux have. */
    private static final List<String> FAMILIES = List.of("MS PGothic", "ＭＳ Ｐゴシック", "Meiryo", "Yu Gothic",
            "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP");
    private static final double RULE_MM = 0.2;
    private static final double PAD_MM = 0.8;
    private static String family;

    private PageNodes() {
    }

    public static Pane page(PrintPage page, double unitsPerMm) {
        Pane pane = new Pane();
        pane.setPrefSize(page.widthMm() * unitsPerMm, page.heightMm() * unitsPerMm);
        pane.setMinSize(page.widthMm() * unitsPerMm, page.heightMm() * unitsPerMm);
        pane.setMaxSize(page.widthMm() * unitsPerMm, page.heightMm() * unitsPerMm);
        pane.setStyle("-fx-background-color: white;");
        for (PrintBox b : page.boxes()) {
            if (b.grey() < 1.0) {
                Rectangle fill = rect(b, unitsPerMm);
                fill.setFill(Color.gray(b.grey()));
                pane.getChildren().add(fill);
            }
        }
        for (PrintBox b : page.boxes()) {
            pane.getChildren().add(text(b, unitsPerMm));
        }
        for (PrintBox b : page.boxes()) {
            rules(b, unitsPerMm, pane);
        }
        return pane;
    }

    private static Rectangle rect(PrintBox b, double s) {
        return new Rectangle(b.x() * s, b.y() * s, b.width() * s, b.height() * s);
    }

    private static Node text(PrintBox b, double s) {
        Group group = new Group();
        Font font = Font.font(family(), b.bold() ? FontWeight.BOLD : FontWeight.NORMAL, b.fontPt() * 25.4 / 72 * s);
        double line = font.getSize() * 1.3;
        double top = b.y() * s + (b.height() * s - line * b.lines().size()) / 2;
        for (int i = 0; i < b.lines().size(); i++) {
            Text t = new Text(b.lines().get(i));
            t.setFont(font);
            t.setFill(Color.BLACK);
            Bounds bounds = t.getLayoutBounds();
            double x = switch (b.align()) {
                case "CENTER" -> b.x() * s + (b.width() * s - bounds.getWidth()) / 2;
                case "RIGHT" -> (b.x() + b.width() - PAD_MM) * s - bounds.getWidth();
                default -> (b.x() + PAD_MM) * s;
            };
            t.setX(x);
            t.setY(top + line * i + font.getSize());
            group.getChildren().add(t);
        }
        group.setClip(rect(b, s));
        return group;
    }

    private static void rules(PrintBox b, double s, Pane pane) {
        double x0 = b.x() * s;
        double y0 = b.y() * s;
        double x1 = (b.x() + b.width()) * s;
        double y1 = (b.y() + b.height()) * s;
        if (b.ruleTop()) {
            pane.getChildren().add(line(x0, y0, x1, y0, s));
        }
        if (b.ruleBottom()) {
            pane.getChildren().add(line(x0, y1, x1, y1, s));
        }
        if (b.ruleLeft()) {
            pane.getChildren().add(line(x0, y0, x0, y1, s));
        }
        if (b.ruleRight()) {
            pane.getChildren().add(line(x1, y0, x1, y1, s));
        }
    }

    private static Line line(double x0, double y0, double x1, double y1, double s) {
        Line l = new Line(x0, y0, x1, y1);
        l.setStrokeWidth(Math.max(0.5, RULE_MM * s));
        l.setStroke(Color.BLACK);
        return l;
    }

    /** The first installed Japanese font of {@link #FAMILIES}. */
    static synchronized String family() {
        if (family == null) {
            Set<String> installed = Set.copyOf(Font.getFamilies());
            family = FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
        }
        return family;
    }
}
