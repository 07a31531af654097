package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.SkillItem;
import org.kenshu.model.StaleEditException;

class SkillMapServiceTest {
    @TempDir
    Path dir;
    OrgFixture city;
    SkillMapService maps;
    long job;

    @BeforeEach
    void open() {
        city = new OrgFixture(dir);
        maps = city.s.skillMaps;
        job = city.s.jobCategories.jobCategories().getFirst().id();
    }

    @AfterEach
    void close() {
        city.close();
    }

    private SkillItem item(String code, String name) {
        return new SkillItem(0, job, "係長・主査", code, name, "係の業務を回す", 0, 0);
    }

    @Test
    void itemsAreAddedEditedDeletedAndRestored() {
        SkillItem a = maps.add(item("A", "業務"));
        SkillItem edited = maps.update(new SkillItem(a.id(), job, "係長・主査", "A", "業務遂行", null, a.sortOrder(),
                a.version()));
        assertThat(maps.items()).singleElement().extracting(SkillItem::itemName).isEqualTo("業務遂行");
        maps.delete(edited);
        assertThat(maps.items()).isEmpty();
        maps.restore(edited);
        assertThat(maps.items()).singleElement().extracting(SkillItem::itemName).isEqualTo("業務遂行");
    }

    @Test
    void anItemLetterTwiceForOnePositionIsRefused() {
        maps.add(item("A", "業務"));
        assertThatThrownBy(() -> maps.add(item("A", "政策"))).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("係長・主査");
        assertThatThrownBy(() -> maps.add(new SkillItem(0, job, " ", "B", "政策", null, 0, 0)))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void anEditOverAChangeMadeElsewhereIsStale() {
        SkillItem a = maps.add(item("A", "業務"));
        maps.update(new SkillItem(a.id(), job, "係長・主査", "A", "別画面", null, a.sortOrder(), a.version()));
        assertThatThrownBy(() -> maps.update(new SkillItem(a.id(), job, "係長・主査", "A", "わたし", null, a.sortOrder(),
                a.version()))).isInstanceOf(StaleEditException.class);
    }
}
