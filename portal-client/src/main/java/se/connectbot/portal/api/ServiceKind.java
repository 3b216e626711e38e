package se.connectbot.portal.api;

/** The kinds of service the portal knows. */
public enum ServiceKind {
    /** Bredband- & kapacitetstjänster. */
    BROADBAND,
    /** Mobiltelefoni & mobilt bredband. */
    MOBILE,
    /** Molnväxel. */
    CLOUD_PBX,
    /** SIP-trunk. */
    SIP_TRUNK
}
