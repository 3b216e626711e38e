package se.connectbot.core.notice;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Entity;
import se.connectbot.core.command.Intent;
import se.connectbot.core.command.Privacy;
import se.connectbot.core.rights.Capability;

/**
 * The subscription commands and how people ask for them. Answers are for the whole conversation:
 * the subscription is its. In English "subscriptions" alone means mobile subscriptions (status),
 * so the list is "outage subscriptions" there.
 */
@Configuration(proxyBeanMethods = false)
class NoticeCommands {

    @Bean
    Command subscribeCommand(SubscribeHandler handler) {
        return new Command(new CommandSpec("subscribe", List.of("subscribe outages", "subscribe", "subscribe to outages",
                "prenumerera drift", "prenumerera", "prenumerera på drift", "bevaka drift"),
                Capability.VIEW_SERVICES, true, Privacy.PUBLIC, 75), handler);
    }

    @Bean
    Command unsubscribeCommand(UnsubscribeHandler handler) {
        return new Command(new CommandSpec("unsubscribe", List.of("unsubscribe", "avsluta prenumeration", "avsluta prenumerationen",
                "avsluta prenumerationer", "avprenumerera", "stop subscription"), null, true, Privacy.PUBLIC, 76), handler);
    }

    @Bean
    Command subscriptionsCommand(SubscriptionsHandler handler) {
        return new Command(new CommandSpec("subscriptions", List.of("outage subscriptions", "prenumerationer", "mina prenumerationer",
                "prenumerationerna", "notice subscriptions"), null, true, Privacy.PUBLIC, 77), handler);
    }

    @Bean
    Command resumeCommand(ResumeHandler handler) {
        return new Command(new CommandSpec("resume", List.of("resume", "resume subscription", "resume subscriptions", "återuppta",
                "återuppta prenumeration", "återuppta prenumerationen"), null, true, Privacy.PUBLIC, 78), handler);
    }

    @Bean
    Command takeOverCommand(TakeOverHandler handler) {
        return new Command(new CommandSpec("takeover", List.of("take over subscription", "take over", "ta över",
                "ta över prenumeration", "ta över prenumerationen"), Capability.VIEW_SERVICES, true, Privacy.PUBLIC, -1), handler);
    }

    /** "prenumerera på driftstörningar i Göteborg", "notify this channel about outages on 4G". */
    @Bean
    Intent subscribeIntent() {
        return Intent.of("subscribe")
                .cue(4, "prenumerera*", "subscribe", "bevaka*", "notify", "notifiera*", "avisera*", "meddela ... nar", "tell ... when",
                        "let ... know", "hall ... uppdaterad*", "keep ... posted", "aviseringar", "alerts", "alert")
                .cue(1, "drift*", "storning*", "outage*", "disruption*", "avbrott*", "kanal*", "channel")
                .slot(Entity.NETWORK, Entity.POSTCODE, Entity.PLACE);
    }

    @Bean
    Intent unsubscribeIntent() {
        return Intent.of("unsubscribe")
                .cue(5, "avsluta ... prenumeration*", "unsubscri*", "avprenumer*", "stop ... subscri*", "cancel ... subscri*",
                        "sluta prenumerera*", "sluta bevaka*", "stop ... notif*", "sluta ... notis*", "ta bort ... prenumeration*")
                .cue(1.5, "avsluta", "stop*", "sluta", "cancel", "ta bort", "remove", "inga fler", "no more");
    }

    @Bean
    Intent subscriptionsIntent() {
        return Intent.of("subscriptions")
                .cue(3, "prenumerationer", "prenumerationerna", "bevakningar", "outage* subscriptions", "subscriptions ... outage*")
                .cue(1, "vilka", "which", "visa", "show", "list*", "vara", "our", "mina", "my", "har vi", "do we have");
    }

    @Bean
    Intent resumeIntent() {
        return Intent.of("resume")
                .cue(4, "ateruppta*", "resume*", "starta ... igen", "restart*")
                .cue(1, "prenumer*", "subscri*", "notis*", "notice*", "bevakning*");
    }
}
