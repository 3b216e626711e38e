-- app_uninstalled and tokens_revoked events, recorded before Slack is acknowledged (Slack does not
-- send an acknowledged event again) and deleted once applied. A row left by an instance that died
-- in between is applied by the housekeeping of any instance. received_at guards a newer
-- installation of the same workspace: only installations older than the event are touched.
create table slack_installation_event (
    id            bigserial    primary key,
    kind          varchar(20)  not null,
    enterprise_id varchar(40),
    team_id       varchar(40),
    bot_user_ids  varchar(2000) not null default '',
    user_ids      varchar(4000) not null default '',
    received_at   timestamptz  not null
);
