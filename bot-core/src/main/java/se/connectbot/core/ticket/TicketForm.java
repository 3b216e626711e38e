package se.connectbot.core.ticket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.DialogForm;
import se.connectbot.core.reply.Block;
import se.connectbot.core.rights.Capability;
import se.connectbot.core.status.ServiceFinder;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;

/**
 * The new-ticket dialog as one form. A valid submission fills every answer and leads to the
 * summary; the first invalid field is named in the refusal and the form comes back filled in.
 */
final class TicketForm implements DialogForm<TicketState> {

    @Override
    public Block.Form form(CommandRequest request, TicketState state) {
        List<Block.Input> inputs = new ArrayList<>();
        inputs.add(select(request, "category", true, state.category() == null ? null : state.category().name(),
                Arrays.stream(TicketCategory.values()).map(c -> new Block.Option(request.text("ticket.category." + c.name()), c.name())).toList()));
        if (request.may(Capability.VIEW_SERVICES)) {
            inputs.add(new Block.Input("service", label(request, "service"), Block.InputKind.TEXT, false, 100, state.serviceId(), List.of()));
        }
        // a form cannot show the field for support tickets only, so its label says that it is
        inputs.add(new Block.Input("priority", request.text("ticket.form.priority.label"), Block.InputKind.SELECT, false, 40,
                state.priority() == null ? null : state.priority().name(),
                Arrays.stream(TicketPriority.values()).map(p -> new Block.Option(request.text("ticket.priority." + p.name()), p.name())).toList()));
        inputs.add(new Block.Input("title", label(request, "title"), Block.InputKind.TEXT, true, TextLimits.TITLE_MAX, state.title(), List.of()));
        inputs.add(new Block.Input("message", label(request, "message"), Block.InputKind.MULTILINE, true, TextLimits.MESSAGE_MAX,
                state.message(), List.of()));
        return new Block.Form(TicketDialog.TYPE, request.text("ticket.form.title"), inputs, request.text("ticket.form.submit"));
    }

    @Override
    public Submission<TicketState> submit(CommandRequest request, TicketState state, Map<String, String> values) {
        Optional<TicketCategory> category = TicketWords.category(value(values, "category"), request.messages());
        Optional<TicketPriority> priority = TicketWords.priority(value(values, "priority"), request.messages());
        TicketState partial = TicketState.EMPTY.withCategory(category.orElse(null)).withPriority(priority.orElse(null))
                .withTitle(blankToNull(value(values, "title"))).withMessage(blankToNull(value(values, "message")));
        if (category.isEmpty()) {
            return rejected(request, partial, "category", request.text("ticket.form.required"));
        }
        if (category.get().takesPriority() && priority.isEmpty()) {
            return rejected(request, partial, "priority", request.text("ticket.form.priority.required"));
        }
        if (!category.get().takesPriority() && priority.isPresent()) {
            // the portal takes a priority for support tickets only: say so rather than drop the one chosen
            return rejected(request, partial, "priority", request.text("ticket.form.priority.not.used",
                    request.text("ticket.category." + category.get().name())));
        }
        Optional<String> problem = TextLimits.title(value(values, "title"), request.messages());
        if (problem.isPresent()) {
            return rejected(request, partial, "title", problem.get());
        }
        problem = TextLimits.message(value(values, "message"), request.messages());
        if (problem.isPresent()) {
            return rejected(request, partial, "message", problem.get());
        }
        return service(request, partial, value(values, "service"));
    }

    private Submission<TicketState> service(CommandRequest request, TicketState partial, String typed) {
        if (typed.isBlank() || !request.may(Capability.VIEW_SERVICES)) {
            return new Accepted<>(partial.withService(null, null));
        }
        return switch (ServiceFinder.find(request.portal(), typed, null)) {
            case ServiceFinder.InvalidPhone(String phone) -> rejected(request, partial, "service", request.text("phone.invalid", phone));
            case ServiceFinder.Matches matches -> found(request, partial, matches, typed);
        };
    }

    private static Submission<TicketState> found(CommandRequest request, TicketState partial, ServiceFinder.Matches matches, String typed) {
        if (matches.single().isPresent()) {
            return new Accepted<>(partial.withService(matches.single().get().id(), ServiceFinder.label(matches.single().get())));
        }
        String why = matches.services().isEmpty() ? request.text("ticket.service.none", typed)
                : request.text("ticket.form.service.many", matches.total(), typed);
        return rejected(request, partial, "service", why);
    }

    private static Submission<TicketState> rejected(CommandRequest request, TicketState partial, String field, String why) {
        return new Rejected<>(partial, field, request.text("ticket.form.invalid", label(request, field), why));
    }

    private static Block.Input select(CommandRequest request, String name, boolean required, @Nullable String initial,
            List<Block.Option> options) {
        return new Block.Input(name, label(request, name), Block.InputKind.SELECT, required, 40, initial, options);
    }

    private static String label(CommandRequest request, String field) {
        return request.text("ticket.field." + field);
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
