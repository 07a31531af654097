package org.kenshu.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the window's size and position in the data folder ({@code window.properties}). */
final class WindowState {
    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    private final Path file;

    WindowState(Path dataFolder) {
        this.file = dataFolder.resolve("window.properties");
    }

    void restore(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(800);
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            double x = Double.parseDouble(p.getProperty("x"));
            double y = Double.parseDouble(p.getProperty("y"));
            double w = Double.parseDouble(p.getProperty("width"));
            double h = Double.parseDouble(p.getProperty("height"));
            // Only where a screen still shows it (a laptop off its docking station has fewer screens).
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
            stage.setWidth(Math.max(900, w));
            stage.setHeight(Math.max(600, h));
            stage.setMaximized(Boolean.parseBoolean(p.getProperty("maximized")));
        } catch (IOException | RuntimeException e) {
            LOG.info("Window position not restored: {}", e.toString());
        }
    }

    void save(Stage stage) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(stage.getX()));
        p.setProperty("y", Double.toString(stage.getY()));
        p.setProperty("width", Double.toString(stage.getWidth()));
        p.setProperty("height", Double.toString(stage.getHeight()));
        p.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Kenshu Workbench window");
        } catch (IOException e) {
            LOG.info("Window position not saved: {}", e.toString());
        }
    }
}
