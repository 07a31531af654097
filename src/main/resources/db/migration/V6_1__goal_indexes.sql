-- Goal counting (DESIGN.md §5) reads the marks of a list of session days and a role's holders in
-- one year. With these indexes the few flat queries of GoalFacts / GoalPeople need no table scans
-- (30,000 staff, ten years of attendance: docs/benchmarks.md). Nominations of a course in a year
-- are found through the existing unique index on enrollment (course_id, fiscal_year, staff_id).

-- Covering index: the staff member and the mark are read from the index, never from the row.
CREATE INDEX attendance_day_staff_mark_idx ON attendance (session_day_id, staff_id, mark);

-- Holders of a role in a fiscal year (HEADCOUNT goals).
CREATE INDEX designation_role_year_idx ON designation (role_id, fiscal_year);
