-- Deliveries are claimed by the core now (bot-core's delivery_claim, V8). On a fresh database
-- V1002 still made this table after the core's V8 had dropped it: drop it for good.
drop table if exists slack_delivery_claim;
