-- Files the bot delivers (invoice PDFs, reports), kept by reference instead of inside a reply or
-- an outbox row, where every instance reads them: for whom each was made, the capability its owner
-- must still have to read it again (checked when a download link is used), and until when.
-- Purged after expires_at by the core's housekeeping.
create table stored_file (
    id             uuid         primary key,
    platform       varchar(16)  not null,
    workspace_id   varchar(200) not null,
    user_id        varchar(200) not null,
    file_name      text         not null,
    content_type   text         not null,
    size           bigint       not null,
    required_right varchar(32)  not null,
    content        bytea        not null,
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null
);
create index stored_file_expiry on stored_file (expires_at);
