package se.connectbot.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.UserPortal;

/**
 * {@code report [kind] [account | all] [period | everything]}: with everything given, builds the
 * Excel file and answers with it as an attachment (the adapters deliver it privately in a shared
 * conversation, as a signed link where the platform cannot take it); with parts left out, asks
 * for them one at a time with buttons that run the fuller command, offering only the kinds the
 * portal lists for the user. Stateless between turns, so any instance answers any step.
 */
@Component
class ReportHandler implements CommandHandler {

    private static final int SUGGESTIONS = 5;
    private static final int MAX_LISTED = 25;

    private final ReportBuilder builder;
    private final Outbound outbound;
    private final Clock clock;
    private final int sliceSize;

    ReportHandler(ReportBuilder builder, Outbound outbound, Clock clock, ReportProperties properties) {
        this.builder = builder;
        this.outbound = outbound;
        this.clock = clock;
        this.sliceSize = properties.sliceSize();
    }

    @Override
    public Reply handle(CommandRequest request) {
        ReportArgs args = ReportArgs.parse(request.args());
        List<ReportDefinition> offered = request.portal().reports();
        if (offered.isEmpty()) {
            return Reply.text(request.text("report.none"));
        }
        if (args.kind() == null) {
            return chooseKind(request, offered, args.unknownKind());
        }
        Optional<ReportDefinition> definition = offered.stream().filter(d -> d.kind() == args.kind()).findFirst();
        if (definition.isEmpty()) {
            return chooseKind(request, offered, null).with(Block.text(request.text("report.kind.refused",
                    request.text(ReportKinds.label(args.kind())))));
        }
        if (args.badPeriod() != null) {
            return Reply.of(new Block.Text(request.text("report.period.invalid", args.badPeriod(), examplePeriod()), Block.Tone.WARNING));
        }
        ReportAccounts accounts = ReportAccounts.of(request.portal().accountTree());
        ReportAccounts.Named account = null;
        if (args.account() != null) {
            account = accounts.find(args.account()).orElse(null);
            if (account == null) {
                return didYouMeanAccount(request, args, accounts);
            }
        } else if (!args.allAccounts() && !args.periodGiven()) {
            return chooseAccount(request, args.kind(), accounts);
        }
        if (!args.periodGiven()) {
            return choosePeriod(request, args.kind(), account == null ? null : account.name());
        }
        return run(request, definition.get(), account, args.period());
    }

    private Reply chooseKind(CommandRequest request, List<ReportDefinition> offered, @Nullable String unknown) {
        List<ReportKind> kinds = offered.stream().map(ReportDefinition::kind).toList();
        if (unknown != null) {
            kinds = ReportKinds.closestTo(unknown, kinds);
        }
        List<Block.Choice> choices = kinds.stream()
                .map(k -> CommandButtons.run(request.text(ReportKinds.label(k)), "report " + ReportKinds.canonical(k))).toList();
        String prompt = unknown == null ? request.text("report.choose.kind")
                : request.text("report.kind.unknown", unknown, request.text(ReportKinds.label(kinds.get(0))));
        return Reply.of(new Block.Choices(prompt, choices, Block.ChoiceStyle.BUTTONS));
    }

    private static Reply chooseAccount(CommandRequest request, ReportKind kind, ReportAccounts accounts) {
        List<Block.Choice> choices = new ArrayList<>();
        choices.add(CommandButtons.run(request.text("report.accounts.all"), ReportArgs.command(kind, null, null, false)));
        // the tree's top first; a large organisation's thousands of branches are typed, not listed (a select holds 100 at most)
        accounts.accounts().stream().limit(MAX_LISTED)
                .forEach(a -> choices.add(CommandButtons.run(a.name(), ReportArgs.command(kind, a.name(), null, false))));
        String prompt = request.text("report.choose.account", request.text(ReportKinds.label(kind)));
        if (accounts.accounts().size() > MAX_LISTED) {
            prompt = prompt + " " + request.text("report.choose.account.type", ReportKinds.canonical(kind));
        }
        return Reply.of(new Block.Choices(prompt, choices, choices.size() > SUGGESTIONS ? Block.ChoiceStyle.SELECT : Block.ChoiceStyle.BUTTONS));
    }

