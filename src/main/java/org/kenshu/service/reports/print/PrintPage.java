package org.kenshu.service.reports.print;

import java.util.List;

/** One printed A4 page: the sheet it comes from, its orientation and size, and its boxes (millimetres). */
public record PrintPage(String sheet, boolean landscape, double widthMm, double heightMm, List<PrintBox> boxes) {

    public PrintPage {
        boxes = List.copyOf(boxes);
    }

    /** Every line of text on the page, top to bottom (for tests and for the preview's accessibility text). */
    public List<String> texts() {
        return boxes.stream().flatMap(b -> b.lines().stream()).filter(t -> !t.isEmpty()).toList();
    }
}
