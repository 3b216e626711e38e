-- The owner of an outage subscription is a chat user of their own workspace, which need not be
-- the conversation's: a Discord user is one across every guild while the channel belongs to one
-- guild. Checking the owner's link (and acting as them) needs the owner's workspace.
alter table outage_subscription add column owner_workspace_id varchar(255);
update outage_subscription set owner_workspace_id = workspace_id;
alter table outage_subscription alter column owner_workspace_id set not null;
