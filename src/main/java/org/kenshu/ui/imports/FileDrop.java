package org.kenshu.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dragged from the desktop onto a window or a node: only ordinary files are taken. */
public final class FileDrop {
    private FileDrop() {
    }

    public static void install(Node target, Consumer<List<Path>> dropped) {
        target.addEventHandler(DragEvent.DRAG_OVER, FileDrop::accept);
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> drop(e, dropped));
    }

    public static void install(Scene target, Consumer<List<Path>> dropped) {
        target.addEventHandler(DragEvent.DRAG_OVER, FileDrop::accept);
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> drop(e, dropped));
    }

    private static void accept(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private static void drop(DragEvent e, Consumer<List<Path>> dropped) {
        List<Path> files = e.getDragboard().hasFiles() ? files(e.getDragboard().getFiles()) : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (!files.isEmpty()) {
            dropped.accept(files);
        }
    }

    static List<Path> files(List<File> files) {
        return files.stream().filter(File::isFile).map(File::toPath).toList();
    }
}
