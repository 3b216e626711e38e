-- What is kept at rest is sealed from now on (issue 7: no answer or personal data in the clear):
-- the web chat's turns and unasked messages, and delivered files (invoices, reports). Rows written
-- before were not: they go. A reload shows a shorter conversation once; a file delivered in the
-- hour before the upgrade is "no longer kept".
delete from web_chat_turn;
delete from web_chat_push;
delete from stored_file;
