package se.connectbot.portal.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One account (konto) with its data.
 *
 * @param alias             shown instead of the company name in the tree, when set
 * @param invoiceReference  printed on coming invoices
 */
public record Account(
        String id,
        @Nullable String parentId,
        String organisationNumber,
        String companyName,
        @Nullable String alias,
        @Nullable String invoiceReference,
        Address address,
        InvoiceAddress invoiceAddress,
        List<Contact> contacts) {

    public Account {
        contacts = List.copyOf(contacts);
    }

    public String displayName() {
        return alias != null && !alias.isBlank() ? alias : companyName;
    }

    /** Fakturaadress: name, street, street number, postcode, city. */
    public record InvoiceAddress(String name, String street, String streetNumber, String postcode, String city) {
    }

    /** A contact person: a name and at least one of phone, mobile, e-mail. */
    public record Contact(String name, @Nullable String phone, @Nullable String mobile, @Nullable String email) {
    }
}
