-- Scheduled jobs (housekeeping, the web chat's link clean-up) run once per period across all
-- instances of the bot: db-scheduler keeps each recurring job's next run here, and the one
-- instance that takes a due row runs it. Its PostgreSQL schema as of db-scheduler 16.12.0
-- (db-scheduler/src/test/resources/postgresql_tables.sql of that version).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Slack lets a response_url be used 5 times within 30 minutes; its uses are counted here, so that
-- every instance answering the same interaction shares the budget. Rows older than 30 minutes
-- are deleted by housekeeping. The URL is kept as its SHA-256 (hex): it is a bearer credential.
create table slack_response_url_use (
    url_digest    char(64)    primary key,
    first_used_at timestamptz not null,
    uses          int         not null
);
create index slack_response_url_use_first_used_at on slack_response_url_use (first_used_at);
