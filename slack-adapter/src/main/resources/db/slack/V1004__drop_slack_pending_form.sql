-- Forms waiting behind an "Open form" button are the core's now (parked_form, for every platform),
-- kept as the core's form and rendered again when opened. Forms parked here before the upgrade are
-- lost: a click on their button answers that the form has expired, and the person asks again.
drop table slack_pending_form;
