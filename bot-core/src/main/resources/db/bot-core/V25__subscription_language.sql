-- g-lang: what the bot posts unasked into a conversation speaks the language of the subscription
-- it is for (the newest active one of the conversation), so the stored language now decides what a
-- whole channel reads. Rows from before speak Swedish, the customers' language, unless they name a
-- language the bot speaks in another case ('en'); a value the code cannot read would stop every
-- delivery's look-up, so only the languages the bot speaks are let in from here on.
update outage_subscription set language = upper(language) where upper(language) in ('SV', 'EN') and language <> upper(language);
update outage_subscription set language = 'SV' where language is null or language not in ('SV', 'EN');
alter table outage_subscription alter column language set default 'SV';
alter table outage_subscription add constraint outage_subscription_language check (language in ('SV', 'EN'));
