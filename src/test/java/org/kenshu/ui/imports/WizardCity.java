package org.kenshu.ui.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.ImportOptions;
import org.kenshu.store.TestStore;

/** A small city for the wizard's tests: three staff, one course with a two-day session on 5/12–5/13 (fiscal 2026). */
public final class WizardCity {
    private WizardCity() {
    }

    public static Workspace open(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("data"), SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().setup.apply(new SetupDocumentReader().read(new ByteArrayInputStream("""
                organisation: {name: テスト市}
                tiers:
                  - {code: SHUNIN, name: 主任級, rank: 1}
                  - {code: KAKARICHO, name: 係長級, rank: 2}
                courseTypes:
                  - {code: TIER, name: 階層別研修}
                courses:
                  - {name: 新任係長研修, type: TIER}
                """.getBytes(StandardCharsets.UTF_8)), "city"), null);
        var imports = ws.services().imports;
        imports.run(ImportKind.STAFF, List.of(csv(dir, "roster.csv", "職員番号,氏名,職層", "00101,山田 太郎,係長級",
                "00102,佐藤 花子,主任", "00103,髙橋 一郎,係長級")), ImportOptions.defaults().withEffectiveDate(
                        LocalDate.of(2026, 4, 1)), Progress.NONE);
        imports.run(ImportKind.PLAN, List.of(csv(dir, "plan.csv", "研修名,回,日程", "新任係長研修,1,5/12～5/13")),
                ImportOptions.defaults().withFiscalYear(2026), Progress.NONE);
        return ws;
    }

    public static Path csv(Path dir, String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
    }
}
