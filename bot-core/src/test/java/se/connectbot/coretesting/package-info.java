/**
 * Test fixtures shipped in bot-core's test-jar for the adapters and bot-app: the transcript
 * harness ({@link se.connectbot.coretesting.ChatTranscript}), an in-memory portal that behaves
 * like the contract ({@link se.connectbot.coretesting.FakePortal}: rights, scope, idempotency,
 * outages of its own), a fake authorization server, and a clock tests can move.
 */
@NullMarked
package se.connectbot.coretesting;

import org.jspecify.annotations.NullMarked;
