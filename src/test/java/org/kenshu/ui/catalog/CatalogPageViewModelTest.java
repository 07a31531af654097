package org.kenshu.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Organisation;
import org.kenshu.model.Provider;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.Services;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

class CatalogPageViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    Services services;
    FakeDialogs dialogs = new FakeDialogs();
    UndoStack undo;
    CatalogPageViewModel vm;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
        services = ws.services();
        services.organisation.save(Organisation.unnamed().withName("テスト市"));
        var type = services.courseTypes.add("階層別研修", "#1F4E79");
        services.courseTypes.add("特別研修", "#2E7D32");
        services.providers.save(Provider.of("人事課", true));
        services.setup.apply(new org.kenshu.model.setup.SetupDocument(null, null,
                List.of(new org.kenshu.model.setup.SetupDocument.TierSpec("SHUNIN", "主任級", 2, null, null, null, null)),
                List.of(), List.of(), java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of()), null);
        services.courses.save(Course.of("新任主任研修", type.id()), List.of("主任研修"));
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        vm = new CatalogPageViewModel(services.catalog, services.courses, services.courseTypes, services.providers,
                tasks, dialogs, undo);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CourseEntry entry(String name) {
        return vm.shown().stream().filter(e -> e.course().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void selectingACourseFillsTheFormAndSavingStoresTheTargetRule() {
        vm.selectedProperty().set(entry("新任主任研修"));
        CourseForm form = vm.editor().form();
        assertThat(form.name.get()).isEqualTo("新任主任研修");
        assertThat(form.aliases.get()).isEqualTo("主任研修");
        form.capacity.set("２４人");
        form.hours.set("6.5");
        form.mode.set(EnrollmentMode.APPLICATION);
        form.promotedWithin.set("12");
        form.tiers.getFirst().selectedProperty().set(true);
        form.aliases.set("主任研修\n新任主任");
        vm.editor().save();
        assertThat(dialogs.errors).isEmpty();
        Course stored = services.courses.detail(entry("新任主任研修").course().id()).course();
        assertThat(stored.defaultCapacity()).isEqualTo(24);
        assertThat(stored.hours()).isEqualByComparingTo("6.5");
        assertThat(stored.mode()).isEqualTo(EnrollmentMode.APPLICATION);
        assertThat(stored.target().promotedWithinMonths()).isEqualTo(12);
        assertThat(stored.target().tierIds()).hasSize(1);
        assertThat(services.courses.detail(stored.id()).aliases()).containsExactlyInAnyOrder("主任研修", "新任主任");
        undo.undo();
        assertThat(services.courses.detail(stored.id()).course().defaultCapacity()).isNull();
        assertThat(services.courses.detail(stored.id()).aliases()).containsExactly("主任研修");
    }

    @Test
    void aNumberThatIsNotANumberIsRefusedBeforeSaving() {
        vm.selectedProperty().set(entry("新任主任研修"));
        vm.editor().form().days.set("二日");
        vm.editor().save();
        assertThat(dialogs.errors).singleElement().asString().contains("日数");
    }

    @Test
    void aNewCourseWithAnAliasTakenByAnotherCourseIsRefusedWithItsName() {
        vm.newCourse();
        vm.editor().form().name.set("主任級研修");
        vm.editor().form().aliases.set("主任研修");
        vm.editor().save();
        assertThat(dialogs.errors).singleElement().asString().contains("新任主任研修");
        assertThat(vm.shown()).hasSize(1);
    }

    @Test
    void aNewCourseAppearsSelectedAndUndoRemovesIt() {
        vm.newCourse();
        vm.editor().form().name.set("接遇研修");
        vm.editor().save();
        assertThat(vm.selectedProperty().get().course().name()).isEqualTo("接遇研修");
        undo.undo();
        assertThat(vm.shown()).extracting(e -> e.course().name()).containsExactly("新任主任研修");
    }

    @Test
    void copyingMakesACopyAndRetiringHidesItUntilAsked() {
        vm.selectedProperty().set(entry("新任主任研修"));
        vm.copySelected();
        assertThat(vm.selectedProperty().get().course().name()).isEqualTo("新任主任研修のコピー");
        dialogs.answer(true);
        vm.toggleRetired();
        assertThat(vm.shown()).extracting(e -> e.course().name()).contains("新任主任研修のコピー");
        assertThat(vm.showRetiredProperty().get()).as("the retired course stays in view").isTrue();
        vm.showRetiredProperty().set(false);
        assertThat(vm.shown()).extracting(e -> e.course().name()).containsExactly("新任主任研修");
        assertThat(vm.countProperty().get()).contains("廃止 1 件");
    }

    @Test
    void aCourseChangedElsewhereIsShownBesideTheOfficersValues() {
        vm.selectedProperty().set(entry("新任主任研修"));
        Course stored = services.courses.detail(entry("新任主任研修").course().id()).course();
        services.courses.save(new Course(stored.id(), null, "新任主任研修（別画面）", stored.courseTypeId(), null,
                stored.format(), null, null, null, null, stored.mode(), null, stored.target(), stored.competencyIds(),
                false, stored.version()), List.of("主任研修"));
        vm.editor().form().capacity.set("30");
        dialogs.answer(ConflictChoice.KEEP_MINE);
        vm.editor().save();
        assertThat(dialogs.conflicts).singleElement().satisfies(fields -> {
            assertThat(fields.getFirst().stored()).isEqualTo("新任主任研修（別画面）");
            assertThat(fields.getFirst().mine()).isEqualTo("新任主任研修");
        });
        Course after = services.courses.detail(stored.id()).course();
        assertThat(after.name()).isEqualTo("新任主任研修");
        assertThat(after.defaultCapacity()).isEqualTo(30);
    }

    @Test
    void courseTypesAreRenamedAndReorderedFromTheirTab() {
        CourseTypesViewModel types = vm.types();
        types.selectedProperty().set(types.types().get(1));
        types.nameProperty().set("特別・専門研修");
        types.save();
        types.moveUp();
        assertThat(types.types()).extracting(t -> t.name()).containsExactly("特別・専門研修", "階層別研修");
        undo.undo();
        assertThat(services.courseTypes.types()).extracting(t -> t.name()).containsExactly("階層別研修", "特別・専門研修");
    }

    @Test
    void providersAreAddedFromTheirTabAndOneInUseIsKept() {
        ProvidersViewModel providers = vm.providers();
        providers.newProvider();
        providers.nameProperty().set("市町村アカデミー");
        providers.save();
        assertThat(services.providers.providers()).extracting(Provider::name).contains("市町村アカデミー");
        assertThat(dialogs.errors).isEmpty();
        vm.refresh();
        vm.selectedProperty().set(entry("新任主任研修"));
        Provider academy = vm.editor().form().providers.stream().filter(p -> p.name().equals("市町村アカデミー"))
                .findFirst().orElseThrow();
        vm.editor().form().provider.set(academy);
        vm.editor().save();
        providers.selectedProperty().set(providers.providers().stream()
                .filter(p -> p.name().equals("市町村アカデミー")).findFirst().orElseThrow());
        dialogs.answer(true);
        providers.delete();
        assertThat(dialogs.errors).singleElement().asString().contains("使っている研修");
        assertThat(services.providers.providers()).extracting(Provider::name).contains("市町村アカデミー");
    }
}
