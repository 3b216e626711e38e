package se.connectbot.coretesting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.api.UserTokens;

/**
 * The portal in memory, behaving like the contract: every user call checks the bearer token
 * with the {@link FakeAuthorizationServer} (asking once for a refreshed one, like the real
 * client), the user's rights (403 naming the right, as the sandbox does) and scope; writes are
 * idempotent per key (same key and body: the same result; another body: 409). It can be taken
 * down ({@link #down}) to test outages of the portal. Thread-safe.
 */
public final class FakePortal implements PortalApi {

    private final FakeAuthorizationServer auth;
    private final Clock clock;
    private final Map<String, Object[]> idempotent = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile DemoWorld world;
    private final List<Outage> feed = new java.util.ArrayList<>();
    private volatile boolean down;
    private volatile @Nullable RuntimeException failure;
    private volatile java.util.concurrent.atomic.@Nullable AtomicInteger okBeforeFailure;
    private volatile @Nullable RuntimeException failureAfter;
    private volatile java.time.Duration latency = java.time.Duration.ZERO;
    private final AtomicInteger callsInTransaction = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch writeGate = new java.util.concurrent.CountDownLatch(0);

    public FakePortal(FakeAuthorizationServer auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
        this.world = new DemoWorld(clock.instant());
    }

    @Override
    public UserPortal forUser(UserTokens tokens) {
        return new FakeUserPortal(this, () -> authenticate(tokens));
    }

    /** The portal as a user without tokens, for tests that look data up. */
    public UserPortal as(String username) {
        return new FakeUserPortal(this, () -> me(username));
    }

    @Override
    public OperationsPortal operations() {
        return new OperationsPortal() {
            @Override
            public List<Outage> outages(OutageQuery query) {
                failIfDown();
                return FakeQueries.outages(world().outages, query);
            }

            @Override
            public Outage outage(String outageId) {
                failIfDown();
                return world().outages.stream().filter(o -> o.id().equals(outageId)).findFirst()
                        .orElseThrow(() -> new PortalException(PortalError.NOT_FOUND, outageId));
            }

            @Override
            public OutageChanges outageChanges(String cursor) {
                failIfDown();
                synchronized (feed) {
                    if (cursor == null) {
                        return new OutageChanges(List.of(), "cursor-" + feed.size());
                    }
                    if (!cursor.matches("cursor-\\d{1,9}") || Integer.parseInt(cursor.substring(7)) > feed.size()) {
                        throw new PortalException(PortalError.INVALID_INPUT, "cursor is not one this feed handed out", null, "cursor", null, null);
                    }
                    return new OutageChanges(List.copyOf(feed.subList(Integer.parseInt(cursor.substring(7)), feed.size())),
                            "cursor-" + feed.size());
                }
            }
        };
    }

    /**
     * Publishes an outage (new, or a new version of one with the same id) as the operator would:
     * it replaces any earlier version among the current outages (a resolved one leaves them) and
     * is appended to the change feed.
     */
    public void publish(Outage outage) {
        synchronized (world) {
            world.outages.removeIf(o -> o.id().equals(outage.id()));
            if (outage.status() == Outage.OutageStatus.ACTIVE) {
                world.outages.add(outage);
            }
        }
        synchronized (feed) {
            feed.add(outage);
        }
    }

    public void down(boolean isDown) {
        this.down = isDown;
    }

    /** Makes every user call but {@code me} throw {@code thrown} (null: stop), as a faulty portal or client would. */
    public void failWith(@Nullable RuntimeException thrown) {
        this.okBeforeFailure = null;
        this.failure = thrown;
    }

    /**
     * Lets {@code ok} more user calls (but {@code me}) through, then makes every later one throw
     * {@code thrown} until {@link #failWith failWith(null)}: a portal failing mid-way through a turn.
     */
    public void failAfter(int ok, RuntimeException thrown) {
        this.failure = null;
        this.okBeforeFailure = new java.util.concurrent.atomic.AtomicInteger(ok);
        this.failureAfter = thrown;
    }

