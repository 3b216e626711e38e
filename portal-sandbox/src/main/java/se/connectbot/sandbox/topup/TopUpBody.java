package se.connectbot.sandbox.topup;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import se.connectbot.sandbox.web.ApiId;

/** The wire body of a top-up order ({@code TopUpRequest} of the contract), validated. */
record TopUpBody(@NotBlank @ApiId @Nullable String packageId) {
}
