-- What does not fit a Discord custom_id (100 characters): a long action value, a form to open as a
-- modal. Kept here, not in one instance's memory, so any instance reads a click back; forgotten by
-- the core's housekeeping after a day (DiscordStash is a Sweep).
create table discord_stash (
    id         uuid primary key,
    kind       varchar(16) not null,
    owner_id   varchar(32),
    body       text not null,
    created_at timestamptz not null
);
create index discord_stash_created_at on discord_stash (created_at);
