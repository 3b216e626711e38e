-- Dialog turns no longer hold the dialog's row lock while they call the portal: a turn reads the
-- dialog, works without a transaction, and saves only if nobody saved in between (version).
-- A confirmation marks the dialog SUBMITTING before its portal write (attempt_at: when the
-- running attempt began, null when none runs), so that the write's body cannot change under it.
alter table dialog
    add column version    bigint not null default 0,
    add column attempt_at timestamptz;

-- a submitting dialog is still the user's one open dialog here: a new start must not slip past it
drop index dialog_one_active;
create unique index dialog_one_open on dialog (platform, workspace_id, channel_id, user_id)
    where status in ('ACTIVE', 'SUBMITTING');
