-- Forms behind an "Open form" button are the core's now (parked_form, for every platform);
-- discord_stash keeps only the actions too long for a custom_id. Forms stashed here before the
-- upgrade are lost: a click on their button answers that the form has expired (ask again).
-- owner_id stays, unused and nullable, so that an instance not yet upgraded can still stash actions.
delete from discord_stash where kind = 'form';
