-- The group report's fast path, part 2 (part 1: the level projection of migration 009). The report of
-- 10,000 schools read ~60 ms of rows on SQLite: each response row to count participation, and for the
-- levels a join per measurement into the projection through its separate primary-key index. Now every
-- source is one range scan of one index, filtered to the participating schools in C++
-- (src/store/group_report_data.cpp):
--   * surveys.response_count: each survey keeps its number of responses (below);
--   * measurement_levels carries its measurement's programme, kind and school, with a covering index in
--     the report's order, so the levels are read without touching `measurements` per row;
--   * measurements_report: the submitted measurements of a programme per kind, by school (a covering
--     index: which measurements count is still decided by `measurements`, the projection stays a cache).

ALTER TABLE surveys ADD COLUMN response_count BIGINT NOT NULL DEFAULT 0;
UPDATE surveys SET response_count = (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = surveys.id);

-- The response count. Kept by triggers on survey_responses in the same statement as the insert or
-- delete, rather than by application code, because responses are also written directly (test fixtures,
-- the benchmark) and go with their survey by ON DELETE CASCADE; a count any writer could forget would
-- be a second truth. The trigger's UPDATE locks the survey row until the response's transaction ends:
-- responses to one survey are written one after another, which they are anyway (a single-use token
-- each). Covering index in the report's order.
CREATE INDEX surveys_report ON surveys(programme_id, kind, organisation_id, respondent_group, response_count);

-- {{SQLITE}}
CREATE TRIGGER survey_responses_count_insert AFTER INSERT ON survey_responses
BEGIN
    UPDATE surveys SET response_count = response_count + 1 WHERE id = NEW.survey_id;
END;
CREATE TRIGGER survey_responses_count_delete AFTER DELETE ON survey_responses
BEGIN
    UPDATE surveys SET response_count = response_count - 1 WHERE id = OLD.survey_id;
END;
CREATE TRIGGER survey_responses_count_move AFTER UPDATE OF survey_id ON survey_responses
BEGIN
    UPDATE surveys SET response_count = response_count - 1 WHERE id = OLD.survey_id;
    UPDATE surveys SET response_count = response_count + 1 WHERE id = NEW.survey_id;
END;
-- {{END}}

-- {{POSTGRES}}
CREATE FUNCTION survey_responses_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE surveys SET response_count = response_count - 1 WHERE id = OLD.survey_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE surveys SET response_count = response_count + 1 WHERE id = NEW.survey_id;
    END IF;
    RETURN NULL;  -- an AFTER trigger: the result is ignored
END
$$;
CREATE TRIGGER survey_responses_count AFTER INSERT OR DELETE OR UPDATE OF survey_id ON survey_responses
    FOR EACH ROW EXECUTE PROCEDURE survey_responses_count();
-- {{END}}

-- The projection, rebuilt with its measurement's programme, kind and school (they never change for a
-- measurement). Written by store::write_level_projection only.
CREATE TABLE measurement_levels_014 (
    measurement_id BIGINT PRIMARY KEY REFERENCES measurements(id) ON DELETE CASCADE,
    programme_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    organisation_id BIGINT NOT NULL,
    levels TEXT NOT NULL
);
INSERT INTO measurement_levels_014 (measurement_id, programme_id, kind, organisation_id, levels)
    SELECT l.measurement_id, m.programme_id, m.kind, m.organisation_id, l.levels
    FROM measurement_levels l JOIN measurements m ON m.id = l.measurement_id;
DROP TABLE measurement_levels;
ALTER TABLE measurement_levels_014 RENAME TO measurement_levels;
CREATE INDEX measurement_levels_report ON measurement_levels(programme_id, kind, organisation_id, measurement_id, levels);

CREATE INDEX measurements_report ON measurements(programme_id, kind, status, organisation_id);
