package se.connectbot.sandbox.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.UserType;

/** Reads enabled portal users with their organisation and scope. */
@Repository
class PortalUserRepository {

    private static final Logger log = LoggerFactory.getLogger(PortalUserRepository.class);

    private final JdbcClient jdbc;

    PortalUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled user with this (lower-case) username whose scope lies in their own organisation. */
    Optional<PortalUser> findEnabled(String username) {
        return jdbc.sql("""
                select u.id, u.username, u.name, u.user_type, u.scope_account_id, u.rights, a.path,
                       o.id as org_id, o.name as org_name, o.organisation_number
                from portal_user u
                join account a on a.id = u.scope_account_id and a.organisation_id = u.organisation_id
                join organisation o on o.id = u.organisation_id
                where u.username = :username and u.enabled
                """)
                .param("username", username)
                .query(PortalUserRepository::map)
                .optional();
    }

    private static PortalUser map(ResultSet rs, int row) throws SQLException {
        return new PortalUser(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("name"),
                UserType.valueOf(rs.getString("user_type")),
                new Me.Organisation(rs.getString("org_id"), rs.getString("org_name"), rs.getString("organisation_number")),
                rs.getString("scope_account_id"),
                rs.getString("path"),
                rights(rs.getString("rights")));
    }

    static Set<Right> rights(String column) {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        Arrays.stream(column.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(name -> {
            try {
                rights.add(Right.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                log.warn("Ignoring unknown right '{}' in portal_user.rights", name);
            }
        });
        return rights;
    }
}
