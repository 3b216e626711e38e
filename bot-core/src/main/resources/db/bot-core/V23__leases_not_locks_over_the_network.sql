-- The digest of notices held back by quiet hours is taken with a lease instead of under row locks
-- held across its post: the delivery that takes it sets digest_until, posts with no transaction
-- open, then clears held (posted) or digest_until (failed). A delivery that died leaves the lease
-- to run out, and the next delivery of one of the rows shows the digest.
alter table outage_outbox add column digest_until timestamptz;

-- A refresh of an account link's tokens is taken with a lease (refreshing_until) in a short
-- transaction, made with no transaction open, and stored in another; other callers wait for it
-- and use what it stored, so a rotating refresh token is still spent once, and no pool connection
-- or row lock is held while the authorization server answers.
alter table account_link add column refreshing_until timestamptz;
