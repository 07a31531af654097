package org.kenshu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.service.imports.Conflict;
import org.kenshu.service.imports.ImportProblem;
import org.kenshu.service.imports.ImportResult;

/**
 * The one JSON object {@code kenshu import … --json} prints: exactly the keys of the contract, in
 * its order. Errors and warnings are {file, sheet, row, column, message}; the closest roster
 * matches of an unmatched person are part of the message, so the shape stays the contract's.
 */
final class ImportJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportJson() {
    }

    static String write(ImportResult r) throws JsonProcessingException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", r.kind().cliName());
        o.put("committed", r.committed());
        o.put("dryRun", r.dryRun());
        o.put("batchId", r.batchId());
        o.put("rowsRead", r.rowsRead());
        o.put("created", r.created());
        o.put("updated", r.updated());
        o.put("unchanged", r.unchanged());
        o.put("skipped", r.skipped());
        o.put("conflicts", r.conflicts().stream().map(ImportJson::conflict).toList());
        o.put("errors", problems(r.errors()));
        o.put("warnings", problems(r.warnings()));
        return JSON.writeValueAsString(o);
    }

    private static List<Map<String, Object>> problems(List<ImportProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("sheet", p.sheet());
            m.put("row", p.row());
            m.put("column", p.column());
            m.put("message", ImportText.messageWithCandidates(p));
            return m;
        }).toList();
    }

    private static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key());
        m.put("file", c.file());
        m.put("sheet", c.sheet());
        m.put("row", c.row());
        m.put("column", c.column());
        m.put("subject", c.subject());
        m.put("stored", c.stored());
        m.put("incoming", c.incoming());
        return m;
    }
}
