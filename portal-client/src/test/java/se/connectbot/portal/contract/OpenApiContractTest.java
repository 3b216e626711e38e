package se.connectbot.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.client.PortalJsonForTests;

class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.get();

    @Test
    void theDocumentParsesWithoutComplaint() {
        assertThat(contract.documentProblems()).isEmpty();
    }

    @Test
    void acceptsAServiceDetailWithItsKindsDetailsAndNullsForTheOthers() {
        contract.assertValid(get("/api/v1/services/svc-m-1001", PortalJsonForTests.write(PortalSamples.mobileDetail())));
        contract.assertValid(get("/api/v1/services/svc-b-2001", PortalJsonForTests.write(PortalSamples.broadbandDetail())));
    }

    @Test
    void acceptsNullEnumsWhereTheDocumentAllowsThem() {
        Exchange exchange = Exchange.request("GET", "/api/v1/tickets")
                .header("Authorization", "Bearer t").query("ongoing", "false").query("page", "0").query("size", "20")
                .respond(200).responseJson(PortalJsonForTests.write(PortalSamples.ticketPage()))
                .build();
        contract.assertValid(exchange);
    }

    @Test
    void refusesNullWhereTheDocumentDoesNot() {
        String json = PortalJsonForTests.write(PortalSamples.mobileOutage()).replace("\"severity\":\"MAJOR\"", "\"severity\":null");
        assertThat(contract.violations(get("/api/v1/outages/out-301", json))).isNotEmpty();
    }

    @Test
    void acceptsNullableMembersLeftOut() {
        String json = """
                {"id":"acc-1","organisationNumber":"556677-8899","companyName":"Nordkust Logistik AB",
                 "address":{"street":"Hamngatan 12","postcode":"411 05","city":"Göteborg"},
                 "invoiceAddress":{"name":"N","street":"Box","streetNumber":"1","postcode":"411 05","city":"Göteborg"},
                 "contacts":[]}""";
        contract.assertValid(get("/api/v1/accounts/acc-1", json));
    }

    @Test
    void refusesAPropertyTheDocumentDoesNotList() {
        String json = PortalJsonForTests.write(PortalSamples.dashboard()).replace("{", "{\"surprise\":1,");
        assertThat(contract.violations(get("/api/v1/dashboard", json))).isNotEmpty();
    }

    @Test
    void refusesAMissingRequiredProperty() {
        String json = PortalJsonForTests.write(PortalSamples.dashboard()).replace("\"activeServices\":112,", "");
        assertThat(contract.violations(get("/api/v1/dashboard", json))).anyMatch(v -> v.contains("activeServices"));
    }

    @Test
    void refusesANestedNullableMemberOfTheWrongShape() {
        String json = PortalJsonForTests.write(PortalSamples.broadbandDetail()).replace("\"state\":\"UP\"", "\"state\":\"SIDEWAYS\"");
        assertThat(contract.violations(get("/api/v1/services/svc-b-2001", json))).isNotEmpty();
    }

    @Test
    void refusesAPostWithoutItsIdempotencyKey() {
        Exchange exchange = Exchange.request("POST", "/api/v1/tickets")
                .header("Authorization", "Bearer t")
                .json(PortalJsonForTests.write(PortalSamples.newTicket()))
                .respond(201).responseJson(PortalJsonForTests.write(PortalSamples.ticket()))
                .build();
        assertThat(contract.violations(exchange)).anyMatch(v -> v.contains("Idempotency-Key"));
    }

    @Test
    void refusesAnIdempotencyKeyWithASpace() {
        Exchange exchange = Exchange.request("POST", "/api/v1/tickets")
                .header("Authorization", "Bearer t").header("Idempotency-Key", "two words")
                .json(PortalJsonForTests.write(PortalSamples.newTicket()))
                .respond(201).responseJson(PortalJsonForTests.write(PortalSamples.ticket()))
                .build();
        assertThat(contract.violations(exchange)).anyMatch(v -> v.contains("Idempotency-Key"));
    }

    @Test
    void refusesAPageSizeOverTheLimit() {
        Exchange exchange = Exchange.request("GET", "/api/v1/orders")
                .header("Authorization", "Bearer t").query("page", "0").query("size", "101").query("ongoing", "true")
                .respond(200).responseJson(PortalJsonForTests.write(PortalSamples.orderPage()))
                .build();
        assertThat(contract.violations(exchange)).anyMatch(v -> v.contains("size") || v.contains("101"));
    }

    @Test
    void aReportSliceMayBeAskedForUpToTheClientsMaximumAndNoMore() {
        contract.assertValid(reportSlice(ReportPage.MAX_SIZE));
        contract.assertValid(reportSlice(1));
        assertThat(contract.violations(reportSlice(ReportPage.MAX_SIZE + 1))).anyMatch(v -> v.contains("size") || v.contains("5001"));
        assertThat(contract.violations(reportSlice(0))).isNotEmpty();
    }

    private static Exchange reportSlice(int size) {
        return Exchange.request("GET", "/api/v1/reports/SERVICES")
                .header("Authorization", "Bearer t").query("cursor", "r-2").query("size", Integer.toString(size))
                .respond(200).responseJson(PortalJsonForTests.write(PortalSamples.reportPage()))
                .build();
    }

    @Test
    void acceptsAForbiddenProblemNamingTheRight() {
        Exchange exchange = Exchange.request("GET", "/api/v1/invoices")
                .header("Authorization", "Bearer t")
                .respond(403).responseBody("application/problem+json", """
                        {"type":"about:blank","title":"Forbidden","status":403,"detail":"Saknar rättigheten Se fakturor",
                         "instance":"/api/v1/invoices","right":"VIEW_INVOICES"}""".getBytes())
                .build();
        contract.assertValid(exchange);
    }

    @Test
    void refusesAnErrorWithoutAProblemBody() {
        Exchange exchange = Exchange.request("GET", "/api/v1/me")
                .respond(401).responseHeader("WWW-Authenticate", "Bearer")
                .build();
        assertThat(contract.violations(exchange)).isNotEmpty();
    }

    @Test
    void refusesAStatusTheOperationDoesNotDocument() {
        Exchange exchange = Exchange.request("GET", "/api/v1/me").header("Authorization", "Bearer t")
                .respond(500).responseBody("application/problem+json", "{\"title\":\"Oops\",\"status\":500}".getBytes())
                .build();
        assertThat(contract.violations(exchange)).isNotEmpty();
    }

    @Test
    void tellsTheChangeFeedFromAnOutageId() {
        Exchange exchange = Exchange.request("GET", "/api/v1/outages/changes")
                .header("Authorization", "Bearer t").query("cursor", "c-1")
                .respond(200).responseJson(PortalJsonForTests.write(PortalSamples.outageChanges()))
                .build();
        contract.assertValid(exchange);
    }

    @Test
    void assertValidNamesTheViolation() {
        assertThatThrownBy(() -> contract.assertValid(get("/api/v1/dashboard", "{\"activeServices\":\"many\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/api/v1/dashboard");
    }

    private static Exchange get(String path, String json) {
        return Exchange.request("GET", path).header("Authorization", "Bearer t").respond(200).responseJson(json).build();
    }
}
