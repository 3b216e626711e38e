package se.connectbot.core.notice;

import org.springframework.stereotype.Component;

import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** {@code återuppta prenumeration}: resumes this conversation's subscriptions paused after failed posts (once the bot can post here again). */
@Component
class ResumeHandler implements CommandHandler {

    private final SubscriptionStore store;

    ResumeHandler(SubscriptionStore store) {
        this.store = store;
    }

    @Override
    public Reply handle(CommandRequest request) {
        int resumed = store.resume(request.conversation());
        return resumed == 0 ? Reply.text(request.text("notice.resume.none"))
                : Reply.of(new Block.Text(request.text("notice.resumed", resumed), Block.Tone.SUCCESS));
    }
}
