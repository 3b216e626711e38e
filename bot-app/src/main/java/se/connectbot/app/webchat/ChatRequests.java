package se.connectbot.app.webchat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the page posts. Each carries a {@code deliveryId} the page generates (a UUID) and reuses
 * when it resends after a network failure, so the core handles a resend once.
 */
final class ChatRequests {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** A button's label or a form's title, with a few words around it. */
    static final int ECHO = 300;

    private ChatRequests() {
    }

    record MessageRequest(@NotNull @Pattern(regexp = UUID) String deliveryId, @NotNull String text) {
    }

    /** A click: ids and values are the core's own, short; anything longer was not made by the page. */
    /** @param echo what the page showed as the person's turn ("› Ja, beställ"), kept for their history only */
    record ActionRequest(@NotNull @Pattern(regexp = UUID) String deliveryId, @NotBlank @Size(max = 100) String actionId,
                         @NotNull @Size(max = 1000) String value, @Nullable @Size(max = ECHO) String echo) {
    }

    /** @param echo what the page showed as the person's turn, kept for their history only */
    record FormRequest(@NotNull @Pattern(regexp = UUID) String deliveryId, @NotBlank @Size(max = 100) String formId,
                       @NotNull @Size(max = 50) Map<String, String> values, @Nullable @Size(max = ECHO) String echo) {
    }

    /** @param locale sv or en */
    record LocaleRequest(@NotNull @Pattern(regexp = "sv|en") String locale) {
    }
}
