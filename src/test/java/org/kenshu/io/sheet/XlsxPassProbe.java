package org.kenshu.io.sheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Single passes over the first worksheet of an xlsx, for {@code org.kenshu.bench.XlsxPassBenchmark}
 * (it lives here to reach the package's internals; it is not a test).
 */
public final class XlsxPassProbe {
    private XlsxPassProbe() {
    }

    /** Unpacks the worksheet and throws the bytes away: the floor for any pass. */
    public static long inflateOnly(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
            return total;
        }
    }

    /** A SAX pass that only counts elements: the floor for any SAX reader. */
    public static long saxOnly(Path xlsx) throws Exception {
        long[] elements = {0};
        withSheet(xlsx, part -> XlsxPackage.parse(part, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                elements[0]++;
            }
        }));
        return elements[0];
    }

    /** The merged-region pre-pass as the reader does it (byte scan). */
    public static long mergeByteScan(Path xlsx) throws Exception {
        long[] regions = {0};
        withSheet(xlsx, part -> regions[0] = XlsxReader.mergedRegions(part).size());
        return regions[0];
    }

    /** The merged-region pre-pass as a SAX pass that ignores everything else. */
    public static long mergeSax(Path xlsx) throws Exception {
        MergeCellSaxHandler handler = new MergeCellSaxHandler();
        withSheet(xlsx, part -> XlsxPackage.parse(part, handler));
        return handler.regions().size();
    }

    private interface PartWork {
        void run(PackagePart part) throws Exception;
    }

    private static void withSheet(Path xlsx, PartWork work) throws Exception {
        PoiLimits.apply();
        try (XlsxPackage pkg = XlsxPackage.open(xlsx)) {
            XlsxWorkbookHandler workbook = new XlsxWorkbookHandler();
            XlsxPackage.parse(pkg.workbook(), workbook);
            work.run(pkg.worksheet(workbook.sheets().getFirst().relationshipId()));
        }
    }
}
