package org.kenshu.io.sheet;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.LexicalHandler;

/**
 * An opened xlsx package: POI's OPC layer finds the parts by relationship type suffix, so
 * transitional and strict OOXML both work (XSSFReader's part getters know only transitional
 * types), and checks each part's unpacked size and ratio ({@link PoiLimits}). Parts are parsed
 * by Aalto with DOCTYPEs refused (no entity expansion, no external entities).
 */
final class XlsxPackage implements AutoCloseable {
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml");

    private final OPCPackage pkg;
    private final PackagePart workbook;

    private XlsxPackage(OPCPackage pkg, PackagePart workbook) {
        this.pkg = pkg;
        this.workbook = workbook;
    }

    static XlsxPackage open(Path file) throws OpenXML4JException, UnreadableFileException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            PackageRelationship main = mainDocument(pkg);
            if (main == null) {
                // an Excel folder without the relationship to it is a damaged workbook, not another kind of file
                boolean excelInside = pkg.getPart(PackagingURIHelper.createPartName("/xl/workbook.xml")) != null;
                throw new UnreadableFileException(file, excelInside ? "import.reason.corrupt" : "import.reason.notExcelWorkbook", null);
            }
            PackagePart workbook = pkg.getPart(main);
            if (workbook == null) {
                throw new UnreadableFileException(file, "import.reason.corrupt", null);
            }
            String type = workbook.getContentType();
            if (type.contains("binary")) {
                throw new UnreadableFileException(file, "import.reason.xlsb", null);
            }
            if (!WORKBOOK_TYPES.contains(type)) {
                throw new UnreadableFileException(file, "import.reason.notExcelWorkbook", null);
            }
            return new XlsxPackage(pkg, workbook);
        } catch (Throwable t) {
            pkg.revert();
            throw t;
        }
    }

    /** The package's main document relationship, transitional or strict (both end the same way). */
    private static PackageRelationship mainDocument(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/officeDocument") && rel.getTargetMode() == TargetMode.INTERNAL) {
                return rel;
            }
        }
        return null;
    }

    PackagePart workbook() {
        return workbook;
    }

    /**
     * The workbook's related part whose relationship type ends with {@code typeSuffix}
     * ({@code "/sharedStrings"}, {@code "/styles"}); null when absent.
     */
    PackagePart related(String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship rel : workbook.getRelationships()) {
            if (rel.getRelationshipType().endsWith(typeSuffix) && rel.getTargetMode() == TargetMode.INTERNAL) {
                return workbook.getRelatedPart(rel);
            }
        }
        return null;
    }

    /** The worksheet behind a sheet's {@code r:id}; null for chart sheets, dialog sheets and dangling ids. */
    PackagePart worksheet(String relationshipId) throws InvalidFormatException {
        PackageRelationship rel = relationshipId == null ? null : workbook.getRelationship(relationshipId);
        if (rel == null || !rel.getRelationshipType().endsWith("/worksheet") || rel.getTargetMode() != TargetMode.INTERNAL) {
            return null;
        }
        return workbook.getRelatedPart(rel);
    }

    static void parse(PackagePart part, ContentHandler handler) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            parse(in, handler);
        }
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = PARSERS.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setContentHandler(handler);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", NO_DOCTYPE);
        var buffered = new BufferedInputStream(in, PROLOG);
        buffered.mark(PROLOG);
        byte[] prolog = buffered.readNBytes(PROLOG);
        buffered.reset();
        if (new String(prolog, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
            throw doctypeRefused(); // before Aalto, which stops at some DOCTYPEs with a vaguer error
        }
        reader.parse(new InputSource(buffered));
    }

    /** How much of a part is looked at for a DOCTYPE before parsing: the prolog fits many times over. */
    private static final int PROLOG = 4096;

    private static SAXParseException doctypeRefused() {
        return new SAXParseException("DOCTYPE is not allowed in a spreadsheet part", null); // ReadFailures: xmlEntities
    }

    /**
     * Aalto, not the JDK's parser: it reads a 100,000-row sheet in a third of the time (decision
     * 0021). It never expands entities (a reference to one is an error), and a DOCTYPE, which no
     * OOXML part has, is refused before its first declaration — no entity bombs, no external files.
     */
    private static final SAXParserFactory PARSERS = namespaceAware(new SAXParserFactoryImpl());
    private static final LexicalHandler NO_DOCTYPE = new DefaultHandler2() {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw doctypeRefused();
        }
    };

    private static SAXParserFactory namespaceAware(SAXParserFactory factory) {
        factory.setNamespaceAware(true);
        return factory;
    }

    @Override
    public void close() {
        pkg.revert(); // close without saving: the package is read-only
    }
}
