-- A first post of an outage's card to a conversation that may have reached the platform without
-- its reference being stored (issue 9: a crash between the platform taking the post and the
-- commit of outage_notice). Written and committed before the post; the retry asks the platform
-- for a post tagged with the marker before posting again. Gone once outage_notice holds the post.
create table outage_notice_attempt (
    platform     text        not null,
    workspace_id text        not null,
    channel_id   text        not null,
    outage_id    text        not null,
    marker       text        not null,
    attempted_at timestamptz not null,
    primary key (platform, workspace_id, channel_id, outage_id)
);
