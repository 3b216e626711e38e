package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem body with the portal's extensions: {@code right} on a 403, {@code errors}
 * on a 400. Every member may be absent, as a failing server may send anything.
 */
record Problem(
        @Nullable String type,
        @Nullable String title,
        @Nullable Integer status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable String right,
        @Nullable List<FieldError> errors) {

    static final Problem NONE = new Problem(null, null, null, null, null, null, null);

    @Nullable String firstField() {
        if (errors == null) {
            return null;
        }
        return errors.stream().map(FieldError::field).filter(f -> f != null && !f.isBlank()).findFirst().orElse(null);
    }

    /** The people-readable part, for exception messages: detail, else title, else nothing. */
    String describe() {
        String text = detail != null && !detail.isBlank() ? detail : title != null ? title : "";
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    record FieldError(@Nullable String field, @Nullable String message) {
    }
}
