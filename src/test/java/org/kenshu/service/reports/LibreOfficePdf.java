package org.kenshu.service.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts workbooks to PDF with LibreOffice (as an officer's PC or a print shop would) and counts pages. */
final class LibreOfficePdf {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private LibreOfficePdf() {
    }

    static boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "libreoffice"))) {
                return true;
            }
        }
        return false;
    }

    /** Converts {@code files} into {@code outDir} in one run, with a profile of its own (others may run LibreOffice). */
    static void convert(List<Path> files, Path outDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("libreoffice",
                "-env:UserInstallation=" + outDir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("libreoffice.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish in 5 minutes");
        }
    }

    static int pages(Path pdf) throws IOException {
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
