package se.connectbot.sandbox.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates the whole demo data set into tables ready for COPY. The generators run in a fixed
 * order and draw from one seeded random source, so a seed and a day give the same data.
 */
final class DemoData {

    /** What was generated, with the counts the database's sequences must go on from. */
    record Generated(DemoContext.Tables tables, int orders, int tickets, int outageChanges, int services, int invoices,
            Map<String, Integer> lastIds) {
    }

    private DemoData() {
    }

    static Generated generate(long seed, Clock clock, int targetServices) {
        DemoContext demo = new DemoContext(seed, clock, targetServices);
        AccountGenerator accounts = new AccountGenerator(demo);
        List<DemoModel.Org> orgs = new ArrayList<>();
        for (DemoOrganisations.OrgSpec spec : DemoOrganisations.ALL) {
            List<String> staff = new ArrayList<>(DemoUsers.staffOf(spec));
            for (int i = 0; i < 3; i++) {
                staff.add(People.name(demo.random));
            }
            orgs.add(accounts.organisation(spec, staff));
        }
        OutageGenerator outages = new OutageGenerator(demo);
        int outageChanges = outages.generate(accounts.accounts());
        ServiceGenerator services = new ServiceGenerator(demo);
        services.generate(accounts.accounts(), outages.activeFixedPostcodes());
        new InvoiceGenerator(demo).generate(accounts.accounts(), services.services());
        int orders = new OrderGenerator(demo).generate(services.services());
        int tickets = new TicketGenerator(demo).generate(orgs, accounts.accounts(), services.services());
        users(demo, orgs, accounts.accounts());
        Map<String, Integer> lastIds = Map.of("order_id_seq", demo.count("ord"), "ticket_id_seq", demo.count("tkt"),
                "ticket_message_id_seq", demo.count("msg"), "outage_id_seq", demo.count("out"));
        return new Generated(demo.tables, orders, tickets, outageChanges, services.services().size(), demo.tables.invoices.rows(),
                lastIds);
    }

    private static void users(DemoContext demo, List<DemoModel.Org> orgs, List<DemoModel.Acct> accounts) {
        for (DemoUsers.DemoUser user : DemoUsers.USERS) {
            DemoModel.Org org = orgs.stream().filter(o -> o.name().equals(user.org().name())).findFirst().orElseThrow();
            String scope = user.scope().isEmpty() ? org.rootAccountId() : accounts.stream()
                    .filter(account -> account.org() == org && user.scope().equals(account.alias()))
                    .findFirst().orElseThrow().id();
            demo.tables.users.add(user.id(), org.id(), user.username(), DemoUsers.PASSWORD_HASH, user.name(), user.type().name(),
                    scope, DemoUsers.rightsColumn(user.rights()), true);
        }
    }
}
