package org.kenshu.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.kenshu.model.I18n;

/**
 * Loads a view's FXML (same name and package as the view without the "View" suffix:
 * {@code StaffPageView} → {@code StaffPage.fxml}) with the message bundle and the given controller,
 * so controllers get their view models through their constructors.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = type.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("missing " + name + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, I18n.bundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(controller)) {
                throw new IllegalStateException(name + " names controller " + requested.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("loading " + name, e);
        }
    }
}
