/**
 * The audit log: every state-changing action (top-up, ticket, ticket reply, link, unlink) with
 * who did it in chat, as which portal user, what, when and with what result, in PostgreSQL.
 */
@NullMarked
package se.connectbot.core.audit;

import org.jspecify.annotations.NullMarked;
