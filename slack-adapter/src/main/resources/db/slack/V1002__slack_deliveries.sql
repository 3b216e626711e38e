-- Deliveries already taken by one instance of the bot: a retried Events API delivery or a double
-- click finds its key here and is not handled again. Rows older than a day are deleted.
create table slack_delivery_claim (
    claim_key  varchar(400) primary key,
    claimed_at timestamptz  not null
);
create index slack_delivery_claim_claimed_at on slack_delivery_claim (claimed_at);

-- Forms (Slack modals) waiting behind an "Open form" button, for when no trigger_id was at hand.
create table slack_pending_form (
    id         varchar(40)  primary key,
    team_id    varchar(40)  not null,
    user_id    varchar(40)  not null,
    view_json  text         not null,
    expires_at timestamptz  not null
);
