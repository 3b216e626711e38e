-- The web chat's turns and unasked messages are sealed from now on (issue 7: no answer at rest in
-- the clear). Rows written before were not: they go. A reload shows a shorter conversation once.
delete from web_chat_turn;
delete from web_chat_push;
