package org.kenshu.service.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.Table;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.io.sheet.SpreadsheetReader;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Progress;
import org.kenshu.service.SetupService;
import org.kenshu.store.TestStore;
import org.kenshu.store.jooq.DefaultSchema;

/** A small city (tiers, job categories, course types, two courses) and the pipeline over fake files. */
final class ImportFixture implements AutoCloseable {
    static final String CITY = """
            organisation: {name: テスト市}
            tiers:
              - {code: SHUJI, name: 主事・主事補級, rank: 1, aliases: [主事, 主事補]}
              - {code: SHUNIN, name: 主任級, rank: 2}
              - {code: KAKARICHO, name: 係長級, rank: 3}
              - {code: KACHO, name: 課長級, rank: 4}
            jobCategories:
              - {code: GYOSEI, name: 一般行政}
              - {code: HOIKU, name: 保育士}
            courseTypes:
              - {code: TIER, name: 階層別研修}
              - {code: SPECIAL, name: 特別研修}
              - {code: E_LEARNING, name: eラーニング}
            providers:
              - {name: 人事課, internal: true}
            courses:
              - {name: 新任係長研修, type: TIER, targetTiers: [KAKARICHO], aliases: [新任係長級研修]}
              - {name: 接遇研修, type: SPECIAL}
            """;

    final TestStore store;
    final FakeFiles files;
    final ImportService imports;

    ImportFixture(Path dir) {
        this(dir, null);
    }

    /** With {@code reader} (the real one for round trips) instead of the fake files. */
    ImportFixture(Path dir, SpreadsheetReader reader) {
        store = new TestStore(dir.resolve("db"));
        files = new FakeFiles(dir);
        new SetupService(store.db, store.repos).apply(new SetupDocumentReader().read(
                new ByteArrayInputStream(CITY.getBytes(StandardCharsets.UTF_8)), "city"), null);
        imports = new ImportService(store.db, store.repos, reader == null ? files : reader, TestStore.CLOCK, "tester");
    }

    /** The pipeline over the real readers (xlsx, xls, csv). */
    static ImportFixture real(Path dir) {
        return new ImportFixture(dir, org.kenshu.io.sheet.SpreadsheetReaders::read);
    }

    ImportResult run(ImportKind kind, ImportOptions options, Path... paths) {
        return imports.run(kind, List.of(paths), options, Progress.NONE);
    }

    /** Every row of every table except the import bookkeeping and audit log, for before/after comparisons. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> all = new TreeMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = t.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("import_batch") || name.equals("import_change") || name.equals("audit_log")) {
                continue;
            }
            all.put(name, store.db.dsl().selectFrom(t).orderBy(t.fields()[0]).fetch().map(Record::toString));
        }
        return all;
    }

    @Override
    public void close() {
        store.close();
    }
}