    private static Reply didYouMeanAccount(CommandRequest request, ReportArgs args, ReportAccounts accounts) {
        List<ReportAccounts.Named> closest = accounts.closestTo(args.account(), SUGGESTIONS);
        List<Block.Choice> choices = closest.stream()
                .map(a -> CommandButtons.run(a.name(), ReportArgs.command(args.kind(), a.name(), args.period(), args.periodGiven()))).toList();
        String prompt = closest.isEmpty() ? request.text("report.account.unknown.none", args.account())
                : request.text("report.account.unknown", args.account(), closest.get(0).name());
        return Reply.of(new Block.Choices(prompt, choices, Block.ChoiceStyle.BUTTONS));
    }

    private Reply choosePeriod(CommandRequest request, ReportKind kind, @Nullable String account) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        YearMonth month = YearMonth.from(today);
        List<Block.Choice> choices = List.of(
                CommandButtons.run(request.text("report.period.whole"), ReportArgs.command(kind, account, null, true)),
                CommandButtons.run(request.text("report.period.this.year", today.getYear()), command(kind, account, Integer.toString(today.getYear()))),
                CommandButtons.run(request.text("report.period.last.year", today.getYear() - 1), command(kind, account, Integer.toString(today.getYear() - 1))),
                CommandButtons.run(request.text("report.period.month", month.toString()), command(kind, account, month.toString())),
                CommandButtons.run(request.text("report.period.month", month.minusMonths(1).toString()), command(kind, account, month.minusMonths(1).toString())));
        return Reply.of(new Block.Choices(request.text("report.choose.period", examplePeriod()), choices, Block.ChoiceStyle.BUTTONS));
    }

    private static String command(ReportKind kind, @Nullable String account, String period) {
        return ReportArgs.command(kind, account, Period.parse(period).orElseThrow(), true);
    }

    private String examplePeriod() {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        return year + "-01.." + year + "-06";
    }

    private Reply run(CommandRequest request, ReportDefinition definition, ReportAccounts.@Nullable Named account, @Nullable Period period) {
        String title = request.text(ReportKinds.label(definition.kind()));
        ReportRows which = new ReportRows(definition.kind(), account == null ? null : account.branch(), period);
        ReportWorkbook.ReportParameters parameters = parameters(request, title, account, period);
        ReportProgress progress = new ReportProgress(outbound, request, title, clock);
        UserPortal portal = request.portal();
        try {
            ReportBuilder.Built built = builder.build(request.user(), definition, which, request.messages(), parameters,
                    fileName(request, definition.kind()), cursor -> portal.report(definition.kind(), cursor, sliceSize), progress);
            progress.done(built.rows());
            return Reply.of(Block.text(request.text("report.ready", title, request.formats().integer(built.rows()))),
                    built.file().attachment(title));
        } catch (PortalException e) {
            progress.failed();
            if (e.error() == PortalError.NOT_SIGNED_IN || e.error() == PortalError.FORBIDDEN) {
                throw e;
            }
            return Reply.of(new Block.Text(request.text("report.failed", title), Block.Tone.ERROR));
        }
    }

    private ReportWorkbook.ReportParameters parameters(CommandRequest request, String title, ReportAccounts.@Nullable Named account,
                                                       @Nullable Period period) {
        String who = request.me().name() + " (" + request.me().username() + ")";
        String accounts = account == null ? request.text("report.accounts.all.scope") : request.text("report.accounts.branch", account.name());
        String when = period == null ? request.text("report.period.whole") : period.from() + " – " + period.until().minusDays(1);
        String filters = request.text("report.filters.none");
        return new ReportWorkbook.ReportParameters(title, who, LocalDateTime.now(clock.withZone(Formats.ZONE)), accounts, when, filters);
    }

    private String fileName(CommandRequest request, ReportKind kind) {
        String word = request.text("report.file." + kind.name().toLowerCase(java.util.Locale.ROOT));
        return word + "-" + LocalDate.now(clock.withZone(Formats.ZONE)) + ".xlsx";
    }
}
