package org.kenshu.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.store.TestStore;

class SampleDataServiceTest {
    @TempDir
    Path dir;

    @Test
    void theSampleCityLoadsThroughTheImportsAndOnlyIntoAnEmptyDatabase() {
        try (Workspace ws = Workspace.open(dir, SpreadsheetReaders::read, TestStore.CLOCK)) {
            ws.services().sample.load(Progress.NONE);
            var counts = ws.services().info.counts();
            assertThat(counts.get("staff")).isEqualTo(628);
            assertThat(counts.get("tier")).isEqualTo(7);
            assertThat(counts.get("competency")).isEqualTo(17);
            assertThat(counts.get("course")).isEqualTo(44);
            assertThat(counts.get("course_session")).isEqualTo(236);
            assertThat(counts.get("attendance")).isEqualTo(3141 + 2503);
            assertThat(counts.get("enrollment")).isEqualTo(3022 + 3118 + 6 + 6);
            assertThat(counts.get("import_batch")).isEqualTo(8);
            assertThat(ws.services().organisation.organisation().name()).isEqualTo("さくら台市");
            assertThatThrownBy(() -> ws.services().sample.load(Progress.NONE))
                    .isInstanceOf(SampleDataService.SampleDataException.class).hasMessageContaining("職員が登録済み");
        }
    }

    @Test
    void theBundledFileListNamesEveryFileOfTheFolder() throws IOException {
        Path folder = Path.of("sample-data");
        List<String> listed = Files.readAllLines(folder.resolve("files.txt")).stream().filter(l -> !l.isBlank()).toList();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> present = walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                    .filter(n -> !n.startsWith(".") && !n.equals("README.md") && !n.equals("files.txt")).sorted().toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }
}
