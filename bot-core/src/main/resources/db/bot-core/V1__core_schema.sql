-- The bot core's state: languages, account links, dialogs, handled deliveries, audit.

create table user_language (
    id           bigint generated always as identity primary key,
    platform     varchar(16)  not null,
    workspace_id varchar(200) not null,
    user_id      varchar(200) not null,
    language     varchar(8)   not null,
    updated_at   timestamptz  not null,
    constraint user_language_user unique (platform, workspace_id, user_id)
);

create table pending_link (
    state        varchar(100) primary key,
    platform     varchar(16)  not null,
    workspace_id varchar(200) not null,
    user_id      varchar(200) not null,
    channel_id   varchar(200) not null,
    shared       boolean      not null,
    language     varchar(8)   not null,
    verifier_enc text         not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null
);
create index pending_link_expiry on pending_link (expires_at);

create table account_link (
    id                bigint generated always as identity primary key,
    platform          varchar(16)  not null,
    workspace_id      varchar(200) not null,
    user_id           varchar(200) not null,
    portal_user_id    varchar(100) not null,
    portal_username   varchar(200) not null,
    portal_name       varchar(200) not null,
    refresh_token_enc text,
    access_token_enc  text         not null,
    access_expires_at timestamptz  not null,
    scope             varchar(400) not null,
    linked_at         timestamptz  not null,
    refreshed_at      timestamptz  not null,
    constraint account_link_user unique (platform, workspace_id, user_id)
);

create table dialog (
    id           uuid primary key,
    platform     varchar(16)  not null,
    workspace_id varchar(200) not null,
    channel_id   varchar(200) not null,
    user_id      varchar(200) not null,
    type         varchar(40)  not null,
    state        text         not null,
    trail        varchar(400) not null,
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
-- one active dialog per user per conversation
create unique index dialog_one_active on dialog (platform, workspace_id, channel_id, user_id) where status = 'ACTIVE';
create index dialog_updated on dialog (updated_at);

create table delivery (
    platform     varchar(16)  not null,
    workspace_id varchar(200) not null,
    delivery_id  varchar(200) not null,
    received_at  timestamptz  not null,
    reply        text,
    primary key (platform, workspace_id, delivery_id)
);
create index delivery_received on delivery (received_at);

create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    platform     varchar(16)  not null,
    workspace_id varchar(200) not null,
    chat_user_id varchar(200) not null,
    channel_id   varchar(200),
    portal_user  varchar(200),
    action       varchar(40)  not null,
    outcome      varchar(16)  not null,
    subject      varchar(200),
    detail       varchar(400)
);
create index audit_event_user on audit_event (platform, workspace_id, chat_user_id);
create index audit_event_time on audit_event (occurred_at);
