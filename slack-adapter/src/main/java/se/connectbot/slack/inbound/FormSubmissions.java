package se.connectbot.slack.inbound;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.connectbot.core.chat.Inbound;
import se.connectbot.slack.deliver.FormOrigin;

/**
 * A submitted modal read back: the core's form id and its origin from {@code private_metadata},
 * and each input's value (by block id, which is the input's name; an empty optional input
 * gives an empty string).
 */
final class FormSubmissions {

    record Submitted(FormOrigin origin, Inbound.FormSubmission submission) {
    }

    private FormSubmissions() {
    }

    static Optional<Submitted> read(View view) {
        return FormOrigin.fromJson(view.getPrivateMetadata())
                .map(origin -> new Submitted(origin, new Inbound.FormSubmission(origin.formId(), values(view.getState()))));
    }

    private static Map<String, String> values(ViewState state) {
        Map<String, String> values = new HashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> actions.values().stream().findFirst()
                .ifPresent(v -> values.put(blockId, value(v))));
        return values;
    }

    private static String value(ViewState.Value v) {
        if (v.getSelectedOption() != null && v.getSelectedOption().getValue() != null) {
            return v.getSelectedOption().getValue();
        }
        return v.getValue() == null ? "" : v.getValue();
    }
}
