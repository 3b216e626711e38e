package se.connectbot.core.outage;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

class OutagesTranscriptTest extends TranscriptTestSupport {

    @Test
    void listsCurrentOutagesThoseTouchingTheUsersServicesFirst() {
        signedIn(DemoUsers.ANNA)
                .send("driftstörningar")
                .expectText("Aktuella driftstörningar (3)", "1 av dem berör dina tjänster och visas först.")
                .expectReply(reply -> org.assertj.core.api.Assertions.assertThat(
                        se.connectbot.coretesting.Replies.blocks(reply, se.connectbot.core.reply.Block.Table.class).get(0).rows().get(0))
                        .startsWith("Fiberavbrott Göteborg centrum").endsWith("Ja"));
    }

    @Test
    void ranksBySeverityForAUserWithoutAffectedServices() {
        signedIn(DemoUsers.SOFIA, ENGLISH)
                .send("outages")
                .expectText("Current outages (3)")
                .expectNoText("Touching your services")
                .expectReply(reply -> org.assertj.core.api.Assertions.assertThat(
                        se.connectbot.coretesting.Replies.blocks(reply, se.connectbot.core.reply.Block.Table.class).get(0).rows().get(0).get(0))
                        .isEqualTo("Basstation ur drift Östersund"));
    }

    @Test
    void mobileOutagesTouchUsersWithMobilesInThatTown() {
        signedIn(DemoUsers.ERIK).send("drift").expectText("1 av dem berör dina tjänster");
    }

    @Test
    void filtersByNetworkPostcodeAndMunicipality() {
        signedIn(DemoUsers.ANNA).send("drift 4G").expectText("Aktuella driftstörningar för 4G (2)").expectNoText("Fiberavbrott");
        signedIn(DemoUsers.ANNA).send("driftstorningar 41101").expectText("för 411 01 (1)", "Fiberavbrott Göteborg centrum");
        signedIn(DemoUsers.ANNA, ENGLISH).send("outages östersund").expectText("Current outages for Östersund (1)", "Critical");
        chat().send("drift Kiruna").expectText("Inga aktuella driftstörningar för Kiruna.");
        chat(ENGLISH).send("outages 2g").expectText("No current outages for 2G.");
    }

    @Test
    void tellsAnyoneWithoutSignInAndInPublic() {
        chat().send("driftinfo").expectText("Aktuella driftstörningar (3)").expectNoText("berör dina tjänster").expectPublic();
        signedIn(DemoUsers.ANNA).inSharedChannel("C-drift").send("drift").expectPublic().expectNoText("berör dina tjänster");
    }

    @Test
    void saysThePortalIsDownWhenItIs() {
        portal.down(true);
        chat().send("drift").expectText("Portalen svarar inte just nu");
    }

    @Test
    void marksAnExpectedEndThatHasPassed() {
        signedIn(DemoUsers.ANNA).send("driftstörningar").expectReply(reply -> {
            var rows = se.connectbot.coretesting.Replies.blocks(reply, se.connectbot.core.reply.Block.Table.class).get(0).rows();
            org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(row -> org.assertj.core.api.Assertions.assertThat(row)
                    .startsWith("Fiberavbrott Göteborg centrum").anySatisfy(cell -> org.assertj.core.api.Assertions.assertThat(cell).endsWith(" (har passerat)")));
            org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(row -> org.assertj.core.api.Assertions.assertThat(row)
                    .startsWith("Störning 4G Stockholm").noneSatisfy(cell -> org.assertj.core.api.Assertions.assertThat(cell).contains("passerat")));
        });
        signedIn(DemoUsers.ANNA, ENGLISH).send("outages 4g").expectNoText("(passed)");
        clock.advance(java.time.Duration.ofHours(3));
        signedIn(DemoUsers.ANNA, ENGLISH).send("outages stockholm").expectText("Störning 4G Stockholm", " (passed)");
    }
}
