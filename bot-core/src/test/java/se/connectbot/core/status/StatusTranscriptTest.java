package se.connectbot.core.status;

import org.junit.jupiter.api.Test;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.DemoUsers;

class StatusTranscriptTest extends TranscriptTestSupport {

    @Test
    void showsMobileUsageAgainstAllowanceInSwedish() {
        signedIn(DemoUsers.ANNA)
                .send("status 070-123 45 67")
                .expectText("Mobil Bas 10 GB (Mobil)", "Status: Aktiv", "Telefonnummer: 070-123 45 67", "Användare: Karin Ahl",
                        "▓▓▓▓▓▓▓░░░ 72 % · 7,2 GB av 10 GB", "Samtal: 312 min", "Månadsavgift exkl. moms: 199,00 kr")
                .expectButton("Fyll på data")
                .expectButton("Skapa ärende");
    }

    @Test
    void showsMobileUsageInEnglish() {
        signedIn(DemoUsers.ANNA, ENGLISH)
                .send("status +46 70 123 45 67")
                .expectText("Mobil Bas 10 GB (Mobile)", "Status: Active", "7.2 GB of 10 GB", "Monthly fee excl. VAT: SEK 199.00")
                .expectButton("Top up data")
                .expectButton("Open a ticket");
    }

    @Test
    void showsUnlimitedDataAsSuch() {
        signedIn(DemoUsers.ANNA).send("status 0702345678").expectText("Data denna månad: 30 GB (obegränsat)");
    }

    @Test
    void showsBroadbandMonitoringStateAndWhenLastSeen() {
        signedIn(DemoUsers.ANNA)
                .send("status Hamnvägen")
                .expectText("Bredband 1000/1000 (Bredband & kapacitet)", "Övervakning: Nere", "Senast sedd: 2026-11-25 09:30",
                        "Övervakningen ser tjänsten som nere sedan 2026-11-25 09:31")
                .expectNoButton("Fyll på data");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status Lagergatan").expectText("Monitoring: Up", "Last seen: 2026-11-25 09:59");
    }

    @Test
    void offersAChoiceWhenSeveralServicesMatch() {
        signedIn(DemoUsers.ANNA)
                .send("status bredband")
                .expectText("2 tjänster matchar ”bredband”. Vilken menar du?")
                .click("Hamnvägen 2, 602 10 Norrköping – Bredband 1000/1000")
                .expectText("Övervakning: Nere");
    }

    @Test
    void offersTheUsersServicesWithoutAnArgument() {
        signedIn(DemoUsers.ERIK, ENGLISH)
                .send("status")
                .expectText("Which service do you want to see?")
                .click("070-345 67 89 – Mobil Bas 5 GB")
                .expectText("512 MB of 5 GB");
    }

    @Test
    void saysSoAndSuggestsWhenNothingMatches() {
        signedIn(DemoUsers.ANNA)
                .send("status Kiruna")
                .expectText("Ingen tjänst matchar ”Kiruna”.", "Prova ett telefonnummer")
                .click("Visa mina tjänster")
                .expectText("Vilken tjänst vill du se?");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status Kiruna").expectText("No service matches \"Kiruna\".");
    }

    @Test
    void refusesAnInvalidPhoneNumber() {
        signedIn(DemoUsers.ANNA).send("status 07012").expectText("”07012” är inget giltigt telefonnummer");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status +46 70 123").expectText("\"+46 70 123\" is not a valid phone number");
    }

    @Test
    void showsAnAccountAdministratorOnlyTheirBranch() {
        signedIn(DemoUsers.KARL).send("status 0702345678").expectText("Ingen tjänst matchar ”0702345678”.");
        signedIn(DemoUsers.KARL).send("status 0701234567").expectText("Användare: Karin Ahl");
    }

    @Test
    void offersNoActionsTheUserMayNotTake() {
        signedIn(DemoUsers.LARS)
                .send("status 0701234567")
                .expectText("Användare: Karin Ahl")
                .expectNoButton("Fyll på data")
                .expectNoButton("Skapa ärende");
    }

    @Test
    void answersPrivatelyInASharedChannel() {
        signedIn(DemoUsers.ANNA).inSharedChannel("C-general").send("status 0701234567").expectPrivate();
        signedIn(DemoUsers.ANNA).send("status 0701234567").expectPublic();
    }

    @Test
    void picksFromTheListByItsNumberANameOrAPhoneNumberInSwedish() {
        signedIn(DemoUsers.ANNA).send("status")
                .expectText("Vilken tjänst vill du se?", "Svara med numret i listan (1–6), ett namn eller ett telefonnummer.")
                .send("2")
                .expectText("Adress: Hamnvägen 2, 602 10 Norrköping");
        signedIn(DemoUsers.ANNA).send("status").send("mobil obegransad").expectText("Användare: Berit Lund");
        signedIn(DemoUsers.ANNA).send("status").send("070-234 56 78").expectText("Användare: Berit Lund");
        signedIn(DemoUsers.ANNA).send("status").send("0046702345678").expectText("Användare: Berit Lund");
        signedIn(DemoUsers.ANNA).send("status").send("46 70 234 56 78").expectText("Användare: Berit Lund");
        signedIn(DemoUsers.ANNA).send("status bredband").expectText("2 tjänster matchar ”bredband”.").send("nr 2")
                .expectText("Övervakning: Nere");
    }

    @Test
    void picksFromTheListByItsNumberANameOrAPhoneNumberInEnglish() {
        signedIn(DemoUsers.ANNA, ENGLISH).send("status")
                .expectText("Answer with the number in the list (1–6), a name or a phone number.")
                .send("5")
                .expectText("User: Berit Lund");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status").send("+46 70 123 45 67").expectText("User: Karin Ahl");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status bredband").send("1").expectText("Monitoring: Up");
    }

    @Test
    void aNameSeveralShareNarrowsTheListAndAnEntryItLacksIsASearch() {
        signedIn(DemoUsers.ANNA).send("status").send("Mobil Bas 10 GB")
                .expectText("2 tjänster matchar ”Mobil Bas 10 GB”.", "(1–2)")
                .send("2")
                .expectText("Användare: Olle Strand");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status").send("9")
                .expectText("No service matches \"9\".", "Which service do you want to see?");
    }

    @Test
    void aPickerOpenedDuringAnotherDialogLeavesThatDialogOpen() {
        signedIn(DemoUsers.ANNA).send("fyll på").send("status")
                .expectText("Vilken tjänst vill du se?", "Du har fortfarande påfyllningen på gång.")
                .click("070-123 45 68 – Mobil Bas 10 GB")
                .expectText("Användare: Olle Strand");
    }

    @Test
    void showsEveryNumberInOneFormat() {
        signedIn(DemoUsers.ANNA).send("status").expectButton("08-600 10 00 – Molnväxel Nordkust")
                .click("08-600 10 00 – Molnväxel Nordkust").expectText("Huvudnummer: 08-600 10 00");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status molnväxel").expectText("Main number: 08-600 10 00");
    }
}
