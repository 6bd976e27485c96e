-- A change counter per programme (issue 18): the progress board, the group report and the matching figures
-- of a 10,000-school programme take 6–35 ms of CPU to work out, so every server process keeps the last result per programme
-- (api/programme_cache.h) and reuses it while this counter stays the same. Triggers, not the code that
-- writes, raise it: every writer (a request, a job, the command line, another process on the same
-- PostgreSQL) is covered, in the same transaction as its change, so a process that reads the counter
-- before the data never keeps a result older than the counter says.
--
-- What raises it: the facts of the board and the report. Schools joining or leaving, a school's name,
-- institution number or province, phase dates and extensions, a measurement created, submitted, reopened
-- or removed, its first answer (the board's "in progress"; later answers, which autosave writes all day,
-- do not), a level projection, a label application created or changing status or label, a mentor pair, a
-- company's capacity. Survey response
-- counts are not among them: the report reads those on every request (one indexed query).
CREATE TABLE programme_versions (
    programme_id BIGINT PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
    version BIGINT NOT NULL
);
INSERT INTO programme_versions (programme_id, version) SELECT id, 0 FROM programmes;

-- Indexes for lists that read a whole programme on every request (issue 18, bench/pages.sh). The sessions
-- list counts registered and waitlisted people per session: without this index each count read every
-- registration row of the session from the table.
CREATE INDEX session_registrations_status ON session_registrations(session_id, status);
-- The registrations list counts per status and per kind and pages by arrival; the matching page sums the
-- pairs per status. With these the counts read an index, not every row with its form data (7.6 → ~4 ms of
-- CPU for the registrations list of a 10,000-school programme).
CREATE INDEX registrations_counts ON registrations(programme_id, status, kind);
CREATE INDEX registrations_arrival ON registrations(programme_id, created_at, id);
CREATE INDEX mentor_matches_counts ON mentor_matches(programme_id, status, fixed, score);
-- The label applications list counts per status and reviewer and pages by submission: the columns it
-- needs come after the snapshot (JSON, often kilobytes), so reading them from the table walked each row's
-- overflow pages.
CREATE INDEX label_applications_list ON label_applications(programme_id, status, reviewer_id, submitted_at, organisation_id);

-- {{SQLITE}}
CREATE TRIGGER programmes_version_row AFTER INSERT ON programmes
BEGIN
    INSERT INTO programme_versions (programme_id, version) VALUES (NEW.id, 0);
END;
CREATE TRIGGER programme_participants_version_insert AFTER INSERT ON programme_participants
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER programme_participants_version_update AFTER UPDATE ON programme_participants
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER programme_participants_version_delete AFTER DELETE ON programme_participants
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER programme_phases_version_insert AFTER INSERT ON programme_phases
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER programme_phases_version_update AFTER UPDATE ON programme_phases
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER programme_phases_version_delete AFTER DELETE ON programme_phases
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER phase_extensions_version_insert AFTER INSERT ON phase_extensions
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER phase_extensions_version_update AFTER UPDATE ON phase_extensions
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER phase_extensions_version_delete AFTER DELETE ON phase_extensions
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER measurements_version_insert AFTER INSERT ON measurements
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER measurements_version_update AFTER UPDATE OF status, programme_id, organisation_id, kind ON measurements
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER measurements_version_delete AFTER DELETE ON measurements
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER measurement_answers_version_first AFTER INSERT ON measurement_answers
WHEN NOT EXISTS (SELECT 1 FROM measurement_answers a WHERE a.measurement_id = NEW.measurement_id AND a.criterion_id <> NEW.criterion_id)
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id = (SELECT programme_id FROM measurements WHERE id = NEW.measurement_id);
END;
CREATE TRIGGER measurement_answers_version_last AFTER DELETE ON measurement_answers
WHEN NOT EXISTS (SELECT 1 FROM measurement_answers a WHERE a.measurement_id = OLD.measurement_id)
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id = (SELECT programme_id FROM measurements WHERE id = OLD.measurement_id);
END;
CREATE TRIGGER measurement_levels_version_insert AFTER INSERT ON measurement_levels
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER measurement_levels_version_update AFTER UPDATE ON measurement_levels
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER measurement_levels_version_delete AFTER DELETE ON measurement_levels
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER label_applications_version_insert AFTER INSERT ON label_applications
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER label_applications_version_update
AFTER UPDATE OF status, decided_label, programme_id, organisation_id, submitted_at ON label_applications
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER label_applications_version_delete AFTER DELETE ON label_applications
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER organisations_version_name AFTER UPDATE OF name ON organisations
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = NEW.id);
END;
CREATE TRIGGER school_profiles_version_insert AFTER INSERT ON school_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = NEW.organisation_id);
END;
CREATE TRIGGER school_profiles_version_update AFTER UPDATE OF institution_number, province, organisation_id ON school_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants
                           WHERE organisation_id IN (OLD.organisation_id, NEW.organisation_id));
