package se.connectbot.core.files;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.RightsPolicy;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * Hands a stored file to a person, checking when it is asked for, not only when it was made:
 * the file's owner must still be linked to a portal user who still has the file's right (the
 * portal's {@code me}, decided by the {@link RightsPolicy}). Through a signed link
 * ({@link #openLink}) or for a chat user known otherwise, such as the web chat's session
 * ({@link #open}). Thread-safe.
 */
@Component
public class FileDownloads {

    private static final Logger log = LoggerFactory.getLogger(FileDownloads.class);

    private final FileStore store;
    private final DownloadLinks links;
    private final AccountLinking linking;
    private final PortalApi portal;
    private final RightsPolicy policy;

    FileDownloads(FileStore store, DownloadLinks links, AccountLinking linking, PortalApi portal,
                  RightsPolicy policy) {
        this.store = store;
        this.links = links;
        this.linking = linking;
        this.portal = portal;
        this.policy = policy;
    }

    /** A file and its content, cleared to hand out. */
    public record Download(StoredFile file, byte[] content) {
    }

    /**
     * The file behind a signed link, as its parts came in the request.
     *
     * @throws DownloadRefused NOT_FOUND (unknown or expired file), BAD_LINK (the signature does not
     *     match this file, its owner and expiry), LINK_EXPIRED, or as {@link #open}
     */
    public Download openLink(String id, String exp, String sig) {
        StoredFile file = FileRef.parse(id).flatMap(store::find)
                .orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_FOUND));
        DownloadLinks.Check check = links.check(file, exp, sig);
        if (check != DownloadLinks.Check.VALID) {
            throw new DownloadRefused(check == DownloadLinks.Check.EXPIRED ? DownloadRefused.Reason.LINK_EXPIRED
                    : DownloadRefused.Reason.BAD_LINK);
        }
        return cleared(file);
    }

    /**
     * The file for {@code requester}, who must be its owner.
     *
     * @throws DownloadRefused NOT_FOUND (unknown, expired, or someone else's), NOT_SIGNED_IN (the
     *     owner is no longer linked), NO_RIGHT (the portal user lacks the file's right now),
     *     PORTAL_UNAVAILABLE (the rights could not be checked)
     */
    public Download open(FileRef ref, ChatUser requester) {
        StoredFile file = store.find(ref).filter(f -> f.owner().equals(requester))
                .orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_FOUND));
        return cleared(file);
    }

    private Download cleared(StoredFile file) {
        checkRights(file);
        byte[] content = store.content(file.ref()).orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_FOUND));
        return new Download(file, content);
    }

    private void checkRights(StoredFile file) {
        if (linking.find(file.owner()).isEmpty()) {
            throw new DownloadRefused(DownloadRefused.Reason.NOT_SIGNED_IN);
        }
        Me me = me(file.owner()).orElseThrow(() -> new DownloadRefused(DownloadRefused.Reason.NOT_SIGNED_IN));
        if (!policy.decide(me, file.right()).isAllowed()) {
            throw new DownloadRefused(DownloadRefused.Reason.NO_RIGHT);
        }
    }

    private Optional<Me> me(ChatUser owner) {
        try {
            return Optional.of(portal.forUser(linking.tokens(owner)).me());
        } catch (SignInRequired e) {
            return Optional.empty();
        } catch (PortalException e) {
            if (e.error() == PortalError.NOT_SIGNED_IN) {
                return Optional.empty();
            }
            if (e.error() == PortalError.FORBIDDEN) {
                throw new DownloadRefused(DownloadRefused.Reason.NO_RIGHT);
            }
            log.warn("Could not check the rights for a download: {}", e.toString());
            throw new DownloadRefused(DownloadRefused.Reason.PORTAL_UNAVAILABLE);
        }
    }
}
