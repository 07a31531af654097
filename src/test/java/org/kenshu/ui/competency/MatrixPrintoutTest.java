package org.kenshu.ui.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Competency;
import org.kenshu.model.RequirementLevel;
import org.kenshu.model.Tier;
import org.kenshu.model.TierCompetency;
import org.kenshu.service.CompetencyGrid;
import org.kenshu.ui.common.PrintPages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The printed grid (headless): every page fits the sheet, and no name is cut short with "…". */
class MatrixPrintoutTest {
    static final double WIDTH = PrintPages.SHEET_WIDTH - 2 * PrintPages.MARGIN;
    static final double HEIGHT = PrintPages.SHEET_HEIGHT - 2 * PrintPages.MARGIN;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static MatrixPrintout printout(int competencies, String... tierNames) {
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < tierNames.length; i++) {
            tiers.add(new Tier(i + 1, "T" + i, tierNames[i], i + 1, null, null, false, 0));
        }
        List<CompetencyGrid.Row> rows = new ArrayList<>();
        for (int i = 0; i < competencies; i++) {
            var c = new Competency(i + 1, 1L, "C" + i, i % 3 == 0 ? "課題発見・改善・DX推進能力" : "政策形成能力" + i, null, i, 0);
            rows.add(new CompetencyGrid.Row(c, i < competencies / 2 ? "職員に求められる能力" : "管理監督職に求められる能力",
                    Map.of(1L, new TierCompetency(i, 1, c.id(), RequirementLevel.ESSENTIAL, null, 0))));
        }
        return new MatrixPrintout("能力要件表（職層×能力） さくら台市", tiers, rows);
    }

    private static List<Node> laidOut(MatrixPrintout p) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Node> pages = p.pages(WIDTH, HEIGHT);
            for (Node page : pages) {
                Group g = new Group(page);
                new Scene(g);
                g.applyCss();
                g.layout();
            }
            return pages;
        }).get(20, TimeUnit.SECONDS);
    }

    private static List<String> cutShort(Node node) {
        List<String> cut = new ArrayList<>();
        if (node instanceof Label l) {
            Node text = l.lookup(".text");
            if (text instanceof Text t && !t.getText().equals(l.getText())) {
                cut.add(l.getText() + " → " + t.getText());
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cut.addAll(cutShort(child)));
        }
        return cut;
    }

    @Test
    void irumasSevenTiersAndSeventeenCompetenciesFitOnOnePageWithNothingCutShort() throws Exception {
        List<Node> pages = laidOut(printout(17, "主事・主事補級", "主任級", "副主幹・主査級", "主幹級", "課長級", "次長級",
                "部長級"));
        assertThat(pages).hasSize(1);
        assertThat(pages).allSatisfy(page -> {
            var bounds = page.getBoundsInParent();
            assertThat(bounds.getWidth()).isLessThanOrEqualTo(WIDTH + 1);
            assertThat(bounds.getHeight()).isLessThanOrEqualTo(HEIGHT + 1);
            assertThat(cutShort(page)).isEmpty();
        });
    }

    @Test
    void aLongGridIsSplitAtRowsAndEveryPageFitsTheSheet() throws Exception {
        List<Node> pages = laidOut(printout(120, "主事・主事補級", "主任級", "副主幹・主査級", "主幹級", "課長補佐級",
                "課長級", "次長級", "部長級", "技能労務職1〜3級", "業務主任・業務主査", "役職定年職員"));
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages).allSatisfy(page -> {
            var bounds = page.getBoundsInParent();
            assertThat(bounds.getWidth()).isLessThanOrEqualTo(WIDTH + 1);
            assertThat(bounds.getHeight()).isLessThanOrEqualTo(HEIGHT + 1);
            assertThat(cutShort(page)).isEmpty();
        });
    }

    @Test
    void thePreviewDrawsEachPageOnAWhiteA4LandscapeSheet() throws Exception {
        var images = WaitForAsyncUtils.asyncFx(() -> PrintPages.preview(printout(40, "主事級", "主任級", "係長級")))
                .get(20, TimeUnit.SECONDS);
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            assertThat(image.getWidth()).isEqualTo(Math.ceil(PrintPages.SHEET_WIDTH));
            assertThat(image.getHeight()).isEqualTo(Math.ceil(PrintPages.SHEET_HEIGHT));
            assertThat(image.getPixelReader().getArgb(5, 5)).isEqualTo(0xFFFFFFFF);
        });
    }
}
