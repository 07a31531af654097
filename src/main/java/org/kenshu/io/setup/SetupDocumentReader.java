package org.kenshu.io.setup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kenshu.model.setup.SetupDocument;

/** Reads a {@link SetupDocument} from YAML; unknown keys are errors so a typo in a preset is caught. */
public final class SetupDocumentReader {
    // A key written twice would otherwise silently keep the last value (a doubled matrix cell hides a wrong mark).
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public SetupDocument read(InputStream in, String sourceName) {
        try {
            return yaml.readValue(in, SetupDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(sourceName + ": unknown key '" + e.getPropertyName() + "' at "
                    + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
        }
    }

    public SetupDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled preset: {@code /org/kenshu/presets/NAME.yaml}. */
    public SetupDocument readPreset(String name) {
        String resource = "/org/kenshu/presets/" + name + ".yaml";
        try (InputStream in = SetupDocumentReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no preset " + name);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
