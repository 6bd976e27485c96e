-- Evidence library: a school's files and links, each supporting one or more criteria (one piece of
-- evidence may serve many). File bytes live in a content-addressed folder (<data dir>/evidence/<first two
-- hex digits>/<sha256>), written once and shared by identical uploads; the database keeps metadata only.
-- So both databases behave the same, a 20 MB upload never travels through a row, and a backup of the
-- database plus that folder is complete. A stored file is removed only when no evidence row and no label
-- application snapshot (007) names its hash any more.

CREATE TABLE evidence (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('file', 'link')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    url TEXT,                        -- link: an http(s) URL
    file_name TEXT,                  -- file: the name it was uploaded with (cleaned of path parts)
    content_type TEXT,               -- file: decided from the bytes, never from the name or the header
    size BIGINT,                     -- file: bytes
    sha256 TEXT,                     -- file: hex SHA-256 of the bytes, names the stored file
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((kind = 'link' AND url IS NOT NULL) OR
           (kind = 'file' AND file_name IS NOT NULL AND content_type IS NOT NULL AND size IS NOT NULL AND sha256 IS NOT NULL))
);
CREATE INDEX evidence_org ON evidence(organisation_id);
CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE evidence_criteria (
    evidence_id BIGINT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    PRIMARY KEY (evidence_id, criterion_id)
);
