package se.connectbot.core.engine;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.command.Args;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.Privacy;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.LanguagePreferences;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.RightsPolicy;
import se.connectbot.portal.api.PortalApi;

/**
 * The core's {@link BotEngine}: de-duplicates the delivery, picks the reply language, routes,
 * and contains every failure as a reply. Thread-safe; never throws.
 */
@Component
class CoreBotEngine implements BotEngine {

    private static final Logger log = LoggerFactory.getLogger(CoreBotEngine.class);

    private final DeliveryLog deliveries;
    private final LanguagePreferences languages;
    private final InputRouter router;
    private final ErrorReplies errors;
    private final AccountLinking linking;
    private final PortalApi portal;
    private final RightsPolicy policy;
    private final ConversationStore conversations;

    CoreBotEngine(DeliveryLog deliveries, LanguagePreferences languages, InputRouter router, ErrorReplies errors,
            AccountLinking linking, PortalApi portal, RightsPolicy policy, ConversationStore conversations) {
        this.deliveries = deliveries;
        this.languages = languages;
        this.router = router;
        this.errors = errors;
        this.linking = linking;
        this.portal = portal;
        this.policy = policy;
        this.conversations = conversations;
    }

    @Override
    public Reply handle(Inbound inbound) {
        Optional<DeliveryLog.Repeat> repeat = start(inbound);
        if (repeat.isPresent()) {
            return repeated(inbound, repeat.get());
        }
        remember(inbound);
        Reply reply = respond(inbound, router::route);
        try {
            deliveries.answered(inbound, reply);
        } catch (RuntimeException e) {
            log.warn("Could not record the answer to delivery {}: {}", inbound.deliveryId(), e.toString());
        }
        return reply;
    }

    /**
     * The answer again, a file named instead of sent twice; a fresh sign-in prompt for one whose
     * link was not kept; "answered already" once the answer is forgotten; or "still working"
     * while the first copy runs.
     */
    private Reply repeated(Inbound inbound, DeliveryLog.Repeat repeat) {
        return switch (repeat) {
            case DeliveryLog.Repeat.SignIn _ -> respond(inbound, router::signInAgain);
            case DeliveryLog.Repeat.Answered(Reply answer) -> filesNamed(answer, Messages.of(language(inbound)));
            case DeliveryLog.Repeat.Forgotten _ -> Reply.text(Messages.of(language(inbound)).get("delivery.answered.earlier"));
            case DeliveryLog.Repeat.InProgress _ -> Reply.text(Messages.of(language(inbound)).get("delivery.in.progress"));
        };
    }

    private static Reply filesNamed(Reply answer, Messages messages) {
        return new Reply(answer.blocks().stream()
                .map(b -> b instanceof Block.Attachment a ? new Block.Text(messages.get("delivery.file.sent", a.fileName()), Block.Tone.NORMAL) : b)
                .toList(), answer.visibility());
    }

    /** Where the bot can post unasked later; a failure to remember it must not cost the answer. */
    private void remember(Inbound inbound) {
        try {
            conversations.record(inbound.conversation());
        } catch (RuntimeException e) {
            log.warn("Could not record the conversation of delivery {}: {}", inbound.deliveryId(), e.toString());
        }
    }

    private Optional<DeliveryLog.Repeat> start(Inbound inbound) {
        try {
            return deliveries.start(inbound);
        } catch (RuntimeException e) {
            // without the log the delivery cannot be de-duplicated; answering beats staying silent
            log.warn("Could not check delivery {} for a repeat: {}", inbound.deliveryId(), e.toString());
            return Optional.empty();
        }
    }

    private Reply respond(Inbound inbound, Function<CommandRequest, Reply> answer) {
        Messages messages = Messages.of(language(inbound));
        CommandRequest request = new CommandRequest(inbound, messages, Args.NONE,
                new EngineSession(inbound.user(), linking, portal, policy));
        try {
            return answer.apply(request);
        } catch (RuntimeException e) {
            return InputRouter.visible(request, errors.reply(request, e), Privacy.PERSONAL);
        } catch (LinkageError | AssertionError e) {
            log.error("A handler failed badly", e);
            return Reply.of(new Block.Text(messages.get("error.internal"), Block.Tone.ERROR));
        }
    }

    private Language language(Inbound inbound) {
        try {
            return languages.resolve(inbound.user(), inbound.locale());
        } catch (RuntimeException e) {
            log.warn("Could not read the language of {}: {}", inbound.user(), e.toString());
            return Language.of(inbound.locale()).orElse(Language.DEFAULT);
        }
    }
}
