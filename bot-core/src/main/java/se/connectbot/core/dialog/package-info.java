/**
 * Guided dialogs: small state machines of steps ({@link se.connectbot.core.dialog.Step}) over a
 * typed state record, run by {@link se.connectbot.core.dialog.Dialogs} with their state in
 * PostgreSQL keyed by conversation and user, idle expiry, cancel and back at every step, entry
 * mid-way with answers a command already carries, forms for platforms that prefer modals, and
 * idempotent confirmation ({@link se.connectbot.core.dialog.ConfirmStep}; the dialog's id is the
 * portal's Idempotency-Key). No transaction or row lock is held while a step calls the portal:
 * turns save with a version check, and a confirmed write marks the dialog SUBMITTING first.
 */
@NullMarked
package se.connectbot.core.dialog;

import org.jspecify.annotations.NullMarked;
