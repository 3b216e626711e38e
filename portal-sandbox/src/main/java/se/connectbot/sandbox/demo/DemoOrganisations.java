package se.connectbot.sandbox.demo;

import java.util.List;

/** The three demo customers: who they are, where they are, and how their account trees branch. */
final class DemoOrganisations {

    private DemoOrganisations() {
    }

    /** A customer organisation and the shape of its tree. */
    record OrgSpec(String name, String domain, String hqCity, String hqStreet, List<String> branchWords, List<RegionSpec> regions) {
    }

    /** A region: a subsidiary with its own organisation number, and the towns its branches are in. */
    record RegionSpec(String alias, String companyName, List<String> cities) {
    }

    static final OrgSpec NORDKUST = new OrgSpec("Nordkust Logistik AB", "nordkust.se", "Göteborg", "Hamngatan",
            List.of("Terminal", "Lager", "Hamn"),
            List.of(new RegionSpec("Region Väst", "Nordkust Logistik Väst AB", List.of("Göteborg", "Borås", "Trollhättan")),
                    new RegionSpec("Region Öst", "Nordkust Logistik Öst AB", List.of("Stockholm", "Uppsala", "Norrköping")),
                    new RegionSpec("Region Norr", "Nordkust Logistik Norr AB", List.of("Sundsvall", "Umeå", "Luleå"))));

    static final OrgSpec FJALLBYGG = new OrgSpec("Fjällbygg Entreprenad AB", "fjallbygg.se", "Östersund", "Storgatan",
            List.of("Projektkontor", "Depå", "Byggplats"),
            List.of(new RegionSpec("Region Jämtland", "Fjällbygg Jämtland AB", List.of("Östersund", "Åre", "Strömsund")),
                    new RegionSpec("Region Västerbotten", "Fjällbygg Västerbotten AB", List.of("Umeå", "Skellefteå", "Lycksele")),
                    new RegionSpec("Region Norrbotten", "Fjällbygg Norrbotten AB", List.of("Luleå", "Kiruna", "Gällivare"))));

    static final OrgSpec SOLVIK = new OrgSpec("Solvik Vård AB", "solvikvard.se", "Malmö", "Södra vägen",
            List.of("Vårdcentral", "Äldreboende", "Hemtjänst"),
            List.of(new RegionSpec("Region Skåne", "Solvik Vård Skåne AB", List.of("Malmö", "Lund", "Helsingborg")),
                    new RegionSpec("Region Halland", "Solvik Vård Halland AB", List.of("Halmstad", "Varberg", "Falkenberg")),
                    new RegionSpec("Region Blekinge", "Solvik Vård Blekinge AB", List.of("Karlskrona", "Ronneby", "Karlshamn"))));

    static final List<OrgSpec> ALL = List.of(NORDKUST, FJALLBYGG, SOLVIK);
}
