-- Attendance is the table imports write 100,000 rows at a time (issue 3). Every index is one more
-- B-tree that each row is inserted into, logged for rollback and committed; H2 spent more time on
-- them than on anything else in an import (docs/benchmarks.md, decision 0021). Six B-trees become
-- four, each with a use:
--   primary key (id)                                  the row itself;
--   attendance_unique (session_day_id, staff_id)      one mark per person per day; INCLUDE (mark)
--     INCLUDE (mark)                                  lets goals and imports read a day's marks
--                                                     from the index alone, as V6_1's covering
--                                                     index did, without a second B-tree;
--   attendance_staff_idx (staff_id)                   a person's record; the foreign key to staff;
--   the foreign key's own index (session_day_id)      H2 gives a foreign key an index of exactly
--                                                     its columns.
-- import_batch_id keeps naming the batch but loses its index and foreign key (batches are never
-- deleted): an undo finds the batch's rows through the id range the batch now records.

ALTER TABLE attendance DROP CONSTRAINT attendance_import_batch_id_fk;
DROP INDEX attendance_import_batch_id_idx;
DROP INDEX attendance_day_staff_mark_idx;
DROP INDEX attendance_unique;
CREATE UNIQUE INDEX attendance_unique ON attendance (session_day_id, staff_id) INCLUDE (mark);

-- The attendance ids an attendance import inserted lie in (attendance_ids_after, attendance_ids_upto]
-- (empty when it inserted none); NULL for batches committed before this migration, whose rows undo
-- looks for in the whole table.
ALTER TABLE import_batch ADD COLUMN attendance_ids_after BIGINT;
ALTER TABLE import_batch ADD COLUMN attendance_ids_upto BIGINT;
