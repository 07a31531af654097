package org.kenshu.io.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads {@code xl/workbook.xml}: the sheets in workbook order and the date system. */
final class XlsxWorkbookHandler extends DefaultHandler {
    /** One {@code <sheet>}: its name, whether Excel hides it, and its relationship id. */
    record SheetEntry(String name, boolean hidden, String relationshipId) {
    }

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("workbookPr".equals(localName)) {
            String value = atts.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if ("sheet".equals(localName)) {
            String state = atts.getValue("state");
            boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
            sheets.add(new SheetEntry(nullToEmpty(atts.getValue("name")), hidden, relationshipId(atts)));
        }
    }

    /** {@code r:id}, whatever prefix and namespace (transitional or strict) the file uses. */
    private static String relationshipId(Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            if ("id".equals(atts.getLocalName(i)) && !atts.getURI(i).isEmpty()) {
                return atts.getValue(i);
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
