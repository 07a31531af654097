package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.ImportKind;

/**
 * A plan row about a course already in the catalog: a different course type or provider is a
 * conflict the officer decides (and undo restores); different target tiers only a warning.
 */
class PlanCourseChangesTest {
    @TempDir
    Path dir;
    ImportFixture f;
    static final ImportOptions FY2026 = ImportOptions.defaults().withFiscalYear(2026);

    @BeforeEach
    void setUp() {
        f = new ImportFixture(dir);
        f.run(ImportKind.PLAN, FY2026, f.files.file("plan.xlsx", List.of(
                List.of("研修名", "回", "研修区分", "日程", "研修機関"),
                List.of("接遇研修", "1", "特別研修", "5/20", "人事課"))));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Course course() {
        return f.store.repos.courses.findByName("接遇研修").orElseThrow();
    }

    private Path changed(String type, String provider, String target) {
        return f.files.file("plan2.xlsx", List.of(
                List.of("研修名", "回", "研修区分", "日程", "研修機関", "対象"),
                List.of("接遇研修", "1", type, "5/20", provider, target),
                List.of("接遇研修", "2", type, "6/20", provider, target)));
    }

    @Test
    void aDifferentCourseTypeIsOneConflictForAllRowsOfTheCourse() {
        var before = f.snapshot();
        ImportResult r = f.run(ImportKind.PLAN, FY2026, changed("階層別研修", "人事課", ""));
        assertThat(r.committed()).isFalse();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("接遇研修");
            assertThat(c.stored()).isEqualTo("特別研修");
            assertThat(c.incoming()).isEqualTo("階層別研修");
            assertThat(c.column()).isEqualTo("研修区分");
        });
        assertThat(f.snapshot()).isEqualTo(before);
        String key = r.conflicts().getFirst().key();
        ImportResult taken = f.run(ImportKind.PLAN, FY2026.withDecisions(Map.of(key, true)),
                changed("階層別研修", "人事課", ""));
        assertThat(taken.committed()).isTrue();
        long tier = f.store.repos.courseTypes.findByCode("TIER").orElseThrow().id();
        assertThat(course().courseTypeId()).isEqualTo(tier);
        f.imports.undo(Long.parseLong(taken.batchId()));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aDifferentProviderIsAConflictAndKeepingItLeavesTheCatalogAlone() {
        var keep = new ImportOptions(false, false, ConflictPolicy.KEEP, null, null, false, false, 2026, false, null, null);
        ImportResult r = f.run(ImportKind.PLAN, keep, changed("特別研修", "市町村アカデミー", ""));
        assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.stored()).isEqualTo("人事課"));
        assertThat(r.committed()).isTrue();
        assertThat(f.store.repos.providers.findByName("市町村アカデミー")).isEmpty();
        var overwrite = new ImportOptions(false, false, ConflictPolicy.OVERWRITE, null, null, false, false, 2026, false,
                null, null);
        f.run(ImportKind.PLAN, overwrite, changed("特別研修", "市町村アカデミー", ""));
        assertThat(course().providerId())
                .isEqualTo(f.store.repos.providers.findByName("市町村アカデミー").orElseThrow().id());
    }

    @Test
    void differentTargetTiersAreOneWarningAndTheCatalogKeepsItsTargets() {
        ImportResult r = f.run(ImportKind.PLAN, FY2026, changed("特別研修", "人事課", "係長級"));
        assertThat(r.committed()).isTrue();
        assertThat(r.warnings()).filteredOn(w -> w.message().contains("対象職層")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("接遇研修", "係長級", "カタログは変えていません"));
        assertThat(course().target().tierIds()).isEmpty();
    }
}
