package se.connectbot.sandbox.outage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.sandbox.web.PlainText;
import se.connectbot.sandbox.web.SingleLine;

/**
 * The wire bodies of the operator's writes ({@code NewOutage}, {@code OutagePatch},
 * {@code OutageResolution} of the contract), validated field by field here and as a whole in
 * {@link OutageRules}.
 */
final class OutageBodies {

    private OutageBodies() {
    }

    record NewOutageBody(
            @NotBlank @Size(max = 200) @SingleLine @Nullable String title,
            @NotBlank @Size(max = 4000) @PlainText @Nullable String description,
            @NotNull @Nullable OutageKind kind,
            @NotNull @Nullable List<@NotNull Network> networks,
            @NotNull Outage.@Nullable Severity severity,
            @NotNull @Size(max = 100) @Nullable List<@NotBlank @Size(max = 100) @SingleLine String> municipalities,
            @NotNull @Size(max = 500) @Nullable List<@NotNull String> postcodes,
            @Nullable Instant startedAt,
            @Nullable Instant expectedEnd) {
    }

    record PatchBody(
            @Size(min = 1, max = 200) @SingleLine @Nullable String title,
            @Size(min = 1, max = 4000) @PlainText @Nullable String description,
            @Nullable OutageKind kind,
            @Nullable List<@NotNull Network> networks,
            Outage.@Nullable Severity severity,
            @Size(max = 100) @Nullable List<@NotBlank @Size(max = 100) @SingleLine String> municipalities,
            @Size(max = 500) @Nullable List<@NotNull String> postcodes,
            @Nullable Instant startedAt,
            @Nullable Instant expectedEnd,
            @Size(min = 1, max = 2000) @PlainText @Nullable String update) {

        boolean empty() {
            return title == null && description == null && kind == null && networks == null && severity == null
                    && municipalities == null && postcodes == null && startedAt == null && expectedEnd == null
                    && update == null;
        }
    }

    record ResolutionBody(@Size(min = 1, max = 2000) @PlainText @Nullable String update) {
    }
}
