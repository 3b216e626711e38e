package se.connectbot.coretesting;

import java.util.List;

/** The demo users of the contract (password {@code connect-demo} at the sandbox). */
public final class DemoUsers {

    public static final String ANNA = "anna.admin@nordkust.se";
    public static final String KARL = "karl.konto@nordkust.se";
    public static final String NINA = "nina.utanfaktura@nordkust.se";
    public static final String LARS = "lars.lasare@nordkust.se";
    public static final String ERIK = "erik.admin@fjallbygg.se";
    public static final String SOFIA = "sofia.admin@solvikvard.se";

    public static final List<String> ALL = List.of(ANNA, KARL, NINA, LARS, ERIK, SOFIA);

    private DemoUsers() {
    }
}
