package se.connectbot.core.status;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceSummary;

/** A service's status as a reply: its summary, the details of its kind, and what the user may do next. */
final class ServiceView {

    private ServiceView() {
    }

    static Reply of(CommandRequest request, ServiceDetail detail) {
        ServiceSummary s = detail.summary();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(s.name() + " (" + request.text("service.kind." + s.kind().name()) + ")"));
        blocks.add(new Block.Fields(summary(request, s)));
        if (detail.broadband() != null) {
            blocks.addAll(broadband(request, detail.broadband()));
        }
        if (detail.mobile() != null) {
            blocks.add(new Block.Fields(mobile(request, detail.mobile())));
        }
        if (detail.cloudPbx() != null) {
            blocks.add(new Block.Fields(numbers(request, detail.cloudPbx().mainNumber(), detail.cloudPbx().numbers())));
        }
        if (detail.sipTrunk() != null) {
            List<Block.Field> fields = new ArrayList<>(numbers(request, detail.sipTrunk().mainNumber(), detail.sipTrunk().numbers()));
            fields.add(new Block.Field(request.text("service.channels"), String.valueOf(detail.sipTrunk().channels())));
            blocks.add(new Block.Fields(fields));
        }
        actions(request, s).ifPresent(blocks::add);
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    private static List<Block.Field> summary(CommandRequest request, ServiceSummary s) {
        Formats f = request.formats();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(request.text("service.status"), request.text("service.status." + s.status().name())));
        if (s.phoneNumber() != null) {
            fields.add(new Block.Field(request.text("service.phone"), PhoneNumbers.display(s.phoneNumber())));
        }
        if (s.address() != null) {
            fields.add(new Block.Field(request.text("service.address"), s.address()));
        }
        fields.add(new Block.Field(request.text("service.account"), s.accountName()));
        fields.add(new Block.Field(request.text("service.id"), s.id()));
        fields.add(new Block.Field(request.text("service.start"), f.date(s.startDate())));
        fields.add(new Block.Field(request.text("service.monthly"), f.money(s.monthlyPrice())));
        return fields;
    }

    private static List<Block> broadband(CommandRequest request, ServiceDetail.Broadband b) {
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(request.text("service.access"), b.accessType()));
        fields.add(new Block.Field(request.text("service.speed"), request.text("service.speed.value", b.downstreamMbps(), b.upstreamMbps())));
        List<Block> blocks = new ArrayList<>();
        ServiceDetail.Monitoring m = b.monitoring();
        if (m == null) {
            fields.add(new Block.Field(request.text("service.monitoring"), request.text("service.monitoring.none")));
            blocks.add(new Block.Fields(fields));
            return blocks;
        }
        Formats f = request.formats();
        fields.add(new Block.Field(request.text("service.monitoring"), request.text("service.monitoring." + m.state().name())));
        fields.add(new Block.Field(request.text("service.monitoring.since"), f.dateTime(m.since())));
        fields.add(new Block.Field(request.text("service.monitoring.last.seen"), f.dateTime(m.lastSeen())));
        blocks.add(new Block.Fields(fields));
        Block.Tone tone = m.state() == ServiceDetail.MonitoringState.UP ? Block.Tone.SUCCESS
                : m.state() == ServiceDetail.MonitoringState.DOWN ? Block.Tone.ERROR : Block.Tone.WARNING;
        blocks.add(new Block.Text(request.text("service.monitoring.says." + m.state().name(), f.dateTime(m.since())), tone));
        return blocks;
    }

    private static List<Block.Field> mobile(CommandRequest request, ServiceDetail.Mobile m) {
        Formats f = request.formats();
        ServiceDetail.Usage u = m.usage();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(request.text("service.user"), m.subscriptionUser()));
        fields.add(new Block.Field(request.text("service.plan"), m.pricePlan()));
        fields.add(new Block.Field(request.text("service.data"), u.dataAllowanceMb() == null
                ? request.text("service.data.unlimited", f.data(u.dataUsedMb()))
                : f.bar(u.dataUsedMb(), u.dataAllowanceMb()) + " · "
                        + request.text("service.data.of", f.data(u.dataUsedMb()), f.data(u.dataAllowanceMb()))));
        fields.add(new Block.Field(request.text("service.calls"), request.text("service.calls.value", f.integer(u.callMinutes()))));
        fields.add(new Block.Field(request.text("service.sms"), request.text("service.sms.value", u.smsCount(), u.mmsCount())));
        if (!m.barrings().isEmpty()) {
            fields.add(new Block.Field(request.text("service.barrings"), String.join(", ", m.barrings())));
        }
        return fields;
    }

    private static List<Block.Field> numbers(CommandRequest request, String main, List<String> numbers) {
        return List.of(
                new Block.Field(request.text("service.main.number"), PhoneNumbers.display(main)),
                new Block.Field(request.text("service.numbers"), String.valueOf(numbers.size())));
    }

    private static java.util.Optional<Block> actions(CommandRequest request, ServiceSummary s) {
        List<Block.Choice> choices = new ArrayList<>();
        if (s.kind() == ServiceKind.MOBILE && s.phoneNumber() != null && request.may(Capability.TOP_UP)) {
            choices.add(CommandButtons.run(request.text("service.button.topup"), "topup " + s.phoneNumber()));
        }
        if (request.may(Capability.HANDLE_TICKETS)) {
            choices.add(CommandButtons.run(request.text("service.button.ticket"), "ticket support " + s.id()));
        }
        return choices.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Block.Choices(null, choices, Block.ChoiceStyle.BUTTONS));
    }
}
