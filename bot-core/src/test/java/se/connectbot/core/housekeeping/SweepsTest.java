package se.connectbot.core.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.linking.AccountLinking;

class SweepsTest {

    @Test
    void runsEverySweepEvenWhenOneFails() {
        Dialogs dialogs = mock(Dialogs.class);
        AccountLinking linking = mock(AccountLinking.class);
        when(dialogs.purge()).thenThrow(new IllegalStateException("database gone"));
        when(linking.purgeExpiredSignIns()).thenReturn(2);
        AtomicInteger adapterSwept = new AtomicInteger();
        Sweep failing = () -> {
            throw new IllegalStateException("adapter's table gone");
        };

        int forgotten = new Housekeeping(dialogs, linking, List.of(failing, () -> adapterSwept.incrementAndGet() + 2)).run();

        assertThat(adapterSwept).hasValue(1);
        assertThat(forgotten).isEqualTo(2 + 3);
    }
}
