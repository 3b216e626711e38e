-- Forms waiting behind an "Open form" button, for every platform: a Slack reply without a fresh
-- trigger_id, a Discord message (a modal opens only from a click). Kept where every instance reads
-- them, for whom each was made (no owner: anyone in the conversation may open it), the form as the
-- core's ReplyCodec writes it, and what the adapter needs to answer where it was asked (opaque to
-- the core). Forgotten by the core's housekeeping after a day.
create table parked_form (
    id           uuid         primary key,
    platform     varchar(16),
    workspace_id varchar(200),
    user_id      varchar(200),
    form_json    text         not null,
    origin       text,
    parked_at    timestamptz  not null,
    constraint parked_form_owner check ((platform is null) = (user_id is null) and (platform is null) = (workspace_id is null))
);
create index parked_form_parked_at on parked_form (parked_at);
