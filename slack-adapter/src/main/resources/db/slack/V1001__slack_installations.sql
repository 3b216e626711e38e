-- Slack workspaces (or Enterprise Grid organisations) that installed the app through the OAuth flow.
-- One row per installation; tokens are AES-GCM encrypted by the application (never stored in clear).
-- enterprise_key/team_key are the ids with '' for "none", so that the pair can be the primary key.
create table slack_installation (
    enterprise_key                   varchar(40)   not null,
    team_key                         varchar(40)   not null,
    enterprise_id                    varchar(40),
    enterprise_url                   varchar(400),
    team_id                          varchar(40),
    app_id                           varchar(40),
    is_enterprise_install            boolean       not null default false,
    token_type                       varchar(20),
    bot_id                           varchar(40),
    bot_user_id                      varchar(40),
    bot_scope                        varchar(2000),
    bot_token_enc                    varchar(1000),
    bot_refresh_token_enc            varchar(1000),
    bot_token_expires_at             timestamptz,
    installer_user_id                varchar(40),
    installer_user_scope             varchar(2000),
    installer_user_token_enc         varchar(1000),
    installer_user_refresh_token_enc varchar(1000),
    installer_user_token_expires_at  timestamptz,
    installed_at                     timestamptz   not null,
    primary key (enterprise_key, team_key)
);

-- OAuth state values issued by /slack/install, single use, checked on /slack/oauth_redirect.
create table slack_oauth_state (
    state      varchar(100) primary key,
    expires_at timestamptz  not null
);
