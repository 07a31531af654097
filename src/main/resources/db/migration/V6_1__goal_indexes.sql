-- Goal counting (DESIGN.md §5) reads a fiscal year's attendance per session day and staff, a
-- course set's nominations, and a role's holders in one year. These indexes let the few
-- set-based queries of GoalFacts do that without scanning whole tables (30,000 staff, ten years).

-- Covers the per-(staff, session) attendance aggregate: the mark is read from the index.
CREATE INDEX attendance_day_staff_mark_idx ON attendance (session_day_id, staff_id, mark);

-- Nominations of a course set in one fiscal year.
CREATE INDEX enrollment_course_year_idx ON enrollment (course_id, fiscal_year, kind);

-- A course type's courses (goals by course type).
CREATE INDEX course_type_idx ON course (course_type_id);

-- Holders of a role in a fiscal year (HEADCOUNT goals).
CREATE INDEX designation_role_year_idx ON designation (role_id, fiscal_year);
