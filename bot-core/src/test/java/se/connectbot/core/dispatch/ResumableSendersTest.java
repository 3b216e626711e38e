package se.connectbot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;

class ResumableSendersTest {

    private final ResumableSenders.Accepted accepted = new ResumableSenders.Accepted(new ChatUser(Platform.DISCORD, "G1", "U1"),
            "d-7", new Inbound.Text("status"), Map.of("channel", "C1"));

    @Test
    void aStoredValueIsReadBack() {
        assertThat(accepted.required("channel")).isEqualTo("C1");
    }

    @Test
    void aMissingValueStopsTheResumeNamingThePlatformTheDeliveryAndTheKey() {
        assertThatIllegalStateException().isThrownBy(() -> accepted.required("user"))
                .withMessage("stored DISCORD work d-7 lacks its user");
    }

    @Test
    void twoAdaptersForOnePlatformStopTheStart() {
        ResumableSenders.Factory one = factory();
        assertThatIllegalStateException().isThrownBy(() -> new ResumableSenders(List.of(one, factory())))
                .withMessageContaining("two resumable senders for DISCORD");
    }

    private static ResumableSenders.Factory factory() {
        return new ResumableSenders.Factory() {
            @Override
            public Platform platform() {
                return Platform.DISCORD;
            }

            @Override
            public ResumableSenders.Resumed resume(ResumableSenders.Accepted work) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
