-- Who holds an outbox row's lease: the delivery (one drain of one instance) that claimed it, or
-- took it for a digest, writes its random token here, and renews the lease of every row still
-- carrying its token in one statement every third of the lease while it works. A row given back
-- or taken over (another token) is never renewed by it again; a dead instance's rows wait out at
-- most one lease.
alter table outage_outbox add column claimed_by varchar(40);
alter table outage_outbox add column digest_by varchar(40);
create index outage_outbox_claimed_by on outage_outbox (claimed_by) where claimed_by is not null;
create index outage_outbox_digest_by on outage_outbox (digest_by) where digest_by is not null;
