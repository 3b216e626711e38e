package se.connectbot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.internal.requests.Requester;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import se.connectbot.discord.inbound.CommandText;
import se.connectbot.discord.inbound.DiscordListener;

/**
 * This instance's shards of the bot on Discord's gateway (JDA sharding: a large deployment splits
 * the guilds across instances), started with the application and shut down with it. The instance
 * that runs shard 0 registers {@code /connect} once the shard is ready: in {@code DISCORD_GUILD_ID}
 * when set (at once, for testing), else globally. Only the non-privileged intent for direct
 * messages; nothing cached beyond what JDA needs.
 */
final class DiscordShards implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordShards.class);

    private final DiscordSettings settings;
    private final DiscordListener listener;
    private final CommandText commands;
    private final List<JDA> shards = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean commandsRegistered;

    DiscordShards(DiscordSettings settings, DiscordListener listener, CommandText commands) {
        this.settings = settings;
        this.listener = listener;
        this.commands = commands;
        // a bad definition stops the start here, not at Discord
        DataArray definition = DataArray.fromJson(commands.json());
        for (int i = 0; i < definition.length(); i++) {
            CommandData.fromData(definition.getObject(i));
        }
    }

    /** Any shard: REST calls do not depend on the shard. */
    JDA any() {
        synchronized (shards) {
            if (shards.isEmpty()) {
                throw new IllegalStateException("the Discord shards are not started");
            }
            return shards.getFirst();
        }
    }

    boolean commandsRegistered() {
        return commandsRegistered;
    }

    @Override
    public void start() {
        ConcurrentSessionController sessions = sessions(settings.gatewayUrl());
        for (int id : settings.shardIds()) {
            JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                    .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                    .setSessionController(sessions)
                    .setGatewayEncoding(GatewayEncoding.JSON)
                    .setEventPassthrough(true)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listener);
            if (settings.gatewayUrl() != null) {
                builder.setCompression(Compression.NONE);
            }
            if (settings.shardsTotal() > 1) {
                builder.useSharding(id, settings.shardsTotal());
            }
            JDA jda = builder.build();
            synchronized (shards) {
                shards.add(jda);
            }
            if (id == 0) {
                Thread.ofVirtual().name("discord-commands").start(() -> awaitAndRegister(jda));
            }
        }
        running = true;
        log.info("Discord started: {}", settings);
    }

    private void awaitAndRegister(JDA jda) {
        try {
            jda.awaitReady();
            registerCommands(jda);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Could not register the Discord commands", e);
        }
    }

    /** Replaces the application's commands with the definition (Discord's bulk overwrite: idempotent). */
    void registerCommands(JDA jda) {
        String application = settings.applicationId() != null ? settings.applicationId() : jda.getSelfUser().getApplicationId();
        Route.CompiledRoute route = settings.guildId() != null
                ? Route.Interactions.UPDATE_GUILD_COMMANDS.compile(application, settings.guildId())
                : Route.Interactions.UPDATE_COMMANDS.compile(application);
        new RestActionImpl<Void>(jda, route, RequestBody.create(commands.json(), Requester.MEDIA_TYPE_JSON)).complete();
        commandsRegistered = true;
        log.info("Registered /connect {}", settings.guildId() != null ? "in guild " + settings.guildId() : "globally");
    }

    private static ConcurrentSessionController sessions(@Nullable String gateway) {
        if (gateway == null) {
            return new ConcurrentSessionController();
        }
        return new ConcurrentSessionController() {
            @Override
            public String getGateway() {
                return gateway;
            }
        };
    }

    @Override
    public void stop() {
        List<JDA> all;
        synchronized (shards) {
            all = List.copyOf(shards);
            shards.clear();
        }
        all.forEach(JDA::shutdown);
        for (JDA jda : all) {
            try {
                if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
