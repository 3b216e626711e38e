package se.connectbot.coretesting;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Reply;

/**
 * The core's engine as an adapter's tests script it: records every {@link Inbound} it is handed and answers
 * with the current script, optionally after a delay (a slow portal).
 */
public final class ScriptedEngine implements BotEngine {

    private final List<Inbound> received = new CopyOnWriteArrayList<>();
    private volatile Function<Inbound, Reply> script = ScriptedEngine::echo;
    private volatile Duration delay = Duration.ZERO;

    @Override
    public Reply handle(Inbound inbound) {
        received.add(inbound);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return script.apply(inbound);
    }

    public void answer(Function<Inbound, Reply> newScript) {
        this.script = newScript;
    }

    public void answer(Reply reply) {
        this.script = inbound -> reply;
    }

    public void slowBy(Duration newDelay) {
        this.delay = newDelay;
    }

    public List<Inbound> received() {
        return List.copyOf(received);
    }

    public void reset() {
        received.clear();
        script = ScriptedEngine::echo;
        delay = Duration.ZERO;
    }

    /** Says back what it got, so a test sees the round trip. */
    public static Reply echo(Inbound inbound) {
        return Reply.text("echo: " + inbound.payload());
    }
}
