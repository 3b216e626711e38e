package se.connectbot.sandbox.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.ApiResponse;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class TicketTest extends PortalApiTest {

    @Test
    void filesASupportTicketAboutAServiceOnTheServicesAccount() {
        String service = jdbc.queryForObject("select id from service where account_id = any(?) order by id desc limit 1", String.class,
                (Object) oracle.accounts(KARL).toArray(String[]::new));
        String account = jdbc.queryForObject("select account_id from service where id = ?", String.class, service);
        String key = UUID.randomUUID().toString();
        String body = """
                {"category":"SUPPORT","title":"Ingen mobildata","message":"Hej! Telefonen får ingen data sedan i morse.",
                 "priority":"HIGH","serviceId":"%s"}""".formatted(service);

        ApiResponse created = as(KARL).post("/api/v1/tickets", key, body).expect(201);
        ApiResponse repeated = as(KARL).post("/api/v1/tickets", key, body).expect(200);

        JsonNode ticket = created.json();
        assertThat(ticket.path("number").asString()).matches("ARD-" + LocalDate.now(clock).getYear() + "-\\d{6}");
        assertThat(ticket.path("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.path("priority").asString()).isEqualTo("HIGH");
        assertThat(ticket.path("accountId").asString()).isEqualTo(account);
        assertThat(ticket.path("createdBy").asString()).isEqualTo("Karl Berg");
        assertThat(ticket.path("messages").size()).isEqualTo(1);
        assertThat(ticket.path("messages").get(0).path("fromSupport").asBoolean()).isFalse();
        assertThat(repeated.json().path("id").asString()).isEqualTo(ticket.path("id").asString());
        assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + ticket.path("id").asString());
        assertThat(as(ANNA).get("/api/v1/tickets/" + ticket.path("id").asString()).expect(200).json().path("title").asString())
                .isEqualTo("Ingen mobildata");
    }

    @Test
    void answersARepeatedKeyWhoseTicketOrReplyLeftTheCallersScopeWithNotFound() {
        String outsideKarls = jdbc.queryForObject("select id from account where id = any(?) and not id = any(?) order by id limit 1",
                String.class, (Object) oracle.accounts(ANNA).toArray(String[]::new), (Object) oracle.accounts(KARL).toArray(String[]::new));
        String ticketKey = UUID.randomUUID().toString();
        String replyKey = UUID.randomUUID().toString();
        String body = """
                {"category":"INVOICE","title":"Fråga om faktura","message":"Varför?","accountId":"%s"}""".formatted(outsideKarls);
        String ticket = as(ANNA).post("/api/v1/tickets", ticketKey, body).expect(201).json().path("id").asString();
        as(ANNA).post("/api/v1/tickets/" + ticket + "/messages", replyKey, "{\"message\":\"Tack.\"}").expect(201);

        String annasScope = scopeOf(ANNA);
        jdbc.update("update portal_user set scope_account_id = ? where username = ?", scopeOf(KARL), ANNA);
        try {
            as(ANNA).post("/api/v1/tickets", ticketKey, body).problem(404);
            as(ANNA).post("/api/v1/tickets/" + ticket + "/messages", replyKey, "{\"message\":\"Tack.\"}").problem(404);
        } finally {
            jdbc.update("update portal_user set scope_account_id = ? where username = ?", annasScope, ANNA);
        }
    }

    private String scopeOf(String user) {
        return jdbc.queryForObject("select scope_account_id from portal_user where username = ?", String.class, user);
    }

    @Test
    void filesATicketWithoutServiceOrAccountOnTheUsersScope() {
        JsonNode ticket = as(KARL).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"INVOICE\",\"title\":\"Fråga om faktura\",\"message\":\"Varför är beloppet högre?\"}").expect(201).json();

        assertThat(ticket.path("accountId").asString()).isEqualTo(oracle.accountIdByAlias("Region Väst"));
        assertThat(ticket.path("priority").isNull()).isTrue();
    }

    @Test
    void requiresAPriorityForSupportAndRefusesOneOtherwise() {
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"SUPPORT\",\"title\":\"Fel\",\"message\":\"Hjälp\"}").invalid("priority");
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"OTHER\",\"title\":\"Fel\",\"message\":\"Hjälp\",\"priority\":\"LOW\"}").invalid("priority");
    }

    @Test
    void refusesTooLongOrMissingTextsAndUnknownCategories() {
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"OTHER\",\"title\":\"" + "x".repeat(121) + "\",\"message\":\"Hej\"}").invalid("title");
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"OTHER\",\"title\":\"Hej\",\"message\":\"" + "x".repeat(4001) + "\"}").invalid("message");
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(), "{\"category\":\"OTHER\",\"title\":\" \"}").invalid("message");
        as(ANNA).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"COMPLAINT\",\"title\":\"Hej\",\"message\":\"Hej\"}").invalid("category");
    }

    @Test
    void refusesAnAccountOutsideTheScope() {
        String regionOst = oracle.accountIdByAlias("Region Öst");

        as(KARL).post("/api/v1/tickets", UUID.randomUUID().toString(),
                "{\"category\":\"OTHER\",\"title\":\"Hej\",\"message\":\"Hej\",\"accountId\":\"" + regionOst + "\"}").invalid("accountId");
    }

    @Test
    void addsARepliesOnceAndMovesAWaitingTicketBackToWork() {
        String waiting = jdbc.queryForObject("select id from ticket where status = 'WAITING_FOR_CUSTOMER' and account_id = any(?)"
                + " order by id limit 1", String.class, (Object) oracle.accounts(ANNA).toArray(String[]::new));
        int before = as(ANNA).get("/api/v1/tickets/" + waiting).expect(200).json().path("messages").size();
        String key = UUID.randomUUID().toString();

        JsonNode message = as(ANNA).post("/api/v1/tickets/" + waiting + "/messages", key, "{\"message\":\"Felet uppstod kl 08.10.\"}")
                .expect(201).json();
        JsonNode again = as(ANNA).post("/api/v1/tickets/" + waiting + "/messages", key, "{\"message\":\"Felet uppstod kl 08.10.\"}")
                .expect(200).json();

        assertThat(again.path("id").asString()).isEqualTo(message.path("id").asString());
        assertThat(message.path("author").asString()).isEqualTo("Anna Lindqvist");
        JsonNode ticket = as(ANNA).get("/api/v1/tickets/" + waiting).expect(200).json();
        assertThat(ticket.path("messages").size()).isEqualTo(before + 1);
        assertThat(ticket.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(ticket.path("updatedAt").asString())).isEqualTo(Instant.parse(message.path("sentAt").asString()));
    }

    @Test
    void refusesAReplyToAClosedTicket() {
        String closed = jdbc.queryForObject("select id from ticket where status = 'CLOSED' and account_id = any(?) order by id limit 1",
                String.class, (Object) oracle.accounts(ERIK).toArray(String[]::new));

        as(ERIK).post("/api/v1/tickets/" + closed + "/messages", UUID.randomUUID().toString(), "{\"message\":\"Hej\"}").problem(409);
        as(ERIK).post("/api/v1/tickets/" + closed + "/messages", UUID.randomUUID().toString(), "{\"message\":\"\"}").invalid("message");
    }

    @Test
    void listsTicketsLastUpdatedFirstWithoutTheirMessages() {
        JsonNode items = as(SOFIA).get("/api/v1/tickets?size=50").expect(200).json().path("items");

        for (int i = 1; i < items.size(); i++) {
            assertThat(Instant.parse(items.get(i - 1).path("updatedAt").asString()))
                    .isAfterOrEqualTo(Instant.parse(items.get(i).path("updatedAt").asString()));
            assertThat(items.get(i).path("messages").size()).isZero();
        }
    }
}
