/** {@code language}/{@code språk} {@code sv|en}: the user's own choice of reply language. */
@NullMarked
package se.connectbot.core.language;

import org.jspecify.annotations.NullMarked;
