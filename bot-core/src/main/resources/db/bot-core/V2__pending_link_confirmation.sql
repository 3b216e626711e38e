-- A sign-in whose code was exchanged waits here, its tokens encrypted, until the person
-- confirms which chat identity the portal user is linked to (links handed out in a chat).
alter table pending_link
    add column portal_user_id    varchar(100),
    add column portal_username   varchar(200),
    add column portal_name       varchar(200),
    add column access_token_enc  text,
    add column refresh_token_enc text,
    add column access_expires_at timestamptz,
    add column token_scope       varchar(400);
