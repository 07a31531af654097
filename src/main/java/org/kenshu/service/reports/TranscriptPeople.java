package org.kenshu.service.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.store.Repositories;

/** Who a transcript is for: one staff member by number, or the staff of a department and those under it. */
final class TranscriptPeople {
    private TranscriptPeople() {
    }

    static Staff byNumber(Repositories repos, String number) {
        String wanted = normalise(number);
        List<Staff> all = repos.staff.findAll();
        return all.stream().filter(s -> normalise(s.employeeNo()).equals(wanted)).findFirst()
                .or(() -> wanted.matches("\\d+") ? all.stream().filter(s -> normalise(s.employeeNo()).matches("\\d+")
                        && stripZeros(normalise(s.employeeNo())).equals(stripZeros(wanted))).findFirst()
                        : java.util.Optional.empty())
                .orElseThrow(() -> new ReportException(I18n.t("report.error.noStaff", number)));
    }

    /** Staff placed on {@code on} in the department named (or below it), ordered by department then 五十音. */
    static List<Staff> inDepartment(Repositories repos, Placements places, String name, LocalDate on) {
        List<Department> departments = repos.departments.findAll();
        String wanted = normalise(name);
        List<Department> matches = departments.stream()
                .filter(d -> normalise(d.name()).equals(wanted) || normalise(places.departmentName(d.id())).equals(wanted))
                .toList();
        if (matches.isEmpty()) {
            throw new ReportException(I18n.t("report.error.noDepartment", name));
        }
        if (matches.size() > 1) {
            throw new ReportException(I18n.t("report.error.ambiguousDepartment", name, matches.stream()
                    .map(d -> places.departmentName(d.id())).collect(Collectors.joining("、"))));
        }
        Set<Long> ids = new HashSet<>();
        ids.add(matches.getFirst().id());
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Department d : departments) {
                if (d.parentId() != null && ids.contains(d.parentId()) && ids.add(d.id())) {
                    grew = true;
                }
            }
        }
        List<Staff> members = new ArrayList<>();
        for (Staff s : repos.staff.findAll()) {
            Assignment a = places.on(s.id(), on);
            if (s.isEmployedOn(on) && a != null && a.departmentId() != null && ids.contains(a.departmentId())) {
                members.add(s);
            }
        }
        members.sort(java.util.Comparator.comparing((Staff s) -> places.department(s.id(), on))
                .thenComparing(Kana.order(Staff::kana, Staff::name, Staff::employeeNo)));
        return members;
    }

    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }
}
