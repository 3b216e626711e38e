package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.ResumableSenders;

/**
 * What the adapter keeps of an activity: where it came from and who sent it, in plain strings,
 * so that it can be stored with accepted work and rebuilt on any instance ({@link #context()},
 * {@link #fromContext}). The activity itself is read once, at the door.
 *
 * @param conversationId   the conversation as Teams names it (in a channel, with {@code ;messageid=} of the thread)
 * @param conversationType {@code personal}, {@code groupChat} or {@code channel}
 * @param replyToId        the message a card click came from (updated in place), else null
 */
record Incoming(String activityId, String serviceUrl, String tenantId, String conversationId, String conversationType,
                String userId, @Nullable String userName, String botId, @Nullable String locale, @Nullable String teamName,
                @Nullable String replyToId) {

    static final String PERSONAL = "personal";
    static final String CHANNEL = "channel";
    static final String GROUP_CHAT = "groupChat";

    Incoming {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(serviceUrl, "serviceUrl");
    }

    /** The activity's essentials; empty when it lacks what every reply needs (tenant, conversation, sender). */
    static Optional<Incoming> of(Activity activity, ObjectMapper json) {
        ChannelAccount from = activity.getFrom();
        if (activity.getConversation() == null || from == null || activity.getRecipient() == null) {
            return Optional.empty();
        }
        JsonNode channelData = activity.getChannelData() == null ? json.createObjectNode() : json.valueToTree(activity.getChannelData());
        String tenant = firstText(activity.getConversation().getTenantId(), channelData.path("tenant").path("id").asText(null));
        // without its type, a conversation is personal only when it does not say it is a group: a private answer
        // taken for a personal chat's would be posted for everyone in it
        String type = firstText(activity.getConversation().getConversationType(),
                activity.getConversation().isGroup() ? GROUP_CHAT : PERSONAL);
        String team = channelData.path("team").path("name").asText(null);
        // the bot's own id and the service URL are kept with accepted work, to answer after a takeover: none without them
        if (blank(tenant) || blank(activity.getConversation().getId()) || blank(from.getId()) || blank(activity.getId())
                || blank(activity.getRecipient().getId()) || blank(activity.getServiceUrl())) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(activity.getId(), activity.getServiceUrl(), tenant, activity.getConversation().getId(),
                type, from.getId(), from.getName(), activity.getRecipient().getId(), activity.getLocale(), team,
                activity.getReplyToId()));
    }

    boolean shared() {
        return !PERSONAL.equals(conversationType);
    }

    boolean inChannel() {
        return CHANNEL.equals(conversationType);
    }

    /** The channel or chat itself, without the thread of a channel message. */
    String baseConversationId() {
        int thread = conversationId.indexOf(";messageid=");
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }

    ChatUser user() {
        return new ChatUser(Platform.TEAMS, tenantId, userId);
    }

    ConversationRef conversation() {
        return new ConversationRef(Platform.TEAMS, tenantId, baseConversationId(), shared());
    }

    /** A delivery id unique within the tenant: Teams' activity ids are unique only within a conversation. */
    String deliveryId() {
        return baseConversationId() + "|" + activityId;
    }

    @Nullable Locale parsedLocale() {
        return locale == null || locale.isBlank() ? null : Locale.forLanguageTag(locale);
    }

    /** This turn, answered in the person's 1:1 chat with the bot instead. */
    Incoming inPersonalChat(String personalConversationId) {
        return new Incoming(activityId, serviceUrl, tenantId, personalConversationId, PERSONAL, userId, userName, botId, locale,
                teamName, null);
    }

    Map<String, String> context() {
        Map<String, String> c = new HashMap<>();
        c.put("activityId", activityId);
        c.put("serviceUrl", serviceUrl);
        c.put("tenantId", tenantId);
        c.put("conversationId", conversationId);
        c.put("conversationType", conversationType);
        c.put("userId", userId);
        c.put("botId", botId);
        putIfKnown(c, "userName", userName);
        putIfKnown(c, "locale", locale);
        putIfKnown(c, "teamName", teamName);
        putIfKnown(c, "replyToId", replyToId);
        return c;
    }

    static Incoming fromContext(ResumableSenders.Accepted work) {
        Map<String, String> c = work.context();
        return new Incoming(work.required("activityId"), work.required("serviceUrl"), work.required("tenantId"),
                work.required("conversationId"), work.required("conversationType"), work.required("userId"), c.get("userName"),
                work.required("botId"), c.get("locale"), c.get("teamName"), c.get("replyToId"));
    }

    /** Whether the bot is @mentioned in the activity. */
    static boolean mentions(Activity activity, String botId) {
        return mentionsOf(activity).stream().anyMatch(e -> botId.equals(e.getProperties().getOrDefault("mentioned", nullNode())
                .path("id").asText("")));
    }

    static List<Entity> mentionsOf(Activity activity) {
        List<Entity> entities = activity.getEntities();
        return entities == null ? List.of() : entities.stream().filter(e -> "mention".equalsIgnoreCase(e.getType())).toList();
    }

    private static JsonNode nullNode() {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void putIfKnown(Map<String, String> c, String key, @Nullable String value) {
        if (value != null) {
            c.put(key, value);
        }
    }


    private static @Nullable String firstText(@Nullable String a, @Nullable String b) {
        return blank(a) ? b : a;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "Incoming[" + deliveryId() + ", " + conversationType + "]";
    }
}
