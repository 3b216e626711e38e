-- issue 8, ready for more than one instance: work a platform handed the bot is recorded here
-- before the acknowledgement, so that when the instance that acknowledged it dies, another one
-- finishes it. "data" is the payload and the adapter's context to resume from (a Slack
-- response_url among it), sealed with the core's TokenCipher; the row's identity
-- ("accepted_work|<platform>|<workspace>|<delivery>") is its associated data. A platform's
-- retry of the same delivery adds no second row.
create table accepted_work (
    id           bigserial   primary key,
    platform     varchar(20) not null,
    workspace_id text        not null,
    delivery_id  text        not null,
    user_id      text        not null,
    data         text        not null,
    accepted_at  timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    attempts     int         not null default 0,
    gave_up      boolean     not null default false,
    unique (platform, workspace_id, delivery_id)
);
-- the takeover looks only at unfinished rows; housekeeping deletes finished ones by age
create index accepted_work_unfinished on accepted_work (accepted_at) where finished_at is null;
create index accepted_work_finished_at on accepted_work (finished_at);
