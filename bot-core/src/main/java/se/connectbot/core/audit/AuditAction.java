package se.connectbot.core.audit;

/** The state-changing actions the bot audits. */
public enum AuditAction { TOP_UP, TICKET_CREATED, TICKET_REPLY, ACCOUNT_LINKED, ACCOUNT_UNLINKED, LANGUAGE_CHANGED }
