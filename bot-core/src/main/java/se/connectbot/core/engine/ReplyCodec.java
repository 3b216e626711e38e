package se.connectbot.core.engine;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.annotation.JsonTypeIdResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Replies to and from JSON, to repeat the same answer to a retried delivery, and forms on their
 * own, to open later ({@code se.connectbot.core.forms}). The block type goes in a {@code type}
 * property through a mix-in, so the reply model stays free of Jackson. Thread-safe.
 */
public final class ReplyCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Block.class, BlockMixin.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReplyCodec() {
    }

    static String write(Reply reply) {
        return MAPPER.writeValueAsString(reply);
    }

    static Reply read(String json) {
        return MAPPER.readValue(json, Reply.class);
    }

    /** One form as JSON, with its {@code type} as in a stored reply. */
    public static String writeForm(Block.Form form) {
        return MAPPER.writeValueAsString(form);
    }

    /** @throws tools.jackson.core.JacksonException when {@code json} is not a form written by {@link #writeForm} */
    public static Block.Form readForm(String json) {
        return MAPPER.readValue(json, Block.Form.class);
    }

    /**
     * The stored name of each block type (its constant, in lower case, is the {@code type} in the
     * JSON: stored answers must keep reading, so a name never changes).
     */
    enum Kind {
        TEXT(Block.Text.class), FIELDS(Block.Fields.class), TABLE(Block.Table.class), CHOICES(Block.Choices.class),
        LINK(Block.Link.class), FORM(Block.Form.class), ATTACHMENT(Block.Attachment.class);

        final Class<? extends Block> type;

        Kind(Class<? extends Block> type) {
            this.type = type;
        }

        // An exhaustive switch rather than a list of annotations: a new block does not compile
        // until it has a name here, and the name needs a constant, which names its class.
        static Kind of(Block block) {
            return switch (block) {
                case Block.Text _ -> TEXT;
                case Block.Fields _ -> FIELDS;
                case Block.Table _ -> TABLE;
                case Block.Choices _ -> CHOICES;
                case Block.Link _ -> LINK;
                case Block.Form _ -> FORM;
                case Block.Attachment _ -> ATTACHMENT;
            };
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = "type")
    @JsonTypeIdResolver(KindResolver.class)
    private interface BlockMixin {
    }

    private static final class KindResolver extends TypeIdResolverBase {

        @Override
        public String idFromValue(DatabindContext context, Object value) {
            return Kind.of((Block) value).id();
        }

        @Override
        public String idFromValueAndType(DatabindContext context, Object value, Class<?> suggestedType) {
            return idFromValue(context, value);
        }

        @Override
        public @Nullable JavaType typeFromId(DatabindContext context, String id) {
            for (Kind kind : Kind.values()) {
                if (kind.id().equals(id)) {
                    return context.constructType(kind.type);
                }
            }
            return null; // Jackson then fails the read with the unknown id, as for any unknown subtype
        }

        @Override
        public JsonTypeInfo.Id getMechanism() {
            return JsonTypeInfo.Id.CUSTOM;
        }
    }
}
