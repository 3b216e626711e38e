-- issue 8, one of each in the core: the dispatch's claims of deliveries, for every platform.
-- A delivery id is claimed for the retry window (a platform's retry runs nothing), a click for a
-- few seconds (a double click runs once). Replaces the Slack adapter's slack_delivery_claim,
-- whose short-lived rows need no copying.
create table delivery_claim (
    claim_key  varchar(400) primary key,
    claimed_at timestamptz  not null
);
create index delivery_claim_claimed_at on delivery_claim (claimed_at);

-- On a database where the Slack adapter already ran. (On a fresh one its V1002 still creates the
-- table after this, empty and unused; the Slack adapter's next migration should drop it.)
drop table if exists slack_delivery_claim;
