-- A sign-in handed out in a chat is confirmed only from the browser that finished the portal
-- sign-in: the callback gives that browser a one-time secret in a cookie, and only its hash is
-- kept here. The chat user's names are kept so the confirmation page can say whom it links.
alter table pending_link
    add column browser_secret_hash varchar(64),
    add column chat_user_name      varchar(200),
    add column chat_workspace_name varchar(200);
