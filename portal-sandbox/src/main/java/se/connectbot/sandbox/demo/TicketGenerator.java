package se.connectbot.sandbox.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;
import se.connectbot.portal.api.TicketStatus;

/**
 * Tickets with their threads: a customer's question, the support desk's answers and the
 * customer's replies, in turn. Old tickets are mostly closed; recent ones open, worked on or
 * waiting for the customer (the desk having asked last). Every region has a ticket in each
 * status, so every user's view shows them all.
 */
final class TicketGenerator {

    private static final List<String> SUPPORT_DESK = List.of("Kundservice Connect", "Teknisk support Connect", "Driftcentralen Connect");

    private final DemoContext demo;

    TicketGenerator(DemoContext demo) {
        this.demo = demo;
    }

    /** @return how many tickets were made, for the number sequence to go on from */
    int generate(List<DemoModel.Org> orgs, List<DemoModel.Acct> accounts, List<DemoModel.Svc> services) {
        Map<String, List<DemoModel.Svc>> byAccount = new HashMap<>();
        services.forEach(service -> byAccount.computeIfAbsent(service.account().id(), k -> new ArrayList<>()).add(service));
        List<Draft> drafts = new ArrayList<>();
        for (DemoModel.Org org : orgs) {
            List<DemoModel.Acct> own = accounts.stream().filter(account -> account.org().id().equals(org.id())).toList();
            long ownServices = services.stream().filter(service -> service.account().org().id().equals(org.id())).count();
            for (DemoModel.Acct region : own.stream().filter(account -> account.depth() == 1).toList()) {
                List<DemoModel.Acct> branch = own.stream().filter(account -> account.path().startsWith(region.path())).toList();
                for (TicketStatus status : TicketStatus.values()) {
                    DemoModel.Acct account = demo.pick(branch);
                    drafts.add(draft(org, account, byAccount.getOrDefault(account.id(), List.of()), status));
                }
            }
            int count = (int) Math.max(12, Math.min(2000, ownServices / 8));
            for (int i = 0; i < count; i++) {
                DemoModel.Acct account = demo.pick(own);
                drafts.add(draft(org, account, byAccount.getOrDefault(account.id(), List.of()), null));
            }
        }
        drafts.sort(Comparator.comparing(Draft::createdAt));
        int number = 0;
        for (Draft draft : drafts) {
            number++;
            write(draft, number);
        }
        return number;
    }

