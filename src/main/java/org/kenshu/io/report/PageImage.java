package org.kenshu.io.report;

import java.util.List;

/** One printed A4 page of a report: its size and its boxes, in millimetres. */
public record PageImage(String sheet, boolean landscape, double widthMm, double heightMm, List<PageBox> boxes) {

    public PageImage {
        boxes = List.copyOf(boxes);
    }
}
