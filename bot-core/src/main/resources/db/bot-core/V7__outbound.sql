-- issue 8, outbound: what the bot needs to say things unasked.

-- The conversations the bot has heard from, kept current from what comes in, so a capability can
-- post there later from any instance. platform_data is what the platform needs to post there
-- unasked, as its adapter adds it (Slack: enterpriseId; Teams: serviceUrl, conversationId).
create table conversation_ref (
    platform      varchar(16)  not null,
    workspace_id  varchar(255) not null,
    channel_id    varchar(255) not null,
    shared        boolean      not null,
    platform_data jsonb        not null default '{}'::jsonb,
    last_seen_at  timestamptz  not null,
    primary key (platform, workspace_id, channel_id)
);

create index conversation_ref_latest on conversation_ref (platform, workspace_id, last_seen_at desc);

-- The web chat's messages sent unasked, waiting for the user's open page to fetch them (the page
-- may be served by any instance). Here, not beside the web chat, because all of bot-core's
-- migrations share one version range. revision grows on every post and update: a page asks for
-- what came after the last revision it showed, and an update replaces the message it names.
create sequence web_chat_push_revision;

create table web_chat_push (
    message_id varchar(64)  primary key,
    user_id    varchar(255) not null,
    revision   bigint       not null default nextval('web_chat_push_revision'),
    reply_view text         not null,
    pushed_at  timestamptz  not null
);

create index web_chat_push_user on web_chat_push (user_id, revision);
