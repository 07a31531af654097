package org.kenshu.io.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code xl/styles.xml} just far enough to know each cell style's number format: custom
 * codes from {@code <numFmts>} and the {@code numFmtId} of each {@code <xf>} in {@code <cellXfs>}
 * (a cell's {@code s} attribute indexes that list). Cheaper than POI's XMLBeans StylesTable.
 */
final class XlsxStylesHandler extends DefaultHandler {
    private final Map<Integer, String> codes = new HashMap<>();
    private final List<Integer> formatIds = new ArrayList<>();
    private int cellXfsDepth = -1;
    private int depth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if ("numFmt".equals(localName)) {
            Integer id = parseId(atts.getValue("numFmtId"));
            String code = atts.getValue("formatCode");
            if (id != null && code != null) {
                codes.put(id, code);
            }
        } else if ("cellXfs".equals(localName)) {
            cellXfsDepth = depth;
        } else if ("xf".equals(localName) && cellXfsDepth >= 0 && depth == cellXfsDepth + 1) {
            Integer id = parseId(atts.getValue("numFmtId"));
            formatIds.add(id == null ? 0 : id);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == cellXfsDepth) {
            cellXfsDepth = -1;
        }
        depth--;
    }

    /** The number format of every cell style, indexed like the {@code s} attribute. */
    NumberFormat[] formats() {
        NumberFormat[] formats = new NumberFormat[formatIds.size()];
        Map<Integer, NumberFormat> byId = new HashMap<>();
        for (int i = 0; i < formats.length; i++) {
            formats[i] = byId.computeIfAbsent(formatIds.get(i), id -> NumberFormat.of(id, codes.get(id)));
        }
        return formats;
    }

    private static Integer parseId(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
