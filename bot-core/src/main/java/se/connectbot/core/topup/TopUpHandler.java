package se.connectbot.core.topup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.reply.Reply;

/**
 * {@code topup [phone | search] [package]}: starts the top-up dialog, feeding it whatever the
 * command carries ({@code topup 0701234567 5GB} goes straight to the confirmation).
 */
@Component
class TopUpHandler implements CommandHandler {

    private static final Pattern TRAILING_SIZE = Pattern.compile("(?i)^(.*?)\\s*(\\d{1,3}\\s?gb)$");

    private final Dialogs dialogs;
    private final TopUpDialog dialog;

    TopUpHandler(Dialogs dialogs, TopUpDialog dialog) {
        this.dialogs = dialogs;
        this.dialog = dialog;
    }

    @Override
    public Reply handle(CommandRequest request) {
        return dialogs.start(request, dialog, TopUpState.EMPTY, presets(request.args().raw()));
    }

    /** Splits what the command carried into the subscription's and the package's answers. */
    static Map<String, String> presets(String raw) {
        Map<String, String> presets = new HashMap<>();
        Matcher sized = TRAILING_SIZE.matcher(raw.strip());
        if (sized.matches()) {
            putIfText(presets, "subscription", sized.group(1));
            presets.put("package", sized.group(2));
            return presets;
        }
        List<String> words = List.of(raw.strip().split("\\s+"));
        for (int k = words.size(); k >= 1; k--) {
            String prefix = String.join(" ", words.subList(0, k));
            if (PhoneNumbers.looksLikePhone(prefix) && PhoneNumbers.toE164(prefix).isPresent()) {
                presets.put("subscription", prefix);
                putIfText(presets, "package", String.join(" ", words.subList(k, words.size())));
                return presets;
            }
        }
        putIfText(presets, "subscription", raw);
        return presets;
    }

    private static void putIfText(Map<String, String> presets, String step, String text) {
        if (!text.isBlank()) {
            presets.put(step, text.strip());
        }
    }
}
