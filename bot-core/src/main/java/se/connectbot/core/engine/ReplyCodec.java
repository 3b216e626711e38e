package se.connectbot.core.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies to and from JSON, to repeat the same answer to a retried delivery. The block type
 * goes in a {@code type} property through a mix-in, so the reply model stays free of Jackson.
 */
final class ReplyCodec {

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

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
            @JsonSubTypes.Type(value = Block.Fields.class, name = "fields"),
            @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
            @JsonSubTypes.Type(value = Block.Choices.class, name = "choices"),
            @JsonSubTypes.Type(value = Block.Link.class, name = "link"),
            @JsonSubTypes.Type(value = Block.Form.class, name = "form"),
            @JsonSubTypes.Type(value = Block.Attachment.class, name = "attachment")})
    private interface BlockMixin {
    }
}
