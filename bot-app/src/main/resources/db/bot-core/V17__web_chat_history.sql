-- The web chat's conversation, turn by turn, so that a reload shows it again (issue 13): what the
-- page showed as the person's turn and the bot's answer as the page's JSON. Keyed by the web chat's
-- chat user id, which lives only in that browser's session (ChatSession), so one session never
-- reads another's. Forgotten on sign-out and, for sessions that simply ended, by the housekeeping
-- (WebChatHistory.forgetEnded). Lives beside V5 (the web sessions) for the same reason: the core
-- knows nothing of the web chat's page.

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
