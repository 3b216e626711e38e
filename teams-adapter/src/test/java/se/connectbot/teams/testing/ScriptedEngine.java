package se.connectbot.teams.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Reply;

/** The core's engine as the adapter's tests script it: records every inbound, answers with the script. */
public final class ScriptedEngine implements BotEngine {

    private final List<Inbound> received = new CopyOnWriteArrayList<>();
    private volatile Function<Inbound, Reply> script = i -> Reply.text("svar: " + i.payload());
    private volatile Duration delay = Duration.ZERO;

    @Override
    public Reply handle(Inbound inbound) {
        received.add(inbound);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return script.apply(inbound);
    }

    public void answer(Reply reply) {
        script = i -> reply;
    }

    public void answer(Function<Inbound, Reply> newScript) {
        script = newScript;
    }

    public void slowBy(Duration newDelay) {
        delay = newDelay;
    }

    public List<Inbound> received() {
        return List.copyOf(received);
    }

    public void reset() {
        received.clear();
        script = i -> Reply.text("svar: " + i.payload());
        delay = Duration.ZERO;
    }
}
