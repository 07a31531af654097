package org.kenshu.ui.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import org.kenshu.model.I18n;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.ui.common.Printable;

/**
 * The tier × competency grid on paper. Laid out at a 9-point type size with text measured in the
 * font that will print, then scaled to the page width (at most 1.5×; down to 0.8× when that keeps
 * the grid on one page, never below half size). Rows are split over pages at row boundaries, with the tier
 * header and the category repeated on every page.
 */
final class MatrixPrintout implements Printable {
    private static final double SIZE = 9;
    private static final double PAD = 3;
    private static final double GAP = SIZE * 0.6;
    /** A grid that fits one page at this scale or more is printed on one page rather than two. */
    private static final double ONE_PAGE = 0.8;
    /** What a cell adds around its text: padding on both sides and the border. */
    private static final double EXTRA = 2 * PAD + 1;
    private static final List<String> FAMILIES = List.of("Yu Gothic UI", "Meiryo", "Hiragino Sans",
            "Noto Sans CJK JP", "Noto Sans JP");
    private static final String BORDER = "-fx-border-color: #555555; -fx-border-width: 0 0.5 0.5 0; -fx-padding: "
            + PAD + "; -fx-text-fill: black;";
    private final String title;
    private final List<Tier> tiers;
    private final List<CompetencyGrid.Row> rows;
    private final Font font;

