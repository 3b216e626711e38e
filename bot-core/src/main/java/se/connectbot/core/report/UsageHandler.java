package se.connectbot.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;

/**
 * {@code usage <phone number>}: a mobile subscription's data use per month for the last twelve
 * months against its allowance, as a PNG chart kept in the file store, with the same numbers as
 * a table (the text alternative for screen readers and platforms without images) and this
 * month's calls and SMS. The portal gives calls and SMS for the current month only, so only
 * those are shown. Thread-safe.
 */
@Component
class UsageHandler implements CommandHandler {

    private static final int MONTHS = 12;
    private static final int OFFERED = 10;

    private final FileStore files;

    UsageHandler(FileStore files) {
        this.files = files;
    }

    @Override
    public Reply handle(CommandRequest request) {
        String typed = request.args().raw();
        if (typed.isBlank()) {
            return pick(request);
        }
        Optional<String> e164 = PhoneNumbers.toE164(typed);
        if (e164.isEmpty()) {
            return Reply.text(request.text("phone.invalid", typed));
        }
        List<ServiceSummary> found = request.portal().services(ServiceQuery.all().withPhoneNumber(e164.get()).withPage(0, 5)).items()
                .stream().filter(s -> s.kind() == ServiceKind.MOBILE).toList();
        if (found.isEmpty()) {
            return Reply.text(request.text("usage.none", PhoneNumbers.display(e164.get())));
        }
        ServiceDetail.Mobile mobile = request.portal().service(found.get(0).id()).mobile();
        if (mobile == null) {
            return Reply.text(request.text("usage.none", PhoneNumbers.display(e164.get())));
        }
        return chart(request, mobile);
    }

    /** Without a number: the first mobile subscriptions as buttons that run {@code usage <number>}, and how to type one. */
    private static Reply pick(CommandRequest request) {
        List<Block.Choice> choices = request.portal().services(ServiceQuery.all().withKind(ServiceKind.MOBILE).withPage(0, OFFERED)).items()
                .stream().filter(s -> s.phoneNumber() != null)
                .map(s -> CommandButtons.run(PhoneNumbers.display(s.phoneNumber()) + " – " + s.name(), "usage " + s.phoneNumber())).toList();
        return choices.isEmpty() ? Reply.text(request.text("usage.ask.number"))
                : Reply.of(new Block.Choices(request.text("usage.ask.number"), choices, Block.ChoiceStyle.SELECT));
    }

    private Reply chart(CommandRequest request, ServiceDetail.Mobile mobile) {
        Formats f = request.formats();
        String phone = PhoneNumbers.display(mobile.phoneNumber());
        List<ServiceDetail.MonthlyUsage> months = mobile.trend().subList(Math.max(0, mobile.trend().size() - MONTHS), mobile.trend().size());
        Long allowance = mobile.usage().dataAllowanceMb();
        String allowanceText = allowance == null ? request.text("usage.unlimited") : f.data(allowance);
        String title = request.text("usage.chart.title", phone);
        String subtitle = request.text("usage.chart.subtitle", mobile.subscriptionUser(), mobile.pricePlan(), f.integer(mobile.usage().callMinutes()),
                f.integer(mobile.usage().smsCount()));
        byte[] png = UsageChart.png(months, allowance, new UsageChart.Labels(title, subtitle, request.text("usage.chart.used"),
                request.text("usage.chart.allowance"), request.text("usage.chart.axis")));
        StoredFile file = files.save(request.user(), Capability.VIEW_SERVICES, "usage-" + mobile.phoneNumber().replace("+", "") + ".png",
                "image/png", png);
        List<List<String>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(List.of(m.month().toString(), f.data(m.dataUsedMb()))));
        return Reply.of(Block.heading(title),
                new Block.Fields(List.of(
                        new Block.Field(request.text("usage.field.allowance"), allowanceText),
                        new Block.Field(request.text("usage.field.calls"), f.integer(mobile.usage().callMinutes())),
                        new Block.Field(request.text("usage.field.sms"), f.integer(mobile.usage().smsCount())))),
                new Block.Table(List.of(request.text("usage.col.month"), request.text("usage.col.data")), rows, List.of(), null),
                file.attachment(request.text("usage.chart.alt", phone)));
    }
}
