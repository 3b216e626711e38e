package se.connectbot.discord.inbound;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.status.ServiceSuggestions;
import se.connectbot.discord.deliver.ReplyDelivery;
import se.connectbot.discord.deliver.Stash;
import se.connectbot.discord.render.DiscordText;

/**
 * What JDA receives on the gateway, handed to the core: the {@code /connect} command, clicks on
 * buttons and select menus, submitted modals and direct messages. Every interaction is
 * acknowledged at once (Discord drops one not answered within 3 s) by deferring its reply —
 * ephemeral in a guild, where the answer may be personal — recorded durably and run by the core's
 * dispatch, whose claims in the core's delivery log run a repeated interaction once. "Open the form" is answered
 * with its modal at once instead, since a modal cannot follow a deferral.
 */
public final class DiscordListener implements EventListener {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final InboundDispatch dispatch;
    private final ReplyDelivery delivery;
    private final Stash stash;
    private final CommandText commands;
    private final Supplier<JDA> jda;
    private final long defaultUploadLimit;
    private final Autocomplete autocomplete;

    /** @param suggestions the core's service suggestions for autocomplete; null: none offered */
    public DiscordListener(InboundDispatch dispatch, ReplyDelivery delivery, Stash stash, CommandText commands, Supplier<JDA> jda,
                           long defaultUploadLimit, @Nullable ServiceSuggestions suggestions) {
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.stash = stash;
        this.commands = commands;
        this.jda = jda;
        this.defaultUploadLimit = defaultUploadLimit;
        this.autocomplete = new Autocomplete(dispatch, suggestions);
    }

    /** The core's way back to a turn accepted here, on any instance. */
    public ResumableSenders.Factory resumer() {
        return new DiscordResumer(jda, delivery);
    }

