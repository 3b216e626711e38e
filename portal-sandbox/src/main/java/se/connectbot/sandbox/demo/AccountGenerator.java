package se.connectbot.sandbox.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The organisations and their account trees, three levels deep: the organisation's top
 * account, one account per region (a subsidiary with its own organisation number), and
 * branches in the region's towns, more of them at larger sizes. Also the accounts' contacts.
 */
final class AccountGenerator {

    /** Services per branch the tree is sized for. */
    private static final int DEFAULT_SERVICES_PER_BRANCH = 11;
    private static final int LARGE_SERVICES_PER_BRANCH = 200;

    private final DemoContext demo;
    private final List<DemoModel.Acct> accounts = new ArrayList<>();

    AccountGenerator(DemoContext demo) {
        this.demo = demo;
    }

    List<DemoModel.Acct> accounts() {
        return accounts;
    }

    DemoModel.Org organisation(DemoOrganisations.OrgSpec spec, List<String> staff) {
        String orgId = demo.nextId("org", 101);
        String rootId = demo.nextId("acc", 10001);
        String orgNumber = organisationNumber("556");
        DemoModel.Org org = new DemoModel.Org(orgId, spec.name(), orgNumber, spec.domain(), rootId, staff);
        demo.tables.organisations.add(orgId, spec.name(), orgNumber, rootId);
        DemoModel.Acct root = account(rootId, org, null, "/" + rootId + "/", 0, Place.named(spec.hqCity()), spec.name(),
                orgNumber, null, spec.hqStreet());
        int branchesPerRegion = branchesPerRegion(spec);
        for (DemoOrganisations.RegionSpec regionSpec : spec.regions()) {
            String regionId = demo.nextId("acc", 10001);
            Place regionPlace = Place.named(regionSpec.cities().get(0));
            DemoModel.Acct region = account(regionId, org, root, root.path() + regionId + "/", 1, regionPlace,
                    regionSpec.companyName(), organisationNumber("559"), regionSpec.alias(), demo.pick(Place.STREETS));
            for (int b = 0; b < branchesPerRegion; b++) {
                String city = regionSpec.cities().get(b % regionSpec.cities().size());
                String word = spec.branchWords().get((b / regionSpec.cities().size()) % spec.branchWords().size());
                int round = b / (regionSpec.cities().size() * spec.branchWords().size());
                String alias = city + " " + word + (round == 0 ? "" : " " + (round + 1));
                String branchId = demo.nextId("acc", 10001);
                account(branchId, org, region, region.path() + branchId + "/", 2, Place.named(city), region.companyName(),
                        null, alias, demo.pick(Place.STREETS));
            }
        }
        return org;
    }

    private int branchesPerRegion(DemoOrganisations.OrgSpec spec) {
        int perOrg = demo.targetServices / DemoOrganisations.ALL.size();
        int perBranch = demo.targetServices > DemoProperties.DEFAULT_SERVICES * 10 ? LARGE_SERVICES_PER_BRANCH : DEFAULT_SERVICES_PER_BRANCH;
        int branches = Math.max(spec.regions().get(0).cities().size(), (int) Math.ceil(perOrg / (double) perBranch));
        return (int) Math.ceil(branches / (double) spec.regions().size());
    }

    private DemoModel.Acct account(String id, DemoModel.Org org, DemoModel.@Nullable Acct parent, String path, int depth,
            Place place, String companyName, @Nullable String ownOrgNumber, @Nullable String alias, String street) {
        String postcode = demo.pick(place.postcodes());
        String fullStreet = street + " " + demo.between(1, 80);
        String orgNumber = ownOrgNumber != null ? ownOrgNumber : parentOrgNumber(parent);
        DemoModel.Acct account = new DemoModel.Acct(id, org, parent == null ? null : parent.id(), path, depth, place,
                companyName, orgNumber, alias, fullStreet, postcode);
        accounts.add(account);
        String invoiceReference = depth == 0 ? "Ekonomiavdelningen" : demo.chance(0.6) ? "Kst " + demo.between(1000, 9899) : null;
        demo.tables.accounts.add(id, org.id(), parent == null ? null : parent.id(), path, orgNumber, companyName, alias,
                invoiceReference, null, fullStreet, postcode, place.city(), place.municipality(),
                companyName, street, fullStreet.substring(street.length() + 1), postcode, place.city());
        contacts(account);
        return account;
    }

    private String parentOrgNumber(DemoModel.@Nullable Acct parent) {
        if (parent == null) {
            throw new IllegalStateException("a branch without a parent");
        }
        return parent.organisationNumber();
    }

    private void contacts(DemoModel.Acct account) {
        int count = account.depth() == 0 ? 2 : demo.between(1, 2);
        for (int position = 1; position <= count; position++) {
            String name = People.name(demo.random);
            String phone = demo.chance(0.4) ? "+46" + account.place().areaCode() + demo.digits(9 - account.place().areaCode().length()) : null;
            demo.tables.contacts.add(account.id(), position, name, phone, demo.contactMobile(), People.email(name, account.org().domain()));
        }
    }

    /** {@code NNNNNN-NNNN}, the last digit a Luhn check digit over the other nine. */
    private String organisationNumber(String prefix) {
        String nine = prefix + demo.digits(9 - prefix.length());
        return nine.substring(0, 6) + "-" + nine.substring(6) + Luhn.checkDigit(nine);
    }
}
