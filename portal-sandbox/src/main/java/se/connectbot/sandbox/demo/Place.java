package se.connectbot.sandbox.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * A Swedish town as the demo data uses it: its municipality (kommun), the first three digits of
 * its postcodes, and its telephone area code (riktnummer, without the leading 0).
 */
record Place(String city, String municipality, List<String> postcodePrefixes, String areaCode) {

    static final List<Place> ALL = List.of(
            new Place("Göteborg", "Göteborg", List.of("411", "413", "414", "417"), "31"),
            new Place("Borås", "Borås", List.of("503", "504", "506"), "33"),
            new Place("Trollhättan", "Trollhättan", List.of("461", "462"), "520"),
            new Place("Stockholm", "Stockholm", List.of("111", "113", "114", "118"), "8"),
            new Place("Uppsala", "Uppsala", List.of("752", "753", "754"), "18"),
            new Place("Norrköping", "Norrköping", List.of("602", "603"), "11"),
            new Place("Sundsvall", "Sundsvall", List.of("852", "853", "856"), "60"),
            new Place("Umeå", "Umeå", List.of("903", "904", "907"), "90"),
            new Place("Luleå", "Luleå", List.of("972", "973", "975"), "920"),
            new Place("Östersund", "Östersund", List.of("831", "832"), "63"),
            new Place("Åre", "Åre", List.of("837"), "647"),
            new Place("Strömsund", "Strömsund", List.of("833"), "670"),
            new Place("Skellefteå", "Skellefteå", List.of("931", "934"), "910"),
            new Place("Lycksele", "Lycksele", List.of("921"), "950"),
            new Place("Kiruna", "Kiruna", List.of("981"), "980"),
            new Place("Gällivare", "Gällivare", List.of("982"), "970"),
            new Place("Malmö", "Malmö", List.of("211", "212", "214", "217"), "40"),
            new Place("Lund", "Lund", List.of("222", "223", "224"), "46"),
            new Place("Helsingborg", "Helsingborg", List.of("252", "254", "256"), "42"),
            new Place("Halmstad", "Halmstad", List.of("302", "303"), "35"),
            new Place("Varberg", "Varberg", List.of("432"), "340"),
            new Place("Falkenberg", "Falkenberg", List.of("311"), "346"),
            new Place("Karlskrona", "Karlskrona", List.of("371"), "455"),
            new Place("Ronneby", "Ronneby", List.of("372"), "457"),
            new Place("Karlshamn", "Karlshamn", List.of("374"), "454"));

    static final List<String> STREETS = List.of(
            "Storgatan", "Kungsgatan", "Drottninggatan", "Hamngatan", "Järnvägsgatan", "Industrivägen",
            "Verkstadsgatan", "Lagergatan", "Skolgatan", "Nygatan", "Sjögatan", "Fabriksgatan", "Torggatan",
            "Kyrkogatan", "Parkvägen", "Norra Allén", "Södra vägen", "Hantverkargatan", "Åkervägen", "Östra Långgatan");

    static Place named(String city) {
        return ALL.stream().filter(place -> place.city.equals(city)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place " + city));
    }

    /**
     * The few postcodes of this town the demo data puts sites at, so that services cluster
     * the way real ones do and an outage in a postcode touches several of them.
     */
    List<String> postcodes() {
        return postcodePrefixes.stream()
                .flatMap(prefix -> Stream.of(prefix + " " + suffix(prefix, 0), prefix + " " + suffix(prefix, 1)))
                .toList();
    }

    private static String suffix(String prefix, int n) {
        int value = 10 + (Integer.parseInt(prefix) * 7 + n * 37) % 80;
        return Integer.toString(value);
    }
}
