package se.connectbot.core.dialog;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Dialog state records to and from JSON. Thread-safe. */
final class StateCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private StateCodec() {
    }

    static String write(Record state) {
        return MAPPER.writeValueAsString(state);
    }

    static <S> S read(String json, Class<S> type) {
        return MAPPER.readValue(json, type);
    }
}
