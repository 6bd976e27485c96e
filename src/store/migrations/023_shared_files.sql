-- More than one machine (issue 22; docs/architecture.md, "Files"). With the database file store (the
-- default on PostgreSQL) the bytes of evidence files, session attachments and resource files live here,
-- content-addressed as in the folder store: one row per distinct file, its bytes in 1 MiB chunks so no
-- request holds a whole file. Rows elsewhere (evidence, label_application_files, session_attachments,
-- resources) still name files by hash; a file goes when none does (store/database_file_store.cpp).
CREATE TABLE stored_files (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    chunks INTEGER NOT NULL,
    stored_at BIGINT NOT NULL
);
CREATE TABLE stored_file_chunks (
    sha256 TEXT NOT NULL REFERENCES stored_files(sha256) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    bytes {{BLOB}} NOT NULL,
    PRIMARY KEY (sha256, seq)
);
-- {{POSTGRES}}
-- Stored out of line without compression: uploads are PDFs, images and office files, already compressed,
-- so pglz would spend CPU on every chunk for nothing.
ALTER TABLE stored_file_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
-- {{END}}

-- Secrets and settings every server process must agree on, such as the key that signs calendar-feed
-- URLs (app/shared_settings.h): made once, by whichever process needs it first.
CREATE TABLE shared_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
