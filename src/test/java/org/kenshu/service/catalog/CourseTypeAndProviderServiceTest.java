package org.kenshu.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.Provider;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.RefusedException;
import org.kenshu.store.TestStore;

class CourseTypeAndProviderServiceTest {
    @TempDir
    Path dir;
    TestStore store;
    CourseTypeService types;
    ProviderService providers;

    @BeforeEach
    void open() {
        store = new TestStore(dir);
        types = new CourseTypeService(store.db, store.repos);
        providers = new ProviderService(store.db, store.repos);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void typesAreAddedAtTheEndRenamedAndReorderedKeepingTheirCodes() {
        CourseType tier = types.add("階層別研修", "#1f4e79");
        CourseType special = types.add("特別研修", null);
        assertThat(tier.color()).isEqualTo("#1F4E79");
        CourseType renamed = types.save(new CourseType(special.id(), special.code(), "特別・専門研修", "#2E7D32",
                special.sortOrder(), special.version()));
        var reordered = types.move(renamed, -1);
        assertThat(reordered).extracting(CourseType::name).containsExactly("特別・専門研修", "階層別研修");
        assertThat(reordered.getFirst().code()).isEqualTo(special.code());
        assertThat(types.move(reordered.getFirst(), -1)).extracting(CourseType::name)
                .containsExactly("特別・専門研修", "階層別研修");
    }

    @Test
    void aTypeNameTwiceOrABadColourIsRefused() {
        types.add("階層別研修", null);
        assertThatThrownBy(() -> types.add("階層別 研修", null)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> types.add("特別研修", "red")).isInstanceOf(RefusedException.class);
    }

    @Test
    void aTypeInUseCannotBeDeletedButAnUnusedOneCan() {
        CourseType tier = types.add("階層別研修", null);
        CourseType spare = types.add("予備", null);
        store.repos.courses.insert(Course.of("新任主任研修", tier.id()));
        assertThatThrownBy(() -> types.delete(tier)).isInstanceOf(RefusedException.class);
        types.delete(spare);
        assertThat(types.types()).extracting(CourseType::name).containsExactly("階層別研修");
        assertThat(types.restore(spare).code()).isEqualTo(spare.code());
    }

    @Test
    void providersAreEditedWithVersionChecksAndKeptWhileACourseNamesThem() {
        Provider academy = providers.save(Provider.of("市町村アカデミー", false));
        Provider renamed = providers.save(new Provider(academy.id(), "市町村職員中央研修所", false, "千葉市",
                academy.version()));
        assertThat(renamed.note()).isEqualTo("千葉市");
        assertThatThrownBy(() -> providers.save(academy)).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> providers.save(Provider.of("市町村職員中央研修所", true)))
                .isInstanceOf(RefusedException.class);
        CourseType type = types.add("派遣研修", null);
        Course c = Course.of("政策形成研修", type.id());
        store.repos.courses.insert(new Course(0, null, c.name(), c.courseTypeId(), renamed.id(), c.format(), null,
                null, null, null, c.mode(), null, null, null, false, 0));
        assertThatThrownBy(() -> providers.delete(renamed)).isInstanceOf(RefusedException.class);
        Provider internal = providers.save(Provider.of("人事課", true));
        assertThat(providers.providers().getFirst()).isEqualTo(internal);
    }
}