    MatrixPrintout(String title, List<Tier> tiers, List<CompetencyGrid.Row> rows) {
        this.title = title;
        this.tiers = tiers;
        this.rows = rows;
        Set<String> installed = Set.copyOf(Font.getFamilies());
        this.font = Font.font(FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.getDefault()
                .getFamily()), SIZE);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Node> pages(double width, double height) {
        double categoryW = clamp(rows.stream().mapToDouble(r -> textWidth(r.category())).max().orElse(0), 4, 14);
        double nameW = clamp(rows.stream().mapToDouble(r -> textWidth(r.competency().name())).max().orElse(0), 8, 18);
        double tierW = clamp(tiers.stream().mapToDouble(t -> textWidth(t.name())).max().orElse(0) / 2, 3, 5);
        double headerH = tiers.stream().mapToDouble(t -> textHeight(t.name(), tierW)).max().orElse(0);
        // A Label does not break a narrow header before 「・」 where Text does: one spare line for it.
        headerH = Math.max(headerH, textHeight(I18n.t("competency.column.competency"), nameW)) + Math.ceil(SIZE * 1.4);
        List<Double> heights = rows.stream().map(r -> Math.max(textHeight(r.competency().name(), nameW),
                textHeight(r.category(), categoryW))).toList();
        // The heading may be wider than a grid of few tiers: the page is as wide as the wider of the two.
        double naturalW = Math.max(categoryW + nameW + tiers.size() * tierW + (2 + tiers.size()) * EXTRA + 1,
                headingWidth());
        double headingH = headingHeight();
        double tableHeadH = headerH + EXTRA + 1;
        double naturalH = headingH + tableHeadH + heights.stream().mapToDouble(h -> h + EXTRA).sum();
        double scale = Math.min(width / naturalW, 1.5);
        if (naturalH * scale > height && height / naturalH >= ONE_PAGE) {
            scale = height / naturalH * 0.995;
        }
        scale = Math.max(scale, 0.5);
        double available = height / scale - headingH - tableHeadH - 1;
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> chunk = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!chunk.isEmpty() && used + heights.get(i) + EXTRA > available) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                used = 0;
            }
            chunk.add(i);
            used += heights.get(i) + EXTRA;
        }
        chunks.add(chunk);
        List<Node> pages = new ArrayList<>();
        for (int p = 0; p < chunks.size(); p++) {
            GridPane grid = grid(chunks.get(p), heights, categoryW, nameW, tierW, headerH);
            VBox page = new VBox(GAP, heading(p + 1, chunks.size()), grid);
            page.setStyle("-fx-background-color: white;");
            page.getTransforms().add(new Scale(scale, scale));
            pages.add(page);
        }
        return pages;
    }

    private Label heading(int page, int pages) {
        Label l = new Label(I18n.t("competency.printHeading", title, page, pages));
        l.setFont(headingFont());
        l.setStyle("-fx-text-fill: black;");
        return l;
    }

    private Font headingFont() {
        return Font.font(font.getFamily(), FontWeight.BOLD, SIZE * 1.2);
    }

    private double headingWidth() {
        Text t = new Text(I18n.t("competency.printHeading", title, 99, 99));
        t.setFont(headingFont());
        return t.getLayoutBounds().getWidth() + 2;
    }

    private double headingHeight() {
        Text t = new Text(title);
        t.setFont(headingFont());
        return Math.ceil(t.getLayoutBounds().getHeight()) + GAP + 1;
    }

    private GridPane grid(List<Integer> chunk, List<Double> heights, double categoryW, double nameW, double tierW,
            double headerH) {
        GridPane g = new GridPane();
        g.setStyle("-fx-border-color: #555555; -fx-border-width: 0.5 0 0 0.5;");
        g.add(header(I18n.t("competency.column.category"), categoryW, headerH), 0, 0);
        g.add(header(I18n.t("competency.column.competency"), nameW, headerH), 1, 0);
        for (int t = 0; t < tiers.size(); t++) {
            g.add(header(tiers.get(t).name(), tierW, headerH), 2 + t, 0);
        }
        String previous = null;
        for (int r = 0; r < chunk.size(); r++) {
            CompetencyGrid.Row row = rows.get(chunk.get(r));
            double h = heights.get(chunk.get(r));
            g.add(cell(row.category().equals(previous) ? "" : row.category(), categoryW, h, false), 0, r + 1);
            previous = row.category();
            g.add(cell(row.competency().name(), nameW, h, false), 1, r + 1);
            for (int t = 0; t < tiers.size(); t++) {
                RequirementLevel level = row.level(tiers.get(t).id());
                g.add(cell(level == null ? "" : level.mark(), tierW, h, true), 2 + t, r + 1);
            }
        }
        return g;
    }

    /** A cell of {@code w} × {@code h} content (plus padding and border), its text wrapped inside. */
    private Label cell(String text, double w, double h, boolean centred) {
        Label l = new Label(text);
        l.setFont(font);
        l.setWrapText(true);
        l.setTextAlignment(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        l.setAlignment(centred ? Pos.CENTER : Pos.CENTER_LEFT);
        l.setMinSize(w + EXTRA, h + EXTRA);
        l.setPrefSize(w + EXTRA, h + EXTRA);
        l.setMaxSize(w + EXTRA, h + EXTRA);
        l.setStyle(BORDER);
        return l;
    }

    private Label header(String text, double w, double h) {
        Label l = cell(text, w, h, true);
        l.setStyle(BORDER + "-fx-background-color: #eeeeee;");
        return l;
    }

    /** Width in points at the print size; columns are clamped to {@code min}…{@code max} ems. */
    private double textWidth(String text) {
        Text t = new Text(text == null ? "" : text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth() + 2;
    }

    private double textHeight(String text, double width) {
        Text t = new Text(text == null || text.isEmpty() ? "あ" : text);
        t.setFont(font);
        // Wrapped a little narrower than the cell and given a little more height than measured: a Label
        // rounds its insets to pixels and would otherwise cut the last line short with "…".
        t.setWrappingWidth(width - 1);
        return Math.ceil(t.getLayoutBounds().getHeight() + SIZE * 0.4);
    }

    /** Whole points, as layout snaps cells to pixels: the measured page is then the laid-out page. */
    private static double clamp(double v, double minEm, double maxEm) {
        return Math.ceil(Math.max(minEm * SIZE, Math.min(maxEm * SIZE, v)));
    }
}