END;
CREATE TRIGGER school_profiles_version_delete AFTER DELETE ON school_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = OLD.organisation_id);
END;
CREATE TRIGGER mentor_matches_version_insert AFTER INSERT ON mentor_matches
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
END;
CREATE TRIGGER mentor_matches_version_update AFTER UPDATE ON mentor_matches
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id IN (OLD.programme_id, NEW.programme_id);
END;
CREATE TRIGGER mentor_matches_version_delete AFTER DELETE ON mentor_matches
BEGIN
    UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
END;
CREATE TRIGGER company_profiles_version_insert AFTER INSERT ON company_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = NEW.organisation_id);
END;
CREATE TRIGGER company_profiles_version_update AFTER UPDATE OF capacity, organisation_id ON company_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants
                           WHERE organisation_id IN (OLD.organisation_id, NEW.organisation_id));
END;
CREATE TRIGGER company_profiles_version_delete AFTER DELETE ON company_profiles
BEGIN
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = OLD.organisation_id);
END;
-- {{END}}

-- {{POSTGRES}}
CREATE FUNCTION programmes_version_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO programme_versions (programme_id, version) VALUES (NEW.id, 0);
    RETURN NULL;
END
$$;
CREATE TRIGGER programmes_version_row AFTER INSERT ON programmes FOR EACH ROW EXECUTE PROCEDURE programmes_version_row();

-- For the tables with a programme_id column.
CREATE FUNCTION programme_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE programme_versions SET version = version + 1 WHERE programme_id = OLD.programme_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.programme_id <> OLD.programme_id) THEN
        UPDATE programme_versions SET version = version + 1 WHERE programme_id = NEW.programme_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER programme_participants_version AFTER INSERT OR UPDATE OR DELETE ON programme_participants
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER programme_phases_version AFTER INSERT OR UPDATE OR DELETE ON programme_phases
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER phase_extensions_version AFTER INSERT OR UPDATE OR DELETE ON phase_extensions
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER measurements_version AFTER INSERT OR DELETE OR UPDATE OF status, programme_id, organisation_id, kind ON measurements
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER measurement_levels_version AFTER INSERT OR UPDATE OR DELETE ON measurement_levels
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER label_applications_version
    AFTER INSERT OR DELETE OR UPDATE OF status, decided_label, programme_id, organisation_id, submitted_at ON label_applications
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();
CREATE TRIGGER mentor_matches_version AFTER INSERT OR UPDATE OR DELETE ON mentor_matches
    FOR EACH ROW EXECUTE PROCEDURE programme_row_changed();

-- A measurement's first answer, or its last one removed.
CREATE FUNCTION measurement_answers_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM measurement_answers a WHERE a.measurement_id = NEW.measurement_id AND a.criterion_id <> NEW.criterion_id) THEN
            UPDATE programme_versions SET version = version + 1
            WHERE programme_id = (SELECT programme_id FROM measurements WHERE id = NEW.measurement_id);
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM measurement_answers a WHERE a.measurement_id = OLD.measurement_id) THEN
        UPDATE programme_versions SET version = version + 1
        WHERE programme_id = (SELECT programme_id FROM measurements WHERE id = OLD.measurement_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER measurement_answers_version AFTER INSERT OR DELETE ON measurement_answers
    FOR EACH ROW EXECUTE PROCEDURE measurement_answers_version();

-- A school's name, institution number or province, a company's capacity: every programme it takes part in.
CREATE FUNCTION organisation_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT[];
BEGIN
    IF TG_TABLE_NAME = 'organisations' THEN
        changed := ARRAY[NEW.id];
    ELSIF TG_OP = 'INSERT' THEN
        changed := ARRAY[NEW.organisation_id];
    ELSIF TG_OP = 'DELETE' THEN
        changed := ARRAY[OLD.organisation_id];
    ELSE
        changed := ARRAY[OLD.organisation_id, NEW.organisation_id];
    END IF;
    UPDATE programme_versions SET version = version + 1
    WHERE programme_id IN (SELECT programme_id FROM programme_participants WHERE organisation_id = ANY (changed));
    RETURN NULL;
END
$$;
CREATE TRIGGER organisations_version AFTER UPDATE OF name ON organisations
    FOR EACH ROW EXECUTE PROCEDURE organisation_facts_changed();
CREATE TRIGGER school_profiles_version AFTER INSERT OR DELETE OR UPDATE OF institution_number, province, organisation_id ON school_profiles
    FOR EACH ROW EXECUTE PROCEDURE organisation_facts_changed();
CREATE TRIGGER company_profiles_version AFTER INSERT OR DELETE OR UPDATE OF capacity, organisation_id ON company_profiles
    FOR EACH ROW EXECUTE PROCEDURE organisation_facts_changed();
-- {{END}}
