package se.connectbot.sandbox.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.UserType;

/**
 * The demo users, one for each corner of the rights model; every password is
 * {@value #PASSWORD}.
 */
final class DemoUsers {

    static final String PASSWORD = "connect-demo";

    /**
     * {@value #PASSWORD} hashed with BCrypt (strength 10), in the DelegatingPasswordEncoder's
     * format: hashed once, so that start-up spends no time on it and the data is the same at
     * every start (a test checks that it matches).
     */
    static final String PASSWORD_HASH = "{bcrypt}$2a$10$M1sTnI3yvdhppa3qgkFMZuY3bT8Mx7v14hYMWWnwIzxq3no7b2tj2";

    /** A demo user; {@code scope} names the account: the organisation's top one, or a region by its alias. */
    record DemoUser(String id, String username, String name, DemoOrganisations.OrgSpec org, UserType type, String scope,
            Set<Right> rights) {
    }

    private static final Set<Right> ALL = EnumSet.allOf(Right.class);

    static final List<DemoUser> USERS = List.of(
            new DemoUser("usr-1001", "anna.admin@nordkust.se", "Anna Lindqvist", DemoOrganisations.NORDKUST,
                    UserType.ADMINISTRATOR, "", ALL),
            new DemoUser("usr-1002", "karl.konto@nordkust.se", "Karl Berg", DemoOrganisations.NORDKUST,
                    UserType.ACCOUNT_ADMINISTRATOR, "Region Väst", without(Right.MANAGE_USERS)),
            new DemoUser("usr-1003", "nina.utanfaktura@nordkust.se", "Nina Ek", DemoOrganisations.NORDKUST,
                    UserType.ADMINISTRATOR, "", without(Right.VIEW_INVOICES)),
            new DemoUser("usr-1004", "lars.lasare@nordkust.se", "Lars Holm", DemoOrganisations.NORDKUST,
                    UserType.ADMINISTRATOR, "", EnumSet.of(Right.VIEW_ACCOUNT_OVERVIEW, Right.VIEW_SERVICES,
                    Right.VIEW_INVOICES, Right.VIEW_REPORTS)),
            new DemoUser("usr-1005", "erik.admin@fjallbygg.se", "Erik Sandberg", DemoOrganisations.FJALLBYGG,
                    UserType.ADMINISTRATOR, "", ALL),
            new DemoUser("usr-1006", "sofia.admin@solvikvard.se", "Sofia Nyström", DemoOrganisations.SOLVIK,
                    UserType.ADMINISTRATOR, "", ALL));

    private DemoUsers() {
    }

    static List<String> staffOf(DemoOrganisations.OrgSpec org) {
        return USERS.stream().filter(user -> user.org() == org).map(DemoUser::name).toList();
    }

    /** Rights as the portal_user table keeps them: names, comma-separated, in the enum's order. */
    static String rightsColumn(Set<Right> rights) {
        return EnumSet.copyOf(rights).stream().map(Right::name).collect(Collectors.joining(","));
    }

    private static Set<Right> without(Right right) {
        Set<Right> rights = EnumSet.allOf(Right.class);
        rights.remove(right);
        return rights;
    }
}
