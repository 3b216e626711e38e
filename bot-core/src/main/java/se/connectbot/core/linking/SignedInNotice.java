package se.connectbot.core.linking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * "You are signed in": after a chat sign-in is confirmed in a browser, tells the chat user
 * privately in the chat itself, in their language, so the chat shows that the link took. Best
 * effort: a failure is logged and never undoes or fails the link. Not for the web chat, whose
 * page says it itself on coming back from the sign-in. Thread-safe.
 */
@Component
class SignedInNotice {

    private static final Logger log = LoggerFactory.getLogger(SignedInNotice.class);

    private final Outbound outbound;

    SignedInNotice(Outbound outbound) {
        this.outbound = outbound;
    }

    void tell(ChatUser user, Language language, String portalName, String portalUsername) {
        if (user.platform() == Platform.WEB || !outbound.reaches(user.platform())) {
            return;
        }
        String text = Messages.of(language).get("link.signed.in.private", portalName, portalUsername);
        try {
            outbound.sendPrivately(user, Reply.of(new Block.Text(text, Block.Tone.SUCCESS)));
        } catch (OutboundException e) {
            log.warn("Could not tell {} that the sign-in is done ({}): {}", user, e.error(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not tell {} that the sign-in is done", user, e);
        }
    }
}
