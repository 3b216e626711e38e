/**
 * Start-up checks of the key that encrypts secrets at rest ({@code connectbot.crypto.key}).
 */
@NullMarked
package se.connectbot.app.crypto;

import org.jspecify.annotations.NullMarked;
