package se.connectbot.discord.testing;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, as much as JDA needs of it: HELLO on connect, READY for an IDENTIFY, RESUMED
 * for a RESUME, an ACK for each heartbeat; tests push dispatches (INTERACTION_CREATE, MESSAGE_CREATE)
 * and drop the connection. JSON, no compression.
 */
public final class FakeGateway extends WebSocketServer {

    private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final String botUser;

    public FakeGateway(String botUser) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.botUser = botUser;
        setReuseAddr(true);
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        sessions.add(conn);
        conn.send(DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41_250)).put("s", null).put("t", null).toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
        DataObject frame = DataObject.fromJson(message);
        switch (frame.getInt("op")) {
            case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
            case 2 -> {
                identifies.incrementAndGet();
                send(conn, "READY", DataObject.empty().put("v", 10).put("user", DataObject.fromJson(botUser)).put("guilds", DataArray.empty())
                        .put("session_id", "fake-session").put("resume_gateway_url", url()).put("private_channels", DataArray.empty())
                        .put("application", DataObject.empty().put("id", FakeDiscord.APPLICATION).put("flags", 0)));
            }
            case 6 -> {
                resumes.incrementAndGet();
                send(conn, "RESUMED", DataObject.empty());
            }
            default -> {
            }
        }
    }

    /** Pushes a dispatch to every connected session. */
    public void push(String type, DataObject data) {
        sessions.stream().filter(WebSocket::isOpen).forEach(c -> send(c, type, data));
    }

    /** Drops every connection as a failing gateway would (close code 4000: JDA reconnects and resumes). */
    public void drop() {
        sessions.forEach(c -> c.close(4000, "fake gateway dropped the connection"));
    }

    public boolean connected() {
        return sessions.stream().anyMatch(WebSocket::isOpen);
    }

    public int identifies() {
        return identifies.get();
    }

    public int resumes() {
        return resumes.get();
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    private void send(WebSocket conn, String type, DataObject data) {
        conn.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data).toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client going away mid-frame is part of the tests
    }

    @Override
    public void onStart() {
    }
}