    /** @param forced the status to give it, or null for one fitting its age */
    private Draft draft(DemoModel.Org org, DemoModel.Acct account, List<DemoModel.Svc> onAccount, @Nullable TicketStatus forced) {
        TicketCategory category = demo.pick(List.of(TicketCategory.SUPPORT, TicketCategory.SUPPORT, TicketCategory.SUPPORT,
                TicketCategory.INVOICE, TicketCategory.ORDER, TicketCategory.CHANGE, TicketCategory.OTHER));
        DemoModel.Svc service = (category == TicketCategory.SUPPORT || category == TicketCategory.CHANGE) && !onAccount.isEmpty()
                ? demo.pick(onAccount) : null;
        int maxAgeMinutes = (forced == null || forced == TicketStatus.CLOSED ? 400 : 10) * 24 * 60;
        Instant created = demo.now.minus(demo.between(30, maxAgeMinutes), ChronoUnit.MINUTES);
        boolean old = created.isBefore(demo.now.minus(30, ChronoUnit.DAYS));
        TicketStatus status = forced != null ? forced : old && demo.chance(0.85) ? TicketStatus.CLOSED
                : demo.pick(List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.CLOSED));
        TicketPriority priority = category.takesPriority()
                ? demo.pick(List.of(TicketPriority.LOW, TicketPriority.NORMAL, TicketPriority.NORMAL, TicketPriority.HIGH, TicketPriority.CRITICAL))
                : null;
        String author = demo.pick(org.staff());
        return new Draft(account, service, category, priority, status, title(category, account, service), created, author);
    }

    private String title(TicketCategory category, DemoModel.Acct account, DemoModel.@Nullable Svc service) {
        String town = account.place().city();
        return switch (category) {
            case SUPPORT -> service == null ? "Störning på anslutningen i " + town : supportTitle(service, town);
            case INVOICE -> demo.pick(List.of("Fråga om fakturans belopp", "Fel fakturaadress på senaste fakturan",
                    "Dubbeldebitering av månadsavgift"));
            case ORDER -> demo.pick(List.of("När levereras vår nya fiberanslutning?", "Status på beställning av nya SIM-kort",
                    "Beställning av fler nummer till växeln"));
            case CHANGE -> service == null ? "Flytt av tjänst till annat konto" : "Ändring av " + service.name();
            case OTHER -> demo.pick(List.of("Ny kontaktperson för " + account.displayName(), "Ändrad fakturareferens",
                    "Fråga om avtalstid"));
        };
    }

    private String supportTitle(DemoModel.Svc service, String town) {
        if (service.kind() == ServiceKind.MOBILE) {
            return "Långsam mobildata på " + service.phoneNumber();
        }
        if (service.kind() == ServiceKind.BROADBAND) {
            return "Ingen anslutning på bredbandet i " + town;
        }
        return service.kind() == ServiceKind.CLOUD_PBX ? "Växeln kopplar inte fram samtal" : "SIP-trunken tappar samtal";
    }

    private void write(Draft draft, int number) {
        String id = demo.nextId("tkt", 100001);
        int year = LocalDate.ofInstant(draft.createdAt(), demo.zone).getYear();
        Instant updated = thread(id, draft);
        demo.tables.tickets.add(id, String.format(Locale.ROOT, "ARD-%d-%06d", year, number), draft.category().name(),
                draft.priority() == null ? null : draft.priority().name(), draft.status().name(), draft.title(),
                draft.account().id(), draft.service() == null ? null : draft.service().id(), draft.createdAt(), updated,
                draft.author());
    }

    /** Writes the thread and returns when its last message was sent. */
    private Instant thread(String ticketId, Draft draft) {
        int messages = switch (draft.status()) {
            case OPEN -> 1;
            case IN_PROGRESS -> demo.pick(List.of(2, 4));
            case WAITING_FOR_CUSTOMER -> demo.pick(List.of(2, 4));
            case CLOSED -> demo.pick(List.of(2, 3, 4, 5));
        };
        Instant at = draft.createdAt();
        String desk = demo.pick(SUPPORT_DESK);
        for (int i = 0; i < messages; i++) {
            boolean fromSupport = i % 2 == 1;
            boolean last = i == messages - 1;
            String text = fromSupport ? supportText(draft, last) : customerText(draft, i == 0);
            demo.tables.messages.add(demo.nextId("msg", 100001), ticketId, fromSupport ? desk : draft.author(), fromSupport, text, at);
            if (!last) {
                Instant next = at.plus(demo.between(20, 3 * 24 * 60), ChronoUnit.MINUTES);
                at = next.isAfter(demo.now) ? at.plus(1, ChronoUnit.MINUTES) : next;
            }
        }
        return at;
    }

    private String customerText(Draft draft, boolean first) {
        if (!first) {
            return demo.pick(List.of("Tack! Vi har provat det nu men problemet kvarstår tyvärr.",
                    "Vi har startat om utrustningen som ni föreslog. Det ser bättre ut, men vi återkommer om det händer igen.",
                    "Här kommer uppgifterna ni bad om. Hör av er om ni behöver något mer."));
        }
        return "Hej! " + draft.title() + ". " + demo.pick(List.of(
                "Det började i morse och påverkar flera av våra medarbetare.",
                "Kan ni titta på det så snart som möjligt?",
                "Vi behöver hjälp att reda ut det här innan månadsskiftet.")) + " Mvh " + draft.author();
    }

    private String supportText(Draft draft, boolean last) {
        if (last && draft.status() == TicketStatus.CLOSED) {
            return "Vi har åtgärdat ärendet och stänger det nu. Återkom gärna om något inte fungerar. Vänliga hälsningar, Connect";
        }
        if (last && draft.status() == TicketStatus.WAITING_FOR_CUSTOMER) {
            return "Hej " + draft.author() + "! För att gå vidare behöver vi veta när felet senast uppstod och vilka som berörs. "
                    + "Kan du svara med de uppgifterna?";
        }
        return "Hej " + draft.author() + "! Tack för ditt ärende. Vi har påbörjat felsökningen och återkommer med besked.";
    }

    private record Draft(DemoModel.Acct account, DemoModel.@Nullable Svc service, TicketCategory category,
            @Nullable TicketPriority priority, TicketStatus status, String title, Instant createdAt, String author) {
    }
}
