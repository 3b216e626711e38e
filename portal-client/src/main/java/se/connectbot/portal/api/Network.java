package se.connectbot.portal.api;

/** Mobile network generations, as the portal's map layers show them. */
public enum Network {
    G2("2G"),
    G3("3G"),
    G4("4G"),
    G5("5G");

    private final String label;

    Network(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
