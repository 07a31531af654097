-- Issue 4 (organisation and competency model).
-- A tier may belong to the ladder of one job category (厚木市's 技能労務職 tiers on 行政職給料表(2));
-- NULL: the common ladder. Rank orders tiers within a ladder.
ALTER TABLE tier ADD COLUMN job_category_id BIGINT REFERENCES job_category (id);

-- What a job category is about (厚木市's 会計年度任用職員, 入間市's 専門職員).
ALTER TABLE job_category ADD COLUMN description VARCHAR;
