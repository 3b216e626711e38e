/**
 * {@code status}: a service's status found by id, phone number, address or free text —
 * broadband with its monitoring state, mobile with this month's usage against its allowance —
 * and the service search the dialogs share ({@link se.connectbot.core.status.ServiceFinder}).
 */
@NullMarked
package se.connectbot.core.status;

import org.jspecify.annotations.NullMarked;
