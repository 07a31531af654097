package org.kenshu.service.goals;

import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Organisation;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.Repositories;

/** The marks that count as attended under the organisation's late / left-early settings (as stored names). */
final class AttendedMarks {
    private AttendedMarks() {
    }

    static List<String> of(Repositories repos) {
        CompletionRule rule = CompletionRule.of(repos.organisation.find().orElse(Organisation.unnamed()));
        List<String> marks = new ArrayList<>();
        for (AttendanceMark m : AttendanceMark.values()) {
            if (rule.attended(m)) {
                marks.add(m.name());
            }
        }
        return marks;
    }
}
