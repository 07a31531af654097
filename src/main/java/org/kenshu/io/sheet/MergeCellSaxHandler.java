package org.kenshu.io.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML-parser way to collect merged regions, for worksheet parts the byte scan cannot read
 * (UTF-16). Slower: it tokenises every cell of the sheet just to skip it.
 */
final class MergeCellSaxHandler extends DefaultHandler {
    private final List<MergedRegion> regions = new ArrayList<>();

    List<MergedRegion> regions() {
        return regions;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("mergeCell".equals(localName)) {
            String ref = atts.getValue("ref");
            MergedRegion region = ref == null ? null : CellRefs.region(ref);
            if (region != null) {
                if (regions.size() == MergeCellScanner.MAX_REGIONS) {
                    throw new FileTooLargeException("merged regions");
                }
                regions.add(region);
            }
        }
    }
}
