package org.kenshu.ui.common;

import java.util.List;
import javafx.scene.Node;

/**
 * Something that lays itself out on pages: given the printable width and height of a sheet (in
 * points, 1/72 inch), it returns one node per page that fits inside, scaled as it needs. The same
 * pages are shown in the print preview and sent to the printer.
 */
public interface Printable {
    /** The window title of the preview and the printer job's name. */
    String title();

    List<Node> pages(double width, double height);
}
