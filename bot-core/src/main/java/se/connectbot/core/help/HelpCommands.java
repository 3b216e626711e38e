package se.connectbot.core.help;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.Intent;
import se.connectbot.core.command.Privacy;
import se.connectbot.core.reply.Reply;

/** The {@code help} command. */
@Configuration(proxyBeanMethods = false)
class HelpCommands {

    @Bean
    Command helpCommand(HelpHandler handler) {
        return new Command(CommandSpec.open("help", Privacy.PERSONAL, 10,
                "help", "hjälp", "?", "commands", "kommandon", "meny", "menu", "hej", "hello", "hi"), handler);
    }

    /** "vad kan du göra?", "how does this work?". */
    @Bean
    Intent helpIntent() {
        return Intent.of("help")
                .cue(3, "hjalp*", "help", "helpful", "vad kan du", "what can you", "what do you do", "vad gor du", "hur fungerar",
                        "how does this work", "how do i use", "hur anvander", "kommandon", "commands", "meny", "menu", "instruktion*",
                        "vad kan jag", "what can i");
    }

    /** "hej!", "god morgon", "hi there": answered with what the bot can do. */
    @Bean
    Intent greetingIntent() {
        return Intent.smallTalk("help")
                .cue(2, "hej*", "hallå", "halla", "tjena*", "tja", "hejsan", "god morgon", "god dag", "godmorgon", "hello", "hi", "hey",
                        "good morning", "good afternoon", "good evening", "morning", "howdy", "yo");
    }

    /** "tack!", "thanks a lot". */
    @Bean
    Intent thanksIntent() {
        return Intent.smallTalk("thanks")
                .cue(3, "tack", "tacka*", "tackar", "tacksam*", "thanks", "thank*", "thx", "tusen tack", "much appreciated", "cheers", "perfekt", "perfect",
                        "great", "grymt", "toppen", "super", "bra jobbat");
    }

    @Bean
    Command thanksCommand() {
        return new Command(CommandSpec.open("thanks", Privacy.PERSONAL, -1, "thanks", "tack", "thank you", "tack så mycket",
                "tusen tack", "thx", "thanks a lot", "thank you so much", "many thanks"), request -> Reply.text(request.text("thanks.reply")));
    }
}
