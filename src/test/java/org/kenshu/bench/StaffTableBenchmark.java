package org.kenshu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.service.Workspace;
import org.kenshu.ui.common.Activity;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Editor;
import org.kenshu.ui.common.FxTaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.staff.StaffPageView;
import org.kenshu.ui.staff.StaffPageViewModel;

/**
 * The 職員・組織 page on a city of 30,000 staff, headless JavaFX: the time to load the page (roster
 * read in the background until the table holds its rows), and per filter keystroke the time from
 * setting the filter text on the FX thread until the list the TableView shows has its new size, and
 * until the table has laid out its visible rows. Median and p95 over typed queries, unsorted and
 * sorted by department. See docs/benchmarks.md.
 *
 * <pre>StaffTableBenchmark DATA_FOLDER [STAFF=30000]   (generates the city when the folder is empty)</pre>
 */
public final class StaffTableBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    /** What an officer types, one keystroke at a time (then deleted again). */
    private static final List<String> QUERIES = List.of("山田 花子", "やまだ", "100", "こども青少年局", "主任", "人事課 庶務係",
            "ｻﾄｳ");

    private StaffTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        if (!Files.exists(folder.resolve("kenshu.mv.db"))) {
            LargeCityGenerator.generate(folder, staff);
        }
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
        try (Workspace ws = Workspace.open(folder, SpreadsheetReaders::read, CLOCK)) {
            run(ws);
        } finally {
            Platform.exit();
        }
    }

    private static void run(Workspace ws) throws Exception {
        {
            Page page = fx(() -> new Page(ws));
            for (int i = 0; i < 4; i++) {
                long ms = page.load();
                System.out.printf("page load %d: %d ms (%,d rows shown)%n", i + 1, ms, fx(page::shown));
            }
            keystrokes(page, null);
            keystrokes(page, "unsorted");
            fx(page::sortByDepartment);
            keystrokes(page, "sorted by 所属");
            System.out.println("load average: " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    /** Types every query and deletes it again; {@code label} null: a warm-up round that is not reported. */
    private static void keystrokes(Page page, String label) throws Exception {
        List<Long> listNs = new ArrayList<>();
        List<Long> layoutNs = new ArrayList<>();
        for (String query : QUERIES) {
            List<String> typed = new ArrayList<>();
            for (int i = 1; i <= query.length(); i++) {
                typed.add(query.substring(0, i));
            }
            for (int i = query.length() - 1; i >= 0; i--) {
                typed.add(query.substring(0, i));
            }
            for (String text : typed) {
                long[] t = fx(() -> page.type(text));
                listNs.add(t[0]);
                layoutNs.add(t[1]);
            }
        }
        if (label == null) {
            return;
        }
        System.out.printf("filter keystrokes (%s, %d): list updated median %.1f ms, p95 %.1f ms, max %.1f ms; "
                + "with table layout median %.1f ms, p95 %.1f ms, max %.1f ms%n", label, listNs.size(),
                percentile(listNs, 50), percentile(listNs, 95), percentile(listNs, 100), percentile(layoutNs, 50),
                percentile(layoutNs, 95), percentile(layoutNs, 100));
    }

    private static double percentile(List<Long> ns, int p) {
        long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** The page in a 1366×860 window, as the officer sees it. */
    private static final class Page {
        final StaffPageView view;
        final TableView<?> table;
        final TextField filter;
        final java.util.concurrent.atomic.AtomicLong loadedAt = new java.util.concurrent.atomic.AtomicLong();

        Page(Workspace ws) {
            var dialogs = new BenchDialogs();
            var tasks = new FxTaskRunner(new Activity(), dialogs);
            var state = new AppState();
            state.fiscalYearProperty().set(2026);
            state.organisationProperty().set(ws.services().organisation.organisation());
            var vm = new StaffPageViewModel(ws.services(), new Editor(tasks, dialogs, new UndoStack(tasks, dialogs)),
                    state, CLOCK);
            view = new StaffPageView(vm, state);
            vm.shown().getSource().addListener((javafx.collections.ListChangeListener<Object>) c ->
                    loadedAt.set(System.nanoTime()));
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) view.root(), 1366, 860));
            stage.show();
            table = (TableView<?>) view.root().lookup("#staffTable");
            filter = (TextField) view.root().lookup("#filterField");
        }

        /** Reads the roster again and waits until the table holds it; milliseconds. */
        long load() throws Exception {
            loadedAt.set(0);
            long start = System.nanoTime();
            fx(() -> {
                view.refresh();
                return null;
            });
            while (loadedAt.get() == 0) {
                Thread.sleep(2);
            }
            fx(() -> {
                table.layout();
                return null;
            });
            return (System.nanoTime() - start) / 1_000_000;
        }

        int shown() {
            return table.getItems().size();
        }

        /** One keystroke: {nanoseconds until the shown list has its new size, until the table laid out}. */
        long[] type(String text) {
            long start = System.nanoTime();
            filter.setText(text);
            table.getItems().size();
            long listed = System.nanoTime();
            table.layout();
            long laidOut = System.nanoTime();
            return new long[] {listed - start, laidOut - start};
        }

        Void sortByDepartment() {
            var column = table.getColumns().stream().filter(c -> "departmentColumn".equals(c.getId())).findFirst()
                    .orElseThrow();
            @SuppressWarnings({"unchecked", "rawtypes"})
            var order = (javafx.collections.ObservableList) table.getSortOrder();
            order.setAll(Arrays.asList(column));
            return null;
        }
    }
}