    @Override
    public void onEvent(GenericEvent event) {
        try {
            switch (event) {
                case SlashCommandInteractionEvent e -> slash(e);
                case CommandAutoCompleteInteractionEvent e -> autocomplete.answer(e);
                case ButtonInteractionEvent e -> button(e);
                case StringSelectInteractionEvent e -> select(e);
                case ModalInteractionEvent e -> modal(e);
                case MessageReceivedEvent e -> direct(e);
                default -> {
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not handle {}", event.getClass().getSimpleName(), e);
        }
    }

    private void slash(SlashCommandInteractionEvent e) {
        if (!CommandText.COMMAND.equals(e.getName())) {
            return;
        }
        // the user's language is read from PostgreSQL: after the deferral, not before it
        accept(e, null, () -> new Inbound.Text(commands.text(e.getSubcommandName(), e::getOption,
                dispatch.language(DiscordTurn.user(e.getUser().getId()), locale(e.getUserLocale())))));
    }

    private void button(ButtonInteractionEvent e) {
        Optional<Stash.Decoded> decoded = stash.decode(e.getComponentId());
        if (decoded.isPresent() && decoded.get() instanceof Stash.OpenForm open) {
            openForm(e, open);
            return;
        }
        action(e, e.getMessageId(), decoded);
    }

    private void select(StringSelectInteractionEvent e) {
        List<String> values = e.getValues();
        action(e, e.getMessageId(), values.isEmpty() ? Optional.empty() : stash.decode(values.getFirst()));
    }

    private void action(IReplyCallback e, String messageId, Optional<Stash.Decoded> decoded) {
        if (decoded.isEmpty() || !(decoded.get() instanceof Stash.Action action)) {
            refuse(e, "adapter.form.gone");
            return;
        }
        accept(e, new Arrival.Click(messageId, action.actionId(), action.value()), () -> new Inbound.Action(action.actionId(), action.value()));
    }

    private void openForm(ButtonInteractionEvent e, Stash.OpenForm open) {
        Optional<Block.Form> form = claimed(e, open.id());
        if (form.isEmpty()) {
            return;
        }
        if (!Modals.fits(form.get())) {
            // no core form has more than five inputs; should one, it is refused in words, not by a failed interaction
            log.error("Form {} has {} inputs; a Discord modal takes {}", form.get().formId(), form.get().inputs().size(), Modals.MAX_INPUTS);
            refuse(e, "adapter.form.gone");
            return;
        }
        e.replyModal(Modals.of(open.id(), form.get()))
                .queue(null, failure -> log.warn("Could not open form {}: {}", form.get().formId(), failure.toString()));
    }

    /** The parked form, if the core says the user may have it; else refused in words, and empty. */
    private Optional<Block.Form> claimed(IReplyCallback e, UUID id) {
        return switch (stash.claim(id, e.getUser().getId())) {
            case ParkedForms.Open open -> Optional.of(open.parked().form());
            case ParkedForms.NotYours _ -> {
                refuse(e, "adapter.form.not.yours");
                yield Optional.empty();
            }
            case ParkedForms.Gone _ -> {
                refuse(e, "adapter.form.gone");
                yield Optional.empty();
            }
        };
    }

    private void modal(ModalInteractionEvent e) {
        Optional<Stash.Decoded> decoded = stash.decode(e.getModalId());
        if (decoded.isEmpty() || !(decoded.get() instanceof Stash.SubmittedForm submitted)) {
            refuse(e, "adapter.form.gone");
            return;
        }
        Optional<Block.Form> claimed = claimed(e, submitted.id());
        if (claimed.isEmpty()) {
            return;
        }
        Block.Form form = claimed.get();
        Map<String, String> values = new HashMap<>();
        for (Block.Input input : form.inputs()) {
            ModalMapping value = e.getValue(input.name());
            if (value != null) {
                // what came, not what was asked for: a forged submission must not throw
                values.put(input.name(), value.getType() == Component.Type.STRING_SELECT
                        ? value.getAsStringList().stream().findFirst().orElse("") : value.getAsString());
            }
        }
        accept(e, new Arrival.Click(submitted.id().toString(), "form:" + form.formId(), "submit"),
                () -> new Inbound.FormSubmission(form.formId(), values));
    }

    /**
     * Defers the reply at once, then — on a thread of its own, so that JDA's one event thread goes
     * on to the next interaction instead of waiting for PostgreSQL — records the turn and hands it
     * to the core. Should the instance die in between, Discord shows the deferred reply as failed
     * after 15 minutes: as when it dies before the event is read.
     */
    private void accept(IReplyCallback e, Arrival.@Nullable Click click, Supplier<Inbound.Payload> payload) {
        boolean ephemeral = e.isFromGuild();
        CompletableFuture<?> acknowledged = e.deferReply(ephemeral).submit();
        String guild = e.isFromGuild() ? guildId(e) : null;
        String user = e.getUser().getId();
        String userName = userName(e.getUser().getEffectiveName(), e.getMember());
        String guildName = guildName(e.getGuild());
        Locale locale = locale(e.getUserLocale());
        long uploadLimit = uploadLimit(e);
        Thread.ofVirtual().name("discord-accept-" + e.getId()).start(() -> {
            try {
                Interaction interaction = new Interaction(e.getId(), click, guild, e.getChannelId(), user, userName, guildName, locale,
                        payload.get(), e.getToken(), ephemeral, uploadLimit);
                DiscordTurn turn = new DiscordTurn(interaction, acknowledged, jda, delivery);
                dispatch.dispatch(turn.arrival(), turn, turn.resumable());
            } catch (RuntimeException failure) {
                log.error("Could not hand interaction {} to the core", e.getId(), failure);
            }
        });
    }

    /** A direct message to the bot: its content comes without the privileged intent, as it is addressed to the bot. */
    private void direct(MessageReceivedEvent e) {
        Message message = e.getMessage();
        if (!e.isFromType(ChannelType.PRIVATE) || e.getAuthor().isBot() || e.getAuthor().isSystem() || message.getContentRaw().isBlank()) {
            return;
        }
        Interaction interaction = new Interaction(message.getId(), null, null, e.getChannel().getId(), e.getAuthor().getId(),
                e.getAuthor().getEffectiveName(), null, null, new Inbound.Text(message.getContentRaw()), null, false, defaultUploadLimit);
        DiscordTurn turn = new DiscordTurn(interaction, CompletableFuture.completedFuture(null), jda, delivery);
        dispatch.dispatch(turn.arrival(), turn, turn.resumable());
    }

    private void refuse(IReplyCallback e, String key) {
        Language language = dispatch.language(DiscordTurn.user(e.getUser().getId()), locale(e.getUserLocale()));
        e.reply(DiscordText.escape(Messages.of(language).get(key))).setEphemeral(true)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).queue();
    }

    private static String guildId(IReplyCallback e) {
        Guild guild = e.getGuild();
        return guild != null ? guild.getId() : e.getChannelId();
    }

    private static @Nullable String userName(String name, @Nullable Member member) {
        try {
            return member != null ? member.getEffectiveName() : name;
        } catch (RuntimeException detached) {
            return name;
        }
    }

    /** The guild's name where JDA knows it (an uncached guild arrives detached, nameless). */
    private static @Nullable String guildName(@Nullable Guild guild) {
        try {
            return guild == null ? null : guild.getName();
        } catch (RuntimeException detached) {
            return null;
        }
    }

    private static @Nullable Locale locale(@Nullable DiscordLocale locale) {
        return locale == null || locale == DiscordLocale.UNKNOWN ? null : Locale.forLanguageTag(locale.getLocale());
    }

    /** The interaction says what it may carry ({@code attachment_size_limit}: 10 MiB, more in a boosted guild). */
    private long uploadLimit(IReplyCallback e) {
        if (e instanceof GenericEvent event) {
            DataObject raw = event.getRawData();
            if (raw != null && raw.hasKey("d")) {
                return raw.getObject("d").getLong("attachment_size_limit", defaultUploadLimit);
            }
        }
        return defaultUploadLimit;
    }
}
