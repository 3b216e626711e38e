package se.connectbot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules that keep the core a core: no platform SDKs, no adapters or app, no cycles between capabilities. */
@AnalyzeClasses(packages = "se.connectbot.core", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoPlatformSdk = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "com.microsoft.bot..", "net.dv8tion..", "discord4j..");

    @ArchTest
    static final ArchRule dependsOnNoAdapterNorTheApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("se.connectbot.app..", "se.connectbot.slack..", "se.connectbot.teams..", "se.connectbot.discord..",
                    "se.connectbot.adapter..", "se.connectbot.sandbox..");

    @ArchTest
    static final ArchRule meetsThePortalClientsImplementationInOnePlace = noClasses().that()
            .resideOutsideOfPackage("se.connectbot.core.portal..")
            .should().dependOnClassesThat().resideInAPackage("se.connectbot.portal.client..");

    @ArchTest
    static final ArchRule capabilitiesFormNoCycles = slices().matching("se.connectbot.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theFacesDependOnNothingElseOfTheCore = noClasses().that()
            .resideInAnyPackage("se.connectbot.core.chat..", "se.connectbot.core.reply..")
            .should().dependOnClassesThat().resideOutsideOfPackages("se.connectbot.core.chat..", "se.connectbot.core.reply..",
                    "java..", "org.jspecify..");

    @ArchTest
    static final ArchRule schedulesNothingItself = noMethods().should()
            .beAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
            .because("a bare @Scheduled runs on every instance of the bot; the application schedules cluster-safely");
}
