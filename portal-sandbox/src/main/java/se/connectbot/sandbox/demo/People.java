package se.connectbot.sandbox.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Swedish first and last names, and e-mail addresses made from them. */
final class People {

    private static final List<String> FIRST = List.of(
            "Anna", "Erik", "Maria", "Johan", "Sofia", "Lars", "Eva", "Anders", "Karin", "Mikael", "Emma", "Oskar",
            "Elin", "Henrik", "Sara", "Fredrik", "Ida", "Magnus", "Linnea", "Jonas", "Frida", "Mats", "Hanna", "Peter",
            "Malin", "Daniel", "Johanna", "Niklas", "Åsa", "Björn", "Ulla", "Göran", "Märta", "Örjan", "Agnes", "Viktor",
            "Ebba", "Gustav", "Maja", "Axel", "Klara", "Olle", "Stina", "Pär", "Tove", "Kent", "Ylva", "Rasmus");
    private static final List<String> LAST = List.of(
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
            "Magnusson", "Lindström", "Lindqvist", "Berg", "Holm", "Ek", "Sandberg", "Nyström", "Åberg", "Öberg",
            "Ström", "Sjöberg", "Björk", "Wallin", "Forsberg", "Engström", "Söderberg", "Hedlund", "Lundgren", "Falk");

    private People() {
    }

    static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    /** {@code förnamn.efternamn@domain}, lower case, without Swedish letters. */
    static String email(String name, String domain) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replace(' ', '.') + "@" + domain;
    }
}