    private final List<Integer> reportSliceSizes = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The sizes the report slices were asked for since the last {@link #reset()}, in order. */
    public List<Integer> reportSliceSizes() {
        return List.copyOf(reportSliceSizes);
    }

    void askedForReportSlice(int size) {
        reportSliceSizes.add(size);
    }

    /** A fresh demo world, as at start. */
    public void reset() {
        reportSliceSizes.clear();
        world = new DemoWorld(clock.instant());
        synchronized (feed) {
            feed.clear();
        }
        idempotent.clear();
        writes.set(0);
        down = false;
        failure = null;
        okBeforeFailure = null;
        latency = java.time.Duration.ZERO;
        callsInTransaction.set(0);
        lostAnswers.set(0);
        writeGate.countDown();
    }

    /** Makes every user call (but {@code me}) take {@code perCall}, as a slow portal does. */
    public void latency(java.time.Duration perCall) {
        this.latency = perCall;
    }

    /**
     * How many user calls arrived while the calling thread had a database transaction open (it
     * would hold a pooled connection, and perhaps row locks, for the whole call).
     */
    public int callsInTransaction() {
        return callsInTransaction.get();
    }

    /** Carries out the next {@code count} writes but answers them with UNAVAILABLE: a client timeout after the fact. */
    public void loseAnswers(int count) {
        lostAnswers.set(count);
    }

    /** Holds every write before it is carried out until {@link #releaseWrites()}: a portal still at it. */
    public void holdWrites() {
        writeGate = new java.util.concurrent.CountDownLatch(1);
    }

    public void releaseWrites() {
        writeGate.countDown();
    }

    /** How many writes (orders, tickets, replies) the portal really carried out. */
    public int writes() {
        return writes.get();
    }

    public List<Order> orders() {
        synchronized (world) {
            return List.copyOf(world.orders);
        }
    }

    public List<Ticket> tickets() {
        synchronized (world) {
            return List.copyOf(world.tickets);
        }
    }

    DemoWorld world() {
        return world;
    }

    Clock clock() {
        return clock;
    }

    void failIfDown() {
        if (down) {
            throw new PortalException(PortalError.UNAVAILABLE, "the fake portal is down");
        }
    }

    /** Every user call passes here: it notes a caller's open transaction and takes the configured time. */
    void answerSlowly() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            callsInTransaction.incrementAndGet();
        }
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortalException(PortalError.UNAVAILABLE, "interrupted");
            }
        }
    }

    void failIfFaulty() {
        java.util.concurrent.atomic.AtomicInteger countdown = okBeforeFailure;
        if (countdown != null && countdown.getAndDecrement() <= 0) {
            failure = failureAfter;
            okBeforeFailure = null;
        }
        RuntimeException thrown = failure;
        if (thrown != null) {
            throw thrown;
        }
    }

    /** Runs a write once per key: a repeat with the same body returns the first result. */
    <T> T once(String key, Object body, Supplier<T> write) {
        try {
            writeGate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException(PortalError.UNAVAILABLE, "interrupted");
        }
        T result = carryOut(key, body, write);
        if (lostAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PortalException(PortalError.UNAVAILABLE, "the answer was lost (a read timeout); the write was carried out");
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private <T> T carryOut(String key, Object body, Supplier<T> write) {
        synchronized (idempotent) {
            Object[] earlier = idempotent.get(key);
            if (earlier != null) {
                if (!earlier[0].equals(body)) {
                    throw new PortalException(PortalError.CONFLICT, "idempotency key reused with another body");
                }
                return (T) earlier[1];
            }
            T result = write.get();
            writes.incrementAndGet();
            idempotent.put(key, new Object[] {body, result});
            return result;
        }
    }

    private Me authenticate(UserTokens tokens) {
        failIfDown();
        String username = auth.userOf(tokens.accessToken())
                .or(() -> auth.userOf(tokens.refreshedAccessToken()))
                .orElseThrow(() -> new PortalException(PortalError.NOT_SIGNED_IN, "the bearer token was refused"));
        return me(username);
    }

    private Me me(String username) {
        failIfDown();
        Me me = world.users.get(username);
        if (me == null) {
            throw new PortalException(PortalError.NOT_SIGNED_IN, "no such user " + username);
        }
        return me;
    }
}
