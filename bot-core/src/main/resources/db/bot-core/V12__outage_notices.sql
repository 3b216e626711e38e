-- issue 9, outage notices pushed to the channels that asked for them.

-- A conversation's subscription to outage notices, owned by the linked chat user who made it and
-- matched with that user's view of the portal: "scope" is the areas of the services the owner
-- could see when it was made (or taken over), "filter" what they narrowed it to, "quiet" their
-- quiet hours. state: ACTIVE; PAUSED after repeated failures to post there (resumed by a command);
-- ORPHANED when the owner is no longer linked (someone else linked in the conversation takes it over).
create table outage_subscription (
    id                   bigserial    primary key,
    platform             varchar(16)  not null,
    workspace_id         varchar(255) not null,
    channel_id           varchar(255) not null,
    shared               boolean      not null,
    owner_user_id        varchar(255) not null,
    owner_portal_user_id varchar(100) not null,
    owner_portal_name    varchar(200) not null,
    language             varchar(8)   not null,
    filter               jsonb        not null,
    scope                jsonb        not null,
    quiet                jsonb,
    state                varchar(16)  not null default 'ACTIVE',
    failures             int          not null default 0,
    created_at           timestamptz  not null,
    changed_at           timestamptz  not null
);

create index outage_subscription_conversation on outage_subscription (platform, workspace_id, channel_id);
create index outage_subscription_active on outage_subscription (state);

-- Where the poller is in the portal's change feed (one row per feed). Advanced in the same
-- transaction that writes the outbox rows of the changes read, so a change is never half handled.
create table outage_feed (
    name      varchar(32) primary key,
    cursor    text        not null,
    polled_at timestamptz not null
);

-- The transactional outbox: one row per change per matching subscription, delivered at least
-- once by whichever instance claims it (claimed_until is a lease; SKIP LOCKED keeps two claims
-- apart). kind NOTICE carries the outage as of that change; kind ORPHANED tells the conversation
-- that its subscription lost its owner (outage_id '~orphaned', version = the subscription's id).
create table outage_outbox (
    id              bigserial    primary key,
    subscription_id bigint       not null references outage_subscription (id) on delete cascade,
    platform        varchar(16)  not null,
    workspace_id    varchar(255) not null,
    channel_id      varchar(255) not null,
    kind            varchar(16)  not null,
    outage_id       varchar(100) not null,
    outage_version  bigint       not null,
    outage          jsonb,
    not_before      timestamptz  not null,
    claimed_until   timestamptz,
    attempts        int          not null default 0,
    created_at      timestamptz  not null,
    unique (subscription_id, kind, outage_id, outage_version)
);

create index outage_outbox_due on outage_outbox (not_before, id);
create index outage_outbox_thread on outage_outbox (platform, workspace_id, channel_id, outage_id, id);

-- One message per outage per conversation: the reference of the posted card, updated in place
-- (and replied to in its thread) as the outage changes. version is the outage's version shown,
-- so an older or repeated outbox row changes nothing (idempotent delivery).
create table outage_notice (
    platform        varchar(16)  not null,
    workspace_id    varchar(255) not null,
    channel_id      varchar(255) not null,
    outage_id       varchar(100) not null,
    message_id      varchar(255) not null,
    message_ws      varchar(255) not null,
    message_channel varchar(255) not null,
    organisation_id varchar(255),
    version         bigint       not null,
    updates_shown   int          not null,
    resolved        boolean      not null,
    posted_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    primary key (platform, workspace_id, channel_id, outage_id)
);
