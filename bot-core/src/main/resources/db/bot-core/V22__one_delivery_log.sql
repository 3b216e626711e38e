-- issue 8, one de-duplication of deliveries: the core's delivery log (table delivery) takes on
-- what delivery_claim did. The dispatch claims a delivery when it arrives (a platform's retry
-- runs nothing) by adding its row; the engine then starts it (started_at). A click claims a row
-- of its own ('click:<user>:<message>:<action>:<value>'; no platform's delivery id starts so)
-- for the click window, deleted when its answer failed.
alter table delivery add column started_at timestamptz;

-- Every row so far was added by the engine as it started the delivery.
update delivery set started_at = received_at;

-- Its rows guarded clicks for seconds, and retries of deliveries that the rows above guard as well.
drop table delivery_claim;
