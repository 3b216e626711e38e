package se.connectbot.portal.api;

import java.util.Set;

/**
 * The signed-in portal user: who they are, their organisation, their scope and their rights.
 *
 * @param userId          the portal's stable id of the user
 * @param username        the login name, an e-mail address
 * @param name            the person's display name
 * @param userType        Administratör or Kontoadministratör
 * @param organisation    the customer organisation the user belongs to
 * @param scopeAccountId  the root of the account branch the user may see
 * @param rights          what the user may do within that scope
 */
public record Me(
        String userId,
        String username,
        String name,
        UserType userType,
        Organisation organisation,
        String scopeAccountId,
        Set<Right> rights) {

    public Me {
        rights = Set.copyOf(rights);
    }

    public boolean has(Right right) {
        return rights.contains(right);
    }

    /** The customer organisation (kund). */
    public record Organisation(String id, String name, String organisationNumber) {
    }
}
