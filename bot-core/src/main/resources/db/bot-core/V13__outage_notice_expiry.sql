-- issue 9: a card must not look current once its expected end has passed. The notice keeps what
-- it shows (the outage as of its last change, and its expected end), so that the poller can have
-- it re-rendered once with "(har passerat)" when that time comes, without a change in the feed.
alter table outage_notice add column shown jsonb;
alter table outage_notice add column expected_end timestamptz;
alter table outage_notice add column passed_shown boolean not null default false;

create index outage_notice_expiring on outage_notice (expected_end) where not resolved and not passed_shown;
