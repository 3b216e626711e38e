package se.connectbot.teams.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities as Teams sends them to {@code /api/messages}, written as JSON (not through the SDK)
 * so the adapter's parsing is tested on the wire format, Teams' extra fields included.
 */
public final class Activities {

    public static final String ANNA = "29:anna-aad-user";
    public static final String KARL = "29:karl-aad-user";
    public static final String ANNAS_CHAT = "a:anna-personal-chat";
    public static final String CHANNEL = "19:general@thread.tacv2";
    public static final String GROUP_CHAT = "19:group-chat@thread.v2";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AtomicLong IDS = new AtomicLong(1_700_000_000_000L);

    private final String serviceUrl;

    public Activities(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    public static String newId() {
        return Long.toString(IDS.incrementAndGet());
    }

    /** A message in Anna's 1:1 chat with the bot. */
    public ObjectNode personal(String user, String text, String locale) {
        ObjectNode a = base("message", user, ANNAS_CHAT, "personal", locale);
        a.put("text", text);
        a.put("textFormat", "plain");
        return a;
    }

    /** A message in a channel thread; {@code mention} puts the bot's {@code <at>} mention first, as Teams does. */
    public ObjectNode channel(String user, String text, boolean mention) {
        String messageId = newId();
        ObjectNode a = base("message", user, CHANNEL + ";messageid=" + messageId, "channel", "sv-SE");
        a.put("id", messageId);
        a.put("text", mention ? "<at>Connect</at> " + text : text);
        a.put("textFormat", "plain");
        ArrayNode entities = a.withArray("entities");
        if (mention) {
            ObjectNode m = entities.addObject();
            m.put("type", "mention");
            m.put("text", "<at>Connect</at>");
            m.putObject("mentioned").put("id", FakeMicrosoft.BOT_ID).put("name", "Connect");
        }
        entities.addObject().put("type", "clientInfo").put("locale", "sv-SE").put("country", "SE").put("platform", "Web");
        ObjectNode channelData = (ObjectNode) a.get("channelData");
        channelData.putObject("team").put("id", "19:team@thread.tacv2").put("name", "Nordkust Logistik");
        channelData.putObject("channel").put("id", CHANNEL);
        return a;
    }

    public ObjectNode groupChat(String user, String text) {
        ObjectNode a = base("message", user, GROUP_CHAT, "groupChat", "en-GB");
        a.put("text", text);
        return a;
    }

    /** Action.Submit: a message with the card's data as its value, answering the card {@code replyToId}. */
    public ObjectNode submit(String user, String conversation, String type, String replyToId, ObjectNode data) {
        ObjectNode a = base("message", user, conversation, type, "sv-SE");
        a.put("replyToId", replyToId);
        a.set("value", data);
        return a;
    }

    /** Action.Execute: an invoke {@code adaptiveCard/action}. */
    public ObjectNode execute(String user, String conversation, String type, String replyToId, ObjectNode data) {
        ObjectNode a = base("invoke", user, conversation, type, "en-US");
        a.put("name", "adaptiveCard/action");
        a.put("replyToId", replyToId);
        ObjectNode value = a.putObject("value");
        value.putObject("action").put("type", "Action.Execute").put("verb", "connect").set("data", data);
        value.put("trigger", "manual");
        return a;
    }

    public ObjectNode fileConsent(String user, String action, ObjectNode context, String uploadUrl) {
        ObjectNode a = base("invoke", user, ANNAS_CHAT, "personal", "sv-SE");
        a.put("name", "fileConsent/invoke");
        a.put("replyToId", "consent-card-1");
        ObjectNode value = a.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", action);
        value.set("context", context);
        ObjectNode info = value.putObject("uploadInfo");
        info.put("name", "faktura.pdf").put("uploadUrl", uploadUrl).put("contentUrl", "https://nordkust-my.sharepoint.com/faktura.pdf")
                .put("uniqueId", "unique-1").put("fileType", "pdf");
        return a;
    }

    /** The bot added to (or removed from) a team's channel. */
    public ObjectNode botMembership(boolean added) {
        ObjectNode a = base("conversationUpdate", ANNA, CHANNEL, "channel", null);
        a.remove("text");
        a.withArray(added ? "membersAdded" : "membersRemoved").addObject().put("id", FakeMicrosoft.BOT_ID);
        ((ObjectNode) a.get("channelData")).put("eventType", added ? "teamMemberAdded" : "teamMemberRemoved");
        return a;
    }

    private ObjectNode base(String type, String user, String conversation, String conversationType, String locale) {
        ObjectNode a = JSON.objectNode();
        a.put("type", type);
        a.put("id", newId());
        a.put("timestamp", "2026-12-05T08:15:30.123Z");
        a.put("localTimestamp", "2026-12-05T09:15:30.123+01:00");
        a.put("localTimezone", "Europe/Stockholm");
        a.put("serviceUrl", serviceUrl);
        a.put("channelId", "msteams");
        a.putObject("from").put("id", user).put("name", ANNA.equals(user) ? "Anna Lindqvist" : "Karl Berg")
                .put("aadObjectId", "aad-" + user);
        ObjectNode conv = a.putObject("conversation");
        conv.put("conversationType", conversationType).put("tenantId", FakeMicrosoft.TENANT).put("id", conversation);
        if (!"personal".equals(conversationType)) {
            conv.put("isGroup", true);
        }
        a.putObject("recipient").put("id", FakeMicrosoft.BOT_ID).put("name", "Connect");
        ObjectNode channelData = a.putObject("channelData");
        channelData.putObject("tenant").put("id", FakeMicrosoft.TENANT);
        if (locale != null) {
            a.put("locale", locale);
        }
        a.putArray("entities").addObject().put("type", "clientInfo").put("locale", locale == null ? "sv-SE" : locale)
                .put("timezone", "Europe/Stockholm");
        return a;
    }
}
