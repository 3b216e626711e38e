-- The web chat's conversation, turn by turn, so that a reload shows it again (issue 13): what the
-- page showed as the person's turn and the bot's answer as the page's JSON. Keyed by the web chat's
-- chat user id, which lives only in that browser's session (ChatSession), so one session never
-- reads another's. Forgotten on sign-out and, for sessions that simply ended, by the housekeeping
-- (WebChatHistory.forgetEnded). Kept here with the core's history, as web_chat_push (V7) is: the
-- core's code never reads it.

create table web_chat_turn (
    id          bigserial    primary key,
    user_id     varchar(100) not null,
    delivery_id varchar(100) not null,
    said        text         not null,
    reply_view  text         not null,
    at          timestamptz  not null,
    constraint web_chat_turn_delivery unique (user_id, delivery_id)
);
create index web_chat_turn_user on web_chat_turn (user_id, id);

-- The newest OpenID Connect ID token of a link (and of a sign-in waiting for its confirmation),
-- encrypted like the other tokens: the id_token_hint that ends the person's portal session when
-- they sign out of the web chat (OpenID Connect RP-initiated logout).
alter table account_link add column id_token_enc text;
alter table pending_link add column id_token_enc text;
