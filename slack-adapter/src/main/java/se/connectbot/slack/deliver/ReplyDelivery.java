package se.connectbot.slack.deliver;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.forms.ParkedForm;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.render.BlockKitRenderer;
import se.connectbot.slack.render.FormView;
import se.connectbot.slack.render.RenderedReply;
import se.connectbot.slack.render.SlackFile;
import se.connectbot.slack.render.SlackMessage;
import se.connectbot.slack.render.SlackText;

/**
 * Delivers a reply to the interaction it answers. Messages go through the {@code response_url}
 * while its budget lasts (it reaches conversations the bot is not a member of), else the Web
 * API; a reply that is private in a shared conversation goes out ephemeral, and its files,
 * which Slack cannot make ephemeral, go to the user's direct messages (read from the core's file
 * store; too large or refused, they go as a signed download link). A form opens as a modal
 * while the interaction's {@code trigger_id} is fresh, else behind an "Open form" button (the
 * form parked in the core's {@link ParkedForms}, rendered again when it is opened).
 * A part that fails is logged and the rest still goes. Thread-safe.
 */
public final class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);
    private static final Gson VIEW_JSON = GsonFactory.createSnakeCase();
    /** Not Slack's refusal: Slack could not be reached (a note would not get through either). */
    private static final String UNREACHABLE = "(unreachable)";

    private final Slack slack;
    private final BlockKitRenderer renderer;
    private final ParkedForms parkedForms;
    private final ResponseUrlBudget budget;
    private final ResponseUrls responseUrls;
    private final FileDelivery files;
    private final RefusalNotes refusals;

    /**
     * @param files          the core's file store, read for the content of a reply's files
     * @param links          signed links for the files Slack cannot take
     * @param maxUploadBytes the largest file uploaded; a larger one goes as a link
     */
    public ReplyDelivery(Slack slack, BlockKitRenderer renderer, ParkedForms parkedForms, ResponseUrls responseUrls,
                         ResponseUrlBudget budget, FileStore files, DownloadLinks links, long maxUploadBytes) {
        this.slack = slack;
        this.renderer = renderer;
        this.parkedForms = parkedForms;
        this.responseUrls = responseUrls;
        this.budget = budget;
        this.files = new FileDelivery(slack, this, files, links, maxUploadBytes);
        this.refusals = new RefusalNotes(slack);
    }

    public void deliver(Reply reply, ReplyTarget target, @Nullable Locale locale) {
        boolean ephemeral = reply.visibility() == Reply.Visibility.PRIVATE && target.shared();
        RenderedReply rendered = renderer.render(reply, locale);
        List<SlackMessage> formButtons = openForms(rendered.forms(), target, locale);
        List<String> refused = new ArrayList<>();
        rendered.messages().forEach(m -> send(m, target, ephemeral).ifPresent(refused::add));
        formButtons.forEach(m -> send(m, target, ephemeral).ifPresent(refused::add));
        refused.stream().filter(error -> !UNREACHABLE.equals(error)).findFirst()
                .ifPresent(error -> refusals.tell(error, target, locale));
        for (SlackFile file : rendered.files()) {
            files.deliver(file, target, ephemeral, locale);
        }
    }

    /** One of the adapter's own short notes, to the user only. */
    public void note(SlackText text, ReplyTarget target, @Nullable Locale locale, Object... args) {
        note(Reply.text(text.in(locale, args)), target, locale);
    }

    /** A short note ("working on it", from the core's dispatch): one text, to the user only, ephemeral. */
    public void note(Reply note, ReplyTarget target, @Nullable Locale locale) {
        post(renderer.render(note, locale).messages().get(0), target, true);
    }

    /** A reply to the user only (a download link, which is theirs alone), all its messages. */
    void privately(Reply reply, ReplyTarget target, @Nullable Locale locale) {
        renderer.render(reply, locale).messages().forEach(m -> post(m, target, true));
    }

    /**
     * Opens a parked form with a fresh trigger ("Open form" clicked), rendered now in the language
     * of the person who clicked, answering where it was first asked (its origin).
     */
    public boolean openParked(ParkedForm parked, String botToken, String triggerId, @Nullable Locale locale) {
        FormView form = renderer.modal(parked.form(), locale);
        form.view().setPrivateMetadata(parked.origin());
        return openModal(botToken, triggerId, VIEW_JSON.toJson(form.view()));
    }

    private boolean openModal(String botToken, String triggerId, String viewJson) {
        return call("views.open", () -> slack.methods(botToken).viewsOpen(r -> r.triggerId(triggerId).viewAsString(viewJson)));
    }

    boolean post(SlackMessage message, ReplyTarget target, boolean ephemeral) {
        return send(message, target, ephemeral).isEmpty();
    }

    /** Empty when the message went out; else Slack's error, or {@link #UNREACHABLE}. */
    private Optional<String> send(SlackMessage message, ReplyTarget target, boolean ephemeral) {
        String url = usable(target.responseUrl());
        if (url != null && budget.tryTake(url) && postToResponseUrl(url, message, ephemeral)) {
            return Optional.empty();
        }
        MethodsClient client = slack.methods(target.botToken());
        if (ephemeral) {
            return refusal("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(target.channelId())
                    .user(target.userId()).text(message.fallbackText()).blocks(message.blocks()).threadTs(target.threadTs())));
        }
        return refusal("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(target.channelId())
                .text(message.fallbackText()).blocks(message.blocks()).threadTs(target.threadTs())
                .linkNames(false).unfurlLinks(false).unfurlMedia(false)));
    }

    /** The response_url if it is Slack's; else null, so that the Web API answers instead. */
    private @Nullable String usable(@Nullable String responseUrl) {
        if (responseUrl == null || responseUrls.allows(responseUrl)) {
            return responseUrl;
        }
        log.warn("Not following a response_url to {}: not one of Slack's hosts; answering through the Web API",
                ResponseUrls.hostOf(responseUrl));
        return null;
    }

    private boolean postToResponseUrl(String url, SlackMessage message, boolean ephemeral) {
        try {
            WebhookResponse response = new Responder(slack, url).sendToAction(r -> r
                    .responseType(ephemeral ? "ephemeral" : "in_channel")
                    .replaceOriginal(false)
                    .text(message.fallbackText())
                    .blocks(message.blocks()));
            if (response.getCode() == 200) {
                return true;
            }
            log.warn("Slack's response_url answered {}; posting through the Web API instead", response.getCode());
        } catch (IOException e) {
            log.warn("Could not reach Slack's response_url ({}); posting through the Web API instead", e.getMessage());
        }
        return false;
    }

    private List<SlackMessage> openForms(List<FormView> forms, ReplyTarget target, @Nullable Locale locale) {
        List<SlackMessage> buttons = new ArrayList<>();
        String trigger = target.triggerId();
        for (FormView form : forms) {
            FormOrigin origin = new FormOrigin(form.formId(), target.channelId(), target.shared(), target.threadTs(), target.responseUrl());
            form.view().setPrivateMetadata(origin.toJson());
            if (trigger != null && openModal(target.botToken(), trigger, VIEW_JSON.toJson(form.view()))) {
                trigger = null; // a trigger opens one modal
                continue;
            }
            ChatUser owner = new ChatUser(Platform.SLACK, target.teamId(), target.userId());
            buttons.add(renderer.formButton(form, parkedForms.park(owner, form.form(), origin.toJson()).toString(), locale));
        }
        return buttons;
    }

    /** Calls Slack; false (logged, without tokens) when Slack says no or cannot be reached. */
    static boolean call(String method, SlackCall call) {
        return refusal(method, call).isEmpty();
    }

    /** Calls Slack; empty when it went, else Slack's error (logged, without tokens) or {@link #UNREACHABLE}. */
    static Optional<String> refusal(String method, SlackCall call) {
        try {
            SlackApiTextResponse response = call.run();
            if (!response.isOk()) {
                log.warn("Slack refused {}: {}", method, response.getError());
                return Optional.of(response.getError() == null ? "unknown_error" : response.getError());
            }
            return Optional.empty();
        } catch (IOException | SlackApiException e) {
            log.warn("Slack call {} failed: {}", method, e.getMessage());
            return Optional.of(UNREACHABLE);
        }
    }

    /** One Web API call. */
    @FunctionalInterface
    interface SlackCall {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }
}
