/**
 * The Portal API contract as a test oracle, shared through portal-client's test-jar:
 * {@link se.connectbot.portal.contract.OpenApiContract} validates HTTP exchanges against
 * {@code openapi/portal-api.yaml}. Users of the test-jar also need
 * {@code com.atlassian.oai:swagger-request-validator-core} (test scope) on their classpath,
 * and WireMock for {@link se.connectbot.portal.contract.WireMockExchanges}.
 */
@NullMarked
package se.connectbot.portal.contract;

import org.jspecify.annotations.NullMarked;
