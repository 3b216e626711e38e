package se.connectbot.slack.inbound;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.StoredConversation;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.install.BotTokens;
import se.connectbot.slack.install.InstallationEvents;
import se.connectbot.slack.render.ActionIds;

/**
 * The Bolt listeners: each turns a payload into an {@link Interaction}, hands it to the core's
 * {@link InboundDispatch} (which records it in PostgreSQL, so that any instance can finish it) and
 * acknowledges at once, whatever the core or the portal do afterwards. Delivery ids, chosen
 * to be stable across Slack's retries and unique per user action:
 * <ul>
 *   <li>slash command: {@code cmd:} + {@code trigger_id} (new for each invocation);</li>
 *   <li>message or mention: {@code ev:} + {@code event_id} (the same on every retry);</li>
 *   <li>button or select: {@code act:} + user + {@code action_ts} + action id ({@code action_ts}
 *       is Slack's time of that click); besides, the dispatch claims what was clicked (message,
 *       action, value) for its click window, so a double click runs once;</li>
 *   <li>modal submission: {@code view:} + the modal's {@code view.id} (one submission per modal).</li>
 * </ul>
 */
public final class SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

    private final InboundDispatch dispatch;
    private final UserDirectory directory;
    private final ReplyDelivery delivery;
    private final ParkedForms parkedForms;
    private final @Nullable InstallationEvents installationEvents;
    private final @Nullable ConversationStore conversations;

    /**
     * @param installationEvents where uninstalls and revoked tokens are recorded in distribution mode; null with one workspace
     * @param conversations where a workspace's enterprise id is remembered for messages sent unasked; null to keep none
     */
    public SlackListeners(InboundDispatch dispatch, Slack slack, ReplyDelivery delivery, ParkedForms parkedForms,
                          @Nullable InstallationEvents installationEvents, @Nullable ConversationStore conversations,
                          Ticker ticker) {
        this.dispatch = dispatch;
        this.directory = new UserDirectory(slack, ticker);
        this.delivery = delivery;
        this.parkedForms = parkedForms;
        this.installationEvents = installationEvents;
        this.conversations = conversations;
    }

    /** Registers every listener on the app (before it serves its first request). */
    public void registerOn(App app) {
        app.command(Pattern.compile("/.+"), this::onCommand);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
        app.blockAction(ActionIds.ANY, this::onAction);
        app.viewSubmission(ActionIds.FORM_CALLBACK, this::onSubmission);
        app.event(AppUninstalledEvent.class, this::onUninstalled);
        app.event(TokensRevokedEvent.class, this::onTokensRevoked);
    }

    private Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        String id = "cmd:" + p.getTriggerId();
        dispatch(interaction(id, null, ctx, p.getUserId(), p.getChannelId(),
                Interaction.Sharing.ASK, new Inbound.Text(SlackMarkup.toPlain(nonNull(p.getText()), null)),
                p.getResponseUrl(), p.getTriggerId(), null));
        return ctx.ack();
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getUser() == null || e.getBotId() != null) {
            return ctx.ack();
        }
        logRetry(payload, ctx);
        String id = "ev:" + payload.getEventId();
        dispatch(interaction(id, null, ctx, e.getUser(), e.getChannel(), Interaction.Sharing.SHARED,
                new Inbound.Text(SlackMarkup.toPlain(nonNull(e.getText()), ctx.getBotUserId())), null, null, e.getThreadTs()));
        return ctx.ack();
    }

    /** Direct messages to the bot (the App Home's messages tab); other messages are not ours. */
    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (!"im".equals(e.getChannelType()) || e.getUser() == null || e.getBotId() != null) {
            return ctx.ack();
        }
        logRetry(payload, ctx);
        directory.rememberOwn(ctx.getTeamId(), e.getChannel(), e.getUser());
        String id = "ev:" + payload.getEventId();
        dispatch(interaction(id, null, ctx, e.getUser(), e.getChannel(), Interaction.Sharing.PRIVATE,
                new Inbound.Text(SlackMarkup.toPlain(nonNull(e.getText()), ctx.getBotUserId())), null, null, e.getThreadTs()));
        return ctx.ack();
    }

    private Response onAction(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        String value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : nonNull(action.getValue());
        String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer() == null ? null : p.getContainer().getChannelId();
        if (ActionIds.LINK.equals(action.getActionId()) || channel == null) {
            return ctx.ack();
        }
        String user = p.getUser().getId();
        String id = "act:" + user + ":" + action.getActionTs() + ":" + action.getActionId();
        Arrival.Click click = new Arrival.Click(container(p), action.getActionId(), value);
        String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
        if (ActionIds.OPEN_FORM.equals(action.getActionId())) {
            Interaction i = interaction(id, click, ctx, user, channel, Interaction.Sharing.ASK,
                    new Inbound.Action(action.getActionId(), value), p.getResponseUrl(), p.getTriggerId(), thread);
            SlackTurn turn = new SlackTurn(i, directory, delivery);
            dispatch.run(turn.user(), () -> new StoredForms(parkedForms, delivery).open(i, value, turn.language(dispatch)), turn);
            return ctx.ack();
        }
        ActionIds.decode(action.getActionId(), value).ifPresentOrElse(
                core -> dispatch(interaction(id, click, ctx, user, channel, Interaction.Sharing.ASK,
                        new Inbound.Action(core.actionId(), core.value()), p.getResponseUrl(), p.getTriggerId(), thread)),
                () -> log.warn("Ignoring an action that is not ours: {}", action.getActionId()));
        return ctx.ack();
    }

    /** Closes the modal at once (empty acknowledgement) and answers in the conversation of origin. */
    private Response onSubmission(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = request.getPayload();
        String id = "view:" + p.getView().getId();
        FormSubmissions.read(p.getView()).ifPresentOrElse(
                form -> dispatch(interaction(id, null, ctx, p.getUser().getId(), form.origin().channelId(),
                        form.origin().shared() ? Interaction.Sharing.SHARED : Interaction.Sharing.PRIVATE, form.submission(),
                        form.origin().responseUrl(), p.getTriggerId(), form.origin().threadTs())),
                () -> log.warn("Ignoring a modal submission without our metadata (view {})", p.getView().getId()));
        return ctx.ack();
    }

    /**
     * Recorded before the acknowledgement (Slack sends an acknowledged event only once), applied
     * after it on the workers: a locked installation row or a slow database must not make Slack
     * wait, and an instance that dies in between leaves the event to any instance's housekeeping.
     */
    private Response onUninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        installationEvent(InstallationEvents.Kind.UNINSTALLED, payload, List.of(), List.of());
        return ctx.ack();
    }

    private Response onTokensRevoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
        if (tokens != null) {
            installationEvent(InstallationEvents.Kind.TOKENS_REVOKED, payload,
                    tokens.getBot() == null ? List.of() : tokens.getBot(), tokens.getOauth() == null ? List.of() : tokens.getOauth());
        }
        return ctx.ack();
    }

    private void installationEvent(InstallationEvents.Kind kind, EventsApiPayload<?> payload, List<String> bots, List<String> users) {
        InstallationEvents events = installationEvents;
        if (events == null) {
            return;
        }
        InstallationEvents.Recorded event = events.record(kind, payload.getEnterpriseId(), payload.getTeamId(), bots, users)
                .orElseGet(() -> events.unrecorded(kind, payload.getEnterpriseId(), payload.getTeamId(), bots, users));
        afterAck(kind.name(), () -> events.apply(event));
    }

    /** Slack will not retry an acknowledged event: a failure here is logged, and that is all. */
    private void afterAck(String what, Runnable work) {
        dispatch.run("Slack's " + what + " event", work);
    }

    private void dispatch(Interaction interaction) {
        SlackTurn turn = new SlackTurn(interaction, directory, delivery);
        dispatch.dispatch(turn.arrival(), turn, turn.resumable());
    }

    /** How any instance picks up a turn this one accepted, with the bot token from {@code tokens} then. */
    public ResumableSenders.Factory resumer(BotTokens tokens) {
        return new SlackResumer(tokens, directory, delivery);
    }

    private static String container(BlockActionPayload p) {
        if (p.getContainer() == null) {
            return "-";
        }
        return p.getContainer().getMessageTs() != null ? p.getContainer().getMessageTs() : nonNull(p.getContainer().getViewId());
    }

    private static void logRetry(EventsApiPayload<?> payload, EventContext ctx) {
        if (ctx.getRetryNum() != null && ctx.getRetryNum() > 0) {
            log.info("Slack retries event {} (attempt {}, reason {})", payload.getEventId(), ctx.getRetryNum(), ctx.getRetryReason());
        }
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    /**
     * An interaction with the team and bot token that Bolt's authorization put in the request's
     * context; an Enterprise Grid workspace's organisation is remembered, after the acknowledgement.
     */
    private Interaction interaction(String deliveryId, Arrival.@Nullable Click click, Context ctx, String userId,
                                    String channelId, Interaction.Sharing sharing, Inbound.Payload payload,
                                    @Nullable String responseUrl, @Nullable String triggerId, @Nullable String threadTs) {
        String team = ctx.getTeamId() != null ? ctx.getTeamId() : ctx.getEnterpriseId();
        String enterprise = ctx.getEnterpriseId();
        ConversationStore store = conversations;
        if (store != null && enterprise != null && team != null) {
            ConversationRef where = new ConversationRef(Platform.SLACK, team, channelId, sharing == Interaction.Sharing.SHARED);
            afterAck("organisation", () -> store.addPlatformData(where, Map.of(StoredConversation.SLACK_ENTERPRISE_ID, enterprise)));
        }
        return new Interaction(deliveryId, click, enterprise, team, userId, channelId, sharing, payload,
                ctx.getBotToken(), responseUrl, triggerId, threadTs);
    }
}
