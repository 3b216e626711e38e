-- What the delivery log keeps to repeat an answer to a retried delivery: the reply sealed like
-- the tokens (AES-GCM, bound to the row), only for the retry window, and never a sign-in prompt
-- (its link holds a sign-in state; a repeat makes a fresh prompt instead).
alter table delivery
    add column answered_at timestamptz,
    add column replay      varchar(16);

-- Replies stored in clear before this version are dropped, not sealed: they served retries long
-- past. Their rows still recognise a repeat until the de-duplication window ends.
update delivery set answered_at = received_at, replay = 'STORED', reply = null where reply is not null;

create index delivery_reply_kept on delivery (answered_at) where reply is not null;
