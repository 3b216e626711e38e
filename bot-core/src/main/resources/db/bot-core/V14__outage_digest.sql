-- issue 9: notices held back by a subscription's quiet hours are marked, so that when the quiet
-- ends the conversation first gets one digest of what happened meanwhile (taken once: the first
-- delivery after the quiet clears the marks of all of them in one statement).
alter table outage_outbox add column held boolean not null default false;
