package se.connectbot.teams.bot;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileDownloads;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.teams.TeamsConfiguration;
import se.connectbot.teams.TeamsSettings;
import se.connectbot.teams.auth.TokenCheck;
import se.connectbot.teams.connector.Connector;
import se.connectbot.teams.render.CardRenderer;

/** The bot's turn-taking and sending, imported by {@link TeamsConfiguration}, whose condition it shares. */
@Configuration(proxyBeanMethods = false)
public class TeamsBotConfiguration {

    @Bean
    ReplyDelivery teamsReplyDelivery(Connector teamsConnector, CardRenderer teamsCardRenderer, FileStore files, DownloadLinks links,
                                     TeamsSettings settings) {
        FileDelivery fileDelivery = new FileDelivery(teamsConnector, teamsCardRenderer, files, links);
        return new ReplyDelivery(teamsConnector, teamsCardRenderer, fileDelivery, settings.appId());
    }

    /** The core's rights-re-checking read of a file; a test application may give its own {@link ConsentedFiles}. */
    @Bean
    FileConsent teamsFileConsent(Connector teamsConnector, ObjectProvider<ConsentedFiles> consented, ObjectProvider<FileDownloads> downloads,
                                 ReplyDelivery teamsReplyDelivery, TeamsSettings settings) {
        ConsentedFiles files = Optional.ofNullable(consented.getIfAvailable()).orElseGet(() -> fromCore(downloads.getObject()));
        return new FileConsent(teamsConnector, files, teamsReplyDelivery,
                UploadUrls.of(settings.uploadOrigins(), TeamsSettings.UPLOAD_ORIGINS));
    }

    private static ConsentedFiles fromCore(FileDownloads downloads) {
        return (ref, requester) -> {
            try {
                FileDownloads.Download download = downloads.open(ref, requester);
                return new ConsentedFiles.Opened(download.file().fileName(), download.content());
            } catch (se.connectbot.core.files.DownloadRefused e) {
                throw new ConsentedFiles.Refused(e.getMessage() == null ? "refused" : e.getMessage());
            }
        };
    }

    @Bean
    ConversationRecorder teamsConversationRecorder(ObjectProvider<ConversationStore> store) {
        return new ConversationRecorder(store.getIfAvailable());
    }

    @Bean
    MessagesController teamsMessagesController(TokenCheck teamsTokenCheck, TeamsConfiguration.TeamsJson json, InboundDispatch dispatch,
                                               ReplyDelivery teamsReplyDelivery, FileConsent teamsFileConsent,
                                               ConversationRecorder teamsConversationRecorder) {
        return new MessagesController(teamsTokenCheck, json.mapper(), dispatch, teamsReplyDelivery, teamsFileConsent, teamsConversationRecorder);
    }

    /** Teams' part in finishing work another instance accepted. */
    @Bean
    ResumableSenders.Factory teamsResumer(ReplyDelivery teamsReplyDelivery, FileConsent teamsFileConsent, TeamsConfiguration.TeamsJson json) {
        return new TeamsResumer(teamsReplyDelivery, teamsFileConsent, json.mapper());
    }

    @Bean
    OutboundSender teamsSender(ReplyDelivery teamsReplyDelivery, CardRenderer teamsCardRenderer, ConversationStore store,
                               UserLanguages languages) {
        return new TeamsSender(teamsReplyDelivery, teamsCardRenderer, store, languages);
    }
}
