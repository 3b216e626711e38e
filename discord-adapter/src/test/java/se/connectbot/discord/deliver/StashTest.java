package se.connectbot.discord.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.discord.testing.DiscordWireTest;

/** Actions too long for a custom id live as long as the buttons that carry them, and no row per rendering. */
class StashTest extends DiscordWireTest {

    /** An outage card's "still a problem for us?" button: its value names the outage, past Discord's 100 characters. */
    private static final String ACTION = "ticket.from.outage";
    private static final String VALUE = "outage-4711|Kabelbrott Kiruna: grävskada vid E10 mellan Kiruna och Svappavaara, fiber och mobilt";

    @Autowired
    Stash stash;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCardRenderedAgainRefreshesItsButtonsActionInsteadOfAddingOne() {
        String first = stash.action(0, ACTION, VALUE);
        age(first, 3);

        String again = stash.action(0, ACTION, VALUE);

        assertThat(first).startsWith("k|");
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from discord_stash where id = :id").param("id", id(first)).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select created_at > now() - interval '1 minute' from discord_stash where id = :id").param("id", id(first))
                .query(Boolean.class).single()).as("kept from its newest rendering").isTrue();
    }

    @Test
    void aButtonOfACardThatStoodForDaysStillWorksAndOneUnseenForAMonthIsForgotten() {
        String standing = stash.action(0, ACTION, VALUE + " (dag 5)");
        String forgotten = stash.action(0, ACTION, VALUE + " (förra månaden)");
        age(standing, 5);
        age(forgotten, Stash.KEEP_DAYS + 1);

        stash.sweep();

        assertThat(stash.decode(standing)).contains(new Stash.Action(ACTION, VALUE + " (dag 5)"));
        assertThat(stash.decode(forgotten)).isEmpty();
    }

    private void age(String customId, int days) {
        jdbc.sql("update discord_stash set created_at = created_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", id(customId)).update();
    }

    private static UUID id(String customId) {
        return UUID.fromString(customId.substring(2));
    }
}
